"""Tests for helpers.language.tone_display: tone sandhi of 一, 不 and third tones on numbered
syllables, and how a syllable is written (tone marks, tone numbers, zhuyin)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.language.tone_display import apply_sandhi, citation_tones, render

# Textbook examples (Standard Chinese tone sandhi as taught, e.g. Integrated Chinese, Level 1):
# text, its citation syllables as given to apply_sandhi, the spoken syllables.
SANDHI = [
    ("一定", "yi1 ding4", "yi2 ding4"),
    ("一天", "yi1 tian1", "yi4 tian1"),
    ("一年", "yi1 nian2", "yi4 nian2"),
    ("一起", "yi1 qi3", "yi4 qi3"),
    ("不是", "bu4 shi4", "bu2 shi4"),
    ("不好", "bu4 hao3", "bu4 hao3"),
    ("不来", "bu4 lai2", "bu4 lai2"),
    ("你好", "ni3 hao3", "ni2 hao3"),
    ("我很好", "wo3 hen3 hao3", "wo2 hen2 hao3"),
    ("展览馆", "zhan3 lan3 guan3", "zhan2 lan2 guan3"),
    # A word takes one one-character word after it (保管|好), not a run of them (展览馆|很好).
    ("保管好", "bao3 guan3 hao3", "bao2 guan2 hao3"),
    ("展览馆很好", "zhan3 lan3 guan3 hen3 hao3", "zhan2 lan2 guan3 hen2 hao3"),
    # 一 keeps yī as a number, an ordinal, a date, at the end of a word or a phrase.
    ("第一", "di4 yi1", "di4 yi1"),
    ("十一", "shi2 yi1", "shi2 yi1"),
    ("一九九〇年", "yi1 jiu3 jiu3 ling2 nian2", "yi1 jiu3 jiu3 ling2 nian2"),
    ("一月", "yi1 yue4", "yi1 yue4"),
    ("星期一", "xing1 qi1 yi1", "xing1 qi1 yi1"),
    ("统一了", "tong3 yi1 le5", "tong3 yi1 le5"),
    ("我们一", "wo3 men5 yi1", "wo3 men5 yi1"),
    # Neutral between a repeated verb (A-not-A and "V one V").
    ("看一看", "kan4 yi1 kan4", "kan4 yi5 kan4"),
    ("是不是", "shi4 bu4 shi4", "shi4 bu5 shi4"),
]


def _split(syllables: str) -> list[str | None]:
    return list(syllables.split())


@pytest.mark.parametrize(("text", "citation", "spoken"), SANDHI)
def test_sandhi_of_textbook_examples(text: str, citation: str, spoken: str) -> None:
    assert apply_sandhi(text, _split(citation)) == _split(spoken)


def test_sandhi_starts_from_citation_tones_whatever_the_engine_gave() -> None:
    # pypinyin's phrase dictionary writes 一定 yi2 and 不是 bu2 already; sandhi must not double it.
    assert apply_sandhi("一定", ["yi2", "ding4"]) == ["yi2", "ding4"]
    assert apply_sandhi("一月", ["yi2", "yue4"]) == ["yi1", "yue4"]


def test_citation_tones_put_yi_and_bu_back() -> None:
    assert citation_tones("一定不是", ["yi2", "ding4", "bu2", "shi4"]) == [
        "yi1",
        "ding4",
        "bu4",
        "shi4",
    ]
    assert citation_tones("看一看", ["kan4", "yi5", "kan4"]) == ["kan4", "yi5", "kan4"]


def test_characters_without_a_syllable_end_a_prosodic_word() -> None:
    assert apply_sandhi("你，好", ["ni3", None, "hao3"]) == ["ni3", None, "hao3"]
    assert apply_sandhi("一，", ["yi1", None]) == ["yi1", None]


@pytest.mark.parametrize(
    ("syllable", "style", "numbers", "shown"),
    [
        ("zhong4", "pinyin", False, "zhòng"),
        ("zhong4", "pinyin", True, "zhong4"),
        ("de5", "pinyin", False, "de"),
        ("de5", "pinyin", True, "de5"),
        ("lv4", "pinyin", False, "lǜ"),
        ("lv4", "zhuyin", False, "ㄌㄩˋ"),
        ("zhong4", "zhuyin", False, "ㄓㄨㄥˋ"),
        ("wei2", "zhuyin", False, "ㄨㄟˊ"),
        ("wei1", "zhuyin", False, "ㄨㄟ"),
        ("de5", "zhuyin", False, "˙ㄉㄜ"),
        ("ma5", "zhuyin", True, "˙ㄇㄚ"),
    ],
)
def test_render(syllable: str, style: str, numbers: bool, shown: str) -> None:
    assert render(syllable, style, numbers) == shown


SYLLABLES = ["yi1", "bu4", "ni3", "hao3", "ma5", "zhong4", "lv4", "shi4", "tian1", "nian2", None]
CHARS = "一不你好吗中绿是天年，九第"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CHARS), st.sampled_from(SYLLABLES)), max_size=12))
def test_sandhi_keeps_length_and_changes_only_tones(pairs: list[tuple[str, str | None]]) -> None:
    text = "".join(char for char, _ in pairs)
    syllables = [syllable for _, syllable in pairs]
    spoken = apply_sandhi(text, syllables)
    assert len(spoken) == len(syllables)
    for before, after in zip(syllables, spoken, strict=True):
        assert (before is None) == (after is None)
        if before is not None and after is not None:
            assert after[:-1] == before[:-1] and after[-1] in "12345"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([s for s in SYLLABLES if s]), st.sampled_from(["pinyin", "zhuyin"]))
def test_render_never_loses_a_syllable(syllable: str, style: str) -> None:
    for numbers in (False, True):
        shown = render(syllable, style, numbers)
        assert shown and shown.strip("˙")
