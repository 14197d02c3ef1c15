"""`python -m helpers notes`: the reader's annotations (add, list, edit, delete, export, import,
backup, doctor), in the notes store of the reader's data folder (READER_HOME moves it)."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from helpers.cli.output import nothing_to_refuse, print_json

FORMATS = ("w3c", "csv", "markdown")


def register(commands: Any) -> None:
    """Add the notes subcommand and its actions to the subparsers of the main parser."""
    parser = commands.add_parser("notes", help="your notes and highlights: add, list, export…")
    actions = parser.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="annotate a sentence or a span; prints it as JSON")
    add.add_argument("--ref", required=True, help="the sentence where it starts (003:p2.s1)")
    add.add_argument("--end-ref", help="the last sentence of a span over several")
    add.add_argument("--note", default="", help="the note (default none: a highlight)")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    add.add_argument("--quote", help="the exact text to highlight (default: whole sentences)")
    add.add_argument(
        "--motivation", choices=("highlighting", "commenting", "tagging", "bookmarking")
    )
    listing = actions.add_parser("list", help="one JSON object a line, in document order")
    listing.add_argument("--doc", help="only this document's")
    listing.add_argument("--tag", help="only those with this tag")
    edit = actions.add_parser("edit", help="change a note or its tags; prints it as JSON")
    edit.add_argument("id")
    edit.add_argument("--note", help="the new note")
    edit.add_argument("--tag", action="append", help="the new tags (repeat; replaces all)")
    edit.add_argument("--no-tags", action="store_true", help="remove every tag")
    actions.add_parser("delete", help="delete an annotation").add_argument("id")
    export = actions.add_parser("export", help="write every annotation to a file")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("out", type=Path)
    actions.add_parser("import", help="merge a W3C or CSV export by id").add_argument(
        "file", type=Path
    )
    actions.add_parser("backup", help="copy the store (online backup)").add_argument(
        "out", type=Path
    )
    actions.add_parser("doctor", help="check the store and say how to recover")
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    if args.action == "edit" and args.no_tags and args.tag:
        return "--no-tags and --tag cannot be given together"
    return nothing_to_refuse(args)


def run(args: argparse.Namespace) -> None:
    """Run one notes action, printing JSON (one object, or one a line).

    Raises:
        CorpusError: bad input or an unusable store (StoreError, AnnotationError,
            ImportRefusedError); doctor raises StoreError after its report when the store is
            unusable, so the exit status is 2.
    """
    from helpers.notes import annotations as notes

    if args.action == "add":
        print(json.dumps(notes.add_annotation(
            args.ref, args.note, args.tag, args.quote, args.motivation, args.end_ref
        ).as_dict(), ensure_ascii=False))  # fmt: skip
    elif args.action == "list":
        lines = notes.json_lines(args.doc, args.tag)
        while batch := list(itertools.islice(lines, 1000)):
            sys.stdout.write("\n".join(batch) + "\n")  # print() a line at a time is slower
    elif args.action == "edit":
        tags = [] if args.no_tags else args.tag
        edited = notes.edit_annotation(args.id, args.note, tags)
        print(json.dumps(edited.as_dict(), ensure_ascii=False))
    elif args.action == "delete":
        notes.delete_annotation(args.id)
    else:
        _exchange(args)


def _exchange(args: argparse.Namespace) -> None:
    """export, import, backup and doctor."""
    from helpers.notes import exchange
    from helpers.notes.exports import export_bytes
    from helpers.notes.store import StoreError, diagnose

    if args.action == "export":
        exchange.write_text(args.out, export_bytes(args.format))
    elif args.action == "import":
        print(json.dumps(asdict(exchange.import_file(args.file))))
    elif args.action == "backup":
        exchange.backup(args.out)
    else:
        report = diagnose()
        print_json(report)
        if not report["ok"]:
            raise StoreError(f"the notes store is not usable: {report['problem']}")
