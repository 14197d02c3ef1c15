"""`python -m helpers glossary`: entries, search, concordance, look-up and the classroom export."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from helpers.cli.output import print_json_lines
from helpers.core.errors import CorpusError
from helpers.core.types import TARGETS
from helpers.corpus.documents import document


def register(commands: Any) -> None:
    """Add the glossary subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "glossary", help="the bilingual glossary: entries, search, concordance, look-up, export"
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--search", metavar="QUERY", help="entries matching a form, pinyin, English"
    )
    action.add_argument("--concordance", metavar="TERM", help="keyword in context, every document")
    action.add_argument("--lookup", metavar="SENTENCE", help="each word of a sentence in CC-CEDICT")
    action.add_argument("--export", metavar="DOC", help="a document's vocabulary: --csv, --anki")
    parser.add_argument(
        "--script", choices=TARGETS, help="with --concordance: lines in this script"
    )
    parser.add_argument("--csv", metavar="PATH", help="with --export: write CSV here")
    parser.add_argument("--anki", metavar="PATH", help="with --export: write an Anki deck here")
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    if (args.csv or args.anki) and not args.export:
        return "--csv and --anki only work with --export DOC"
    if args.script and args.concordance is None:
        return "--script only works with --concordance TERM"
    return None


def run(args: argparse.Namespace) -> None:
    """Print entries, search results, a concordance or a look-up as JSON lines; or export.

    Raises:
        CorpusError: an empty query, an unknown document, or --export without a file to write.
    """
    if args.export:
        from helpers.glossary.export import export_anki, export_csv

        if not (args.csv or args.anki):
            raise CorpusError("--export needs --csv PATH or --anki PATH")
        if args.csv:
            export_csv(document(args.export).id, Path(args.csv))
        if args.anki:
            export_anki(document(args.export).id, Path(args.anki))
    elif args.search is not None:
        from helpers.glossary.search import search

        print_json_lines(entry.as_dict() for entry in search(args.search))
    elif args.concordance is not None:
        from helpers.glossary.search import concordance

        print_json_lines(hit.as_dict() for hit in concordance(args.concordance, args.script))
    elif args.lookup is not None:
        from helpers.glossary.lookup import lookup

        print_json_lines(lookup(args.lookup))
    else:
        from helpers.glossary.entries import glossary_entries

        print_json_lines(entry.as_dict() for entry in glossary_entries())
