"""Tests for helpers.views.reader: the reader's controls change its page, its label and its HTML,
without a browser; the static first page; the rows it reads."""

import re

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.segments import segmented
from helpers.views.reader import (
    ANY,
    ReaderWidget,
    reader_rows,
    selected_rows,
    static_first_page,
)

TAG = re.compile(r"<[^>]+>")
HEADERS = re.compile(r'<th>(?:<span lang="[^"]*">)?([^<]*)(?:</span>)?</th>')
# The opening of corpus/texts/000: 【新智元導讀】… two sentences on the first line, one on each of
# the next two, two on the fourth (split at ";"), one each on the fifth and sixth, then two
# heading lines.
FIRST_PAGE_000 = [
    "000:p0.s0",
    "000:p0.s1",
    "000:p1.s0",
    "000:p2.s0",
    "000:p3.s0",
    "000:p3.s1",
    "000:p4.s0",
    "000:p5.s0",
    "000:p6.s0",
    "000:p6.s1",
]


@pytest.fixture
def reader() -> ReaderWidget:
    return ReaderWidget("000")


def test_first_page_shows_the_first_sentences(reader, shown_text):
    assert reader.refs == FIRST_PAGE_000
    # 000 has 127 sentences: 13 pages of 10.
    assert reader.page_label == reader.label.value == "page 1 of 13"
    assert HEADERS.findall(reader.html.value) == ["ref", "original 原文", "zh-TW 臺灣正體"]
    shown = shown_text(reader.html.value)
    assert "【新智元導讀】馬斯克放出豪言:3年內,AI+機器人能解決美國債務!" in shown
    assert reader.previous.disabled and not reader.next.disabled


def test_next_moves_by_a_page_and_previous_comes_back(reader):
    reader.next.click()
    assert reader.page_label == "page 2 of 13"
    assert reader.refs[:3] == ["000:p7.s0", "000:p8.s0", "000:p9.s0"]
    reader.previous.click()
    assert reader.refs == FIRST_PAGE_000


def test_the_last_page_cannot_go_further(reader):
    reader.go(reader.page_count - 1)
    last, html = reader.refs, reader.html.value
    assert reader.next.disabled and reader.page_label == "page 13 of 13"
    reader.go(reader.page + 1)
    assert reader.refs == last and reader.html.value == html
    # The 127th sentence is the second of the last paragraph of 000, p107.
    assert len(last) == 7 and last[-1] == "000:p107.s1"


def test_switching_the_pair_changes_the_columns_and_keeps_the_page(reader, shown_text):
    reader.next.click()
    reader.pair.value = "original ↔ zh-Hans"
    assert reader.page_label == "page 2 of 13"
    assert HEADERS.findall(reader.html.value) == ["ref", "original 原文", "zh-Hans 简体"]
    reader.go(0)
    assert "【新智元导读】马斯克放出豪言" in shown_text(reader.html.value)


def test_layout_and_reading_reach_the_view(reader):
    reader.layout_choice.value = "interlinear"
    reader.reading.value = "zhuyin"
    html = reader.html.value
    assert 'class="mr-aligned mr-reading mr-interlinear mr-zhuyin"' in html and "<table" not in html
    assert '<ruby>馬<rp>(</rp><rt lang="zh-Bopo">ㄇㄚˇ</rt><rp>)</rp></ruby>' in html


def test_a_section_shows_only_its_sentences(reader):
    reader.section.value = 3
    expected = [sentence.ref for sentence in segmented("000").sentences if sentence.section == 3]
    assert reader.refs == expected[:10] and reader.page == 0


def test_turns_are_offered_only_for_the_transcript(reader):
    assert reader.turn.layout.display == "none"
    reader.document.value = "003"
    assert reader.turn.layout.display is None
    # 'all turns' and the 613 turns of 003.
    assert len(reader.turn.options) == 614


def test_a_speaker_turn_shows_only_that_turns_sentences(reader):
    reader.document.value = "003"
    reader.next.click()
    reader.turn.value = 5
    # Turn 5 of 003 is Diamandis speaking in paragraph 7.
    assert reader.page == 0 and reader.refs == [f"003:p7.s{number}" for number in range(10)]
    assert reader.turn.label == "turn 5 · Peter Diamandis 彼得·戴曼迪斯"


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
    assert reader.refs[0] == "004:p0.s0"


def test_static_first_page_is_the_widgets_first_page():
    reader = ReaderWidget("002")
    reader.pair.value = "zh-Hans ↔ zh-TW"
    html = static_first_page("002", ("zh-Hans", "zh-TW"))
    # 002 has 185 sentences: 19 pages of 10.
    assert html.startswith("<p><b>002 · zh-Hans ↔ zh-TW · page 1 of 19</b></p>\n")
    assert html.endswith(reader.html.value)


def test_selected_rows_keep_document_order():
    rows = selected_rows("003", section=2)
    assert rows["ref"].tolist() == [
        sentence.ref for sentence in segmented("003").sentences if sentence.section == 2
    ]


@pytest.mark.parametrize(
    "doc_id, section, turn, message",
    [
        ("000", 7, ANY, "document 000 has sections 0 to 6, not 7"),
        ("000", ANY, 3, "document 000 has no speaker turns, not 3"),
        ("003", ANY, 613, "document 003 has speaker turns 0 to 612, not 613"),
    ],
)
def test_a_section_or_turn_the_document_lacks_is_an_error(doc_id, section, turn, message):
    with pytest.raises(CorpusError, match=message):
        selected_rows(doc_id, section, turn)


def test_reader_rows_hand_out_copies():
    rows = reader_rows("000")
    rows.loc[:, "ref"] = "changed"
    assert reader_rows("000")["ref"].iloc[0] == "000:p0.s0"


def test_an_unknown_pair_is_an_error():
    with pytest.raises(CorpusError, match="unknown pair 'zh-TW ↔ zh-HK'"):
        ReaderWidget("000", "zh-TW ↔ zh-HK")


def test_repr_is_short(reader):
    assert repr(reader) == "ReaderWidget(000, original ↔ zh-TW, page 1 of 13)"


def test_the_glossary_checkbox_marks_terms(reader):
    assert 'class="mr-term"' not in reader.html.value
    reader.glossary.value = True
    # 馬斯克 in 000:p0.s0 is the glossary's Elon Musk.
    html = reader.html.value
    assert '<span class="mr-term" tabindex="0">馬斯克<span class="mr-note" role="note">' in html
    assert '<span class="mr-line" lang="en">Elon Musk</span>' in html
