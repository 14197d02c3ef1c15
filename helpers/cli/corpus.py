"""`python -m helpers corpus`: the overview, sentences as JSON, a normalised text, a repair log."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from helpers.cli.output import print_json_lines
from helpers.corpus.documents import document, documents


def register(commands: Any) -> None:
    """Add the corpus subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "corpus", help="documents, normalised texts, repairs and sentences"
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--json", action="store_true", help="one JSON object per sentence")
    choice.add_argument("--normalized", metavar="DOC", help="a document's normalised text")
    choice.add_argument("--repairs", metavar="DOC", help="a document's repair log, JSON lines")
    parser.add_argument("--doc", metavar="DOC", help="with --json: only this document")
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    return "--doc only works with --json" if args.doc and not args.json else None


def run(args: argparse.Namespace) -> None:
    """Print what the flags ask for; without flags, the overview table as text.

    Raises:
        CorpusError: an unknown document id.
    """
    from helpers.corpus.repairs import normalized
    from helpers.corpus.segments import segmented

    if args.normalized:
        sys.stdout.write(normalized(document(args.normalized).id).text)
    elif args.repairs:
        print_json_lines(
            repair.as_dict() for repair in normalized(document(args.repairs).id).repairs
        )
    elif args.json:
        doc_ids = [document(args.doc).id] if args.doc else list(documents())
        print_json_lines(
            sentence.as_dict() for doc_id in doc_ids for sentence in segmented(doc_id).sentences
        )
    else:
        from helpers.corpus.overview import corpus_overview

        print(corpus_overview().to_string(index=False))
