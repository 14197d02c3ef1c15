"""The hand annotations of quantities under corpus/annotations/, loaded and validated.

numbers_development.tsv annotates the five corpus documents: it is the annotation the extractor was
developed and corrected against, so agreement with it says how well the rules fit this corpus.
numbers_frozen.tsv annotates the held-out sentences of numbers_frozen_texts.tsv, written new and
annotated blind for evaluation only; the extractor is never corrected against it.

Every row names its text (a document id or a frozen text id), the surface as written and which
occurrence of it in that text is meant; a loaded row carries the offsets of that occurrence in the
text the extractor reads (a document's normalised text, or the frozen sentence itself).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR, PROJECT_ROOT
from helpers.core.types import SCRIPTS
from helpers.corpus.documents import documents
from helpers.corpus.repairs import normalized
from helpers.numbers.units import KINDS, UNIT_NAMES, Kind

ANNOTATIONS_DIR = CORPUS_DIR / "annotations"
DEVELOPMENT = ANNOTATIONS_DIR / "numbers_development.tsv"
FROZEN = ANNOTATIONS_DIR / "numbers_frozen.tsv"
FROZEN_TEXTS = ANNOTATIONS_DIR / "numbers_frozen_texts.tsv"
Column = Literal["surface", "occurrence", "value", "low", "high", "unit", "kind"]
COLUMNS: tuple[Column, ...] = ("surface", "occurrence", "value", "low", "high", "unit", "kind")
RANGES = "# ranges:"
KIND_NAMES: Mapping[str, Kind] = {kind: kind for kind in KINDS}


@dataclass(frozen=True)
class Annotated:
    """One hand-annotated quantity.

    Attributes:
        source: the document id ('003') or frozen text id ('f001') it is in.
        start, end: character offsets of the occurrence of surface in the source's text: a
            document's normalised text, or a frozen sentence.
        surface: the span as written.
        value, low, high: as in helpers.numbers.extract.Quantity (None where empty in the file).
        unit, kind: as in Quantity.
    """

    source: str
    start: int
    end: int
    surface: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    kind: Kind


@dataclass(frozen=True)
class Annotation:
    """A loaded annotation file.

    Attributes:
        texts: each annotated source's text, the one the offsets refer to (a document's
            normalised text, or a frozen sentence).
        scope: per source, the [start, end) range of its text that was annotated.
        quantities: the annotated quantities in file order.
    """

    texts: Mapping[str, str]
    scope: Mapping[str, tuple[int, int]]
    quantities: tuple[Annotated, ...]


def _shown(path: Path) -> str:
    """A file's path as error messages give it: from the project root when it is inside."""
    return (
        path.relative_to(PROJECT_ROOT).as_posix()
        if path.is_relative_to(PROJECT_ROOT)
        else str(path)
    )


def _lines(path: Path) -> list[str]:
    """The lines of a UTF-8 text file."""
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CorpusError(f"{_shown(path)}: file not found") from None
    except UnicodeDecodeError as error:
        raise CorpusError(f"{_shown(path)}: not UTF-8 ({error.reason})") from None


def _rows(path: Path, header: tuple[str, ...]) -> Iterator[tuple[str, list[str]]]:
    """The data rows of a tab-separated file after its header, comment and blank lines skipped.

    Yields:
        (where, cells): 'file:line' for messages, and the row's cells.

    Raises:
        CorpusError: the header is missing or not `header`, or a row has another number of cells.
    """
    seen_header = False
    for number, line in enumerate(_lines(path), start=1):
        where = f"{_shown(path)}:{number}"
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        if not seen_header:
            if tuple(cells) != header:
                raise CorpusError(f"{where}: expected the header {'<TAB>'.join(header)}")
            seen_header = True
            continue
        if len(cells) != len(header):
            raise CorpusError(
                f"{where}: malformed row: {len(cells)} tab-separated fields, expected "
                f"{len(header)} ({', '.join(header)})"
            )
        yield where, cells
    if not seen_header:
        raise CorpusError(f"{_shown(path)}: no header line ({'<TAB>'.join(header)})")


def _float(where: str, name: str, cell: str) -> float | None:
    """An optional number from a cell (empty is None)."""
    if not cell:
        return None
    try:
        value = float(cell)
    except ValueError:
        raise CorpusError(f"{where}: {name} '{cell}' is not a number") from None
    if not math.isfinite(value):
        raise CorpusError(f"{where}: {name} '{cell}' is not a finite number")
    return value


