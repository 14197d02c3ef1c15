"""Tests for helpers.views.text: views escape all text, show every sentence once and strip
markdown for reading."""

import dataclasses
import re
from html import unescape

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.documents import document
from helpers.corpus.segments import segment, segmented
from helpers.views import text as rendering
from helpers.views.text import (
    anchor_id,
    display_text,
    document_view,
    metadata_card,
    text_view,
)

DOC_IDS = ["000", "001", "002", "003", "004"]
DATA_REF = re.compile(r'data-ref="([^"]*)"')
SPAN = re.compile(
    r'<span class="mr-s[^"]*" id="[^"]*" data-ref="[^"]*"><sup class="mr-sref">s\d+</sup>'
    r"([^<]*)</span>"
)


def test_text_is_escaped_in_the_text_view():
    # "004" has no curated structure, so segment() treats this as plain markdown.
    html = text_view(
        segment("004", "<script>alert('x')</script> & <b>粗</b>。\n", markdown=True), markdown=True
    )
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;粗&lt;/b&gt;。" in html


def test_speaker_labels_and_speech_are_escaped_in_a_transcript():
    html = text_view(
        segment("003", "**Elon Musk:** <img src=x onerror=alert(1)>好。\n", markdown=True),
        markdown=True,
    )
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;好。" in html
    assert (
        '<span class="mr-s mr-speaker" id="s-003-p0-s0" data-ref="003:p0.s0">'
        '<sup class="mr-sref">s0</sup>Elon Musk 埃隆·马斯克</span>'
    ) in html


def test_metadata_is_escaped_in_the_card(monkeypatch):
    hostile = dataclasses.replace(
        document("004"), title="<script>x</script>", url='https://example.com/?a=1&b="><i>'
    )
    monkeypatch.setattr(rendering, "document", lambda doc_id: hostile)
    html = metadata_card("004")
    assert "<script>" not in html and "<i>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert '<a href="https://example.com/?a=1&amp;b=&quot;&gt;&lt;i&gt;">' in html


def test_metadata_card_shows_unknown_values_as_such():
    html = metadata_card("000")
    assert '<tr><th>URL 網址</th><td><span class="mr-unknown">unknown</span></td></tr>' in html
    assert "<tr><th>Publisher 發布者</th><td>新智元</td></tr>" in html
    assert "Nikhil Kamath" in html


def test_metadata_card_links_a_known_url():
    url = "https://baoyu.io/blog/2026/02/05/musk-ai-space-energy"
    assert f'<a href="{url}">{url}</a>' in metadata_card("004")


def test_metadata_card_shows_no_interviewers_as_unknown():
    assert (
        '<tr><th>Interviewers 訪問者</th><td><span class="mr-unknown">unknown</span></td></tr>'
        in metadata_card("002")
    )


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_every_sentence_appears_exactly_once_in_order(doc_id):
    refs = DATA_REF.findall(document_view(doc_id))
    assert refs == [sentence.ref for sentence in segmented(doc_id).sentences]


@pytest.mark.parametrize("doc_id", ["000", "001", "002"])
def test_plain_views_keep_every_character_but_line_breaks(doc_id):
    shown = "".join(unescape(content) for content in SPAN.findall(document_view(doc_id)))
    assert shown == segmented(doc_id).text.replace("\n", "")


def test_one_section_or_several():
    sections = segmented("003").sections
    assert DATA_REF.findall(document_view("003", section=2)) == [
        s.ref for p in sections[2].paragraphs for s in p.sentences
    ]
    several = document_view("003", section=range(3, 5), collapsible=True)
    # Section 3 is only the sponsor-break heading: there is nothing to fold.
    assert (
        several.count("<details") == 1 and "[广告时间：Metatrends 时事通讯]</span></h3>" in several
    )
    # 147 paragraphs: two '***' breaks and 145 of speech.
    assert "<summary>§4 untitled · 145 paragraphs</summary>" in several


def test_a_section_that_does_not_exist_is_an_error():
    with pytest.raises(CorpusError, match="document 003 has sections 0 to 6, not 7"):
        document_view("003", section=7)


def test_transcript_shows_each_speaker_name_once_per_turn():
    html = document_view("003")
    turns = segmented("003").turns
    assert html.count('class="mr-s mr-speaker"') == len(turns) == 613
    assert html.count('<div class="mr-turn"') == len(turns)
    assert html.count(">Host 主持人</span>") == 179
    speech = re.sub(
        r'<div class="mr-markup mr-break">.*?</div>', "", html
    )  # the '***' breaks are shown as written
    assert "**" not in speech and "Elon Musk:" not in speech and "埃隆·马斯克：" not in speech


def test_headings_keep_their_level():
    plain = document_view("001")
    assert (
        plain.count('<h3 class="mr-heading">') == 5 and plain.count('<h4 class="mr-heading">') == 9
    )
    markdown = document_view("004")
    opening = r'<span class="mr-pref">004:p\d+</span><span [^>]*><sup class="mr-sref">s0</sup>'
    assert re.search(f'<h4 class="mr-heading">{opening}摘要</span></h4>', markdown)
    assert re.search(f'<h5 class="mr-heading">{opening}1\\) 一句话总结</span></h5>', markdown)
    assert "##" not in markdown


