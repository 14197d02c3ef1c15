"""Tests for helpers.corpus.segments and blocks: lossless sections, paragraphs and sentences, and
003's speaker turns."""

import re
from collections import Counter
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.core.errors import CorpusError
from helpers.corpus.blocks import split_sentences
from helpers.corpus.repairs import normalized
from helpers.corpus.segments import segment, segmented

DOC_IDS = ["000", "001", "002", "003", "004"]


def _pieces(text, spans):
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_sentences_concatenate_back_to_the_normalised_text(doc_id):
    document = segmented(doc_id)
    assert document.text == normalized(doc_id).text
    assert "".join(sentence.text for sentence in document.sentences) == document.text
    position = 0
    for sentence in document.sentences:
        assert (
            sentence.start == position
            and sentence.text == document.text[sentence.start : sentence.end]
        )
        assert sentence.text, sentence.ref
        position = sentence.end
    assert position == len(document.text)


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_sections_and_paragraphs_tile_the_text(doc_id):
    document = segmented(doc_id)
    assert (
        "".join(document.text[section.start : section.end] for section in document.sections)
        == document.text
    )
    assert "".join(paragraph.text for paragraph in document.paragraphs) == document.text
    for section in document.sections:
        assert section.paragraphs and section.paragraphs[0].start == section.start
        assert all(paragraph.section == section.index for paragraph in section.paragraphs)
    assert [p.index for p in document.paragraphs] == list(range(len(document.paragraphs)))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "他說:「唯一能解決的,就是AI和機器人。」然後呢?",
            ["他說:「唯一能解決的,就是AI和機器人。」", "然後呢?"],
        ),
        ("估值 1.25 萬億美元。好的!", ["估值 1.25 萬億美元。", "好的!"]),
        (
            "來源 https://baoyu.io/a?b=1;c=2 這裡。還有",
            ["來源 https://baoyu.io/a?b=1;c=2 這裡。", "還有"],
        ),
        ("嗯……中国做得非常出色，对吧？我是说", ["嗯……", "中国做得非常出色，对吧？", "我是说"]),
        (
            '風險評估:"AI 未來 80% 繁榮,20% 災難性風險。"同時提醒市場。',
            ['風險評估:"AI 未來 80% 繁榮,20% 災難性風險。"', "同時提醒市場。"],
        ),
        ('他說。"下一句"', ["他說。", '"下一句"']),
        ("第一;第二;第三", ["第一;", "第二;", "第三"]),
        ("要走?!”\n\n", ["要走?!”\n\n"]),
        ("擴張。 這意味著“先把算力到位”。", ["擴張。 ", "這意味著“先把算力到位”。"]),
        ("『好』』。後來", ["『好』』。", "後來"]),
        (
            "**電力持平。** 芯片產出。**另一句。**",
            ["**電力持平。** ", "芯片產出。", "**另一句。**"],
        ),
        ('他說"好。" 然後', ['他說"好。" ', "然後"]),
        ("**“套利？更難？”**\n", ["**“套利？", "更難？”**\n"]),
    ],
)
def test_split_sentences_hand_checked_cases(text, expected):
    assert _pieces(text, split_sentences(text)) == expected


def test_split_sentences_keeps_offsets():
    assert split_sentences("甲。乙。", 10) == [(10, 12), (12, 14)]


def test_sections_of_plain_documents_follow_the_curated_headings():
    titles = [section.title for section in segmented("000").sections]
    assert titles == [
        None,
        "馬斯克的救國路 — 解決危機,唯有AI和機器人",
        "四家公司開始對接,未來輪廓清晰了",
        "當技術越過國家邊界",
        "如果馬斯克買股票",
        "孫正義是AI時代的塞翁?",
        "60億美元拋售潮:華爾街撤離輝達",
    ]
    levels = Counter(section.level for section in segmented("002").sections)
    assert levels == {1: 5, 2: 8}


