"""Tests for helpers.views.reader: the widget's controls change its page, its menus, its status
line and its static view, and its settings survive into a new widget (a kernel restart), without
a browser. tests/views/conftest.py gives each test an empty settings folder."""

import json
import re

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.segments import segmented
from helpers.views.reader import ReaderWidget
from helpers.views.reader_pages import ANY

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
# Part 2 of 003 (section 4) from line 178 of corpus/texts/003: the '***' (p89), Blunden's label
# and question (p90), Musk's label and the six sentences of line 182 (p91): ten sentences, so
# page 2 of the part starts at p92.
PART_2_PAGE_1_END = "003:p91.s6"


@pytest.fixture
def reader() -> ReaderWidget:
    return ReaderWidget("000")


def test_first_page_shows_the_first_sentences(reader, shown_text):
    assert reader.refs == FIRST_PAGE_000
    # 000 has 127 sentences: 13 pages of 10.
    assert reader.page_label == "page 1 / 13"
    assert (reader.page_number.value, reader.page_total.value) == (1, "/ 13")
    assert HEADERS.findall(reader.html.value) == ["ref", "original 原文", "zh-TW 臺灣正體"]
    shown = shown_text(reader.html.value)
    assert "【新智元導讀】馬斯克放出豪言:3年內,AI+機器人能解決美國債務!" in shown
    assert reader.previous.disabled and not reader.next.disabled
    assert reader.message == ""


def test_next_moves_by_a_page_and_previous_comes_back(reader):
    reader.next.click()
    assert reader.page_label == "page 2 / 13" and reader.page_number.value == 2
    assert reader.refs[:3] == ["000:p7.s0", "000:p8.s0", "000:p9.s0"]
    reader.previous.click()
    assert reader.refs == FIRST_PAGE_000


def test_the_page_number_jumps_and_stops_at_the_last_page(reader):
    reader.page_number.value = 13
    # The 127th sentence is the second of the last paragraph of 000, p107.
    assert reader.refs[-1] == "000:p107.s1" and len(reader.refs) == 7
    assert reader.next.disabled
    reader.go(reader.page + 1)
    assert reader.page_label == "page 13 / 13"
    reader.page_number.value = 99  # a bounded input: the browser cannot send more than 13
    assert reader.page_number.value == 13 and reader.page_label == "page 13 / 13"


def test_switching_the_pair_changes_the_columns_and_keeps_the_page(reader, shown_text):
    reader.next.click()
    reader.pair.value = "original ↔ zh-Hans"
    assert reader.page_label == "page 2 / 13"
    assert HEADERS.findall(reader.html.value) == ["ref", "original 原文", "zh-Hans 简体"]
    reader.go(0)
    assert "【新智元导读】马斯克放出豪言" in shown_text(reader.html.value)


def test_layout_and_reading_reach_the_view(reader):
    reader.layout_choice.value = "interlinear"
    reader.reading.value = "zhuyin"
    html = reader.html.value
    assert 'class="mr-aligned mr-reading mr-interlinear mr-zhuyin"' in html and "<table" not in html
    assert '<ruby>馬<rp>(</rp><rt lang="zh-Bopo">ㄇㄚˇ</rt><rp>)</rp></ruby>' in html


def test_the_glossary_checkbox_marks_terms(reader):
    assert 'class="mr-term"' not in reader.html.value
    reader.glossary.value = True
    # 馬斯克 in 000:p0.s0 is the glossary's Elon Musk.
    html = reader.html.value
    assert '<span class="mr-term" tabindex="0">馬斯克<span class="mr-note" role="note">' in html
    assert '<span class="mr-line" lang="en">Elon Musk</span>' in html


def test_sections_are_listed_by_label_and_show_only_their_sentences(reader):
    assert reader.section.options[2] == ("馬斯克的救國路 — 解決危機,唯有AI和機器人", 1)
    reader.section.value = 3
    expected = [sentence.ref for sentence in segmented("000").sentences if sentence.section == 3]
    assert reader.refs == expected[:10] and reader.page == 0


def test_turns_are_hidden_without_a_transcript_and_wait_for_a_section(reader):
    assert reader.turn.layout.display == "none"
    reader.document.value = "003"
    assert reader.turn.layout.display is None
    assert reader.turn.options == (("all turns", ANY),) and reader.turn.disabled
    # Part 1 (section 2, from the '***' of line 16 to that of line 174 of corpus/texts/003) holds
    # turns 6 to 83: 78 bold speaker labels (grep -c '^\*\*[^*]*[：:] *\*\*' on those lines).
    reader.section.value = 2
    assert not reader.turn.disabled
    assert [value for _, value in reader.turn.options] == [ANY, *range(6, 84)]
    # Line 20: Musk's 谢谢，老兄。谢谢。, paragraph 10.
    assert reader.turn.options[2] == ("p10 · Elon Musk 埃隆·马斯克: 谢谢，老兄。谢谢。", 7)


