"""Every quoted quantity of a text or a corpus document: found, valued, and placed in both texts.

find_quantities reads any text; quantities reads a corpus document's normalised text
(helpers.corpus.repairs) and traces each quantity back to the raw file, so that `start`/`end` are
offsets into the raw file text and `norm_start`/`norm_end` offsets into the normalised text, the
text that sentences' offsets (helpers.corpus.segments) refer to.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from re import Match, Pattern
from typing import Any

from helpers.core.caching import data_cache
from helpers.corpus.documents import document, documents
from helpers.corpus.repairs import NormalizedText, normalized
from helpers.corpus.segments import segmented
from helpers.numbers import builders, dates
from helpers.numbers.builders import Found
from helpers.numbers.patterns import DATE, FRACTION, MASKS, QUANTITY, RANK, RATIO
from helpers.numbers.units import KINDS, Kind

__all__ = [
    "FIELDS",
    "KINDS",
    "Kind",
    "Quantity",
    "all_quantities",
    "find_quantities",
    "quantities",
    "scan_text",
    "traced",
]

FIELDS = (
    "doc",
    "start",
    "end",
    "surface",
    "value",
    "low",
    "high",
    "unit",
    "base_value",
    "kind",
    "approx",
    "sentence",
    "speaker",
    "norm_start",
    "norm_end",
)
# The patterns in the order they claim text: a date, rank, ratio or fraction is not read again
# as a number with a unit.
BUILDERS: tuple[tuple[Pattern[str], Callable[[Match[str]], Found | None]], ...] = (
    (DATE, dates.date),
    (RANK, dates.rank),
    (RATIO, builders.ratio),
    (FRACTION, builders.fraction),
    (QUANTITY, builders.quantity),
)


@dataclass(frozen=True)
class Quantity:
    """One quantity: where it is written, its value and unit, and who said it where.

    Attributes:
        doc: the document id ('' for a text given to find_quantities).
        start, end: character offsets of the span in the raw file text read as UTF-8, so that
            raw[start:end] == surface (for a text given to find_quantities: offsets into it).
        surface: the span as written in the raw text.
        value: the amount in unit, scale words and SI prefixes applied (1.25 万亿美元 → 1.25e12);
            None for a range, a vague amount (数十亿) or a date without a written year.
        low, high: a range's bounds in unit, else None.
        unit: the unit name (USD, W, year, count, 't/year' …; see helpers.numbers.units).
        base_value: the value in SI units or USD (seconds, joules, W, kg …), None where the
            unit has none (other currencies, dates, degrees, bits, ranges).
        kind: one of KINDS.
        approx: written as approximate (约, 左右, 多, 以上, 两三 …).
        sentence: the reference of the sentence it is in ('003:p2.s1'), '' outside the corpus.
        speaker: the speaker id in the 003 transcript, else None.
        norm_start, norm_end: character offsets of the span in the normalised text (the text
            that sentences' start and end refer to).
    """

    doc: str
    start: int
    end: int
    surface: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    base_value: float | None
    kind: Kind
    approx: bool
    sentence: str
    speaker: str | None
    norm_start: int
    norm_end: int

    def as_dict(self) -> dict[str, Any]:
        """The quantity as a JSON-ready dict, keys in the fixed order of FIELDS."""
        fields = asdict(self)
        return {field: fields[field] for field in FIELDS}


def scan_text(text: str) -> str:
    """The text with identifiers, markup and numeral-like words blanked out.

    Args:
        text: any text.

    Returns:
        A text of the same length: each span of patterns.MASKS (URLs, images, wiki links, list
        numbers, names with digits, ordinals, titles, 一些 …) replaced by NUL characters, so that
        offsets into it are offsets into text.
    """
    chars = list(text)
    for pattern in MASKS:
        for match in pattern.finditer(text):
            chars[match.start() : match.end()] = "\0" * (match.end() - match.start())
    return "".join(chars)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in a text, in text order.

    Args:
        text: any text, usually a normalised document or one sentence.

    Returns:
        The quantities, with start/end and norm_start/norm_end all offsets into text and surface
        text[start:end]; doc and sentence are '' and speaker None. Dates are claimed first, then
        ratios and fractions, then numbers with their units. Never raises: a numeral that cannot
        be read gives no quantity.
    """
    scanned = scan_text(text)
    found: list[Found] = []
    taken = [False] * len(text)
    for pattern, build in BUILDERS:
        position = 0
        while match := pattern.search(scanned, position):
            item = None if any(taken[match.start() : match.end()]) else build(match)
            position = match.end() if item is None else item.end  # it may end before its match
            if item is not None:
                found.append(item)
                taken[item.start : item.end] = [True] * (item.end - item.start)
    return [
        Quantity(
            "",
            item.start,
            item.end,
            text[item.start : item.end],
            item.value,
            item.low,
            item.high,
            item.unit,
            item.base_value,
            item.kind,
            item.approx,
            "",
            None,
            item.start,
            item.end,
        )
        for item in sorted(found, key=lambda item: item.start)
    ]


def traced(text: NormalizedText, quantity: Quantity) -> Quantity:
    """A quantity found in a normalised text, with its raw-text offsets and surface.

    Args:
        text: the normalised text it was found in (with its raw text and repairs).
        quantity: a quantity from find_quantities(text.text).

    Returns:
        The quantity with start/end moved to offsets into text.raw and surface the raw span;
        norm_start/norm_end stay offsets into text.text. A span that ends where a deletion
        starts ('5个(gè)') leaves the deleted text out.
    """
    start = text.raw_offset(quantity.norm_start)
    end = text.raw_offset(quantity.norm_end, end=True)
    return replace(quantity, start=start, end=end, surface=text.raw[start:end])


@data_cache
def quantities(doc_id: str) -> tuple[Quantity, ...]:
    """A corpus document's quantities (corpus/texts/), computed once until helpers.reload().

    Args:
        doc_id: a document id ('003') as helpers.corpus.documents.document accepts it.

    Returns:
        The quantities in text order, each with doc, its sentence reference and speaker, start/end
        into the raw file text and norm_start/norm_end into the normalised text.

    Raises:
        CorpusError: unknown document.
    """
    doc_id = document(doc_id).id
    text = normalized(doc_id)
    sentences = segmented(doc_id).sentences
    starts = [sentence.start for sentence in sentences]
    rows = []
    for found in find_quantities(text.text):
        sentence = sentences[bisect.bisect_right(starts, found.norm_start) - 1]
        rows.append(
            replace(
                traced(text, found), doc=doc_id, sentence=sentence.ref, speaker=sentence.speaker
            )
        )
    return tuple(rows)


def all_quantities() -> Iterator[Quantity]:
    """Every quantity of every corpus document, in document order (see quantities)."""
    for doc_id in documents():
        yield from quantities(doc_id)
