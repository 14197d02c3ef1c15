"""Tests for helpers.views.reader_pages: the reader's rows, menus, references and static pages,
without the widget."""

import re

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.segments import segmented
from helpers.views.reader_pages import (
    ANY,
    ReaderPage,
    find_sentence,
    reader_rows,
    section_options,
    selected_rows,
    static_first_page,
    turn_options,
)

HEAD = re.compile(r'<p class="mr-reader-head".*?</p>', re.S)
TAG = re.compile(r"<[^>]+>")


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


def test_sections_are_offered_by_their_labels():
    # 003's sections (see tests/corpus/test_labels.py): the title, [预告片段], then Part 1.
    options = section_options("003")
    assert options[:3] == [
        ("all sections", ANY),
        ("埃隆·马斯克谈AGI时间表、中美博弈、就业市场、清洁能源与人形机器人", 0),
        ("[预告片段]", 1),
    ]
    assert options[3] == ("Part 1 · 你那坚定不移的乐观态度总让人感到如沐春风…", 2)


def test_turns_are_offered_per_section_with_their_first_words():
    # No section chosen: no turns listed. Section 1 ([预告片段], lines 3-14 of corpus/texts/003)
    # holds turns 0-5: Musk, Diamandis, Musk, Diamandis, Musk, then Diamandis' introduction.
    assert turn_options("003", ANY) == [("all turns", ANY)]
    options = turn_options("003", 1)
    assert [value for _, value in options] == [ANY, 0, 1, 2, 3, 4, 5]
    assert options[2] == ("p3 · Peter Diamandis 彼得·戴曼迪斯: 你对此有解决方案。", 1)
    assert turn_options("000", 3) == [("all turns", ANY)]


@pytest.mark.parametrize(
    "ref, paragraph, sentence, text",
    [
        # Line 4 of corpus/texts/003: the label, then 我担心的不是长远未来，而是接下来的三到七年。
        ("003:p2.s1", 2, 1, "我担心的不是长远未来，而是接下来的三到七年。"),
        (" 000:p0.s0 ", 0, 0, "【新智元導讀】馬斯克放出豪言:3年內,AI+機器人能解決美國債務!"),
    ],
)
def test_a_reference_finds_its_sentence(ref, paragraph, sentence, text):
    found = find_sentence(ref)
    assert (found.paragraph, found.sentence, found.text.strip()) == (paragraph, sentence, text)


@pytest.mark.parametrize(
    "ref, message",
    [
        ("003-p2-s1", "'003-p2-s1' is not a sentence reference such as 003:p2.s1"),
        ("", "'' is not a sentence reference"),
        ("009:p0.s0", "unknown document '009'"),
        # 003 has 642 paragraphs (p0-p641); paragraph 2 (line 4) has the label and nine
        # sentences (eight 。 and two ？ end them, none inside brackets).
        ("003:p642.s0", "document 003 has paragraphs p0 to p641, not p642"),
        ("003:p2.s10", "paragraph 003:p2 has sentences s0 to s9, not s10"),
    ],
)
def test_a_malformed_or_unknown_reference_is_a_clear_error(ref, message):
    with pytest.raises(CorpusError, match=re.escape(message)):
        find_sentence(ref)


def test_static_first_page_has_a_header_and_the_first_page():
    html = static_first_page("002", ("zh-Hans", "zh-TW"))
    # 002 has 185 sentences: 19 pages of 10; its label_en (corpus/metadata.toml) has an
    # apostrophe, escaped.
    assert TAG.sub("", HEAD.search(html).group(0)) == (
        "002 · Compute, energy and manufacturing: Musk&#x27;s live link-up at X Takeover 2025 · "
        "all sections · page 1 / 19 · zh-Hans ↔ zh-TW · side by side · reading: none · "
        "glossary: off"
    )
    assert '<span class="mr-reader-where">all sections</span>' in html  # English: no zh tag
    # Its first section is untitled: Part 1 and the start of its first line.
    part = static_first_page("002", section=0)
    assert (
        '<span class="mr-reader-where" lang="zh-TW">Part 1 · 7 月 27 日中午前後,灣區 X Ta…</span>'
        in (part)
    )
    assert html.startswith("<style>") and html.endswith(
        ReaderPage("002", ("zh-Hans", "zh-TW")).body()
    )


def test_the_header_is_escaped_and_names_the_turn():
    # 004's section 20 is titled "Q&A 速览" (a setext heading of corpus/texts/004).
    header = ReaderPage("004", section=20).header()
    assert '<span class="mr-reader-where" lang="zh-Hans">Q&amp;A 速览</span>' in header
    turn = ReaderPage("003", section=1, turn=1, reading="zhuyin", glossary=True).header()
    assert "p3 · Peter Diamandis 彼得·戴曼迪斯: 你对此有解决方案。" in turn
    assert (
        "page 1 / 1 · original ↔ zh-TW · side by side · reading: zhuyin (automatic, citation tones)"
        " · glossary: on"
    ) in (TAG.sub("", turn))


def test_static_first_page_refuses_what_aligned_view_refuses():
    with pytest.raises(CorpusError, match="unknown layout 'sideways'"):
        static_first_page("000", layout="sideways")  # type: ignore[arg-type]
