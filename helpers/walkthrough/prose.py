"""A walkthrough's prose file, corpus/walkthroughs/NNN.toml, read and checked.

The file holds what the template cannot know about a document: the hand-written markdown of the
notebook's own cells, and a few choices. Its keys (every one optional unless marked required):

    doc             required: the document id, the file's own name ("000")
    notebook        the notebook's file name in notebooks/ ("01_kamath_debt_ai_robots.ipynb")
    extra_imports   names the extra cells use, added to the first code cell's `from helpers import`
    overview        where the document's row of corpus_overview goes: "metadata" (after the
                    metadata card), "notes" (after the reading notes) or "none"
    pair            the reader's script pair ("original ↔ zh-Hans")
    drive           code lines that drive the reader before it prints its page label and references
    close_refs      the sentence references of the close reading ("000:p0.s1", …)
    close_target    the script the close reading compares with ("zh-Hans", "zh-TW", "zh-HK")
    close_reading   "pinyin" or "zhuyin"
    exercise        the typed exercise of the nbgrader cells ("000.script.p8.s0");
                    without one, no such cells
    [prose]         markdown by cell: title, metadata, text, vocabulary, numbers, aligned, reader,
                    drive, close_reading, next (required); speakers, notes, teacher_note
    [alt]           chart descriptions: numbers_chart, speaker_chart
    [[sections]]    prose (markdown, required), view (a section number, or [first, last + 1]),
                    collapsible (true/false), ids ([markdown cell id, code cell id])
    [[extra]]       a cell of this notebook only: after ("notes" or "text"), markdown or code, id
    [ids]           cell id by template role (ROLES), kept from the hand-written notebooks
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helpers.core.errors import CorpusError
from helpers.views.reader_pages import PAIRS as READER_PAIRS

ROLES = (
    "title",
    "imports",
    "pandas",
    "metadata",
    "metadata_card",
    "overview",
    "speakers",
    "speaker_turns",
    "speaker_chart",
    "notes",
    "text",
    "vocabulary",
    "vocabulary_code",
    "numbers",
    "numbers_chart",
    "numbers_table_md",
    "numbers_table",
    "aligned",
    "reader_imports",
    "legend_md",
    "legend",
    "reader_md",
    "reader",
    "drive_md",
    "drive",
    "close_md",
    "close",
    "exercises",
    "exercise_widget",
    "teacher_note",
    "answer_key",
    "question",
    "solution",
    "check",
    "next",
)
"""The template's cells by role, in notebook order."""

REQUIRED_PROSE = (
    "title",
    "metadata",
    "text",
    "vocabulary",
    "numbers",
    "aligned",
    "reader",
    "drive",
    "close_reading",
    "next",
)
OPTIONAL_PROSE = ("speakers", "notes", "teacher_note")
ALT_KEYS = ("numbers_chart", "speaker_chart")
OVERVIEW_PLACES = ("metadata", "notes", "none")
PAIRS = tuple(READER_PAIRS)
CLOSE_TARGETS = ("zh-Hans", "zh-TW", "zh-HK")
READINGS = ("pinyin", "zhuyin")
EXTRA_PLACES = ("notes", "text")
CELL_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
TOP_KEYS = {
    "doc",
    "notebook",
    "extra_imports",
    "overview",
    "pair",
    "drive",
    "close_refs",
    "close_target",
    "close_reading",
    "exercise",
    "prose",
    "alt",
    "sections",
    "extra",
    "ids",
}


@dataclass(frozen=True)
class Section:
    """One heading of the text with the document sections it shows."""

    prose: str
    view: int | tuple[int, int]
    collapsible: bool = False
    ids: tuple[str, str] | None = None


@dataclass(frozen=True)
class Extra:
    """A cell of one notebook only, placed after a part of the template."""

    after: str
    cell_type: str
    source: str
    id: str


@dataclass(frozen=True)
class Prose:
    """A walkthrough's prose and document-specific choices (see the module docstring)."""

    doc: str
    prose: dict[str, str]
    sections: tuple[Section, ...]
    pair: str
    drive: str
    close_refs: tuple[str, ...]
    close_target: str
    close_reading: str
    exercise: str | None = None
    notebook: str | None = None
    overview: str = "none"
    extra_imports: tuple[str, ...] = ()
    alt: dict[str, str] = field(default_factory=dict)
    extra: tuple[Extra, ...] = ()
    ids: dict[str, str] = field(default_factory=dict)


class _Checker:
    """Typed look-ups in one table of a prose file; a failure is a CorpusError naming file, key."""

    def __init__(self, where: str, table: dict[str, Any], allowed: set[str] | tuple[str, ...]):
        self.where, self.table = where, table
        unknown = sorted(set(table) - set(allowed))
        if unknown:
            raise CorpusError(f"{where}: unknown key {unknown[0]!r}")

    def text(self, key: str, default: str | None = None, choices: tuple[str, ...] = ()) -> str:
        value = self.table.get(key, default)
        if value is None:
            raise CorpusError(f"{self.where}: key {key!r} is missing")
        if not isinstance(value, str) or not value.strip():
            raise CorpusError(f"{self.where}: {key!r} must be a non-empty string")
        if choices and value not in choices:
            raise CorpusError(f"{self.where}: {key!r} is {value!r}, not one of {list(choices)}")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise CorpusError(f"{self.where}: {key!r} must be a list of non-empty strings")
        return tuple(value)

    def cell_id(self, key: str, value: object) -> str:
        if not isinstance(value, str) or not CELL_ID.fullmatch(value):
            raise CorpusError(f"{self.where}: {key!r}: {value!r} is not a cell id (A-Za-z0-9_-)")
        return value


