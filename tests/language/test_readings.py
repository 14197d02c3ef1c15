"""Tests for helpers.language.readings: one reading per character, polyphones read from their word,
Traditional read via Simplified, and the curated phrase readings set once per process."""

import pytest

from helpers.core.caching import reload
from helpers.core.datafiles import read_toml
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.corpus.documents import documents
from helpers.language import pinyin_engine
from helpers.language.alignment import document_table
from helpers.language.conversion import convert_document
from helpers.language.pinyin_engine import load_reading_overrides
from helpers.language.readings import char_readings, readings_via, syllables

# Each reading checked by hand.
POLYPHONES = [
    ("重新", "重新", ["chóng", "xīn"]),
    ("重量", "重量", ["zhòng", "liàng"]),
    ("银行", "銀行", ["yín", "háng"]),
    ("行业", "行業", ["háng", "yè"]),
    ("增长", "增長", ["zēng", "zhǎng"]),
    ("长期", "長期", ["cháng", "qī"]),
    ("还是", "還是", ["hái", "shì"]),
    ("还款", "還款", ["huán", "kuǎn"]),
]

# Corpus phrases pypinyin alone reads wrongly; corpus/reading_overrides.toml corrects them.
CORRECTED = [
    ("我们还有很长的路要走", "wǒ men hái yǒu hěn cháng de lù yào zǒu"),
    ("它变得更好", "tā biàn de gèng hǎo"),
    ("你得把它做好", "nǐ děi bǎ tā zuò hǎo"),
    ("你得到了", "nǐ dé dào le"),
    ("在行驶中", "zài xíng shǐ zhōng"),
    ("世界上将会有", "shì jiè shàng jiāng huì yǒu"),
    ("坦率地说", "tǎn shuài de shuō"),
    ("关注点应从短期销量", "guān zhù diǎn yīng cóng duǎn qī xiāo liàng"),
    ("四分之一了", "sì fēn zhī yī le"),
]


@pytest.mark.parametrize("simplified, traditional, expected", POLYPHONES)
def test_polyphones_in_simplified(simplified, traditional, expected):
    assert char_readings(simplified, "pinyin") == expected


@pytest.mark.parametrize("simplified, traditional, expected", POLYPHONES)
def test_polyphones_in_traditional_read_via_simplified(simplified, traditional, expected):
    assert readings_via(traditional, simplified, "pinyin") == expected


def test_one_reading_per_character_and_none_for_other_characters():
    text = "AI 芯片，2026年。"
    readings = char_readings(text, "pinyin")
    assert len(readings) == len(text)
    assert readings == [None, None, None, "xīn", "piàn", None, None, None, None, None, "nián", None]


def test_zhuyin_marks_tones_two_to_four_and_puts_the_neutral_dot_first():
    assert char_readings("晶片", "zhuyin") == ["ㄐㄧㄥ", "ㄆㄧㄢˋ"]
    assert char_readings("我的", "zhuyin") == ["ㄨㄛˇ", "˙ㄉㄜ"]
    assert readings_via("長期還是重新", "长期还是重新", "zhuyin") == [
        "ㄔㄤˊ",
        "ㄑㄧ",
        "ㄏㄞˊ",
        "ㄕˋ",
        "ㄔㄨㄥˊ",
        "ㄒㄧㄣ",
    ]


def test_a_word_the_conversion_replaced_is_read_as_written():
    # tw2sp turns 晶片 into 芯片: the Simplified reading would be xīn.
    assert readings_via("晶片", "芯片", "zhuyin") == ["ㄐㄧㄥ", "ㄆㄧㄢˋ"]


def test_a_simplified_form_of_another_length_is_not_used():
    assert (
        readings_via("寫程式碼", "写代码", "pinyin")
        == char_readings("寫程式碼", "pinyin")
        == ["xiě", "chéng", "shì", "mǎ"]
    )


def test_unknown_style_names_the_valid_ones():
    with pytest.raises(
        CorpusError, match="unknown reading style 'ipa'; valid styles: pinyin, zhuyin"
    ):
        char_readings("字", "ipa")


def test_simplified_corpus_sentence_by_hand():
    text = document_table("004").set_index("ref").loc["004:p40.s1", "zh-Hans"]
    assert text == "芯片产出在指数增长，但电力是平的。"
    assert char_readings(text, "pinyin") == [
        "xīn",
        "piàn",
        "chǎn",
        "chū",
        "zài",
        "zhǐ",
        "shù",
        "zēng",
        "zhǎng",
        None,
        "dàn",
        "diàn",
        "lì",
        "shì",
        "píng",
        "de",
        None,
    ]


def test_taiwan_corpus_sentence_in_zhuyin_by_hand():
    row = document_table("002").set_index("ref").loc["002:p4.s1"]
    assert row["original"].startswith("同時提醒市場,關注點應從短期銷量轉向長期結構價值。")
    text = row["original"]
    readings = dict(zip(text, readings_via(text, row["zh-Hans"], "zhuyin"), strict=True))
    assert [readings[char] for char in "場量轉長構"] == [
        "ㄔㄤˇ",
        "ㄌㄧㄤˋ",
        "ㄓㄨㄢˇ",
        "ㄔㄤˊ",
        "ㄍㄡˋ",
    ]


@pytest.mark.parametrize("text, expected", CORRECTED)
def test_reading_overrides_correct_pypinyin_in_context(text, expected):
    assert " ".join(char_readings(text, "pinyin")) == expected


