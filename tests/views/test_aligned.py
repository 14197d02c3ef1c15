"""Tests for helpers.views.aligned: escaped, one row per sentence, marks on exactly the right
characters, readings as ruby, glossary terms well nested."""

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from helpers.core.types import TARGETS
from helpers.glossary.entries import Entry
from helpers.language.alignment import document_table
from helpers.views import aligned as aligned_views
from helpers.views.aligned import COLUMNS, aligned_view, alternatives, legend

DATA_REF = re.compile(r'data-ref="([^"]*)"')
MARK = re.compile(r'<mark class="mr-changed">(.*?)</mark>')
TAG = re.compile(r"<[^>]+>")


def rows(
    original: str,
    tw: str | None = None,
    changed: list | None = None,
    hans: str | None = None,
    kind: str = "text",
    loss: bool = False,
) -> pd.DataFrame:
    """A one-row aligned table for document 004 (markdown, Simplified); every target but zh-TW
    and zh-Hans left as the original."""
    forms = dict.fromkeys(TARGETS, original) | {
        "zh-TW": tw or original,
        "zh-Hans": hans or original,
    }
    return pd.DataFrame(
        [
            {
                "doc": "004",
                "ref": "004:p0.s0",
                "speaker": None,
                "kind": kind,
                "original": original,
                **forms,
                **{f"{target} changed": [] for target in TARGETS},
                "zh-TW changed": changed or [],
                "round_trip_loss": loss,
                "ambiguous_chars": "",
            }
        ]
    )


@pytest.mark.parametrize("layout", ["side_by_side", "interlinear"])
@pytest.mark.parametrize("reading", [None, "pinyin"])
def test_text_is_escaped(layout, reading):
    html = aligned_view(rows("<script>alert(1)</script>好。"), layout=layout, reading=reading)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in TAG.sub("", html)


def test_changed_characters_and_only_they_are_highlighted():
    html = aligned_view(rows("芯片发布了。", "晶片發布了。", [(0, 1), (2, 3)]))
    assert [TAG.sub("", mark) for mark in MARK.findall(html)] == ["晶", "發"]
    assert (
        '<mark class="mr-changed"><span class="mr-ambiguous" title="发 → 發/髮">發</span></mark>'
        in html
    )


def test_highlights_follow_the_characters_when_markdown_is_stripped():
    html = aligned_view(rows("**芯片**很重要。", "**晶片**很重要。", [(2, 3)]))
    assert "**" not in html
    assert MARK.findall(html) == ["晶"]


def test_one_to_many_characters_name_their_alternatives_in_the_second_text_only():
    html = aligned_view(rows("头发", "頭髮", [(0, 2)]), pair=("zh-Hans", "zh-TW"))
    first, second = re.findall(r'<td class="mr-(?:first|second)" lang="[^"]*">(.*?)</td>', html)
    assert first == "头发"
    assert '<span class="mr-ambiguous" title="发 → 發/髮">髮</span>' in second


def test_pinyin_ruby_over_simplified_text():
    html = aligned_view(rows("银行还是重新开始。"), pair=("original", "zh-Hans"), reading="pinyin")
    for char, reading in [
        ("银", "yín"),
        ("行", "háng"),
        ("还", "hái"),
        ("重", "chóng"),
        ("开", "kāi"),
    ]:
        assert f"<ruby>{char}<rt>{reading}</rt></ruby>" in html
    assert "<rt>" not in html.split("。")[-1]


def test_zhuyin_ruby_over_taiwan_text_is_read_via_simplified():
    html = aligned_view(rows("银行长期", "銀行長期", [(0, 4)], hans="银行长期"), reading="zhuyin")
    second = html.split('lang="zh-TW">')[1]
    for char, reading in [("銀", "ㄧㄣˊ"), ("行", "ㄏㄤˊ"), ("長", "ㄔㄤˊ"), ("期", "ㄑㄧ")]:
        assert f"<ruby>{char}<rt>{reading}</rt></ruby>" in second


def test_round_trip_loss_is_flagged():
    assert 'class="mr-loss"' in aligned_view(rows("这只占", loss=True))
    assert 'class="mr-loss"' not in aligned_view(rows("这只占"))


def test_markup_rows_are_shown_plainly():
    html = aligned_view(
        rows("![图: 芯片](https://example.com/a.png)", kind="markup"), reading="pinyin"
    )
    assert '<td class="mr-markup" colspan="2">[image: 图: 芯片]</td>' in html
    assert "<ruby>" not in html


@pytest.mark.parametrize(
    "arguments, valid",
    [
        ({"pair": ("original", "zh-CN")}, "'original', 'zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'"),
        (
            {"pair": ("original", "zh-TW", "zh-HK")},
            "'original', 'zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'",
        ),
        ({"layout": "grid"}, "'side_by_side', 'interlinear'"),
        ({"reading": "ipa"}, "None, 'pinyin', 'zhuyin'"),
    ],
)
def test_invalid_arguments_name_the_valid_choices(arguments, valid):
    with pytest.raises(ValueError, match=re.escape(valid)):
        aligned_view(rows("好。"), **arguments)


@pytest.mark.parametrize("layout", ["side_by_side", "interlinear"])
def test_one_row_per_sentence_in_order(layout):
    table = document_table("004").iloc[:40]
    assert DATA_REF.findall(aligned_view(table, layout=layout, reading="zhuyin")) == list(
        table["ref"]
    )


