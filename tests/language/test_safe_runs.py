"""Property tests: whatever the text, a conversion loses, adds and reorders no non-Han character.

The promise (helpers.language.safe_runs): the non-Han characters of the output are those of the
input, in order. zh-Hant and zh-HK keep every length, so there each one also keeps its offset;
zh-TW and zh-Hans may change a phrase's length (公交车 → 公車, 优化 → 最佳化), which shifts what
follows by the difference.
"""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.core.types import REGIONS, SCRIPTS, TARGETS, Region, Script, Target
from helpers.language.conversion import convert
from helpers.language.phrases import is_han
from helpers.language.safe_runs import UNSAFE, convert_safely

# Han characters with several conversions, words of the phrase dictionary and the glossary, both
# scripts; the rest are the kinds the issue lists.
HAN = list("发髮發干乾幹只隻了瞭历歷曆制製云雲台臺里裡面麵公交车車优化市盈率芯片晶本益比头頭很")
LATIN = list("abcXYZ")
DIGITS = list("0123456789０１")
PUNCTUATION = list(",.!?;:()[]{}\"'，。、！？；：（）「」『』“”《》…—·")
EMOJI = ["😀", "🚀", "👍🏽", "👨\u200d👩\u200d👧", "🇹🇼"]
COMBINING = ["\u0301", "\u0308", "\u20dd", "\u3099"]
CONTROL = ["\0", "\x01", "\x1b", "\x7f", "\t", "\n", "\r", "\x85"]
SURROGATES = ["\ud800", "\udfff"]
PIECES = HAN + LATIN + DIGITS + PUNCTUATION + EMOJI + COMBINING + CONTROL + SURROGATES
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def non_han(text):
    return [char for char in text if not is_han(char)]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("region", REGIONS)
@settings(max_examples=60, deadline=None)
@given(text=TEXTS)
def test_non_han_characters_come_out_as_they_went_in(text, target, script, region):
    out = convert(text, target, script, region)
    assert non_han(out) == non_han(text)
    if target in ("zh-Hant", "zh-HK"):
        assert len(out) == len(text)
        assert [i for i, c in enumerate(out) if not is_han(c)] == [
            i for i, c in enumerate(text) if not is_han(c)
        ]


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_a_converter_that_changes_non_han_characters_is_kept_from_them(text):
    # A converter that upper-cases Latin and drops punctuation: only Han stretches reach it then.
    def clumsy(run):
        return "".join(c.upper() for c in run if c not in ",.，。")

    out = convert_safely(text, clumsy)
    assert non_han(out) == non_han(text) and len(out) == len(text)


@pytest.mark.parametrize(
    "text, target, script, region, expected",
    [
        # The examples: OpenCC alone stops at the NUL.
        ("测试\0文本，一共三个字。", "zh-TW", "Simplified", "mainland", "測試\0文本，一共三個字。"),
        ("測試\0文本", "zh-Hans", "Traditional", "Taiwan", "测试\0文本"),
        ("a\ud800测试", "zh-Hant", "Simplified", "mainland", "a\ud800測試"),
        # The mark splits 头发 (頭髮), so 发 stands alone and takes its default 發.
        ("头\u0301发", "zh-Hant", "Simplified", "mainland", "頭\u0301發"),
    ],
)
def test_nul_surrogates_and_combining_marks_are_kept(text, target, script, region, expected):
    assert convert(text, target, script, region) == expected


def test_the_cut_characters_are_the_control_characters_and_surrogates():
    # Unicode categories Cc and Cs, by unicodedata, less tab, line feed and carriage return.
    expected = {
        chr(code)
        for code in range(0x10000)
        if unicodedata.category(chr(code)) in ("Cc", "Cs") and chr(code) not in "\t\n\r"
    }
    assert {chr(code) for code in range(0x10000) if UNSAFE.fullmatch(chr(code))} == expected


@pytest.mark.parametrize(
    ("text", "target", "script", "region", "expected"),
    [
        # OpenCC's Taiwan tables write 乙肝 as B肝, 宝马集团 as BMW集團, 甲型肝炎 as A型肝炎, and
        # 隨身碟 as U盘 on the way back: those words keep their characters, the rest is converted
        (
            "我们医院的乙肝患者很多，请注意。",
            "zh-TW",
            "Simplified",
            "mainland",
            "我們醫院的乙肝患者很多，請注意。",
        ),
        ("宝马集团发布了新车型。", "zh-TW", "Simplified", "mainland", "寶馬集團發布了新車型。"),
        ("这种甲型肝炎疫苗很贵。", "zh-TW", "Simplified", "mainland", "這種甲型肝炎疫苗很貴。"),
        ("請把檔案存到隨身碟裡。", "zh-Hans", "Traditional", "Taiwan", "请把文件存到随身碟里。"),
    ],
)
def test_a_word_whose_table_entry_adds_letters_keeps_its_characters_only(
    text: str, target: Target, script: Script, region: Region, expected: str
) -> None:
    assert convert(text, target, script, region) == expected
