"""`python -m helpers numbers`: every quantity, the extractor's scores, or the cross-checks."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from helpers.cli.output import print_json, print_json_lines
from helpers.corpus.documents import document, documents
from helpers.corpus.encodings import decode_utf8


def register(commands: Any) -> None:
    """Add the numbers subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "numbers", help="every quoted quantity, valued and traced to the raw and normalised text"
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--doc", metavar="DOC", help="only this document")
    source.add_argument(
        "--text", action="store_true", help="the quantities of the UTF-8 text on standard input"
    )
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
    if args.text and (args.score or args.checks):
        return "--score and --checks read the corpus, not standard input; drop --text"
    return None


def run(args: argparse.Namespace) -> None:
    """Print quantities (JSON lines), the scores (one JSON document) or the checks (JSON lines).

    --doc limits the quantities and the development scores to one document; --text prints the
    quantities of standard input instead, offsets into it and doc null.

    Raises:
        CorpusError: an unknown document; standard input that is not UTF-8.
    """
    if args.score:
        from helpers.numbers.quality import score

        print_json(score(args.doc))
    elif args.checks:
        from helpers.numbers.cross_checks import cross_checks

        print_json_lines(cross_checks().to_dict("records"))
    elif args.text:
        from helpers.numbers.extract import find_quantities

        text = decode_utf8(sys.stdin.buffer.read(), "standard input")
        print_json_lines({**row.as_dict(), "doc": None} for row in find_quantities(text))
    else:
        from helpers.numbers.extract import quantities

        doc_ids = [document(args.doc).id] if args.doc else list(documents())
        print_json_lines(row.as_dict() for doc_id in doc_ids for row in quantities(doc_id))
