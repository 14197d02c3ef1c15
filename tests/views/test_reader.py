"""Tests for helpers.widgets: the reader's controls change its page, its label and its HTML, without a browser."""

import pytest

from helpers.corpus.segments import segmented
from helpers.views.aligned import aligned_view
from helpers.views.reader import (
    ANY,
    PAGE_SIZE,
    ReaderWidget,
    reader_rows,
    selected_rows,
    static_first_page,
)


@pytest.fixture
def reader() -> ReaderWidget:
    return ReaderWidget("000")


def test_first_page_shows_the_first_sentences(reader):
    rows = reader_rows("000")
    assert reader.refs == rows["ref"].tolist()[:PAGE_SIZE]
    assert reader.page_label == f"page 1 of {-(-len(rows) // PAGE_SIZE)}"
    assert reader.label.value == reader.page_label
    assert reader.html.value == aligned_view(
        rows.iloc[:PAGE_SIZE], ("original", "zh-TW"), "side_by_side", None
    )
    assert reader.previous.disabled and not reader.next.disabled


def test_next_moves_by_a_page_and_previous_comes_back(reader):
    first = reader.refs
    reader.next.click()
    assert reader.page_label.startswith("page 2 of")
    assert reader.refs == reader_rows("000")["ref"].tolist()[PAGE_SIZE : 2 * PAGE_SIZE]
    reader.previous.click()
    assert reader.refs == first


def test_the_last_page_cannot_go_further(reader):
    reader.go(reader.page_count - 1)
    last, html = reader.refs, reader.html.value
    assert reader.next.disabled
    reader.go(reader.page + 1)
    assert reader.refs == last and reader.html.value == html
    assert reader.refs[-1] == reader_rows("000")["ref"].iloc[-1]


def test_switching_the_pair_changes_the_columns_and_keeps_the_page(reader):
    reader.next.click()
    before = reader.html.value
    reader.pair.value = "original ↔ zh-Hans"
    assert reader.page_label.startswith("page 2 of")
    assert reader.html.value != before
    assert reader.html.value == aligned_view(
        reader.page_rows, ("original", "zh-Hans"), "side_by_side", None
    )


def test_layout_and_reading_reach_the_view(reader):
    reader.layout_choice.value = "interlinear"
    reader.reading.value = "zhuyin"
    assert reader.html.value == aligned_view(
        reader.page_rows, ("original", "zh-TW"), "interlinear", "zhuyin"
    )


def test_a_section_shows_only_its_sentences(reader):
    reader.section.value = 3
    expected = [sentence.ref for sentence in segmented("000").sentences if sentence.section == 3]
    assert reader.refs == expected[:PAGE_SIZE] and reader.page == 0


def test_turns_are_offered_only_for_the_transcript(reader):
    assert reader.turn.layout.display == "none"
    reader.document.value = "003"
    assert reader.turn.layout.display is None
    assert len(reader.turn.options) == len(segmented("003").turns) + 1


def test_a_speaker_turn_shows_only_that_turns_sentences(reader):
    reader.document.value = "003"
    reader.next.click()
    reader.turn.value = 5
    expected = [sentence.ref for sentence in segmented("003").sentences if sentence.turn == 5]
    assert reader.page == 0 and reader.refs == expected[:PAGE_SIZE]
    assert reader.turn.label.startswith("turn 5 · ")


def test_a_section_narrows_the_turns_offered(reader):
    reader.document.value = "003"
    reader.section.value = 2
    turns = {
        sentence.turn
        for sentence in segmented("003").sentences
        if sentence.section == 2 and sentence.turn is not None
    }
    assert {value for _, value in reader.turn.options} == turns | {ANY}


def test_changing_document_starts_again_at_its_first_page(reader):
    reader.next.click()
    reader.section.value = 2
    reader.document.value = "004"
    assert reader.section.value == ANY and reader.page == 0
    assert reader.refs == reader_rows("004")["ref"].tolist()[:PAGE_SIZE]


def test_static_first_page_matches_the_widget():
    reader = ReaderWidget("002")
    reader.pair.value = "zh-Hans ↔ zh-TW"
    html = static_first_page("002", ("zh-Hans", "zh-TW"))
    assert html.endswith(reader.html.value)
    assert f"002 · zh-Hans ↔ zh-TW · {reader.page_label}" in html


def test_selected_rows_keep_document_order():
    rows = selected_rows("003", section=2)
    assert rows["ref"].tolist() == [
        sentence.ref for sentence in segmented("003").sentences if sentence.section == 2
    ]


def test_repr_is_short(reader):
    assert repr(reader) == f"ReaderWidget(000, original ↔ zh-TW, {reader.page_label})"


def test_the_glossary_checkbox_marks_terms(reader):
    assert 'class="mr-term"' not in reader.html.value
    reader.glossary.value = True
    assert 'class="mr-term"' in reader.html.value
    assert reader.html.value == aligned_view(
        reader.page_rows, ("original", "zh-TW"), "side_by_side", None, True
    )
