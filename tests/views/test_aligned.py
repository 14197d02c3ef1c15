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
from helpers.views.aligned import COLUMNS, aligned_view, legend
from helpers.views.marks import alternatives

DATA_REF = re.compile(r'data-ref="([^"]*)"')
MARK = re.compile(r'<mark class="mr-changed">(.*?)</mark>')
TAG = re.compile(r"<[^>]+>")
# The note of 发 and of each of its Traditional forms, 發 and 髮 (OpenCC's STCharacters.txt).
FA_NOTE = (
    '<span class="mr-note" role="note"><span class="mr-sep"> (</span><span class="mr-line">'
    '<span lang="zh-Hans">发</span> → <span lang="zh-Hant">發/髮</span></span>'
    '<span class="mr-sep">)</span></span>'
)


def pinyin(char: str, reading: str) -> str:
    return f'<ruby>{char}<rp>(</rp><rt lang="zh-Latn-pinyin">{reading}</rt><rp>)</rp></ruby>'


def zhuyin(char: str, reading: str) -> str:
    return f'<ruby>{char}<rp>(</rp><rt lang="zh-Bopo">{reading}</rt><rp>)</rp></ruby>'


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


def test_changed_characters_and_only_they_are_highlighted(shown_text):
    html = aligned_view(rows("芯片发布了。", "晶片發布了。", [(0, 1), (2, 3)]))
    assert [shown_text(mark) for mark in MARK.findall(html)] == ["晶", "發"]
    # 發 is one of 发's two Traditional forms: marked, focusable, its note naming both.
    fa = f'<span class="mr-ambiguous" tabindex="0">發{FA_NOTE}</span>'
    assert f'<mark class="mr-changed">{fa}</mark>' in html


def test_highlights_follow_the_characters_when_markdown_is_stripped():
    html = aligned_view(rows("**芯片**很重要。", "**晶片**很重要。", [(2, 3)]))
    assert "**" not in html
    assert MARK.findall(html) == ["晶"]


def test_one_to_many_characters_name_their_alternatives_in_the_second_text_only():
    html = aligned_view(rows("头发", "頭髮", [(0, 2)]), pair=("zh-Hans", "zh-TW"))
    first, second = re.findall(r'<td class="mr-(?:first|second)" lang="[^"]*">(.*?)</td>', html)
    assert first == "头发"
    assert f'<span class="mr-ambiguous" tabindex="0">髮{FA_NOTE}</span>' in second


def test_pinyin_ruby_over_simplified_text():
    html = aligned_view(rows("银行还是重新开始。"), pair=("original", "zh-Hans"), reading="pinyin")
    for char, reading in [
        ("银", "yín"),
        ("行", "háng"),
        ("还", "hái"),
        ("重", "chóng"),
        ("开", "kāi"),
    ]:
        assert pinyin(char, reading) in html
    assert "<rt" not in html.split("。")[-1]


def test_zhuyin_ruby_over_taiwan_text_is_read_via_simplified():
    html = aligned_view(rows("银行长期", "銀行長期", [(0, 4)], hans="银行长期"), reading="zhuyin")
    second = html.split('<td class="mr-second" lang="zh-TW">')[1]
    # The zh-TW column is read in the Taiwan standard by default: 期 qí (ㄑㄧˊ), mainland qī.
    for char, reading in [("銀", "ㄧㄣˊ"), ("行", "ㄏㄤˊ"), ("長", "ㄔㄤˊ"), ("期", "ㄑㄧˊ")]:
        assert zhuyin(char, reading) in second
    mainland = aligned_view(
        rows("银行长期", "銀行長期", [(0, 4)], hans="银行长期"),
        reading="zhuyin",
        standard="mainland",
    )
    assert zhuyin("期", "ㄑㄧ") in mainland.split('<td class="mr-second" lang="zh-TW">')[1]


def test_without_ruby_support_a_reading_stands_in_parentheses(shown_text):
    # A renderer that drops ruby, rt and rp tags but keeps their text (a sanitiser) shows rp.
    html = aligned_view(rows("我是"), pair=("original", "zh-Hans"), reading="pinyin")
    second = html.split('<td class="mr-second" lang="zh-Hans">')[1].split("</td>")[0]
    assert TAG.sub("", second) == "我(wǒ)是(shì)"
    assert shown_text(second) == "我是"


