"""The command line: `python -m helpers SUBCOMMAND`, printing JSON or text."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable

from helpers.core.errors import CorpusError
from helpers.core.types import REGIONS, SCRIPTS, TARGETS
from helpers.corpus.documents import document, documents


def _print_json_lines(rows: Iterable[dict]) -> None:
    """Print one JSON object a line, Chinese left readable."""
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


def _corpus(args: argparse.Namespace) -> None:
    """Print sentences, a normalised text, or a repair log."""
    from helpers.corpus.repairs import normalized
    from helpers.corpus.segments import segmented

    if args.normalized:
        sys.stdout.write(normalized(document(args.normalized).id).text)
    elif args.repairs:
        _print_json_lines(
            repair.as_dict() for repair in normalized(document(args.repairs).id).repairs
        )
    elif args.json:
        doc_ids = [document(args.doc).id] if args.doc else list(documents())
        _print_json_lines(
            sentence.as_dict() for doc_id in doc_ids for sentence in segmented(doc_id).sentences
        )
    else:
        from helpers.corpus.overview import corpus_overview

        print(corpus_overview().to_string(index=False))


def _convert(args: argparse.Namespace) -> None:
    """Print standard input, or a whole normalised document, converted to a target script."""
    from helpers.language.conversion import convert, convert_document

    if args.doc and (args.source_script or args.region):
        raise CorpusError(
            "--from and --region describe standard input; with --doc the document's metadata gives them"
        )
    try:
        if args.doc:
            sys.stdout.write(convert_document(document(args.doc).id, args.to))
        else:
            sys.stdout.write(
                convert(
                    sys.stdin.read(),
                    args.to,
                    args.source_script or "Simplified",
                    args.region or "mainland",
                )
            )
    except CorpusError:
        raise
    except ValueError as error:
        raise CorpusError(str(error)) from None


def _glossary(args: argparse.Namespace) -> None:
    """Print glossary entries, search results, a concordance or a look-up; or export a document's vocabulary."""
    from pathlib import Path

    from helpers.glossary.entries import glossary_entries

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

        _print_json_lines(entry.as_dict() for entry in search(args.search))
    elif args.concordance is not None:
        from helpers.glossary.search import concordance

        _print_json_lines(hit.as_dict() for hit in concordance(args.concordance, args.script))
    elif args.lookup is not None:
        from helpers.glossary.lookup import lookup

        _print_json_lines(lookup(args.lookup))
    else:
        _print_json_lines(entry.as_dict() for entry in glossary_entries())


def _numbers(args: argparse.Namespace) -> None:
    """Print quantities (one JSON object each), the extractor's scores, or the cross-checks.

    --doc limits the quantities and the scores to one document; the cross-checks compare documents
    with each other, so --doc with --checks is refused (CorpusError).
    """
    if args.checks and args.doc:
        raise CorpusError("numbers: --checks compares documents with each other; drop --doc")
    if args.score:
        from helpers.numbers.quality import score

        print(json.dumps(score(args.doc), ensure_ascii=False, indent=2))
        return
    if args.checks:
        from helpers.numbers.cross_checks import cross_checks

        _print_json_lines(cross_checks().to_dict("records"))
        return
    from helpers.numbers.extract import quantities

    doc_ids = [document(args.doc).id] if args.doc else list(documents())
    _print_json_lines(row.as_dict() for doc_id in doc_ids for row in quantities(doc_id))


def _bench(args: argparse.Namespace) -> None:
    """Print benchmark figures as JSON."""
    from helpers.bench import run_benchmarks

    print(json.dumps(run_benchmarks(args.repeat), ensure_ascii=False, indent=2))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="python -m helpers", description="Reading tools for the Musk interview corpus."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    corpus = commands.add_parser(
        "corpus", help="documents, normalised texts, repairs and sentences"
    )
    choice = corpus.add_mutually_exclusive_group()
    choice.add_argument("--json", action="store_true", help="one JSON object per sentence")
    choice.add_argument("--normalized", metavar="DOC", help="a document's normalised text")
    choice.add_argument(
        "--repairs", metavar="DOC", help="a document's repair log, one JSON object per repair"
    )
    corpus.add_argument("--doc", metavar="DOC", help="with --json: only this document")
    corpus.set_defaults(run=_corpus)

    convert = commands.add_parser(
        "convert", help="convert standard input or a document to another script"
    )
    convert.add_argument(
        "--to", required=True, metavar="TARGET", help="zh-Hans, zh-Hant, zh-TW or zh-HK"
    )
    convert.add_argument(
        "--doc",
        metavar="DOC",
        help="convert this document's normalised text instead of standard input",
    )
    convert.add_argument(
        "--from",
        dest="source_script",
        choices=SCRIPTS,
        help="script of standard input (default Simplified)",
    )
    convert.add_argument(
        "--region", choices=REGIONS, help="usage of standard input (default mainland)"
    )
    convert.set_defaults(run=_convert)

    words = commands.add_parser(
        "glossary", help="the bilingual glossary: entries, search, concordance, look-up, export"
    )
    action = words.add_mutually_exclusive_group()
    action.add_argument(
        "--search", metavar="QUERY", help="entries matching a form, pinyin or English word"
    )
    action.add_argument(
        "--concordance", metavar="TERM", help="keyword in context across all documents"
    )
    action.add_argument(
        "--lookup", metavar="SENTENCE", help="segment a sentence and look each word up in CC-CEDICT"
    )
    action.add_argument(
        "--export", metavar="DOC", help="a document's vocabulary, with --csv and/or --anki"
    )
    words.add_argument("--json", action="store_true", help="default output; accepted for symmetry")
    words.add_argument(
        "--script", choices=TARGETS, help="with --concordance: show the lines in this script"
    )
    words.add_argument("--csv", metavar="PATH", help="with --export: write CSV here")
    words.add_argument(
        "--anki", metavar="PATH", help="with --export: write an Anki deck (.apkg) here"
    )
    words.set_defaults(run=_glossary)

    numbers = commands.add_parser(
        "numbers", help="every quoted quantity, valued and traced to the raw text"
    )
    numbers.add_argument(
        "--json", action="store_true", help="default output; accepted for symmetry"
    )
    numbers.add_argument("--doc", metavar="DOC", help="only this document")
    numbers.add_argument(
        "--score",
        action="store_true",
        help="precision and recall against corpus/annotations/: development per document, "
        "frozen (held out) overall; with --doc only that document's development figures",
    )
    numbers.add_argument(
        "--checks",
        action="store_true",
        help="the cross-source checks of corpus/claims.toml, one JSON object each",
    )
    numbers.set_defaults(run=_numbers)

    bench = commands.add_parser("bench", help="print benchmark figures as JSON")
    bench.add_argument("--repeat", type=int, default=5, help="runs per figure (default 5)")
    bench.set_defaults(run=_bench)
    return parser


def _refuse_ignored_flags(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Exit with a usage error when a flag is given where it would have no effect."""
    if args.command == "corpus" and args.doc and not args.json:
        parser.error("corpus: --doc only works with --json")
    if args.command == "glossary":
        if (args.csv or args.anki) and not args.export:
            parser.error("glossary: --csv and --anki only work with --export DOC")
        if args.script and args.concordance is None:
            parser.error("glossary: --script only works with --concordance TERM")
    if args.command == "numbers" and args.score and args.checks:
        parser.error("numbers: --score and --checks are separate reports; give one")


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; a corpus problem is reported on stderr with exit status 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _refuse_ignored_flags(parser, args)
    try:
        args.run(args)
        sys.stdout.flush()
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader of our output (e.g. `head`) has gone; stop quietly like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