def test_sections_of_markdown_documents_follow_their_headings():
    sections = segmented("004").sections
    titles = [section.title for section in sections]
    assert titles[1:3] == ["摘要", "1) 一句话总结"]
    assert "【1】电力才是 AI 的硬瓶颈，不是芯片" in titles and "Q&A 速览" in titles
    assert sections[0].paragraphs[0].kind == "front_matter"
    assert "最后" in titles  # a setext heading underlined with only two dashes
    assert [s.title for s in segmented("003").sections if s.title] == [
        "埃隆·马斯克谈AGI时间表、中美博弈、就业市场、清洁能源与人形机器人",
        "[预告片段]",
        "[广告时间：Metatrends 时事通讯]",
        "[广告时间：Blitzi]",
    ]


def test_004_blockquotes_are_marked_as_quotations():
    document = segmented("004")
    quotes = [paragraph for paragraph in document.paragraphs if paragraph.kind == "quote"]
    # 16 lines of 004 start with '>' (grep -c '^>').
    assert len(quotes) == 16
    assert all(paragraph.text.startswith(">") for paragraph in quotes)
    assert {sentence.kind for paragraph in quotes for sentence in paragraph.sentences} == {"quote"}


def test_003_every_turn_has_a_canonical_speaker():
    document = segmented("003")
    # Label counts from grep over the raw file: 184 + 107 + 7 + 1 for Musk, 108 + 11 + 8 for
    # Diamandis.
    assert Counter(turn.speaker for turn in document.turns) == {
        "elon_musk": 299,
        "host": 179,
        "peter_diamandis": 127,
        "grok": 7,
        "dave_blunden": 1,
    }
    spoken = [s for s in document.sentences if s.kind in ("text", "quote", "label")]
    assert spoken and all(sentence.speaker and sentence.turn is not None for sentence in spoken)
    labels = [s for s in document.sentences if s.kind == "label"]
    assert len(labels) == len(document.turns) == 613


@pytest.mark.parametrize(
    "line_start, speaker",
    [
        ("**Elon Musk:** 它就是一直怂恿你", "elon_musk"),
        ("Peter Diamandis: Ilya 最近在播客里提到", "peter_diamandis"),
        ("**埃隆·马斯克（Elon Musk）：** 嗯，我不得不", "elon_musk"),
        ("**Dave Blunden:** 回到刚才", "dave_blunden"),
        ("**主持人：** 太棒了，伙计们", "host"),
        ("**Grok：** 噢，当然", "grok"),
        ("**彼得·戴曼迪斯：** 你对此有解决方案", "peter_diamandis"),
    ],
)
def test_003_label_variants_map_to_speaker_ids(line_start, speaker):
    document = segmented("003")
    paragraph = next(p for p in document.paragraphs if p.text.startswith(line_start))
    assert paragraph.speaker == speaker
    label, first = paragraph.sentences[0], paragraph.sentences[1]
    assert label.kind == "label" and line_start.startswith(label.text.rstrip())
    assert first.kind == "text" and not re.match(r"\*\*|[A-Za-z ]+:", first.text)


def test_003_paragraphs_without_a_label_continue_the_turn():
    document = segmented("003")
    paragraph = next(
        p
        for p in document.paragraphs
        if p.text.startswith("所以，如果你把汽车行业中复杂物体的大规模制造经验")
    )
    previous = document.paragraphs[paragraph.index - 1]
    assert previous.sentences[0].kind == "label" and paragraph.sentences[0].kind == "text"
    assert paragraph.turn == previous.turn and paragraph.speaker == previous.speaker == "elon_musk"


def test_an_unknown_speaker_label_is_an_error():
    with pytest.raises(CorpusError, match="unknown speaker label 'Nobody'"):
        segment("003", "**Nobody：** 你好。\n", markdown=True)


def test_transcript_text_before_the_first_label_belongs_to_no_turn():
    text = "**[片段]**\n\n以下是对话，经过整理。\n**Elon Musk:** 嗯。\n\n"
    text += "**Peter Diamandis:** 好。\n"
    document = segment("003", text, markdown=True)
    assert "".join(sentence.text for sentence in document.sentences) == text
    intro = document.paragraphs[1]
    assert intro.text.startswith("以下是对话") and intro.kind == "text"
    assert (intro.turn, intro.speaker) == (None, None)
    assert {(s.turn, s.speaker) for s in intro.sentences} == {(None, None)}
    assert [(turn.index, turn.speaker) for turn in document.turns] == [
        (0, "elon_musk"),
        (1, "peter_diamandis"),
    ]