def test_quotes_are_blockquotes_without_their_marker():
    html = document_view("004")
    assert html.count('<blockquote class="mr-quote">') == 16
    assert "&gt;" not in html
    assert (
        '<blockquote class="mr-quote"><p><span class="mr-pref">004:p21</span>'
        '<span class="mr-s" id="s-004-p21-s0" data-ref="004:p21.s0"><sup class="mr-sref">s0</sup>'
        "“活在软件世界里的人，即将上一堂硬件的课。”</span></p></blockquote>"
    ) in html


@pytest.mark.parametrize(
    "doc_id, lang",
    # corpus/metadata.toml: 000 and 002 are Traditional with Taiwan usage, 001 Traditional with
    # mainland usage, 003 and 004 Simplified.
    [
        ("000", "zh-TW"),
        ("001", "zh-Hant"),
        ("002", "zh-TW"),
        ("003", "zh-Hans"),
        ("004", "zh-Hans"),
    ],
)
def test_views_declare_the_script_and_region(doc_id, lang):
    assert f'<div class="mr-text" lang="{lang}">' in document_view(doc_id, section=0)


@pytest.mark.parametrize(
    "ref, anchor",
    [
        ("003:p2.s1", "s-003-p2-s1"),
        ("000:p107.s12", "s-000-p107-s12"),
        ("x_1:p0.s0", "s-x_1-p0-s0"),
    ],
)
def test_anchor_ids_are_derived_from_references(ref, anchor):
    assert anchor_id(ref) == anchor


@pytest.mark.parametrize("ref", ["003:p2", "003.p2.s1", "003:p2.s1 ", "", "003:p2.s1#x"])
def test_a_malformed_reference_has_no_anchor(ref):
    with pytest.raises(CorpusError, match=re.escape("is not of the form DOC:pP.sS")):
        anchor_id(ref)


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_references_are_visible_and_every_sentence_is_an_anchor(doc_id):
    html = document_view(doc_id)
    ids = re.findall(r'<span class="mr-s[^"]*" id="([^"]*)" data-ref="([^"]*)">', html)
    assert [anchor for anchor, _ in ids] == [anchor_id(ref) for _, ref in ids]
    assert len({anchor for anchor, _ in ids}) == len(ids) == len(segmented(doc_id).sentences)
    # Each paragraph's label, then each of its sentences numbered: the full reference reads off
    # the page (003:p2 … s1 is 003:p2.s1). No reference hides in a title.
    labels = re.findall(r'<span class="mr-pref">([^<]*)</span>', html)
    assert labels == [f"{doc_id}:p{paragraph.index}" for paragraph in segmented(doc_id).paragraphs]
    shown = re.findall(
        r'<span class="mr-pref">([^<]*)</span>|<sup class="mr-sref">([^<]*)</sup>', html
    )
    refs, paragraph = [], ""
    for label, number in shown:
        paragraph = label or paragraph
        refs += [f"{paragraph}.{number}"] if number else []
    assert refs == [sentence.ref for sentence in segmented(doc_id).sentences]
    assert "title=" not in html


def test_a_known_sentence_reads_with_its_reference():
    # 003:p2 is Elon Musk's first turn: the speaker label s0, then 我担心的不是长远未来… as s1.
    html = document_view("003", section=1)
    assert (
        '<p><span class="mr-pref">003:p2</span><span class="mr-s mr-speaker" id="s-003-p2-s0" '
        'data-ref="003:p2.s0"><sup class="mr-sref">s0</sup>Elon Musk 埃隆·马斯克</span>'
        '<span class="mr-s" id="s-003-p2-s1" data-ref="003:p2.s1"><sup class="mr-sref">s1</sup>'
        "我担心的不是长远未来，而是接下来的三到七年。</span>"
    ) in html


@pytest.mark.parametrize(
    "line, expected",
    [
        ("*   **算力与电力的剪刀差**：AI芯片产能", "• 算力与电力的剪刀差：AI芯片产能"),
        ("1.   **AI 芯片产量指数增长。", "1. AI 芯片产量指数增长。"),
        ("全民高收入*加上*社会动荡。", "全民高收入加上社会动荡。"),
        ("- [[01-博客/宝玉/某文|某文的标题]]，关联理由", "• 某文的标题，关联理由"),
        ("估值 1.25 万亿美元。", "估值 1.25 万亿美元。"),
    ],
)
def test_display_text_strips_markdown_from_running_text(line, expected):
    sentence = segment("004", line + "\n", markdown=True).sentences[0]
    assert display_text(sentence, markdown=True, opens_paragraph=True) == expected


@pytest.mark.parametrize(
    "source, expected",
    [
        (
            "![Image 2: 芯片 vs 电力](https://example.com/a.png)\n",
            ["[image: Image 2: 芯片 vs 电力]"],
        ),
        ("要点速览\n----\n", ["要点速览", ""]),
        ("### 1) 一句话总结\n", ["1) 一句话总结"]),
        ("* * *\n", ["* * *"]),
    ],
)
def test_display_text_of_markup_and_headings(source, expected):
    sentences = segment("004", source, markdown=True).sentences
    shown = [
        display_text(sentence, markdown=True, opens_paragraph=number == 0)
        for number, sentence in enumerate(sentences)
    ]
    assert shown == expected


def test_plain_documents_are_shown_as_written():
    sentence = segment("004", "*星號* 與 **粗體**。\n", markdown=False).sentences[0]
    assert display_text(sentence, markdown=False, opens_paragraph=True) == "*星號* 與 **粗體**。"