def test_every_reading_override_occurs_in_the_corpus_unless_marked():
    simplified = "".join(convert_document(doc_id, "zh-Hans") for doc_id in documents())
    rows = read_toml(CORPUS_DIR / "reading_overrides.toml")["phrase"]
    assert [
        row["text"] for row in rows if row.get("in_corpus", True) and row["text"] not in simplified
    ] == []
    # The everyday phrases (issue 13) and words of the everyday polyphone test set are
    # curated though the corpus lacks them.
    assert [row["text"] for row in rows if not row.get("in_corpus", True)] == [
        "还款", "还没还", "总行", "调低", "调高", "重来", "弹出", "冲着", "温差", "大夫"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "content, problem",
    [
        ('[[phrase]]\ntext = "还款"\npinyin = "hái kuǎn"\n', "field 'reason' is missing"),
        (
            '[[phrase]]\ntext = "还款"\npinyin = "huán"\nreason = "x"\n',
            "1 syllables for the 2 characters",
        ),
        (
            '[[phrase]]\ntext = "还款"\npinyin = "huán kuang"\nreason = "x"\n',
            "'kuang' is not a reading of 款",
        ),
        (
            '[[phrase]]\ntext = "还款"\npinyin = "huán kuǎn"\nreason = "x"\nin_corpus = "no"\n',
            "phrase #1: field 'in_corpus' must be true or false",
        ),
        ('phrase = "还款"\n', r"no \[\[phrase\]\] entries"),
        ('phrase = ["还款"]\n', "phrase #1 is not a table"),
    ],
)
def test_malformed_reading_overrides_are_rejected(tmp_path, content, problem):
    path = tmp_path / "reading_overrides.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=problem):
        load_reading_overrides(path)


def test_misaligned_readings_are_a_runtime_error(monkeypatch, tmp_path):
    monkeypatch.setenv("READER_CACHE", str(tmp_path))  # an empty cache: the engine runs
    reload()
    monkeypatch.setattr(pinyin_engine, "pinyin", lambda text, **options: [["hao3"]])
    try:
        with pytest.raises(RuntimeError, match="1 readings for 2 characters"):
            char_readings("你好", "pinyin")
    finally:
        monkeypatch.undo()
        reload()


# Run in fresh interpreters: whatever happens first in a process must not change what 还款 reads.
FIRST_CALL = """
import json
from helpers.language.readings import char_readings
print(json.dumps(char_readings("还款", "pinyin")))
"""
AFTER_OTHER_CALLS = """
import json
from helpers.corpus.segments import segmented
from helpers.language.conversion import convert, convert_document
segmented("003")
convert_document("004", "zh-TW")
convert("还款", "zh-TW", "Simplified")
from pypinyin import pinyin
from helpers.language.readings import char_readings, readings_via
direct = [item[0] for item in pinyin("还款")]
readings_via("還款", "还款", "zhuyin")
char_readings("还是", "pinyin")
print(json.dumps([direct, char_readings("还款", "pinyin")]))
"""
PYPINYIN_ALONE = """
import json
from pypinyin import pinyin
print(json.dumps([item[0] for item in pinyin("还款")]))
"""


def test_curated_readings_hold_from_import_whatever_is_called_first(run_python):
    assert run_python(PYPINYIN_ALONE) == ["hái", "kuǎn"]  # pypinyin's own phrase entry
    assert run_python(FIRST_CALL) == ["huán", "kuǎn"]
    # Importing the module is what sets them, for pypinyin's own calls too.
    assert run_python(AFTER_OTHER_CALLS) == [["huán", "kuǎn"], ["huán", "kuǎn"]]


RELOAD = """
import json, helpers
from pypinyin.constants import PHRASES_DICT
from helpers.language.readings import char_readings

def state():
    readings = [char_readings(text, "pinyin") for text in ("还款", "很长", "还钱")]
    return [*readings, "很长" in PHRASES_DICT]

path = helpers.CORPUS_DIR / "reading_overrides.toml"
original = path.read_text(encoding="utf-8")
seen = [state()]
edited = original.replace('text = "还款"', 'text = "还钱"')
edited = edited.replace('pinyin = "huán kuǎn"', 'pinyin = "hái qián"')
edited = edited.replace('"很长"\\npinyin = "hěn cháng"', '"很短"\\npinyin = "hěn duǎn"')
path.write_text(edited, encoding="utf-8")
seen.append(state())
helpers.reload()
seen.append(state())
path.write_text(original, encoding="utf-8")
helpers.reload()
seen.append(state())
print(json.dumps(seen))
"""


def test_reload_applies_the_edited_reading_overrides(run_python, corpus_copy):
    before, edited, reloaded, restored = run_python(RELOAD, root=corpus_copy)
    curated = [["huán", "kuǎn"], ["hěn", "cháng"], ["huán", "qián"], True]
    assert before == edited == restored == curated
    # 还款 gets pypinyin's own hái back; 很长, which pypinyin does not have, leaves its dictionary
    # (and is then read by the polyphone model, rightly cháng).
    assert reloaded == [["hái", "kuǎn"], ["hěn", "cháng"], ["hái", "qián"], False]


def test_a_character_whose_simplified_form_has_no_reading_is_read_as_written():
    # 鳽 (a bittern) converts to U+2B6DA (OpenCC t2s), outside pypinyin's data; 鳽 itself is jiān.
    assert syllables("鳽") == ["jian1"]


def test_simplified_text_given_as_its_own_simplified_form_is_read_as_written():
    # The views pass zh-Hans text as its own Simplified form: 么 is me, not the Traditional 么 yāo.
    assert readings_via("意味着什么", "意味着什么", "pinyin")[-2:] == ["shén", "me"]
    assert readings_via("你在干什么", "你在干什么", "pinyin") == ["nǐ", "zài", "gàn", "shén", "me"]


def test_tone_numbers_are_refused_for_zhuyin():
    with pytest.raises(CorpusError, match="tone numbers are for pinyin"):
        char_readings("你好", "zhuyin", numbers=True)