@pytest.mark.parametrize(
    "doc_id, original",
    # corpus/metadata.toml: 000 Traditional with Taiwan usage, 001 Traditional with mainland
    # usage, 004 Simplified.
    [("000", "zh-TW"), ("001", "zh-Hant"), ("004", "zh-Hans")],
)
@pytest.mark.parametrize("layout", ["side_by_side", "interlinear"])
def test_every_text_carries_its_language_tag(doc_id, original, layout):
    table = document_table(doc_id).query("kind != 'markup'").iloc[:3]
    for second in TARGETS:
        html = aligned_view(table, ("original", second), layout, "pinyin")
        assert re.findall(r'class="(?:mr-line )?mr-(first|second)" lang="([^"]*)"', html) == [
            ("first", original),
            ("second", second),
        ] * len(table)
    header = '<span lang="zh-Hant">original 原文</span>'
    assert header in html and '<span lang="zh-HK">zh-HK 香港繁體</span>' in html


def test_round_trip_loss_is_flagged():
    assert 'class="mr-loss"' in aligned_view(rows("这只占", loss=True))
    assert 'class="mr-loss"' not in aligned_view(rows("这只占"))


def test_markup_rows_are_shown_plainly():
    html = aligned_view(
        rows("![图: 芯片](https://example.com/a.png)", kind="markup"), reading="pinyin"
    )
    assert '<td class="mr-markup" colspan="2" lang="zh-Hans">[image: 图: 芯片]</td>' in html
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


def test_a_real_page_reads_and_marks_a_known_sentence(shown_text):
    html = aligned_view(
        document_table("002").iloc[:10], ("original", "zh-Hans"), "interlinear", "pinyin"
    )
    assert html.count('class="mr-row"') == 10
    row = html.split('data-ref="002:p1.s0">')[1].split('<div class="mr-row"')[0]
    # The reference is shown, not only carried: print and export keep it.
    assert row.startswith('<div class="mr-ref">002:p1.s0</div>')
    first, second = row.split('<div class="mr-line mr-second" lang="zh-Hans">')
    # 002:p1.s0 馬斯克沒有太多廢話,直奔核心: read mǎ sī kè méi yǒu tài duō fèi huà.
    for char, reading in [("馬", "mǎ"), ("沒", "méi"), ("廢", "fèi"), ("話", "huà"), ("核", "hé")]:
        assert pinyin(char, reading) in first
    # In Simplified 馬 沒 廢話 become 马 没 废话; 斯 克 有 太 多 stay as written.
    assert [shown_text(mark) for mark in MARK.findall(second)] == ["马", "没", "废话"]


def test_quotes_in_a_real_sentence_are_escaped():
    html = aligned_view(document_table("002").iloc[:10])
    # 002:p4.s0 quotes Musk with straight double quotes.
    assert ":&quot;AI 未來 80% 繁榮,20% 災難性風險。&quot;</td>" in html


def test_the_closed_sets_match_their_sources():
    assert ("original", *TARGETS) == COLUMNS


def test_alternatives_are_read_only():
    # STCharacters.txt: 发 → 發 髮; 克 → 克 剋.
    assert alternatives()["髮"] == alternatives()["发"] == ("发",)
    assert alternatives()["剋"] == ("克",)
    with pytest.raises(TypeError):
        alternatives()["发"] = ("changed",)


MARKS = re.compile(r'<(mark|ruby)\b|class="(mr-(?:changed|ambiguous|term|loss))"')


def marks(html: str) -> set[str]:
    return {tag or css for tag, css in MARKS.findall(html)}


def test_legend_shows_exactly_the_marks_of_the_view():
    view = aligned_view(
        document_table("002").iloc[:10], ("original", "zh-Hans"), "side_by_side", "pinyin", True
    )
    assert (
        marks(legend())
        == marks(view)
        == {
            "mark",
            "mr-changed",
            "mr-ambiguous",
            "mr-term",
            "mr-loss",
            "ruby",
        }
    )
    # Marks differ by more than colour: each has its own shape (page.MARKS_CSS).
    css = legend().split("</style>")[0]
    assert "mark.mr-changed {background: #ffe58a; color: inherit; font-weight: bold;" in css
    assert '.mr-ambiguous::after {content: "‡";' in css and "underline wavy" in css
    assert '.mr-term::after {content: "ⓘ";' in css and "2px dotted" in css


