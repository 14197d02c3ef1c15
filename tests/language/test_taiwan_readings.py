"""Tests for helpers.language.taiwan_readings: the Taiwan Ministry of Education's readings where
they differ from the mainland standard, from CC-CEDICT's notes and corpus/taiwan_readings.toml.

Expected readings were checked by hand against the Ministry of Education's dictionary
(《重編國語辭典修訂本》, zhuyin turned into numbered pinyin) and, for the mainland side,
《现代汉语词典》.
"""

from pathlib import Path

import pytest

from helpers.core.errors import CorpusError
from helpers.language.readings import char_readings, syllables
from helpers.language.taiwan_readings import (
    TAIWAN_READINGS_FILE,
    cedict_rules,
    load_taiwan_readings,
    taiwan_syllables,
)


def test_cedict_notes_give_character_and_word_rules() -> None:
    rules = cedict_rules()
    # CC-CEDICT: 危 [wei1] /…/Taiwan pr. [wei2]/; 垃圾 [la1 ji1] /…/Taiwan pr. [le4 se4]/
    assert rules["危"] == {("wei1",): ("wei2",)}
    assert rules["垃圾"] == {("la1", "ji1"): ("le4", "se4")}
    assert 400 <= sum(len(found) for found in rules.values()) <= 469  # of 469 noted lines


def test_cedict_notes_of_one_sense_or_one_character_name_are_left_out() -> None:
    # 聽 [ting1] /…/to let be; to allow (Taiwan pr. [ting4])/: a note inside one sense only.
    # 法 [Fa3] /France/…/Taiwan pr. [Fa4]/: France only; 方法 stays fǎ.
    assert "听" not in cedict_rules()
    assert "法" not in cedict_rules()
    assert syllables("方法", region="Taiwan") == ["fang1", "fa3"]


@pytest.mark.parametrize(
    ("text", "mainland", "taiwan"),
    [
        ("危机", ["wei1", "ji1"], ["wei2", "ji1"]),  # CC-CEDICT character rule
        ("垃圾桶", ["la1", "ji1", "tong3"], ["le4", "se4", "tong3"]),  # CC-CEDICT word rule
        ("癌症", ["ai2", "zheng4"], ["yan2", "zheng4"]),  # file character rule
        ("暴露", ["bao4", "lu4"], ["pu4", "lu4"]),  # file word rule
        ("暴力", ["bao4", "li4"], ["bao4", "li4"]),  # 暴 alone is not changed
        ("标识", ["biao1", "shi2"], ["biao1", "zhi4"]),  # file word before 识 shí → shì
        ("认识", ["ren4", "shi2"], ["ren4", "shi4"]),  # character rule 识 shí → shì
    ],
)
def test_each_kind_of_rule(text: str, mainland: list[str], taiwan: list[str]) -> None:
    assert taiwan_syllables(text, mainland) == taiwan


def test_a_character_rule_needs_the_mainland_syllable_it_names() -> None:
    # 识 zhì (标识's, 博闻强识's) is not the shí the rule 识 shí → shì names.
    assert taiwan_syllables("识", ["zhi4"]) == ["zhi4"]
    assert taiwan_syllables("识", ["shi2"]) == ["shi4"]


def test_a_word_rule_applies_when_only_the_tones_differ() -> None:
    # 垃圾's only rule names lā jī; an engine that reads jī with the neutral tone still means
    # the same word, which Taiwan reads lè sè. Other syllables are another word: no change.
    assert taiwan_syllables("垃圾", ["la1", "ji5"]) == ["le4", "se4"]
    assert taiwan_syllables("垃圾", ["la1", "xi1"]) == ["le4", "xi1"]  # 垃's character rule only


def test_a_word_rule_needs_word_boundaries() -> None:
    # CC-CEDICT's 中看 zhòngkàn (pleasant to look at) is not the 中|看 of 其中看到.
    assert taiwan_syllables("其中看到", ["qi2", "zhong1", "kan4", "dao4"]) == [
        "qi2",
        "zhong1",
        "kan4",
        "dao4",
    ]


def test_characters_without_readings_pass_through() -> None:
    assert taiwan_syllables("AI危机!", [None, None, "wei1", "ji1", None]) == [
        None,
        None,
        "wei2",
        "ji1",
        None,
    ]


