"""Precision and recall of the quantity extractor against the hand-checked annotation (tests/numbers_annotation.tsv).

The annotation lives with the tests because it is their test data: the suite holds the extractor to it, and the
command line's --score reports the same figures from it.
"""

from __future__ import annotations

import math
from pathlib import Path

from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.corpus.repairs import normalized
from helpers.numbers.extract import Quantity, quantities

ANNOTATION = CORPUS_DIR / "annotations" / "numbers_development.tsv"


def _float(text: str) -> float | None:
    """A number from a table cell, empty for null."""
    return float(text) if text else None


def load_annotation(path: Path = ANNOTATION) -> tuple[dict[str, tuple[int, int]], list[Quantity]]:
    """The annotated raw-text range of each document and the annotated quantities."""
    ranges, gold = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ranges:"):
            for item in line.split("(")[0].split()[2:]:
                doc, _, span = item.partition("=")
                text = normalized(doc)
                low, high = (0, len(text.text)) if span == "all" else map(int, span.split(":"))
                ranges[doc] = (text.raw_offset(low), text.raw_offset(high, end=True))
        if line.startswith(("#", "doc\t")) or not line.strip():
            continue
        doc, surface, occurrence, value, low, high, unit, kind = line.split("\t")
        text = normalized(doc)
        start = -1
        for _ in range(int(occurrence) + 1):
            start = text.text.find(surface, start + 1)
        if start < 0:
            raise CorpusError(
                f"{path}: '{surface}' has no occurrence {occurrence} in document {doc}"
            )
        raw_start, raw_end = text.raw_offset(start), text.raw_offset(start + len(surface), end=True)
        gold.append(
            Quantity(
                doc,
                raw_start,
                raw_end,
                surface,
                _float(value),
                _float(low),
                _float(high),
                unit,
                None,
                kind,
                False,
                "",
                None,
            )
        )
    return ranges, gold


def _same(first: float | None, second: float | None) -> bool:
    """Two optional values agree (relative tolerance 1e-6)."""
    return (
        (first is None
        and second is None)
        or (first is not None and second is not None and math.isclose(first, second, rel_tol=1e-6))
    )


def _matches(found: Quantity, gold: Quantity) -> bool:
    """An extracted row matches an annotated one: overlapping span, same value, bounds and unit."""
    return (
        found.doc == gold.doc
        and found.start < gold.end
        and gold.start < found.end
        and found.unit == gold.unit
        and _same(found.value, gold.value)
        and _same(found.low, gold.low)
        and _same(found.high, gold.high)
    )


def score(path: Path = ANNOTATION) -> dict:
    """Precision, recall and counts per document and overall, within the annotated ranges."""
    ranges, gold = load_annotation(path)
    figures, totals = {}, [0, 0, 0, 0]
    for doc, (low, high) in ranges.items():
        found = [row for row in quantities(doc) if low <= row.start < high]
        expected = [item for item in gold if item.doc == doc]
        hits = sum(any(_matches(row, item) for item in expected) for row in found)
        recalled = sum(any(_matches(row, item) for row in found) for item in expected)
        figures[doc] = _figure(hits, len(found), recalled, len(expected))
        totals = [a + b for a, b in zip(totals, (hits, len(found), recalled, len(expected)))]
        figures[doc]["missed"] = [
            item.surface for item in expected if not any(_matches(row, item) for row in found)
        ]
        figures[doc]["spurious"] = [
            row.surface for row in found if not any(_matches(row, item) for item in expected)
        ]
    figures["overall"] = _figure(*totals)
    return figures


def _figure(hits: int, found: int, recalled: int, expected: int) -> dict:
    """Precision and recall from match counts."""
    return {
        "precision": round(hits / found, 4) if found else 1.0,
        "recall": round(recalled / expected, 4) if expected else 1.0,
        "extracted": found,
        "annotated": expected,
    }