def _annotated(where: str, source: str, text: str, cells: list[str]) -> Annotated:
    """One validated quantity row, placed at the named occurrence of its surface in text."""
    surface, occurrence, value, low, high, unit, kind = cells
    if not surface:
        raise CorpusError(f"{where}: empty surface")
    if not occurrence.isascii() or not occurrence.isdigit():
        raise CorpusError(f"{where}: occurrence '{occurrence}' is not a whole number from 0")
    if unit not in UNIT_NAMES:
        raise CorpusError(f"{where}: unknown unit '{unit}'")
    known_kind = KIND_NAMES.get(kind)
    if known_kind is None:
        raise CorpusError(f"{where}: unknown kind '{kind}'; kinds: {', '.join(KINDS)}")
    start = -1
    for _ in range(int(occurrence) + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            raise CorpusError(
                f"{where}: '{surface}' has no occurrence {occurrence} in its text {source}"
            )
    return Annotated(
        source,
        start,
        start + len(surface),
        surface,
        _float(where, "value", value),
        _float(where, "low", low),
        _float(where, "high", high),
        unit,
        known_kind,
    )


def _ranges(path: Path, texts: Mapping[str, str]) -> dict[str, tuple[int, int]]:
    """The '# ranges:' line of the development file: per document, the annotated range."""
    for number, line in enumerate(_lines(path), start=1):
        if not line.startswith(RANGES):
            continue
        ranges = {}
        for item in line.removeprefix(RANGES).split("(")[0].split():
            doc, _, span = item.partition("=")
            if doc not in texts:
                raise CorpusError(f"{_shown(path)}:{number}: unknown document '{doc}' in ranges")
            low, _, high = span.partition(":")
            if span == "all":
                ranges[doc] = (0, len(texts[doc]))
            elif low.isdigit() and high.isdigit() and int(low) < int(high) <= len(texts[doc]):
                ranges[doc] = (int(low), int(high))
            else:
                raise CorpusError(
                    f"{_shown(path)}:{number}: range '{item}' is neither DOC=all nor DOC=START:END "
                    "within the normalised text"
                )
        return ranges
    raise CorpusError(f"{_shown(path)}: no '{RANGES}' line naming the annotated documents")


def load_development(path: Path = DEVELOPMENT) -> Annotation:
    """The development annotation of the corpus documents.

    Args:
        path: the file (corpus/annotations/numbers_development.tsv, or a copy): comment lines,
            a '# ranges: 000=all 003=0:5000 …' line (normalised-text offsets), the header
            doc, surface, occurrence, value, low, high, unit, kind, and one row a quantity.

    Returns:
        The annotation: texts are the documents' normalised texts, offsets into them.

    Raises:
        CorpusError: naming file and line: a missing or malformed header, ranges line or row, an
            unknown document, unit or kind, a surface without the named occurrence.
    """
    texts = {doc: normalized(doc).text for doc in documents()}
    quantities = []
    for where, cells in _rows(path, ("doc", *COLUMNS)):
        doc, *rest = cells
        if doc not in texts:
            raise CorpusError(f"{where}: unknown document '{doc}'")
        quantities.append(_annotated(where, doc, texts[doc], rest))
    scope = _ranges(path, texts)
    return Annotation({doc: texts[doc] for doc in scope}, scope, tuple(quantities))


def load_frozen_texts(path: Path = FROZEN_TEXTS) -> dict[str, str]:
    """The held-out sentences: id → text.

    Args:
        path: the file (corpus/annotations/numbers_frozen_texts.tsv): the header id, script,
            text and one sentence a row.

    Returns:
        Each sentence by its id, in file order; script is checked but not kept.

    Raises:
        CorpusError: naming file and line: a malformed row, a duplicate id, an unknown script,
            an empty text; or a file without texts.
    """
    texts: dict[str, str] = {}
    for where, (text_id, script, text) in _rows(path, ("id", "script", "text")):
        if not text_id or text_id in texts:
            raise CorpusError(f"{where}: {'duplicate' if text_id else 'empty'} id '{text_id}'")
        if script not in SCRIPTS:
            raise CorpusError(f"{where}: unknown script '{script}'; scripts: {', '.join(SCRIPTS)}")
        if not text.strip():
            raise CorpusError(f"{where}: empty text")
        texts[text_id] = text
    if not texts:
        raise CorpusError(f"{_shown(path)}: no texts after the header")
    return texts


def load_frozen(path: Path = FROZEN, texts_path: Path = FROZEN_TEXTS) -> Annotation:
    """The held-out annotation and its sentences.

    Args:
        path: the annotation (corpus/annotations/numbers_frozen.tsv): the header text, surface,
            occurrence, value, low, high, unit, kind and one row a quantity.
        texts_path: its sentences (see load_frozen_texts).

    Returns:
        The annotation: texts are the sentences, offsets into them, every sentence in scope.

    Raises:
        CorpusError: naming file and line: a malformed row in either file, an unknown text id,
            unit or kind, a surface without the named occurrence in its sentence.
    """
    texts = load_frozen_texts(texts_path)
    quantities = []
    for where, cells in _rows(path, ("text", *COLUMNS)):
        text_id, *rest = cells
        if text_id not in texts:
            raise CorpusError(f"{where}: unknown text id '{text_id}' (not in {texts_path.name})")
        quantities.append(_annotated(where, text_id, texts[text_id], rest))
    scope = {text_id: (0, len(text)) for text_id, text in texts.items()}
    return Annotation(texts, scope, tuple(quantities))
