"""`python -m helpers words`: the reader's own word list (add, list, set, remove, export) and the
share of a document's words the reader knows."""

from __future__ import annotations

import argparse
from collections.abc import Container
from pathlib import Path
from typing import Any

from helpers.cli.output import nothing_to_refuse, print_json, print_json_lines
from helpers.core.types import WORD_STATUSES


def register(commands: Any) -> None:
    """Add the words subcommand, with its own subcommands, to the subparsers of the main parser."""
    parser = commands.add_parser(
        "words", help="my words: a personal word list with statuses, glosses and Anki export"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add a word (either script) and print it as JSON")
    add.add_argument("word", metavar="WORD")
    add.add_argument("--gloss", default="", metavar="G", help="your own gloss")
    add.add_argument("--status", default="1", choices=WORD_STATUSES, help="default: 1 (new)")
    add.add_argument("--note", default="", metavar="N", help="your note")
    listing = actions.add_parser("list", help="your words, one JSON object a line")
    listing.add_argument("--status", choices=WORD_STATUSES, help="only the words with this status")
    change = actions.add_parser("set", help="change a word's status, gloss or note")
    change.add_argument("word", metavar="WORD")
    change.add_argument("--status", choices=WORD_STATUSES)
    change.add_argument("--gloss", metavar="G")
    change.add_argument("--note", metavar="N")
    remove = actions.add_parser("remove", help="remove a word")
    remove.add_argument("word", metavar="WORD")
    export = actions.add_parser("export", help="write your words as CSV and/or an Anki deck")
    export.add_argument("--csv", type=Path, metavar="OUT", help="write a CSV file here")
    export.add_argument("--anki", type=Path, metavar="OUT", help="write an Anki deck here")
    known = actions.add_parser("known", help="the share of a document's words you know")
    known.add_argument("--doc", required=True, metavar="D", help="a document id, e.g. 003")
    known.add_argument("--json", action="store_true", help="print JSON rather than a sentence")
    for action in (add, listing, remove, known):
        action.set_defaults(run=run, refuse=nothing_to_refuse)
    change.set_defaults(run=run, refuse=refuse_set)
    export.set_defaults(run=run, refuse=refuse_export)


def refuse_set(args: argparse.Namespace) -> str | None:
    """Why `words set` cannot be taken as given, or None."""
    if args.status is None and args.gloss is None and args.note is None:
        return "set needs --status, --gloss or --note"
    return None


def refuse_export(args: argparse.Namespace) -> str | None:
    """Why `words export` cannot be taken as given, or None."""
    return None if args.csv or args.anki else "export needs --csv OUT, --anki OUT or both"


def _glossary_forms() -> Container[str]:
    """The curated glossary's forms, for in_glossary (the notes layer may not read the glossary)."""
    from helpers.glossary.terms import form_entries

    return form_entries()


def run(args: argparse.Namespace) -> None:
    """Run one words action: add, set and list print entries as JSON (MyWord.as_dict), known a
    sentence or JSON, export and remove nothing.

    Raises:
        CorpusError: an invalid word, a word already in the list (add) or not in it (set,
            remove), an unknown document; StoreError: the store cannot be used.
    """
    from helpers.notes import words

    if args.action == "add":
        entry = words.add_word(
            args.word, args.gloss, args.status, args.note, glossary_forms=_glossary_forms()
        )
        print_json_lines([entry.as_dict()])
    elif args.action == "list":
        print_json_lines(
            entry.as_dict()
            for entry in words.list_words(args.status, glossary_forms=_glossary_forms())
        )
    elif args.action == "set":
        if args.status is not None:
            words.set_status(args.word, args.status)
        entry = words.edit_word(args.word, args.gloss, args.note, glossary_forms=_glossary_forms())
        print_json_lines([entry.as_dict()])
    elif args.action == "remove":
        words.remove_word(args.word)
    elif args.action == "export":
        from helpers.notes.word_export import export_words_anki, export_words_csv

        if args.csv:
            export_words_csv(args.csv)
        if args.anki:
            export_words_anki(args.anki)
    else:
        _print_known(args.doc, args.json)


def _print_known(doc: str, as_json: bool) -> None:
    """Print the share of a document's words the reader knows, as a sentence or as JSON."""
    from helpers.corpus.documents import document
    from helpers.notes.words import known_share

    doc_id = document(doc).id
    share = known_share(doc_id)
    if as_json:
        print_json({"doc": doc_id, "known_share": share})
    else:
        print(f"you know {share:.0%} of the words in {doc_id}")