def test_traditional_text_and_zhuyin_in_the_taiwan_standard() -> None:
    # The examples: 液體 ㄧˋ, 暫停 ㄓㄢˋ, 混淆 ㄧㄠˊ, 危機 ㄨㄟˊ, 微軟 ㄨㄟˊ, 期權 ㄑㄧˊ.
    taiwan = {
        "液體暫停": "ㄧˋ ㄊㄧˇ ㄓㄢˋ ㄊㄧㄥˊ",
        "混淆危機": "ㄏㄨㄣˋ ㄧㄠˊ ㄨㄟˊ ㄐㄧ",
        "微軟期權": "ㄨㄟˊ ㄖㄨㄢˇ ㄑㄧˊ ㄑㄩㄢˊ",
    }
    for text, zhuyin in taiwan.items():
        assert char_readings(text, "zhuyin", region="Taiwan") == zhuyin.split()
    assert char_readings("微軟期權", "zhuyin") == ["ㄨㄟ", "ㄖㄨㄢˇ", "ㄑㄧ", "ㄑㄩㄢˊ"]


# Hand-checked words outside the corpus. TUNING may be corrected against (rules were added for
# its misses); FROZEN was written before it was first run and is never corrected against.
TUNING = (
    "危险 wei2 xian3|微笑 wei2 xiao4|星期 xing1 qi2|液体 yi4 ti3|攻击 gong1 ji2|暂时 zhan4 shi2|"
    "混淆 hun4 yao2|垃圾 le4 se4|亚洲 ya3 zhou1|企业 qi4 ye4|休息 xiu1 xi2|可惜 ke3 xi2|"
    "质量 zhi2 liang4|档案 dang3 an4|认识 ren4 shi4|帆船 fan2 chuan2|癌症 yan2 zheng4|"
    "携带 xi1 dai4|包括 bao1 gua1|成绩 cheng2 ji1|细菌 xi4 jun4|综合 zong4 he2|头发 tou2 fa3|"
    "说服 shui4 fu2|框架 kuang1 jia4"
)
FROZEN = (
    "发酵 fa1 xiao4|从容 cong1 rong2|滑稽 gu3 ji1|暴露 pu4 lu4|尽量 jin4 liang4|口吃 kou3 ji2|"
    "蜗牛 gua1 niu2|往昔 wang3 xi2|夕阳 xi4 yang2|伪造 wei4 zao4|迹象 ji1 xiang4|"
    "曝光 pu4 guang1|期待 qi2 dai4|危机 wei2 ji1|微软 wei2 ruan3|打击 da3 ji2|暂停 zhan4 ting2|"
    "下跌 xia4 die2|血液 xue4 yi4|珍惜 zhen1 xi2|消息 xiao1 xi2|知识 zhi1 shi4|期权 qi2 quan2|"
    "研究 yan2 jiu4|教室 jiao4 shi4|卡车 ka3 che1|和平 he2 ping2|垃圾车 le4 se4 che1"
)


def _misses(block: str) -> list[str]:
    """The words of a block the reader's Taiwan reading gets wrong."""
    rows = [row.split(" ", 1) for row in block.split("|")]
    return [word for word, want in rows if " ".join(syllables(word, region="Taiwan")) != want]


def test_hand_checked_taiwan_words() -> None:
    assert len(TUNING.split("|")) + len(FROZEN.split("|")) >= 40
    assert _misses(TUNING) == []
    assert _misses(FROZEN) == []  # 28 of 28 at the first run


def test_the_shipped_file_is_valid() -> None:
    assert load_taiwan_readings(TAIWAN_READINGS_FILE)["暴露"] == {("bao4", "lu4"): ("pu4", "lu4")}


GOOD = '[[reading]]\ntext = "癌"\nmainland = "ái"\ntaiwan = "yán"\nreason = "MoE 癌 ㄧㄢˊ."\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace('"yán"', '"yán zhèng"'), "2 taiwan syllables for the 1 characters of 癌"),
        (GOOD.replace('"ái"', '"ài"'), "mainland 'ai4' is not a reading of 癌"),
        (GOOD.replace('"yán"', '"qán"'), "taiwan 'qan2' is not a pinyin syllable"),
        (GOOD.replace('"yán"', '"ái"'), "the Taiwan reading of 癌 is the mainland one"),
        (GOOD + GOOD, "癌 ái is given twice"),
        (
            GOOD.replace("癌", "危").replace('"ái"', '"wēi"').replace('"yán"', '"wéi"'),
            "CC-CEDICT's Taiwan pr. notes already give 危",
        ),
        (GOOD.replace("reason = ", "source = "), "unknown field(s) source"),
        (GOOD.replace('text = "癌"', 'text = ""'), "field 'text' is missing or empty"),
        ("", "no [[reading]] entries"),
    ],
)
def test_a_bad_row_is_refused_naming_file_and_row(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "taiwan_readings.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        load_taiwan_readings(path)
    assert message in str(error.value)
    assert str(path) in str(error.value)
    if text.startswith("[[reading]]"):
        assert "reading #" in str(error.value)