def test_transcript_text_after_a_heading_that_ends_a_turn_is_an_error():
    text = "**Elon Musk:** 嗯。\n\n**[片段]**\n\n你好。\n**Elon Musk:** 嗯。\n"
    with pytest.raises(CorpusError, match="line 5: transcript text after a heading"):
        segment("003", text, markdown=True)


def test_a_transcript_without_any_speaker_label_is_an_error():
    with pytest.raises(CorpusError, match="no paragraph starts with a speaker label"):
        segment("003", "你好。\n\n我很好。\n", markdown=True)


def test_a_curated_heading_that_is_missing_from_the_text_is_an_error():
    with pytest.raises(CorpusError, match="not whole lines of document 000"):
        segment("000", "一段文字。\n", markdown=False)


def test_leading_blank_lines_belong_to_the_first_paragraph():
    document = segment("004", "\n\n## 標題\n正文。\n", markdown=True)
    assert [s.text for s in document.sentences] == ["\n\n## 標題\n", "正文。\n"]
    assert document.sections[0].title == "標題"


# Lines that exercise every kind of block, joined by line breaks into documents.
MARKDOWN_LINES = [
    "---",
    "# 標題",
    "標題",
    "--",
    "==",
    "***",
    "* * *",
    "> 引文。",
    "![圖](https://a.b/c.png)",
    "**[片段]**",
    "**粗體**",
    "正文。第二句！",
    '他說:"好。" 然後',
    "見[[01-博客/宝玉|宝玉？]]。",
    "",
    "  ",
]
LINE_BREAKS = ["\n", "\n\n", "\r\n", "\u2028"]


@st.composite
def documents_text(draw):
    lines = draw(st.lists(st.sampled_from(MARKDOWN_LINES) | st.text(max_size=8), max_size=12))
    breaks = draw(st.lists(st.sampled_from(LINE_BREAKS), min_size=len(lines), max_size=len(lines)))
    return "".join(line + ending for line, ending in zip(lines, breaks, strict=True))


@settings(deadline=None, max_examples=300)
@given(documents_text(), st.booleans())
def test_segmentation_of_any_text_is_lossless(text, markdown):
    try:
        document = segment("t", text, markdown)
    except CorpusError as error:
        assert not text.strip() or "front matter opened with '---' is never closed" in str(error)
        return
    assert "".join(sentence.text for sentence in document.sentences) == text
    assert "".join(paragraph.text for paragraph in document.paragraphs) == text
    assert "".join(text[section.start : section.end] for section in document.sections) == text
    for sentence in document.sentences:
        assert sentence.text and sentence.text == text[sentence.start : sentence.end]


@settings(max_examples=300)
@given(st.text())
def test_split_sentences_tiles_any_text(text):
    spans = split_sentences(text, 7)
    assert spans[0][0] == 7 and spans[-1][1] == 7 + len(text)
    assert all(end == next_start for (_, end), (next_start, _) in pairwise(spans))


LABELS = ["**Elon Musk:** ", "**主持人：** ", "Peter Diamandis: ", "**Grok：**"]


@settings(deadline=None, max_examples=200)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(LABELS),
            # Something after each label: a bold line alone at the top is the document's title.
            st.text(
                st.characters(exclude_categories=("Cc", "Zl", "Zp"), exclude_characters="*")
            ).filter(str.strip),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_each_label_of_any_transcript_starts_a_turn(turns):
    text = "\n\n".join(label + body for label, body in turns)
    document = segment("003", text, markdown=True)
    assert "".join(sentence.text for sentence in document.sentences) == text
    assert all(sentence.text for sentence in document.sentences)
    speakers = {"**Elon Musk:** ": "elon_musk", "**主持人：** ": "host", "**Grok：**": "grok"}
    assert [turn.speaker for turn in document.turns] == [
        speakers.get(label, "peter_diamandis") for label, _ in turns
    ]


def test_a_label_that_ends_the_text_is_not_followed_by_an_empty_sentence():
    document = segment("003", "**Elon Musk:** 你好。\n**Grok：**", markdown=True)
    assert [(s.kind, s.text) for s in document.sentences] == [
        ("label", "**Elon Musk:** "),
        ("text", "你好。\n"),
        ("label", "**Grok：**"),
    ]
