"""Finding an annotation again when the text has changed (a new repair, another segmentation).

In this order: by position (the stored exact text is still at start..end), by quote (the exact text
elsewhere, the occurrence whose prefix and suffix agree best, then the nearest to the old
position), by fuzzy quote (the closest approximate match within a window around the old position,
at most FUZZY_LIMIT of its characters edited), else an orphan: kept and shown, never dropped.
"""

from __future__ import annotations

import bisect
import hashlib
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from helpers.corpus.segments import segmented
from helpers.notes.annotations import Annotation, annotation_rows
from helpers.notes.store import open_store

How = Literal["position", "quote", "fuzzy", "orphan"]
FUZZY_LIMIT = 0.25
"""The largest share of the quote's characters a fuzzy match may differ by (edit distance)."""
FUZZY_WINDOW = 400
"""Characters searched on each side of the old span for a fuzzy match."""
FUZZY_LONGEST = 600
"""Quotes longer than this are not searched fuzzily (the search is quadratic)."""


@dataclass(frozen=True)
class Anchor:
    """Where an annotation is in today's text.

    Attributes:
        annotation: the stored annotation.
        start, end: its span in today's normalised text, None for an orphan.
        how: which step found it.
        refs: today's sentence references the span covers (none for an orphan).
    """

    annotation: Annotation
    start: int | None
    end: int | None
    how: How
    refs: tuple[str, ...]


def _context_score(text: str, at: int, exact: str, prefix: str, suffix: str) -> int:
    """How many characters of prefix (backwards) and suffix (forwards) agree around a match."""
    before = 0
    while before < len(prefix) and before < at and text[at - 1 - before] == prefix[-1 - before]:
        before += 1
    after, end = 0, at + len(exact)
    while after < len(suffix) and end + after < len(text) and text[end + after] == suffix[after]:
        after += 1
    return before + after


def _by_quote(text: str, exact: str, prefix: str, suffix: str, start: int) -> int | None:
    """The start of the best occurrence of exact: most context agreeing, then nearest."""
    found, at = [], text.find(exact)
    while at >= 0:
        found.append(at)
        at = text.find(exact, at + 1)
    if not found:
        return None
    return max(found, key=lambda at: (_context_score(text, at, exact, prefix, suffix),
                                      -abs(at - start)))  # fmt: skip


def _fuzzy(window: str, pattern: str) -> tuple[int, int, int]:
    """The best approximate occurrence of pattern in window (Sellers' algorithm).

    Returns:
        (edit distance, start, end) of the match in window; the earliest of equal ones.
    """
    cost = list(range(len(pattern) + 1))
    begin = [0] * (len(pattern) + 1)
    best = (cost[-1], 0, 0)
    for column, char in enumerate(window, 1):
        new_cost, new_begin = [0], [column]
        for row, wanted in enumerate(pattern, 1):
            options = (
                (cost[row - 1] + (wanted != char), begin[row - 1]),
                (cost[row] + 1, begin[row]),
                (new_cost[row - 1] + 1, new_begin[row - 1]),
            )
            value, origin = min(options, key=lambda option: option[0])
            new_cost.append(value)
            new_begin.append(origin)
        cost, begin = new_cost, new_begin
        if cost[-1] < best[0]:
            best = (cost[-1], begin[-1], column)
    return best


def anchor(
    text: str, exact: str, prefix: str, suffix: str, start: int, end: int
) -> tuple[int | None, int | None, How]:
    """Find a stored span in a text: by position, then quote, then fuzzy quote.

    Args:
        text: today's normalised text.
        exact, prefix, suffix: the stored TextQuoteSelector.
        start, end: the stored TextPositionSelector.

    Returns:
        (start, end, how) in text; (None, None, "orphan") when none of the steps finds it.
    """
    if not exact:
        return None, None, "orphan"
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return start, end, "position"
    at = _by_quote(text, exact, prefix, suffix, start)
    if at is not None:
        return at, at + len(exact), "quote"
    if len(exact) <= FUZZY_LONGEST:
        low = max(0, min(start, len(text)) - FUZZY_WINDOW)
        distance, begin, stop = _fuzzy(text[low : end + FUZZY_WINDOW], exact)
        if distance <= FUZZY_LIMIT * len(exact) and stop > begin:
            return low + begin, low + stop, "fuzzy"
    return None, None, "orphan"


def text_digest(text: str) -> str:
    """A short digest of a normalised text: placements made in it are valid while it is equal."""
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


