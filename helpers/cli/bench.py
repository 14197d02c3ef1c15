"""`python -m helpers bench`: benchmark figures as one JSON document (what `make bench` prints)."""

from __future__ import annotations

import argparse
from typing import Any

from helpers.cli.output import nothing_to_refuse, print_json


def register(commands: Any) -> None:
    """Add the bench subcommand to the subparsers of the main parser."""
    parser = commands.add_parser("bench", help="print benchmark figures as JSON")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (default 5)")
    parser.set_defaults(run=run, refuse=nothing_to_refuse)


def run(args: argparse.Namespace) -> None:
    """Print every benchmark figure.

    Raises:
        CorpusError: --repeat below 1.
    """
    from helpers.bench import run_benchmarks
    from helpers.core.errors import CorpusError

    if args.repeat < 1:
        raise CorpusError("--repeat must be at least 1")
    print_json(run_benchmarks(args.repeat))