class Nesting(HTMLParser):
    """Fails on an end tag that does not close the innermost open element; records each term's
    text (readings left out) and the text of its note."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.terms: list[list[str]] = []
        self.term_depth: int | None = None
        self.note_depth: int | None = None

    def handle_starttag(self, tag, attrs):
        css = dict(attrs).get("class")
        if css == "mr-term":
            assert self.term_depth is None, "a term inside a term"
            assert dict(attrs)["tabindex"] == "0"
            self.term_depth = len(self.open)
            self.terms.append(["", ""])
        if css == "mr-note" and self.term_depth is not None:
            self.note_depth = len(self.open)
        self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open.pop() == tag, f"</{tag}> closes {self.open}"
        if len(self.open) == self.note_depth:
            self.note_depth = None
        if len(self.open) == self.term_depth:
            self.term_depth = None

    def handle_data(self, data):
        if self.note_depth is not None:
            self.terms[-1][1] += data
        elif self.term_depth is not None and not {"rt", "rp"} & set(self.open):
            self.terms[-1][0] += data


def parsed(html: str) -> Nesting:
    parser = Nesting()
    parser.feed(html.split("</style>")[1])
    parser.close()
    assert parser.open == []
    return parser


def test_glossary_terms_are_off_unless_asked():
    assert 'class="mr-term"' not in aligned_view(rows("芯片发布了。", "晶片發布了。", [(0, 1)]))


@pytest.mark.parametrize(
    "reading, sounds",
    # corpus/glossary.toml, entry chip: 芯片 xīn piàn ㄒㄧㄣ ㄆㄧㄢˋ; Taiwan 晶片 ㄐㄧㄥ ㄆㄧㄢˋ,
    # which pypinyin reads jīng piàn.
    [
        (None, ["xīn piàn ㄒㄧㄣ ㄆㄧㄢˋ", "jīng piàn ㄐㄧㄥ ㄆㄧㄢˋ"]),
        ("pinyin", ["xīn piàn", "jīng piàn"]),
        ("zhuyin", ["ㄒㄧㄣ ㄆㄧㄢˋ", "ㄐㄧㄥ ㄆㄧㄢˋ"]),
    ],
)
@pytest.mark.parametrize("layout", ["side_by_side", "interlinear"])
def test_glossary_terms_nest_with_changed_marks_and_ruby(reading, sounds, layout, shown_text):
    # The changed run 晶片發 runs past the end of the term 晶片.
    html = aligned_view(
        rows("新芯片发布了。", "新晶片發布了。", [(1, 2), (2, 4)]),
        layout=layout,
        reading=reading,
        glossary=True,
    )
    parser = parsed(html)
    assert [text for text, _ in parser.terms] == ["芯片", "晶片"]
    # Each note gives the readings chosen, then the English (the parentheses show without CSS).
    assert [note for _, note in parser.terms] == [
        f" ({sound}; chip, integrated circuit)" for sound in sounds
    ]
    second = html.split('mr-second" lang=')[1]
    # The changed run 晶片發 crosses the term's end: one mark inside the term, one after it.
    assert [shown_text(mark) for mark in MARK.findall(second)] == ["晶片", "發"]
    assert second.index('class="mr-term"') < second.index('<mark class="mr-changed">')


def test_readings_and_glosses_carry_their_language_tags():
    html = aligned_view(rows("芯片。", "晶片。", [(0, 1)]), reading="zhuyin", glossary=True)
    note = html.split('<span class="mr-term" tabindex="0">')[2].split("</td>")[0]
    assert '<rt lang="zh-Bopo">ㄐㄧㄥ</rt>' in note
    assert '<span lang="zh-Bopo">ㄐㄧㄥ ㄆㄧㄢˋ</span>' in note
    assert '<span class="mr-line" lang="en">chip, integrated circuit</span>' in note


def test_a_term_whose_character_has_several_forms_lists_both_notes():
    # 002:p1.s0 馬斯克沒有太多廢話: in zh-Hans 马斯克, whose 克 is one of 克's two Traditional
    # forms 克/剋 (STCharacters.txt) and whose 马 the conversion changed.
    row = document_table("002").iloc[2:3]
    html = aligned_view(row, ("original", "zh-Hans"), "side_by_side", "zhuyin", glossary=True)
    second = html.split('<td class="mr-second" lang="zh-Hans">')[1]
    term = second.split('<span class="mr-term" tabindex="0">')[1].split("</span></span></span>")[0]
    # One note: the gloss and the choice; 克 is marked inside the term but opens no note of its own.
    assert term.count('role="note"') == 1
    assert '<span class="mr-ambiguous">' + zhuyin("克", "ㄎㄜˋ") + "</span>" in term
    assert parsed(html).terms[1] == ["马斯克", " (ㄇㄚˇ ㄙ ㄎㄜˋ; Elon Musk; 克 → 克/剋)"]


def test_glossary_notes_are_escaped(monkeypatch):
    item = Entry(
        "x",
        "芯片",
        "芯片",
        "",
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
    html = aligned_view(rows("芯片。", "晶片。", [(0, 1)]), reading="pinyin", glossary=True)
    assert '<span lang="zh-Latn-pinyin">xīn &quot;piàn&quot;</span>' in html
    assert '<span class="mr-line" lang="en">&lt;chip&gt; &amp; co</span>' in html
    # The zh-TW column is Taiwan text: read in the Taiwan standard by the reader, not the glossary.
    assert [note for _, note in parsed(html).terms] == [
        ' (xīn "piàn"; <chip> & co)',
        " (jīng piàn; <chip> & co)",
    ]


def test_glossary_terms_in_a_real_page_are_well_nested(shown_text):
    table = document_table("001").iloc[:30]
    html = aligned_view(table, ("original", "zh-TW"), "side_by_side", "pinyin", glossary=True)
    terms = parsed(html).terms
    # 001 opens with 馬斯克最新深度訪談 (in both columns), then 人工智能 and 能源 further on. In
    # the marked zh-TW column the note also names 克's two Traditional forms.
    assert terms[:2] == [
        ["馬斯克", " (mǎ sī kè; Elon Musk)"],
        ["馬斯克", " (mǎ sī kè; Elon Musk; 克 → 克/剋)"],
    ]
    assert terms[2][1].startswith(" (rén gōng zhì néng; artificial intelligence")
    # Terms only add markup and notes: the page reads the same without them.
    assert shown_text(html) == shown_text(
        aligned_view(table, ("original", "zh-TW"), "side_by_side", "pinyin")
    )


def test_ruby_follows_the_chosen_tones():
    # 你好 nǐhǎo in citation tones, níhǎo as spoken (third-tone sandhi), in both columns.
    citation = aligned_view(rows("你好", "你好"), reading="pinyin")
    assert citation.count(">nǐ</rt>") == 2 and ">ní</rt>" not in citation
    sandhi = aligned_view(rows("你好", "你好"), reading="pinyin", tones="sandhi")
    assert sandhi.count(">ní</rt>") == 2 and ">nǐ</rt>" not in sandhi


@pytest.mark.parametrize(
    ("standard", "regions"),
    [
        ("automatic", ["mainland", "Taiwan"]),  # document 004 is mainland; zh-TW is Taiwan text
        ("mainland", ["mainland", "mainland"]),
        ("Taiwan", ["Taiwan", "Taiwan"]),
    ],
)
def test_ruby_follows_the_chosen_standard(monkeypatch, standard, regions):
    from helpers.views import aligned_text

    asked: list[str] = []

    def readings_via(text, simplified, style, *, region, tones):
        asked.append(region)
        return [None] * len(text)

    monkeypatch.setattr(aligned_text, "readings_via", readings_via)
    aligned_view(rows("危机", "危機"), reading="zhuyin", standard=standard)
    assert asked == regions


def test_unknown_standard_or_tones_is_refused():
    with pytest.raises(ValueError, match="standard"):
        aligned_view(rows("你好"), reading="pinyin", standard="Hong Kong")
    with pytest.raises(ValueError, match="tones"):
        aligned_view(rows("你好"), reading="pinyin", tones="spoken")