ON_PAGE = (
    "SELECT annotation, start_offset, end_offset, how FROM placements WHERE doc = ? AND text = ? "
    "AND start_offset IS NULL UNION ALL SELECT annotation, start_offset, end_offset, how FROM "
    "placements WHERE doc = ? AND text = ? AND start_offset >= ? AND start_offset < ? "
    "AND end_offset > ?"
)
"""The placements of a document in a text that are orphans or overlap first..last: values doc,
digest, doc, digest, first - longest, last, first (a span no longer than longest that ends after
first starts after first - longest). Two index ranges."""


def _settled(db: sqlite3.Connection, doc: str, digest: str) -> bool:
    """Whether every annotation of doc is placed in the text of this digest."""
    same = db.execute("SELECT 1 FROM placed WHERE doc = ? AND text = ?", (doc, digest)).fetchone()
    waiting = db.execute(
        "SELECT 1 FROM placements WHERE doc = ? AND text = '' LIMIT 1", (doc,)
    ).fetchone()
    return bool(same) and not waiting


def _place(db: sqlite3.Connection, doc: str, text: str, digest: str) -> None:
    """Anchor the annotations of doc not yet placed in this text and store where they are.

    Only new or changed annotations wait (text ''), unless the text changed since the document
    was placed: then all of its annotations are placed again, once. One write transaction.
    """
    if _settled(db, doc, digest):
        return
    with db:
        db.execute("BEGIN IMMEDIATE")
        kept = db.execute("SELECT text, longest FROM placed WHERE doc = ?", (doc,)).fetchone()
        again = kept is None or kept[0] != digest
        rows = db.execute(
            "SELECT a.id, a.exact, a.prefix, a.suffix, a.start_offset, a.end_offset FROM "
            "placements p JOIN annotations a ON a.id = p.annotation WHERE p.doc = ? AND "
            + ("p.text != ?" if again else "p.text = ''"),
            (doc, digest) if again else (doc,),
        ).fetchall()
        found = [(id, *anchor(text, *quote)) for id, *quote in rows]
        db.executemany(
            "UPDATE placements SET text = ?, start_offset = ?, end_offset = ?, how = ? "
            "WHERE annotation = ?",
            [(digest, start, end, how, id) for id, start, end, how in found],
        )
        lengths = [
            end - start for _, start, end, _ in found if start is not None and end is not None
        ]
        longest = max([*lengths, 0 if again else kept[1]])
        db.execute("INSERT OR REPLACE INTO placed VALUES (?, ?, ?)", (doc, digest, longest))


def anchors(
    doc: str, path: Path | None = None, within: tuple[int, int] | None = None
) -> tuple[Anchor, ...]:
    """A document's annotations, found again in today's normalised text.

    Each annotation is anchored once per text (new and changed ones when they are next asked
    for, all of them after the text changed) and its place kept in the store's placements
    table, so a page costs a range query.

    Args:
        doc: the document id.
        path: the database file (default: the reader's store).
        within: (start, end) in today's text: only the annotations overlapping it, and the
            orphans; None for all.

    Returns:
        One Anchor per annotation, in stored document order (doc, start, created); orphans
        included.

    Raises:
        CorpusError: the document is unknown. StoreError: the store cannot be opened.
    """
    segmentation = segmented(doc)
    text, sentences = segmentation.text, segmentation.sentences
    digest, (first, last) = text_digest(text), within or (0, len(text) + 1)
    with closing(open_store(path)) as db:
        db.row_factory = None
        _place(db, doc, text, digest)
        longest = db.execute("SELECT longest FROM placed WHERE doc = ?", (doc,)).fetchone()[0]
        values = (doc, digest, doc, digest, first - longest, last, first)
        places = {id: (start, end, how) for id, start, end, how in db.execute(ON_PAGE, values)}
        stored = annotation_rows(db, f"WHERE id IN (SELECT annotation FROM ({ON_PAGE}))", values)
    starts = [sentence.start for sentence in sentences]
    found = []
    for a in stored:
        start, end, how = places[a.id]
        refs: tuple[str, ...] = ()
        if start is not None and end is not None:
            low = bisect.bisect_right(starts, start) - 1
            high = bisect.bisect_left(starts, max(end, start + 1))
            refs = tuple(sentence.ref for sentence in sentences[low:high])
        found.append(Anchor(a, start, end, how, refs))
    return tuple(found)