def _view(where: str, value: object) -> int | tuple[int, int]:
    """A section's view: a section number or [first, last + 1]."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 <= value[0] < value[1]
    ):
        return (value[0], value[1])
    raise CorpusError(f"{where}: 'view' must be a section number or [first, last + 1]")


def _tables(
    where: str, key: str, rows: object, needed: bool
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The tables of an array of tables ([[sections]], [[extra]]), each with where it is ('…:
    sections #0'); needed: whether the array may not be empty."""
    if not isinstance(rows, list) or (needed and not rows):
        kind = "a non-empty list" if needed else "a list"
        raise CorpusError(f"{where}: '{key}' must be {kind} of tables")
    for number, row in enumerate(rows):
        at = f"{where}: {key} #{number}"
        if not isinstance(row, dict):
            raise CorpusError(f"{at}: not a table")
        yield at, row


def _sections(where: str, rows: object) -> tuple[Section, ...]:
    """The [[sections]] tables, checked."""
    sections = []
    for at, row in _tables(where, "sections", rows, needed=True):
        check = _Checker(at, row, ("prose", "view", "collapsible", "ids"))
        if "view" not in row:
            raise CorpusError(f"{at}: key 'view' is missing")
        if not isinstance(row.get("collapsible", False), bool):
            raise CorpusError(f"{at}: 'collapsible' must be true or false")
        ids = check.texts("ids")
        if ids and len(ids) != 2:
            raise CorpusError(f"{at}: 'ids' must be [markdown cell id, code cell id]")
        pair = (check.cell_id("ids", ids[0]), check.cell_id("ids", ids[1])) if ids else None
        folded = row.get("collapsible", False)
        sections.append(Section(check.text("prose"), _view(at, row["view"]), folded, pair))
    return tuple(sections)


def _extras(where: str, rows: object) -> tuple[Extra, ...]:
    """The [[extra]] tables, checked."""
    extras = []
    for at, row in _tables(where, "extra", rows, needed=False):
        check = _Checker(at, row, ("after", "markdown", "code", "id"))
        kinds = [kind for kind in ("markdown", "code") if kind in row]
        if len(kinds) != 1:
            raise CorpusError(f"{at}: give exactly one of 'markdown' and 'code'")
        after = check.text("after", choices=EXTRA_PLACES)
        cell_id = check.cell_id("id", check.text("id"))
        extras.append(Extra(after, kinds[0], check.text(kinds[0]), cell_id))
    return tuple(extras)


def parse_prose(data: dict[str, Any], where: str) -> Prose:
    """Check a prose file's parsed content.

    Args:
        data: the TOML file's tables.
        where: the file, for error messages.

    Returns:
        The walkthrough's Prose.

    Raises:
        CorpusError: a missing or unknown key, or a bad value, named with the file.
    """
    top = _Checker(where, data, TOP_KEYS)
    texts = _Checker(f"{where}: [prose]", data.get("prose", {}), REQUIRED_PROSE + OPTIONAL_PROSE)
    prose = {key: texts.text(key) for key in REQUIRED_PROSE}
    prose |= {key: texts.text(key) for key in OPTIONAL_PROSE if key in texts.table}
    alt = _Checker(f"{where}: [alt]", data.get("alt", {}), ALT_KEYS)
    ids = _Checker(f"{where}: [ids]", data.get("ids", {}), ROLES)
    refs = top.texts("close_refs")
    if not refs:
        raise CorpusError(f"{where}: 'close_refs' must name at least one sentence")
    return Prose(
        doc=top.text("doc"),
        notebook=top.text("notebook") if "notebook" in data else None,
        extra_imports=top.texts("extra_imports"),
        overview=top.text("overview", "none", OVERVIEW_PLACES),
        pair=top.text("pair", choices=PAIRS),
        drive=top.text("drive"),
        close_refs=refs,
        close_target=top.text("close_target", choices=CLOSE_TARGETS),
        close_reading=top.text("close_reading", choices=READINGS),
        exercise=top.text("exercise") if "exercise" in data else None,
        prose=prose,
        alt={key: alt.text(key) for key in alt.table},
        sections=_sections(where, data.get("sections")),
        extra=_extras(where, data.get("extra", [])),
        ids={key: ids.cell_id(key, value) for key, value in ids.table.items()},
    )


def load_prose(path: Path, doc_id: str) -> Prose:
    """Read and check one prose file.

    Args:
        path: the file (corpus/walkthroughs/NNN.toml).
        doc_id: the document it must describe.

    Returns:
        The walkthrough's Prose.

    Raises:
        CorpusError: the file is not TOML, describes another document, or has a missing or unknown
            key or a bad value (each named with the file).
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise CorpusError(f"{path}: not valid TOML: {error}") from None
    prose = parse_prose(data, str(path))
    if prose.doc != doc_id:
        raise CorpusError(f"{path}: 'doc' is {prose.doc!r}, not {doc_id!r} as the file name says")
    return prose
