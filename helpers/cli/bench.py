"""`python -m helpers bench`: benchmark figures as one JSON document (what `make bench` prints)."""

from __future__ import annotations

import argparse
from pathlib import Path
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
    parser.add_argument(
        "--polyphones",
        action="store_true",
        help="only the polyphone accuracy: CPP dev (tuning, frozen, whole) and the everyday test "
        "set, or the CPP-format files given",
    )
    parser.add_argument("--sent", type=Path, help="with --polyphones: a CPP .sent file to score")
    parser.add_argument("--labels", type=Path, help="with --polyphones: its .lb file")
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    if args.conversion and args.repeat is not None:
        return "--conversion times nothing, so --repeat does not apply"
    if args.conversion and args.polyphones:
        return "give --conversion or --polyphones, not both"
    if (args.sent or args.labels) and not args.polyphones:
        return "--sent and --labels go with --polyphones"
    if (args.sent is None) != (args.labels is None):
        return "give both --sent and --labels, or neither"
    return None


def run(args: argparse.Namespace) -> None:
    """Print every benchmark figure, or with --conversion the conversion accuracy report, or with
    --polyphones the polyphone accuracy report.

    Raises:
        CorpusError: --repeat below 1, a malformed test set, or missing CPP files.
    """
    from helpers.bench import run_benchmarks
    from helpers.core.errors import CorpusError
    from helpers.language.conversion_score import accuracy_report

    if args.conversion:
        print_json(accuracy_report(details=True))
        return
    if args.polyphones:
        from helpers.language.polyphone_score import polyphone_report

        print_json(polyphone_report(args.sent, args.labels))
        return

    repeat = 5 if args.repeat is None else args.repeat
    if repeat < 1:
        raise CorpusError("--repeat must be at least 1")
    print_json(run_benchmarks(repeat))
