"""Tests for helpers.corpus.labels: section labels (titles, and 'Part N' for untitled sections)
and speaker-turn labels, on small made-up texts and on 003 as read in corpus/texts/."""

import pytest

from helpers.corpus.labels import opening_words, section_labels, turn_label
from helpers.corpus.segments import segment, segmented
from helpers.corpus.structure import speaker_names

# Markdown: an opening before any heading, a break, a heading, a break, a long quote.
MADE_UP = (
    "引言第一句。\n\n***\n\n第一部分的话。第二句。\n\n## 标题\n\n正文。\n\n***\n\n"
    "> 引用一句很长很长很长很长很长很长很长很长很长的话\n"
)


def test_untitled_sections_are_parts_numbered_among_untitled_sections_only():
    # Sections: opening (untitled), after the first break (untitled), '## 标题', after the second
    # break (untitled): Part 1, Part 2, the title, Part 3. The quote's 26 characters are cut at 20:
    # 引用一句 and eight of its nine 很长.
    assert section_labels(segment("x", MADE_UP, markdown=True)) == (
        "Part 1 · 引言第一句。",
        "Part 2 · 第一部分的话。第二句。",
        "标题",
        "Part 3 · 引用一句很长很长很长很长很长很长很长很长…",
    )


def test_a_break_before_a_heading_opens_no_part_and_a_titled_text_has_none():
    text = "# 甲\n\n一。\n\n***\n\n# 乙\n\n二。\n"
    assert section_labels(segment("x", text, markdown=True)) == ("甲", "乙")


def test_a_part_without_running_text_is_just_numbered():
    # A break followed only by an image: no sentence of running text to quote.
    text = "# 甲\n\n一。\n\n***\n\n![图](a.png)\n"
    assert section_labels(segment("x", text, markdown=True)) == ("甲", "Part 1")


def test_a_plain_text_opening_is_part_1():
    # Plain text has no breaks: only the text before the first curated heading is untitled, and
    # "x" has no curated headings, so the whole text is one untitled section.
    assert section_labels(segment("x", "第一行。\n第二行。\n", markdown=False)) == (
        "Part 1 · 第一行。",
    )


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        ("- **重点**：内容。\n", 20, "重点：内容。"),
        ("[[01-博客/路径|链接名]]说了  很多话。\n", 20, "链接名说了 很多话。"),
        ("一二三四五六。\n", 3, "一二三…"),
        ("一二三。\n", 4, "一二三。"),
    ],
)
def test_opening_words_are_plain_text_cut_at_the_limit(text, limit, expected):
    paragraphs = segment("x", text, markdown=True).paragraphs
    assert opening_words(paragraphs, limit) == expected


def test_the_parts_of_003_are_the_notebooks_part_1_to_3():
    # corpus/texts/003: the conversation after the '***' of line 16 opens with Diamandis'
    # 你那坚定不移的乐观态度总让人感到如沐春风。 (21 characters, cut at 20);
    # after line 178, Blunden's 回到刚才 Dave 提到的话题，…;
    # after line 472, Diamandis' 咱们来聊聊大家都最喜欢的话题之一：太空。
    # (20 characters exactly, then 首先…). The breaks of lines 174 and 468 are followed by the
    # advertisement headings and open no part.
    assert section_labels(segmented("003")) == (
        "埃隆·马斯克谈AGI时间表、中美博弈、就业市场、清洁能源与人形机器人",
        "[预告片段]",
        "Part 1 · 你那坚定不移的乐观态度总让人感到如沐春风…",
        "[广告时间：Metatrends 时事通讯]",
        "Part 2 · 回到刚才 Dave 提到的话题，在接下来…",
        "[广告时间：Blitzi]",
        "Part 3 · 咱们来聊聊大家都最喜欢的话题之一：太空。…",
    )


def test_004s_front_matter_is_a_part_without_words():
    # 004 opens with YAML front matter (markup), then '## 摘要'.
    assert section_labels(segmented("004"))[:2] == ("Part 1", "摘要")


def test_turn_labels_name_the_speaker_and_the_turns_first_words():
    document = segmented("003")
    names = speaker_names(document.speakers)
    # Line 20 of corpus/texts/003: **埃隆·马斯克：** 谢谢，老兄。谢谢。 (the whole turn);
    # line 4: Musk's first turn, 我担心的不是长远未来，而是接下来的三到七年。 cut at 20 characters.
    assert turn_label(document.turns[7], names) == "Elon Musk 埃隆·马斯克: 谢谢，老兄。谢谢。"
    assert (
        turn_label(document.turns[0], names)
        == "Elon Musk 埃隆·马斯克: 我担心的不是长远未来，而是接下来的三到七…"
    )
