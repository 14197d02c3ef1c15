"""`python -m helpers add FILE`: a reader's own text into their corpus (READER_CORPUS or
--corpus-dir), never the repository's.

The metadata values given and the file are checked and decoded (helpers.corpus.intake) before
anything is written; then, holding the corpus folder's lock file (.add.lock, fcntl.flock, so POSIX
only) so that concurrent adds take turns, the id, slug and file name are chosen and checked against
every row and file of the folder, even those that do not load, the script, usage, format and
structure are detected, the file is copied byte for byte into texts/, its metadata row is appended
to metadata.toml and the headings or speakers found to structure.toml for the reader to check.
What was detected and what to check are printed. Then the text's walkthrough notebook is written
to <corpus>/notebooks/NNN_slug.ipynb (helpers.walkthrough) and executed there
(helpers.notebook_runner), unless --no-run; a cell that fails is named on standard error, exit
status 1, and the text stays added.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from helpers.core.errors import CorpusError
from helpers.core.types import FORMATS, REGIONS, SCRIPTS, UNKNOWN

AUTO = "auto"
VALUE_FLAGS = {
    "--title": "the title as written",
    "--title-en": "the title in English",
    "--publisher": "who published it",
    "--url": "where it was published (http(s)://…)",
    "--published": "when (YYYY-MM-DD)",
}
"""The flags of the metadata values given as text, with their help."""
LOCK_FILE = ".add.lock"
"""The file in the corpus folder whose lock (fcntl.flock) concurrent adds take turns holding."""


def register(commands: Any) -> None:
    """Add the add subcommand to the subparsers of the main parser."""
    parser = commands.add_parser("add", help="add your own text to your corpus (READER_CORPUS)")
    parser.add_argument("file", type=Path, metavar="FILE", help="a Chinese text, plain or markdown")
    for flag, what in VALUE_FLAGS.items():
        parser.add_argument(flag, default=UNKNOWN, help=f"{what} (default: unknown)")
    parser.add_argument(
        "--label-en",
        help="a short English label for lists (default: the English title, else the title, "
        "else the file name)",
    )
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


def _refuse_controls(args: argparse.Namespace) -> None:
    """Refuse a metadata value given with a control character or line break, naming its flag."""
    from helpers.corpus.writers import control_character

    for flag in (*VALUE_FLAGS, "--label-en", "--id"):
        value = getattr(args, flag.removeprefix("--").replace("-", "_"))
        found = control_character(value) if value else None
        if found:
            raise CorpusError(f"{flag}: a control character or line break ({found}) is not allowed")


def _label(args: argparse.Namespace) -> str:
    """The document's English label: --label-en, else the English title, else the title, else
    the file's name (without control characters)."""
    from helpers.corpus.writers import control_character

    for value in (args.label_en, args.title_en, args.title):
        if value and value != UNKNOWN:
            return str(value)
    name = args.file.name
    while found := control_character(name):
        name = name.replace(chr(int(found[2:], 16)), "")
    return name.strip() or UNKNOWN


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the corpus folder's add lock (LOCK_FILE, fcntl.flock, POSIX only): concurrent adds
    into one corpus take turns choosing an id, checking and writing. The folder is made first."""
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    with (folder / LOCK_FILE).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _problems_besides(folder: Path, doc_id: str) -> int:
    """How many other documents (or files) of the reader's corpus folder have a problem, on
    loading or on segmenting (as `corpus --check` finds them)."""
    from helpers.corpus.documents import corpus_problems, documents
    from helpers.corpus.problems import document_problem

    found = [problem for problem in corpus_problems() if problem.file.is_relative_to(folder)]
    for other, document in documents().items():
        if document.corpus == "reader" and (problem := document_problem(other)):
            found.append(problem)
    return len({problem.doc_id or str(problem.file) for problem in found} - {doc_id})


def run(args: argparse.Namespace) -> int:
    """Check, copy, describe and structure one text; print what was detected and what to check;
    write its walkthrough notebook and run it.

    Everything is checked before anything is written: the metadata values given (no control
    characters or line breaks, each of its form), the file, and, holding the corpus folder's add
    lock, its id, slug and file name against every row and file of the folder (a bad one too),
    its text against every document that loads, and the structure detected against the corpus's
    segmentation. A problem of another document does not stop the text being added.

    Returns:
        0, or 1 when the walkthrough did not run clean (the text stays added).

    Raises:
        CorpusError: no corpus of one's own, an unreadable or bad file (empty, binary, no Chinese,
            too large, an encoding the corpus does not take), the same text, id, slug or file name
            already in a corpus, or a metadata value of the wrong form; nothing is written then
            (but the corpus folder and its lock file once the values and file are checked).
    """
    from helpers.core.caching import reload
    from helpers.corpus.detection import detect_structure
    from helpers.corpus.documents import decode_text
    from helpers.corpus.intake import inspect_bytes
    from helpers.corpus.problems import document_problem
    from helpers.corpus.repairs import normalize
    from helpers.corpus.taken import READER_IDS, next_reader_id, refuse_taken, slug_from, taken_in
    from helpers.corpus.writers import (
        READER_METADATA_HEADER,
        READER_STRUCTURE_HEADER,
        metadata_row,
        structure_rows,
    )

    folder = _corpus_folder()
    _refuse_controls(args)
    if args.id is not None and args.id not in {f"{number:03d}" for number in READER_IDS}:
        raise CorpusError(f"--id {args.id}: the id of a text of your own is three digits, 100-999")
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise CorpusError(f"{args.file}: cannot be read ({error.strerror})") from None
    intake = inspect_bytes(data, where=args.file.name)
    script, region, text_format = _detected(intake.text, args)
    values = {
        "script": script,
        "region": region,
        "format": text_format,
        "title": args.title,
        "title_en": args.title_en,
        "label_en": _label(args),
        "publisher": args.publisher,
        "url": args.url,
        "published": args.published,
        "encoding": intake.encoding,
    }
    metadata_row(doc_id="100", slug="text", file="texts/text.txt", **values)  # checked first
    with _locked(folder):
        reload()  # what other adds wrote while this one waited
        taken = taken_in(folder)
        existing = _existing()
        doc_id = args.id or next_reader_id([*(doc_id for doc_id, _, _ in existing), *taken.ids])
        named = args.title_en if args.title_en != UNKNOWN else args.file.name
        slug = slug_from(named, f"text_{doc_id}")
        name = f"texts/{doc_id}_{slug}{'.md' if text_format == 'markdown' else '.txt'}"
        refuse_taken(doc_id, slug, intake.digest, existing, taken, name.removeprefix("texts/"))
        row = metadata_row(doc_id=doc_id, slug=slug, file=name, **values)
        raw = decode_text(data, intake.encoding, str(args.file))
        text = normalize(doc_id, raw, (), intake.encoding).text
        headings, speakers = detect_structure(doc_id, text, markdown=text_format == "markdown")
        structure = structure_rows(doc_id, headings, speakers)
        (folder / "texts").mkdir(exist_ok=True)
        with (folder / name).open("xb") as file:
            file.write(data)
        _append(folder / "metadata.toml", READER_METADATA_HEADER, row)
        if structure:
            _append(folder / "structure.toml", READER_STRUCTURE_HEADER, structure)
    reload()
    problem = document_problem(doc_id)
    print(f"added document {doc_id} ({slug}) as {name}")
    print(f"encoding: {intake.encoding}; script: {script}; usage: {region}; format: {text_format}")
    print(f"headings found: {len(headings)}; speakers found: {len(speakers)}")
    print("to check: the metadata row in metadata.toml ('unknown' where not given)", end="")
    print(", the headings and speakers in structure.toml" if structure else "")
    others = _problems_besides(folder, doc_id)
    if others:
        print(
            f"note: {others} other document(s) of your corpus have problems and are left out "
            "(python -m helpers corpus --check)"
        )
    if problem is not None:
        print(f"problem: {problem}", file=sys.stderr)
        print("no walkthrough notebook until the problem is fixed", file=sys.stderr)
        return 1
    return _walkthrough(doc_id, execute=not args.no_run)