def test_a_speaker_turn_shows_only_that_turns_sentences(reader):
    reader.document.value = "003"
    reader.section.value = 1
    reader.turn.value = 5
    # Turn 5 of 003 is Diamandis' introduction, paragraph 7 (line 14): its label and nine
    # sentences.
    assert reader.page == 0 and reader.refs == [f"003:p7.s{number}" for number in range(10)]
    assert reader.turn.label.startswith("p7 · Peter Diamandis 彼得·戴曼迪斯: 女士们先生们")


def test_changing_document_starts_again_at_its_first_page(reader):
    reader.next.click()
    reader.section.value = 2
    reader.document.value = "004"
    assert reader.section.value == ANY and reader.page == 0
    assert reader.refs[0] == "004:p0.s0"


@pytest.mark.parametrize("typed", ["003:p92.s0", "  003:p92.s0 "])
def test_a_reference_opens_its_page_in_its_section(reader, typed):
    reader.ref_box.value = typed
    assert (reader.document.value, reader.section.value, reader.turn.value) == ("003", 4, ANY)
    assert reader.page == 1 and reader.refs[0] == "003:p92.s0"
    # Part 2 has 817 sentences (lines 178-466): 82 pages.
    assert reader.message == (
        "003:p92.s0 is on page 2 / 82 of Part 2 · 回到刚才 Dave 提到的话题，在接下来…"
    )
    reader.go(0)
    assert reader.refs[-1] == PART_2_PAGE_1_END


def test_the_go_button_goes_to_the_reference_typed_again(reader):
    reader.ref_box.value = "003:p2.s1"
    reader.next.click()
    reader.go_button.click()
    assert reader.page == 0 and "003:p2.s1" in reader.refs and reader.section.label == "[预告片段]"


@pytest.mark.parametrize(
    "typed, message",
    [
        ("p2.s1", "'p2.s1' is not a sentence reference such as 003:p2.s1"),
        ("<b>003</b>", "'<b>003</b>' is not a sentence reference such as 003:p2.s1"),
        ("007:p1.s0", "unknown document '007'; valid choices: '000', '001', '002', '003', '004'"),
        ("000:p108.s0", "document 000 has paragraphs p0 to p107, not p108"),
    ],
)
def test_a_bad_reference_is_said_in_the_status_line_and_the_page_stays(reader, typed, message):
    reader.next.click()
    reader.ref_box.value = typed
    assert reader.message == message and reader.page_label == "page 2 / 13"
    assert 'class="mr-reader-status mr-problem" role="status"' in reader.status.value
    assert "&lt;b&gt;003&lt;/b&gt;" in reader.status.value or "<b>" not in typed


def test_a_new_widget_opens_where_the_last_one_left_off(reader_data):
    first = ReaderWidget("003")
    first.ref_box.value = "003:p92.s0"
    first.layout_choice.value = "interlinear"
    first.reading.value = "zhuyin"
    first.glossary.value = True
    first.pair.value = "zh-Hans ↔ zh-TW"
    again = ReaderWidget("003", pair="original ↔ zh-HK")  # a kept place has its own pair
    assert (again.section.value, again.page, again.refs) == (4, 1, first.refs)
    assert (again.layout_choice.value, again.reading.value, again.glossary.value) == (
        "interlinear",
        "zhuyin",
        True,
    )
    assert again.pair.value == "zh-Hans ↔ zh-TW"
    assert again.html.value == first.html.value and again.message == ""
    stored = json.loads((reader_data / "settings.json").read_text(encoding="utf-8"))
    assert stored["documents"]["003"] == {
        "pair": "zh-Hans ↔ zh-TW",
        "section": 4,
        "turn": -1,
        "ref": "003:p92.s0",
    }


def test_two_widgets_keep_a_place_each_and_share_the_choices():
    on_003, on_000 = ReaderWidget("003"), ReaderWidget("000", pair="original ↔ zh-Hans")
    on_003.page_number.value = 3
    on_000.section.value = 2
    on_000.next.click()
    on_000.reading.value = "pinyin"
    assert ReaderWidget("003").page_label == "page 3 / 298"
    reopened = ReaderWidget("000")
    # 000's section 2 has 31 sentences: 4 pages; page 2 starts at 000:p28.s1 (as notebook 01
    # printed before this change).
    assert (reopened.page_label, reopened.refs[0]) == ("page 2 / 4", "000:p28.s1")
    assert reopened.pair.value == "original ↔ zh-Hans" and reopened.reading.value == "pinyin"


