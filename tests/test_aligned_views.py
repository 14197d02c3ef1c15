"""Tests for helpers.aligned_views: escaped, one row per sentence, marks on exactly the right characters, readings as ruby."""
import re

import pandas as pd
import pytest

from helpers.aligned_views import aligned_view, legend
from helpers.alignment import document_table
from helpers.documents import TARGETS

DATA_REF = re.compile(r'data-ref="([^"]*)"')
MARK = re.compile(r'<mark class="mr-changed">(.*?)</mark>')
TAG = re.compile(r"<[^>]+>")


def rows(original: str, tw: str | None = None, changed: list | None = None, hans: str | None = None,
         kind: str = "text", loss: bool = False) -> pd.DataFrame:
    """A one-row aligned table for document 004 (markdown, Simplified), every target but zh-TW left as the original."""
    forms = {target: original for target in TARGETS} | {"zh-TW": tw or original, "zh-Hans": hans or original}
    return pd.DataFrame([{"doc": "004", "ref": "004:p0.s0", "speaker": None, "kind": kind, "original": original, **forms,
                          **{f"{target} changed": [] for target in TARGETS}, "zh-TW changed": changed or [],
                          "round_trip_loss": loss, "ambiguous_chars": ""}])


@pytest.mark.parametrize("layout", ["side_by_side", "interlinear"])
@pytest.mark.parametrize("reading", [None, "pinyin"])
def test_text_is_escaped(layout, reading):
    html = aligned_view(rows("<script>alert(1)</script>好。"), layout=layout, reading=reading)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in TAG.sub("", html)


def test_changed_characters_and_only_they_are_highlighted():
    html = aligned_view(rows("芯片发布了。", "晶片發布了。", [(0, 1), (2, 3)]))
    assert [TAG.sub("", mark) for mark in MARK.findall(html)] == ["晶", "發"]
    assert '<mark class="mr-changed"><span class="mr-ambiguous" title="发 → 發/髮">發</span></mark>' in html


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
    for char, reading in [("银", "yín"), ("行", "háng"), ("还", "hái"), ("重", "chóng"), ("开", "kāi")]:
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
    html = aligned_view(rows("![图: 芯片](https://example.com/a.png)", kind="markup"), reading="pinyin")
    assert '<td class="mr-markup" colspan="2">[image: 图: 芯片]</td>' in html
    assert "<ruby>" not in html


@pytest.mark.parametrize("arguments, valid", [
    ({"pair": ("original", "zh-CN")}, "'original', 'zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'"),
    ({"pair": ("original", "zh-TW", "zh-HK")}, "'original', 'zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'"),
    ({"layout": "grid"}, "'side_by_side', 'interlinear'"),
    ({"reading": "ipa"}, "None, 'pinyin', 'zhuyin'"),
])
def test_invalid_arguments_name_the_valid_choices(arguments, valid):
    with pytest.raises(ValueError, match=re.escape(valid)):
        aligned_view(rows("好。"), **arguments)


@pytest.mark.parametrize("layout", ["side_by_side", "interlinear"])
def test_one_row_per_sentence_in_order(layout):
    table = document_table("004").iloc[:40]
    assert DATA_REF.findall(aligned_view(table, layout=layout, reading="zhuyin")) == list(table["ref"])


def test_views_are_deterministic():
    table = document_table("002").iloc[:10]
    assert aligned_view(table, ("original", "zh-Hans"), "interlinear", "pinyin") == aligned_view(table, ("original", "zh-Hans"), "interlinear", "pinyin")


def test_legend_shows_every_mark():
    html = legend()
    assert all(mark in html for mark in ('class="mr-changed"', 'class="mr-ambiguous"', 'class="mr-loss"', "<ruby>"))
