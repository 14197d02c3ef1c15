"""`python -m helpers numbers`: every quantity, the extractor's scores, or the cross-checks."""

from __future__ import annotations

import argparse
from typing import Any

from helpers.cli.output import print_json, print_json_lines
from helpers.corpus.documents import document, documents


def register(commands: Any) -> None:
    """Add the numbers subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "numbers", help="every quoted quantity, valued and traced to the raw and normalised text"
    )
    parser.add_argument("--doc", metavar="DOC", help="only this document")
    report = parser.add_mutually_exclusive_group()
    report.add_argument(
        "--score",
        action="store_true",
        help="precision and recall against the development and the held-out annotation",
    )
    report.add_argument(
        "--checks", action="store_true", help="the cross-source checks of corpus/claims.toml"
    )
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    if args.checks and args.doc:
        return "--checks compares documents with each other; drop --doc"
    return None


def run(args: argparse.Namespace) -> None:
    """Print quantities (JSON lines), the scores (one JSON document) or the checks (JSON lines).

    --doc limits the quantities and the development scores to one document.

    Raises:
        CorpusError: an unknown document.
    """
    if args.score:
        from helpers.numbers.quality import score

        print_json(score(args.doc))
    elif args.checks:
        from helpers.numbers.cross_checks import cross_checks

        print_json_lines(cross_checks().to_dict("records"))
    else:
        from helpers.numbers.extract import quantities

        doc_ids = [document(args.doc).id] if args.doc else list(documents())
        print_json_lines(row.as_dict() for doc_id in doc_ids for row in quantities(doc_id))
