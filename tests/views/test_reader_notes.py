"""The reader's own marks and notes on a page: highlights, known words, notes, orphans, escaping."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers.notes.anchoring import Anchor
from helpers.notes.annotations import Annotation
from helpers.notes.words import MyWord
from helpers.views.aligned import aligned_view
from helpers.views.reader_notes import (
    ORPHANS,
    PageNotes,
    annotated_body,
    note_lists,
    orphan_list,
    page_choices,
    page_marks,
    split_tags,
)
from helpers.views.reader_pages import ReaderPage, reader_rows

# 003:p2.s3 is '我把人工智能和机器人技术称为“超音速海啸”。', characters 121 to 143 of 003's
# normalised text (segmented("003")); 人工智能 is characters 2 to 6 of it, 123 to 127 of the text.
REF = "003:p2.s3"
NOTE = Annotation(
    id="00000000-0000-4000-8000-000000000001",
    created="2026-01-02T03:04:05Z",
    modified="2026-01-02T03:04:05Z",
    motivation="highlighting",
    note="",
    tags=(),
    doc="003",
    ref=REF,
    exact="人工智能",
    prefix="我把",
    suffix="和机器人",
    start=123,
    end=127,
)
HIGHLIGHT = Anchor(NOTE, 123, 127, "position", (REF,))


def word(simplified: str, traditional: str, status: str) -> MyWord:
    """A word of the reader's list, as list_words gives it."""
    return MyWord(simplified, simplified, traditional, "", "", status, "", "", "", "", False)  # type: ignore[arg-type]


@pytest.fixture
def rows():
    """The rows of 003 around REF: p2.s1 to p2.s4."""
    table = reader_rows("003")
    return table[table["ref"].isin(["003:p2.s1", "003:p2.s2", REF, "003:p2.s4"])]


def test_a_highlight_marks_its_characters_in_the_original_column(rows) -> None:
    marks = page_marks(rows, ("original", "zh-TW"), PageNotes((HIGHLIGHT,)))
    assert marks == {(REF, "original"): [(2, 6, "mr-highlight")]}
    html = aligned_view(rows, ("original", "zh-TW"), marks=marks)
    assert '我把<mark class="mr-highlight">人工智能</mark>和机器人' in html


def test_a_highlight_over_two_sentences_marks_the_part_in_each(rows) -> None:
    # 143..148 is 我们正身处 (p2.s4 starts at 143); 140..143 is the last 3 characters of p2.s3.
    both = Anchor(replace(NOTE, start=140, end=148), 140, 148, "quote", (REF, "003:p2.s4"))
    marks = page_marks(rows, ("zh-Hans", "zh-TW"), PageNotes((both,)))
    assert marks == {
        (REF, "zh-Hans"): [(19, 22, "mr-highlight")],
        ("003:p2.s4", "zh-Hans"): [(0, 5, "mr-highlight")],
    }


def test_known_words_are_marked_in_both_scripts(rows) -> None:
    notes = PageNotes((), (word("机器人", "機器人", "known"), word("奇点", "奇點", "1")))
    marks = page_marks(rows[rows["ref"] == REF], ("original", "zh-TW"), notes)
    # 机器人 is characters 7 to 10 of the sentence, in both its Simplified original and zh-TW form.
    assert marks == {
        (REF, "original"): [(7, 10, "mr-known")],
        (REF, "zh-TW"): [(7, 10, "mr-known")],
    }
    html = aligned_view(rows[rows["ref"] == REF], ("original", "zh-TW"), marks=marks)
    assert '<span class="mr-known">机器人</span>' in html
    # 机 → 機 is a change of the conversion: its mark stays inside the known word's span.
    assert '<span class="mr-known"><mark class="mr-changed">機</mark>器人</span>' in html


def test_notes_go_under_their_sentence_escaped_and_orphans_at_the_end(rows) -> None:
    comment = replace(NOTE, motivation="commenting", note="<b>why & how</b>", tags=("a<b",))
    orphan = Anchor(replace(NOTE, note="lost <text>"), None, None, "orphan", ())
    notes = PageNotes((Anchor(comment, 123, 127, "position", (REF,)), orphan))
    lists = note_lists(list(rows["ref"]), notes, "003")
    assert list(lists) == [REF]
    assert "&lt;b&gt;why &amp; how&lt;/b&gt;" in lists[REF]
    assert '<span class="mr-tag">#a&lt;b</span>' in lists[REF]
    assert '<q class="mr-note-quote" lang="zh-Hans">人工智能</q>' in lists[REF]
    assert "<b>" not in lists[REF]
    orphans = orphan_list(notes, "003")
    assert ORPHANS in orphans and "lost &lt;text&gt;" in orphans and "why" not in orphans
    assert orphan_list(PageNotes((HIGHLIGHT,)), "003") == ""


def test_the_page_shows_notes_after_their_row_and_orphans_last() -> None:
    comment = replace(NOTE, motivation="commenting", note="first note")
    orphan = Anchor(replace(NOTE, note="an orphan"), None, None, "orphan", ())
    view = ReaderPage("003", page=0, page_size=6)  # p0.s0 to p2.s3
    html = annotated_body(view, PageNotes((Anchor(comment, 123, 127, "position", (REF,)), orphan)))
    row, note, orphans = (
        html.index(f'data-ref="{REF}"'),
        html.index("first note"),
        html.index(ORPHANS),
    )
    assert row < note < orphans
    assert '<tr class="mr-after"><td></td><td colspan="2"><ul class="mr-notes"' in html


def test_the_edit_list_has_the_page_s_annotations_and_the_orphans() -> None:
    orphan = Anchor(replace(NOTE, id="x", note="an orphan"), None, None, "orphan", ())
    elsewhere = Anchor(replace(NOTE, id="y"), 10, 12, "position", ("003:p0.s0",))
    choices = page_choices([REF], PageNotes((HIGHLIGHT, orphan, elsewhere)))
    assert choices == [
        ("003:p2.s3 · highlight · 人工智能", NOTE.id),
        ("003:p2.s3 · highlight · an orphan", "x"),
    ]


def test_tags_typed_are_split_on_commas_and_spaces() -> None:
    assert split_tags(" ai, #robots  ai,,question ") == ("ai", "robots", "question")
    assert split_tags("") == ()