def test_a_real_page_reads_and_marks_a_known_sentence():
    html = aligned_view(
        document_table("002").iloc[:10], ("original", "zh-Hans"), "interlinear", "pinyin"
    )
    assert html.count('class="mr-row"') == 10
    row = html.split('data-ref="002:p1.s0">')[1].split('<div class="mr-row"')[0]
    first, second = row.split('<div class="mr-line mr-second" lang="zh-Hans">')
    # 002:p1.s0 馬斯克沒有太多廢話,直奔核心: read mǎ sī kè méi yǒu tài duō fèi huà.
    for char, reading in [("馬", "mǎ"), ("沒", "méi"), ("廢", "fèi"), ("話", "huà"), ("核", "hé")]:
        assert f"<ruby>{char}<rt>{reading}</rt></ruby>" in first
    # In Simplified 馬 沒 廢話 become 马 没 废话; 斯 克 有 太 多 stay as written.
    marks = [TAG.sub("", re.sub("<rt>.*?</rt>", "", mark)) for mark in MARK.findall(second)]
    assert marks == ["马", "没", "废话"]


def test_quotes_in_a_real_sentence_are_escaped():
    html = aligned_view(document_table("002").iloc[:10])
    # 002:p4.s0 quotes Musk with straight double quotes.
    assert ":&quot;AI 未來 80% 繁榮,20% 災難性風險。&quot;</td>" in html


def test_the_closed_sets_match_their_sources():
    assert ("original", *TARGETS) == COLUMNS


def test_alternatives_are_read_only():
    assert alternatives()["髮"] == "发 → 發/髮"
    with pytest.raises(TypeError):
        alternatives()["发"] = "changed"


def test_legend_shows_every_mark():
    html = legend()
    assert all(
        mark in html
        for mark in ('class="mr-changed"', 'class="mr-ambiguous"', 'class="mr-loss"', "<ruby>")
    )


class Nesting(HTMLParser):
    """Fails on an end tag that does not close the innermost open element; records each term's
    title and text."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.terms: list[list[str]] = []
        self.term_depth: int | None = None

    def handle_starttag(self, tag, attrs):
        if dict(attrs).get("class") == "mr-term":
            assert self.term_depth is None, "a term inside a term"
            self.term_depth = len(self.open)
            self.terms.append([dict(attrs)["title"], ""])
        self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open.pop() == tag, f"</{tag}> closes {self.open}"
        if len(self.open) == self.term_depth:
            self.term_depth = None

    def handle_data(self, data):
        if self.term_depth is not None and "rt" not in self.open:
            self.terms[-1][1] += data


def parsed(html: str) -> Nesting:
    parser = Nesting()
    parser.feed(html.split("</style>")[1])
    parser.close()
    assert parser.open == []
    return parser


def test_glossary_terms_are_off_unless_asked():
    assert 'class="mr-term"' not in aligned_view(rows("芯片发布了。", "晶片發布了。", [(0, 1)]))


@pytest.mark.parametrize("reading", [None, "pinyin", "zhuyin"])
@pytest.mark.parametrize("layout", ["side_by_side", "interlinear"])
def test_glossary_terms_nest_with_changed_marks_and_ruby(reading, layout):
    # The changed run 晶片發 runs past the end of the term 晶片.
    html = aligned_view(
        rows("新芯片发布了。", "新晶片發布了。", [(1, 2), (2, 4)]),
        layout=layout,
        reading=reading,
        glossary=True,
    )
    parser = parsed(html)
    assert [title for title, _ in parser.terms] == ["xīn piàn — chip, integrated circuit"] * 2
    assert [text for _, text in parser.terms] == ["芯片", "晶片"]
    second = html.split('mr-second" lang=')[1]
    # The changed run 晶片發 crosses the term's end: one mark inside the term, one after it.
    assert [TAG.sub("", re.sub("<rt>.*?</rt>", "", mark)) for mark in MARK.findall(second)] == [
        "晶片",
        "發",
    ]
    assert second.index('class="mr-term"') < second.index('<mark class="mr-changed">')


def test_glossary_titles_are_escaped(monkeypatch):
    item = Entry(
        "x",
        "芯片",
        "芯片",
        "晶片",
        'xīn "piàn"',
        "ㄒㄧㄣ ㄆㄧㄢˋ",
        "<chip> & co",
        "technology",
        "n",
        ("芯片",),
        "",
    )
    monkeypatch.setattr(
        aligned_views,
        "term_spans",
        lambda text: [
            (match.start(), match.end(), item) for match in re.finditer("芯片|晶片", text)
        ],
    )
    html = aligned_view(rows("芯片。", "晶片。", [(0, 1)]), glossary=True)
    assert 'title="xīn &quot;piàn&quot; — &lt;chip&gt; &amp; co"' in html
    assert [title for title, _ in parsed(html).terms] == ['xīn "piàn" — <chip> & co'] * 2


def test_glossary_terms_in_a_real_page_are_well_nested():
    table = document_table("001").iloc[:30]
    html = aligned_view(table, ("original", "zh-TW"), "side_by_side", "pinyin", glossary=True)
    terms = parsed(html).terms
    # 001 opens with 馬斯克最新深度訪談 (in both columns), then 人工智能 and 能源 further on.
    assert terms[:2] == [["mǎ sī kè — Elon Musk", "馬斯克"]] * 2
    assert terms[2][0] == "rén gōng zhì néng — artificial intelligence"
    # Terms only add markup: the page's text is the same without them.
    assert TAG.sub("", html) == TAG.sub(
        "", aligned_view(table, ("original", "zh-TW"), "side_by_side", "pinyin")
    )
