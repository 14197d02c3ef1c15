"""`python -m helpers convert`: standard input or a whole document converted to a target script."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from helpers.core.types import REGIONS, SCRIPTS
from helpers.corpus.documents import document


def register(commands: Any) -> None:
    """Add the convert subcommand to the subparsers of the main parser."""
    parser = commands.add_parser("convert", help="convert standard input or a document")
    parser.add_argument(
        "--to", required=True, metavar="TARGET", help="zh-Hans, zh-Hant, zh-TW or zh-HK"
    )
    parser.add_argument("--doc", metavar="DOC", help="convert this document instead of stdin")
    parser.add_argument(
        "--from",
        dest="source_script",
        choices=SCRIPTS,
        help="script of standard input (default Simplified)",
    )
    parser.add_argument("--region", choices=REGIONS, help="usage of stdin (default mainland)")
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    if args.doc and (args.source_script or args.region):
        return "--from and --region describe standard input; a document's metadata gives them"
    return None


def run(args: argparse.Namespace) -> None:
    """Print the converted text.

    Raises:
        CorpusError: an unknown target or document.
    """
    from helpers.language.conversion import convert, convert_document

    if args.doc:
        sys.stdout.write(convert_document(document(args.doc).id, args.to))
        return
    text = sys.stdin.read()
    sys.stdout.write(
        convert(text, args.to, args.source_script or "Simplified", args.region or "mainland")
    )
