"""`python -m helpers bench`: benchmark figures as one JSON document (what `make bench` prints)."""

from __future__ import annotations

import argparse
from typing import Any

from helpers.cli.output import print_json


def register(commands: Any) -> None:
    """Add the bench subcommand to the subparsers of the main parser."""
    parser = commands.add_parser("bench", help="print benchmark figures as JSON")
    parser.add_argument("--repeat", type=int, help="runs per figure (default 5)")
    parser.add_argument(
        "--conversion",
        action="store_true",
        help="only the conversion accuracy on the hand-checked test set, with the development "
        "part's errors",
    )
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    if args.conversion and args.repeat is not None:
        return "--conversion times nothing, so --repeat does not apply"
    return None


def run(args: argparse.Namespace) -> None:
    """Print every benchmark figure, or with --conversion the conversion accuracy report.

    Raises:
        CorpusError: --repeat below 1, or a malformed conversion test set.
    """
    from helpers.bench import run_benchmarks
    from helpers.core.errors import CorpusError
    from helpers.language.conversion_score import accuracy_report

    if args.conversion:
        print_json(accuracy_report(details=True))
        return

    repeat = 5 if args.repeat is None else args.repeat
    if repeat < 1:
        raise CorpusError("--repeat must be at least 1")
    print_json(run_benchmarks(repeat))
