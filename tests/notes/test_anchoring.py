"""Tests for helpers.notes.anchoring: position, then quote, then fuzzy quote, else orphan."""

from contextlib import closing
from dataclasses import replace
from pathlib import Path

from helpers.corpus.segments import segmented
from helpers.notes import anchoring
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


# Offsets in 003's normalised text, counted by hand from its sentences: 003:p2.s1 is 63..85
# ("我担心的不是长远未来，而是接下来的三到七年。"), 三到七年 its characters 17..21, so 80..84;
# 003:p0.s0 starts at 0; 003:p2.s3 is 121..143.
def test_anchors_within_a_span_gives_what_overlaps_it_and_every_orphan(home: Path) -> None:
    three = add_annotation("003:p2.s1", quote="三到七年")
    title_to_s1 = add_annotation("003:p0.s0", end_ref="003:p2.s1")  # 0..85, longer than a page
    later = add_annotation("003:p2.s3")
    gone = replace(three, id="00000000-0000-4000-8000-000000000002", exact="不在这里", start=5)
    with closing(open_store()) as db, db:
        store_annotations(db, [gone])

    def ids(first: int, last: int) -> list[str]:
        return [a.annotation.id for a in anchors("003", within=(first, last))]

    assert (three.start, three.end, title_to_s1.end, later.start) == (80, 84, 85, 121)
    assert ids(83, 84) == [title_to_s1.id, gone.id, three.id]  # by stored start: 0, 5, 80
    assert ids(84, 85) == [title_to_s1.id, gone.id]  # three ends where the span starts
    assert ids(121, 122) == [gone.id, later.id]
    assert len(anchors("003")) == 4


def test_a_changed_text_places_every_annotation_again(home: Path, monkeypatch) -> None:
    three = add_annotation("003:p2.s1", quote="三到七年")
    assert [(a.how, a.start, a.end) for a in anchors("003")] == [("position", 80, 84)]
    real = segmented("003")
    monkeypatch.setattr(anchoring, "segmented", lambda doc: replace(real, text="X" + real.text))
    assert [(a.how, a.start, a.end) for a in anchors("003")] == [("quote", 81, 85)]
    monkeypatch.setattr(anchoring, "segmented", segmented)
    assert [(a.annotation.id, a.how, a.start) for a in anchors("003")] == [
        (three.id, "position", 80)
    ]


def test_an_annotation_stored_again_with_another_span_is_placed_again(home: Path) -> None:
    three = add_annotation("003:p2.s1", quote="三到七年")
    assert [a.how for a in anchors("003")] == ["position"]
    with closing(open_store()) as db, db:
        store_annotations(db, [replace(three, start=5, end=9)])
    # 5..9 no longer holds the quote: found again by quote where it is, 80..84.
    assert [(a.how, a.start, a.end) for a in anchors("003")] == [("quote", 80, 84)]
