"""`python -m helpers add FILE`: a reader's own text into their corpus (READER_CORPUS or
--corpus-dir), never the repository's.

The file is checked and decoded (helpers.corpus.intake) before anything is written; then it is
copied byte for byte into texts/, its metadata row is appended to metadata.toml, its script, usage
and format are detected, and the headings or speakers found are appended to structure.toml for the
reader to check. What was detected and what to check are printed. Then the text's walkthrough
notebook is written to <corpus>/notebooks/NNN_slug.ipynb (helpers.walkthrough) and executed there
(helpers.notebook_runner), unless --no-run; a cell that fails is named on standard error, exit
status 1, and the text stays added.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from helpers.core.errors import CorpusError
from helpers.core.types import FORMATS, REGIONS, SCRIPTS, UNKNOWN

AUTO = "auto"


def register(commands: Any) -> None:
    """Add the add subcommand to the subparsers of the main parser."""
    parser = commands.add_parser("add", help="add your own text to your corpus (READER_CORPUS)")
    parser.add_argument("file", type=Path, metavar="FILE", help="a Chinese text, plain or markdown")
    for flag, what in (
        ("--title", "the title as written"),
        ("--title-en", "the title in English"),
        ("--publisher", "who published it"),
        ("--url", "where it was published (http(s)://…)"),
        ("--published", "when (YYYY-MM-DD)"),
    ):
        parser.add_argument(flag, default=UNKNOWN, help=f"{what} (default: unknown)")
    parser.add_argument("--script", choices=(AUTO, *SCRIPTS), default=AUTO)
    parser.add_argument("--region", choices=(AUTO, *REGIONS), default=AUTO)
    parser.add_argument("--format", choices=(AUTO, *FORMATS), default=AUTO)
    parser.add_argument("--id", help="a document id, 100-999 (default: the next free one)")
    parser.add_argument(
        "--no-run", action="store_true", help="write the walkthrough notebook without running it"
    )
    parser.set_defaults(run=run, refuse=lambda args: None)


def _existing() -> list[tuple[str, str, str]]:
    """(id, slug, content hash) of every working document of both corpora."""
    from helpers.corpus.documents import documents, read_raw
    from helpers.corpus.intake import content_hash

    return [
        (doc.id, doc.slug, content_hash(read_raw(doc.path, doc.encoding)))
        for doc in documents().values()
    ]


def _corpus_folder() -> Path:
    """The reader's corpus folder; refused when none is named or it lies inside the repository."""
    from helpers.core.home import reader_corpus_dir
    from helpers.core.paths import PROJECT_ROOT

    folder = reader_corpus_dir()
    if folder is None:
        raise CorpusError(
            "no corpus of your own is named: set READER_CORPUS or pass --corpus-dir DIR "
            "(add never writes into the repository)"
        )
    if folder.is_relative_to(PROJECT_ROOT.resolve()):
        raise CorpusError(f"{folder.name}: a corpus of your own must lie outside the repository")
    return folder


def _detected(text: str, args: argparse.Namespace) -> tuple[str, str, str]:
    """The script, regional usage and format: as given, or detected from the text."""
    from helpers.corpus.detection import detect_format
    from helpers.language.detect import detect_script

    found = detect_script(text)
    script = args.script
    if script == AUTO:
        script = "Traditional" if len(found.traditional) > len(found.simplified) else "Simplified"
    region = args.region
    if region == AUTO:
        region = found.region or ("Taiwan" if script == "Traditional" else "mainland")
    return script, region, detect_format(text) if args.format == AUTO else args.format


def _append(path: Path, header: str, rows: str) -> None:
    """Append TOML rows to a file, starting it with its header when it is new."""
    start = "" if path.is_file() else header
    with path.open("a", encoding="utf-8", newline="\n") as file:
        file.write(f"{start}\n{rows}")


