"""`python -m helpers exercises`: a document's exercises, checking an answer (kept as an attempt in
the reader's store), exporting the answers for a teacher, collecting exports, resetting answers."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from helpers.cli.output import print_json_lines
from helpers.core.errors import CorpusError
from helpers.corpus.encodings import decode_utf8

LETTERS = "ABCDEFGHIJ"


def register(commands: Any) -> None:
    """Add the exercises subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "exercises", help="a document's exercises; check an answer; export and collect answers"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check",
        metavar="ID",
        help="judge the --answer to exercise ID and print the feedback as JSON; the attempt is "
        "recorded in your notes store (READER_HOME moves it), like an answer in a notebook",
    )
    mode.add_argument("--export", type=Path, metavar="OUT", help="write your answers to a CSV file")
    mode.add_argument(
        "--collect", type=Path, metavar="DIR", help="sum the CSV exports in a folder, as CSV"
    )
    mode.add_argument(
        "--reset", action="store_true", help="delete your answers (all, or --doc D's)"
    )
    parser.add_argument("--doc", metavar="D", help="list this document's exercises (e.g. 003)")
    parser.add_argument("--json", action="store_true", help="list as JSON, one object a line")
    parser.add_argument("--teacher", action="store_true", help="list with answers, explanations")
    parser.add_argument("--answer", metavar="A", help="with --check: the answer; - reads stdin")
    parser.add_argument("--student", metavar="NAME", help="with --export (default: login name)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="with --collect (default: stdout)")
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    listing = not (args.check or args.export or args.collect or args.reset)
    if listing and not args.doc:
        return "give --doc D, --check ID, --export OUT, --collect DIR or --reset"
    if args.doc and not (listing or args.reset):
        return "--doc only works alone (to list) or with --reset"
    for flag, applies in (
        ("--json", listing),
        ("--teacher", listing),
        ("--answer", args.check),
        ("--student", args.export),
        ("--out", args.collect),
    ):
        if getattr(args, flag[2:]) not in (None, False) and not applies:
            return f"{flag} has no effect here"
    return None


def run(args: argparse.Namespace) -> None:
    """List, check, export, collect or reset, as the flags say.

    Raises:
        CorpusError: an unknown document or exercise id, --check without --answer, an export
            folder that is missing or holds a malformed file; StoreError: the store is unusable.
    """
    from helpers.classroom import answer_files, answers

    if args.check:
        if args.answer is None:
            raise CorpusError("--check needs --answer A (or --answer - to read standard input)")
        # argv arrives with undecodable bytes as surrogates: back to bytes for the same check
        if args.answer == "-":
            answer = decode_utf8(sys.stdin.buffer.read(), "standard input").rstrip("\r\n")
        else:
            answer = decode_utf8(os.fsencode(args.answer), "--answer")
        print_json_lines([answers.answer_exercise(args.check, answer).as_dict()])
    elif args.export:
        rows = answer_files.export_answers(args.export, args.student or _login())
        print_json_lines([{"file": str(args.export), "rows": rows}])
    elif args.collect:
        table = answer_files.collected_csv(answer_files.collect_answers(args.collect))
        if args.out:
            from helpers.notes.exchange import write_text

            write_text(args.out, table)
        else:
            sys.stdout.write(table)
    elif args.reset:
        print_json_lines([{"deleted": answers.reset_answers(args.doc)}])
    else:
        _list(args.doc, args.json, args.teacher)


def _login() -> str:
    """The login name, the default student name of an export."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise CorpusError("cannot tell your login name: give --student NAME") from None


def _list(doc: str, as_json: bool, teacher: bool) -> None:
    """Print a document's exercises, one a line: JSON (Exercise.as_dict, sections from 0) or text
    (sections counted from 1, as the exercise widget shows them)."""
    from helpers.classroom.registry import exercises
    from helpers.corpus.documents import document

    made = exercises(document(doc).id)
    if as_json:
        print_json_lines(item.as_dict(teacher) for item in made)
        return
    for item in made:
        quoted = (
            f" {item.prompt_zh}" if item.prompt_zh and item.prompt_zh not in item.prompt else ""
        )
        options = "  ".join(f"{LETTERS[i]}) {choice}" for i, choice in enumerate(item.choices))
        line = f"{item.id}  section {item.section + 1}  {item.prompt}{quoted}"
        line += f"  [{options}]" if options else "  [typed]"
        print(line + (f"  answer: {item.answer}" if teacher else ""))
