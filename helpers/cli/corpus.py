"""`python -m helpers corpus`: the overview of both corpora, sentences as JSON, a normalised text, a
repair log, and every problem with its file (--check)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from helpers.cli.output import print_json_lines
from helpers.corpus.documents import document, documents


def register(commands: Any) -> None:
    """Add the corpus subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "corpus", help="documents, normalised texts, repairs, sentences and problems"
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--json", action="store_true", help="one JSON object per sentence")
    choice.add_argument("--normalized", metavar="DOC", help="a document's normalised text")
    choice.add_argument("--repairs", metavar="DOC", help="a document's repair log, JSON lines")
    choice.add_argument(
        "--check",
        action="store_true",
        help="list every problem of both corpora with its file (exit status 1 if there are any)",
    )
    parser.add_argument("--doc", metavar="DOC", help="with --json: only this document")
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    return "--doc only works with --json" if args.doc and not args.json else None


def _left_out(count: int) -> None:
    """Say on standard error that there are problems (documents left out), and how to see them."""
    if count:
        print(
            f"note: {count} problem(s) found, the documents concerned left out; "
            "see `python -m helpers corpus --check`",
            file=sys.stderr,
        )


def run(args: argparse.Namespace) -> int:
    """Print what the flags ask for; without flags, the overview table of both corpora as text.

    Returns:
        The exit status: 1 for --check when there are problems, else 0.

    Raises:
        CorpusError: an unknown document id, or a document with a problem (its message).
    """
    from helpers.corpus.problems import check_corpus, working_documents
    from helpers.corpus.repairs import normalized
    from helpers.corpus.segments import segmented

    if args.check:
        problems = check_corpus()
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)" if problems else "no problems")
        return 1 if problems else 0
    if args.normalized:
        sys.stdout.write(normalized(document(args.normalized).id).text)
    elif args.repairs:
        print_json_lines(
            repair.as_dict() for repair in normalized(document(args.repairs).id).repairs
        )
    elif args.json:
        doc_ids = [document(args.doc).id] if args.doc else list(working_documents())
        print_json_lines(
            sentence.as_dict() for doc_id in doc_ids for sentence in segmented(doc_id).sentences
        )
        if not args.doc:
            _left_out(len(check_corpus()))
    else:
        from helpers.corpus.overview import corpus_overview

        overview = corpus_overview()
        if not overview.empty:
            overview.insert(1, "corpus", [documents()[doc_id].corpus for doc_id in overview["id"]])
        print(overview.to_string(index=False))
        _left_out(len(check_corpus()))
    return 0