def _walkthrough(doc_id: str, execute: bool) -> int:
    """Write the text's walkthrough notebook and run it; print its path and how the run went.

    Returns:
        0 when it ran clean (or was not run); 1 when a cell failed (named on standard error).
    """
    from helpers.notebook_runner import NOTEBOOK_FAILURES, failed_cell, run_notebook
    from helpers.walkthrough.files import notebook_path, write_notebook
    from helpers.walkthrough.template import prose_for, walkthrough_notebook

    prose = prose_for(doc_id)
    path = notebook_path(doc_id, prose.notebook)
    write_notebook(path, walkthrough_notebook(doc_id, prose))
    print(f"walkthrough: {path}")
    if not execute:
        print("walkthrough not run (--no-run)")
        return 0
    try:
        run_notebook(path)
    except NOTEBOOK_FAILURES as error:
        what = f"{getattr(error, 'ename', type(error).__name__)}: {getattr(error, 'evalue', '')}"
        where = f"walkthrough {path.name}: {failed_cell(error)}"
        print(f"error: {where} failed ({what})", file=sys.stderr)
        return 1
    print("walkthrough ran clean")
    return 0


def run(args: argparse.Namespace) -> int:
    """Check, copy, describe and structure one text; print what was detected and what to check;
    write its walkthrough notebook and run it.

    Returns:
        0, or 1 when the walkthrough did not run clean (the text stays added).

    Raises:
        CorpusError: no corpus of one's own, an unreadable or bad file (empty, binary, no Chinese,
            too large, an encoding the corpus does not take), the same text, id or slug already
            in a corpus, or a metadata value of the wrong form; nothing is written then.
    """
    from helpers.core.caching import reload
    from helpers.corpus.detection import detect_headings, detect_speakers
    from helpers.corpus.intake import (
        READER_IDS,
        inspect_bytes,
        next_reader_id,
        refuse_taken,
        slug_from,
    )
    from helpers.corpus.problems import document_problem
    from helpers.corpus.repairs import normalized
    from helpers.corpus.writers import (
        READER_METADATA_HEADER,
        READER_STRUCTURE_HEADER,
        metadata_row,
        structure_rows,
    )

    folder = _corpus_folder()
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise CorpusError(f"{args.file}: cannot be read ({error.strerror})") from None
    intake = inspect_bytes(data, where=args.file.name)
    existing = _existing()
    doc_id = args.id or next_reader_id(doc_id for doc_id, _, _ in existing)
    if doc_id not in {f"{number:03d}" for number in READER_IDS}:
        raise CorpusError(f"--id {doc_id}: the id of a text of your own is three digits, 100-999")
    named = args.title_en if args.title_en != UNKNOWN else args.file.name
    slug = slug_from(named, f"text_{doc_id}")
    refuse_taken(doc_id, slug, intake.digest, existing)
    script, region, text_format = _detected(intake.text, args)
    name = f"texts/{doc_id}_{slug}{'.md' if text_format == 'markdown' else '.txt'}"
    row = metadata_row(
        doc_id=doc_id,
        slug=slug,
        file=name,
        script=script,
        region=region,
        format=text_format,
        title=args.title,
        title_en=args.title_en,
        publisher=args.publisher,
        url=args.url,
        published=args.published,
        encoding=intake.encoding,
    )
    (folder / "texts").mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    _append(folder / "metadata.toml", READER_METADATA_HEADER, row)
    reload()
    text = normalized(doc_id).text
    headings = detect_headings(text) if text_format == "plain" else []
    speakers = detect_speakers(text)
    structure = structure_rows(doc_id, headings, speakers)
    if structure:
        _append(folder / "structure.toml", READER_STRUCTURE_HEADER, structure)
        reload()
    problem = document_problem(doc_id)
    print(f"added document {doc_id} ({slug}) as {name}")
    print(f"encoding: {intake.encoding}; script: {script}; usage: {region}; format: {text_format}")
    print(f"headings found: {len(headings)}; speakers found: {len(speakers)}")
    print("to check: the metadata row in metadata.toml ('unknown' where not given)", end="")
    print(", the headings and speakers in structure.toml" if structure else "")
    if problem is not None:
        print(f"problem: {problem}", file=sys.stderr)
        print("no walkthrough notebook until the problem is fixed", file=sys.stderr)
        return 1
    return _walkthrough(doc_id, execute=not args.no_run)
