"""Precision and recall of the quantity extractor against the hand annotations of quantities.

An extracted quantity matches an annotated one in the same text when their spans overlap and they
have the same unit, value, low and high (relative tolerance 1e-6); the kind is not compared.
Precision is the share of extracted quantities that match an annotated one, recall the share of
annotated quantities that an extracted one matches, both 1.0 when there is nothing to share.

The annotations are in corpus/annotations/ (see helpers.numbers.annotation). The development
figures (numbers_development.tsv, the annotation the extractor was developed and corrected
against) come with the missed and spurious surfaces per document; the frozen figures
(numbers_frozen.tsv, held out) are counts only, so that nobody tunes the extractor to them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypedDict

from helpers.corpus.documents import document
from helpers.numbers.annotation import (
    DEVELOPMENT,
    FROZEN,
    FROZEN_TEXTS,
    Annotated,
    Annotation,
    load_development,
    load_frozen,
)
from helpers.numbers.extract import Quantity, find_quantities, quantities


class Figures(TypedDict):
    """Precision and recall (rounded to 4 places) and the counts they come from."""

    precision: float
    recall: float
    extracted: int
    annotated: int


def _same(first: float | None, second: float | None) -> bool:
    """Two optional values agree (both None, or equal within a relative tolerance of 1e-6)."""
    if first is None or second is None:
        return first is None and second is None
    return math.isclose(first, second, rel_tol=1e-6)


def _matches(found: Quantity, gold: Annotated) -> bool:
    """An extracted quantity matches an annotated one of the same text."""
    return (
        found.norm_start < gold.end
        and gold.start < found.norm_end
        and found.unit == gold.unit
        and _same(found.value, gold.value)
        and _same(found.low, gold.low)
        and _same(found.high, gold.high)
    )


def _figures(hits: int, extracted: int, recalled: int, annotated: int) -> Figures:
    """Precision and recall from match counts."""
    return {
        "precision": round(hits / extracted, 4) if extracted else 1.0,
        "recall": round(recalled / annotated, 4) if annotated else 1.0,
        "extracted": extracted,
        "annotated": annotated,
    }


def _compared(
    annotation: Annotation, extract: Callable[[str], Sequence[Quantity]]
) -> dict[str, tuple[list[Quantity], list[Annotated]]]:
    """Per source in scope: the extracted quantities inside its scope and the annotated ones."""
    compared = {}
    for source, (low, high) in annotation.scope.items():
        found = [row for row in extract(source) if low <= row.norm_start < high]
        expected = [item for item in annotation.quantities if item.source == source]
        compared[source] = (found, expected)
    return compared


def _counts(found: list[Quantity], expected: list[Annotated]) -> tuple[int, int, int, int]:
    """(hits, extracted, recalled, annotated) for one text."""
    hits = sum(any(_matches(row, item) for item in expected) for row in found)
    recalled = sum(any(_matches(row, item) for row in found) for item in expected)
    return hits, len(found), recalled, len(expected)


def _total(counts: Sequence[tuple[int, int, int, int]]) -> Figures:
    """The figures of several texts taken together."""
    hits, extracted, recalled, annotated = (sum(row[i] for row in counts) for i in range(4))
    return _figures(hits, extracted, recalled, annotated)


def development_score(doc: str | None = None, path: Path = DEVELOPMENT) -> dict[str, Any]:
    """The extractor against the development annotation, per document and overall.

    Args:
        doc: only this document (as helpers.corpus.documents.document accepts it), else all the
            annotation's documents.
        path: the annotation file (see annotation.load_development).

    Returns:
        {doc id: {precision, recall, extracted, annotated, missed, spurious}, …, "overall":
        {precision, recall, extracted, annotated}}: missed are the annotated surfaces no
        extracted quantity matches, spurious the extracted (raw) surfaces that match none.

    Raises:
        CorpusError: an unknown document, or a problem in the annotation file (file and line).
    """
    annotation = load_development(path)
    compared = _compared(annotation, quantities)
    if doc is not None:
        doc = document(doc).id
        compared = {doc: compared.get(doc, ([], []))}
    figures: dict[str, Any] = {}
    for source, (found, expected) in compared.items():
        figures[source] = {
            **_figures(*_counts(found, expected)),
            "missed": [
                item.surface for item in expected if not any(_matches(row, item) for row in found)
            ],
            "spurious": [
                row.surface for row in found if not any(_matches(row, item) for item in expected)
            ],
        }
    figures["overall"] = _total([_counts(*pair) for pair in compared.values()])
    return figures


def frozen_score(path: Path = FROZEN, texts_path: Path = FROZEN_TEXTS) -> Figures:
    """The extractor against the held-out annotation: counts only, no lists of what it misses.

    Each sentence's quantities come from find_quantities(sentence), offsets into that sentence.

    Args:
        path: the annotation (see annotation.load_frozen).
        texts_path: its sentences.

    Returns:
        {precision, recall, extracted, annotated} over all held-out sentences.

    Raises:
        CorpusError: a problem in either file (file and line).
    """
    annotation = load_frozen(path, texts_path)
    compared = _compared(annotation, lambda text_id: find_quantities(annotation.texts[text_id]))
    return _total([_counts(*pair) for pair in compared.values()])


def score(doc: str | None = None) -> dict[str, Any]:
    """The figures `python -m helpers numbers --score` prints.

    Args:
        doc: only this document's development figures; the held-out sentences belong to no
            document, so then the frozen figures are left out.

    Returns:
        {"development": development_score(doc), "frozen": frozen_score()}, without "frozen"
        when doc is given.

    Raises:
        CorpusError: an unknown document, or a problem in an annotation file.
    """
    if doc is not None:
        return {"development": development_score(doc)}
    return {"development": development_score(), "frozen": frozen_score()}
