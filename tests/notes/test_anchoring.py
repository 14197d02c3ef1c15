"""Tests for helpers.notes.anchoring: position, then quote, then fuzzy quote, else orphan."""

from contextlib import closing
from dataclasses import replace
from pathlib import Path

from helpers.corpus.segments import segmented
from helpers.notes.anchoring import anchor, anchors
from helpers.notes.annotations import add_annotation, store_annotations
from helpers.notes.store import open_store

TEXT = "The cat sat on the mat. The dog sat on the log."
# "dog" is at 28..31: counted by hand, "The cat sat on the mat. The " is 28 characters.
DOG = ("dog", "mat. The ", " sat on", 28, 31)


def test_the_span_still_in_place_anchors_by_position() -> None:
    assert anchor(TEXT, *DOG) == (28, 31, "position")


def test_an_insertion_before_the_span_anchors_by_quote() -> None:
    assert anchor("Now: " + TEXT, *DOG) == (33, 36, "quote")


def test_the_span_moved_anchors_by_quote_where_the_context_agrees() -> None:
    # "sat on the" occurs twice; its suffix " log." picks the second, even though the first is
    # nearer the old offset 3.
    moved = "A log: The dog sat on the log. The cat sat on the mat."
    found = anchor(moved, "sat on the", "The dog ", " log.", 3, 13)
    assert found == (15, 25, "quote") and moved[15:25] == "sat on the"


def test_with_equal_context_the_nearest_occurrence_wins() -> None:
    text = "ab xx ab xx ab"
    assert anchor(text, "ab", "", "", 7, 9) == (6, 8, "quote")


def test_a_slightly_edited_span_anchors_fuzzily() -> None:
    # sat -> sits: two edits in 22 characters; the old span 24..46 now ends at 47.
    edited = "The cat sat on the mat. The dog sits on the log."
    old = ("The dog sat on the log", "", ".", 24, 46)
    assert anchor(edited, *old) == (24, 47, "fuzzy")


def test_a_span_that_is_gone_is_an_orphan() -> None:
    assert anchor("Nothing like it here at all.", *DOG) == (None, None, "orphan")
    assert anchor(TEXT, "", "", "", 0, 0) == (None, None, "orphan")


def test_a_real_document_after_a_made_up_repair() -> None:
    text = segmented("003").text
    exact = "我担心的不是长远未来，而是接下来的三到七年。"
    start = text.index(exact)
    span = (exact, text[start - 32 : start], text[start + len(exact) : start + len(exact) + 32])
    # A repair that adds a character before the sentence and one that changes 三 to 3 inside it.
    shifted = text[:10] + "X" + text[10:]
    assert anchor(shifted, *span, start, start + len(exact)) == (
        start + 1, start + 1 + len(exact), "quote",
    )  # fmt: skip
    repaired = shifted.replace("三到七年", "3到7年")
    found = anchor(repaired, *span, start, start + len(exact))
    assert found[2] == "fuzzy" and repaired[found[0] : found[1]] == exact.replace("三到七", "3到7")


def test_anchors_re_anchors_stored_annotations_and_keeps_orphans(home: Path) -> None:
    kept = add_annotation("003:p2.s1", quote="三到七年")
    stale = replace(kept, id="00000000-0000-4000-8000-000000000001", start=5, end=9)
    gone = replace(kept, id="00000000-0000-4000-8000-000000000002", exact="不在这里的句子")
    with closing(open_store()) as db, db:
        store_annotations(db, [stale, gone])
    found = {a.annotation.id: a for a in anchors("003")}
    assert found[kept.id].how == "position" and found[kept.id].refs == ("003:p2.s1",)
    assert (found[stale.id].how, found[stale.id].start) == ("quote", kept.start)
    assert (found[gone.id].how, found[gone.id].start, found[gone.id].refs) == ("orphan", None, ())