def test_the_explicit_pair_opens_a_document_without_a_kept_place():
    assert ReaderWidget("002", pair="original ↔ zh-HK").pair.value == "original ↔ zh-HK"


def test_a_corrupt_settings_file_is_refused_said_and_left_byte_identical(reader_data):
    path = reader_data / "settings.json"
    content = b'{"layout": "interlinear", '
    path.write_bytes(content)
    reader = ReaderWidget("003")
    assert reader.layout_choice.value == "side by side" and reader.page == 0
    assert reader.message.startswith(f"settings file {path} is not JSON (")
    assert reader.message.endswith("it is left as it is and settings are not saved")
    reader.next.click()
    reader.ref_box.value = "003:p92.s0"
    reader.glossary.value = True
    assert path.read_bytes() == content
    # The refusal stays in the status line under what later actions say.
    assert reader.message.splitlines()[1].startswith(f"settings file {path} is not JSON")


def test_a_kept_place_the_document_lacks_is_said_and_replaced(reader_data):
    (reader_data / "settings.json").write_text(
        json.dumps({"documents": {"000": {"pair": "original ↔ zh-TW", "section": 9}}}),
        encoding="utf-8",
    )
    reader = ReaderWidget("000")
    assert reader.page_label == "page 1 / 13" and reader.section.value == ANY
    assert reader.message == (
        "the place kept for 000 cannot be shown "
        "(document 000 has sections 0 to 6, not 9): first page"
    )


def test_unknown_settings_values_fall_back_with_a_message(reader_data):
    path = reader_data / "settings.json"
    path.write_text('{"reading": "braille"}', encoding="utf-8")
    reader = ReaderWidget("000")
    assert reader.reading.value == "none"
    assert reader.message == (
        f"settings file {path}: reading: 'braille' is not one of 'none', 'pinyin', 'zhuyin'; "
        "using 'none'"
    )


def test_static_html_is_the_page_shown_under_a_header(shown_text):
    reader = ReaderWidget("003")
    reader.section.value = 2
    reader.turn.value = 7
    reader.reading.value = "pinyin"
    html = reader.static_html()
    head = re.search(r'<p class="mr-reader-head".*?</p>', html).group(0)
    assert shown_text(head) == (
        "003 · Moonshots episode with Peter Diamandis and Dave Blunden at Giga Texas: "
        "a full transcript · Part 1 · 你那坚定不移的乐观态度总让人感到如沐春风… · "
        "p10 · Elon Musk 埃隆·马斯克: 谢谢，老兄。谢谢。 · page 1 / 1 · original ↔ zh-TW · "
        "side by side · reading: pinyin (automatic, citation tones) · glossary: off"
    )
    assert html.endswith("\n" + reader.html.value)
    assert html == ReaderWidget("003").static_html()  # deterministic: a new widget, same view
    assert " id=" not in html and "0x" not in html
    assert reader._repr_mimebundle_()["text/html"] == html


def test_repr_is_short(reader):
    assert repr(reader) == "ReaderWidget(000, original ↔ zh-TW, page 1 / 13)"


def test_an_unknown_pair_is_an_error():
    with pytest.raises(CorpusError, match="unknown pair 'zh-TW ↔ zh-HK'"):
        ReaderWidget("000", "zh-TW ↔ zh-HK")  # type: ignore[arg-type]


def test_standard_and_tones_reach_the_view_and_are_kept(reader):
    # 000:p2.s0 has 不用 twice: bù in citation tones, bú as spoken before the fourth tone of 用.
    reader.reading.value = "zhuyin"
    bu = '<ruby>不<rp>(</rp><rt lang="zh-Bopo">{}</rt>'
    assert bu.format("ㄅㄨˋ") in reader.html.value and bu.format("ㄅㄨˊ") not in reader.html.value
    reader.ruby.tones.value = "sandhi"
    assert bu.format("ㄅㄨˊ") in reader.html.value and bu.format("ㄅㄨˋ") not in reader.html.value
    reader.ruby.standard.value = "mainland"
    assert "(mainland, sandhi tones)" in reader.static_html()
    assert ReaderWidget("000").ruby.values == ("mainland", "sandhi")
