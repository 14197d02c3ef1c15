"""Tests for helpers.language.conversion: OpenCC's own test cases, the chains chosen per document,
and hand-checked corpus cases."""

import re

import pytest

from helpers.core.errors import CorpusError
from helpers.core.types import TARGETS
from helpers.corpus.documents import document, documents
from helpers.corpus.markdown import WIKI_LINK
from helpers.corpus.repairs import normalized
from helpers.corpus.segments import segmented
from helpers.language.conversion import (
    TAIWAN_PHRASES,
    conversion_chain,
    convert,
    convert_document,
    converter,
)
from helpers.language.opencc_tables import st_characters

DOC_IDS = ["000", "001", "002", "003", "004"]
# The Traditional target each character-level config produces, to check outputs against.
CHARACTER_CONFIGS = {"zh-Hant": "s2t", "zh-TW": "s2tw", "zh-HK": "s2hk"}


# The configs of OpenCC's testcases.json (grep -oE '"[a-z0-9]+2[a-z0-9]+"\s*:' | sort -u).
OFFICIAL_CONFIGS = [
    "hk2s",
    "hk2sp",
    "hk2t",
    "jp2t",
    "s2hk",
    "s2hkp",
    "s2t",
    "s2tw",
    "s2twp",
    "t2hk",
    "t2jp",
    "t2s",
    "t2tw",
    "tw2s",
    "tw2sp",
    "tw2t",
]


def test_every_official_case_is_loaded(opencc_cases):
    # grep -cE '^\s*"<config>"\s*:' testcases.json over the 16 configs: 556 expected outputs.
    assert sorted(opencc_cases) == OFFICIAL_CONFIGS
    assert sum(len(cases) for cases in opencc_cases.values()) == 556
    assert len(opencc_cases["s2t"]) == 105 and len(opencc_cases["tw2sp"]) == 54


@pytest.mark.parametrize("config", OFFICIAL_CONFIGS)
def test_the_binding_passes_every_official_case(opencc_cases, config):
    failures = [
        f"{case_id}: {text!r} gave {converter(config).convert(text)!r}, expected {expected!r}"
        for case_id, text, expected in opencc_cases[config]
        if converter(config).convert(text) != expected
    ]
    assert not failures, (
        f"{len(failures)} of {len(opencc_cases[config])} {config} cases fail:\n"
        + "\n".join(failures)
    )


def test_the_built_taiwan_phrase_step_is_the_one_in_s2twp(opencc_cases):
    # s2t then the built step matches s2twp on every official case but one: s2twp segments the
    # Simplified input by its phrase list (低/级别/产品), so 低級 never reaches its Taiwan step; the
    # built step sees 低級別 whole.
    differing = [
        case_id
        for case_id, text, expected in opencc_cases["s2twp"]
        if converter(TAIWAN_PHRASES).convert(converter("s2t").convert(text)) != expected
    ]
    assert differing == ["nk2028_opencc-js_Issue_37"]


def test_a_config_opencc_does_not_ship_is_a_corpus_error():
    with pytest.raises(CorpusError, match="OpenCC cannot load config 's2x'"):
        converter("s2x")


@pytest.mark.parametrize(
    "doc_id, chains",
    [
        (
            "000",
            {
                "zh-Hans": ("tw2sp",),
                "zh-Hant": ("tw2t",),
                "zh-TW": (TAIWAN_PHRASES,),
                "zh-HK": ("tw2t", "t2hk"),
            },
        ),
        (
            "001",
            {
                "zh-Hans": ("tw2s",),
                "zh-Hant": ("tw2s", "s2t"),
                "zh-TW": ("tw2s", "s2twp"),
                "zh-HK": ("tw2s", "s2hk"),
            },
        ),
        ("003", {"zh-Hans": (), "zh-Hant": ("s2t",), "zh-TW": ("s2twp",), "zh-HK": ("s2hk",)}),
    ],
)
def test_each_document_gets_the_chain_for_its_script_and_region(doc_id, chains):
    meta = document(doc_id)
    assert {
        target: conversion_chain(target, meta.script, meta.region) for target in TARGETS
    } == chains


def test_an_unknown_target_script_or_region_is_a_clear_error():
    with pytest.raises(
        CorpusError, match=r"unknown target 'zh-CN'; valid targets: zh-Hans, zh-Hant, zh-TW, zh-HK"
    ):
        convert("软件", "zh-CN", "Simplified")
    with pytest.raises(
        CorpusError,
        match=r"unknown source script 'simplified'; valid scripts: Simplified, Traditional",
    ):
        convert("软件", "zh-TW", "simplified")
    with pytest.raises(
        CorpusError, match=r"unknown source region 'Hong Kong'; valid regions: mainland, Taiwan"
    ):
        convert("軟件", "zh-TW", "Traditional", "Hong Kong")


def test_004_mainland_words_become_taiwan_words_in_zh_tw():
    out = convert_document("004", "zh-TW")
    assert "“活在軟體世界裡的人" in out and "自建晶片工廠" in out and "太空資料中心的經濟賬" in out
    assert all(word not in out for word in ("芯片", "數據中心", "軟件"))


def test_000_taiwan_words_become_mainland_words_in_zh_hans():
    out = convert_document("000", "zh-Hans")
    assert out.count("英伟达") == normalized("000").text.count("輝達") == 16
    assert "辉达" not in out and "专用芯片" in out
    # OpenCC has no entry for these Taiwan terms; the glossary pairs and the phrase dictionary
    # supply them (兆 means 10^6 on the mainland).
    assert (
        "英伟达远期市盈率高达70倍" in out
        and "跑赢通胀" in out
        and "对冲基金" in out
        and "38万亿美元" in out
    )


def test_001_mainland_conversion_mistakes_are_put_right_in_traditional_targets():
    raw = normalized("001").text
    assert "關于太空AI" in raw and "中國制造" in raw and "為什么AI" in raw
    for target in ("zh-Hant", "zh-TW"):
        out = convert_document("001", target)
        assert "關於太空AI" in out and "中國製造" in out and "什麼AI" in out
        assert "關于" not in out and "什么" not in out


def test_001_taiwan_style_zhe_is_simplified():
    out = convert_document("001", "zh-Hans")
    assert "驱动着电动汽车" in out and "意味着其工业能" in out and "著" not in out


def test_taiwan_documents_keep_their_own_characters_in_zh_tw():
    assert "看起來像是一台尚未完全" in convert_document("000", "zh-TW")
    assert "巨額投資" in convert_document("000", "zh-TW")
    assert "本周都有實質" in convert_document(
        "002", "zh-TW"
    ) and "寫幾行程式碼" in convert_document("002", "zh-TW")


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_zh_hans_output_is_stable_under_t2s(doc_id):
    out = convert_document(doc_id, "zh-Hans")
    assert converter("t2s").convert(out) == out


@pytest.mark.parametrize("doc_id", ["003", "004"])
def test_zh_hans_of_a_simplified_document_is_the_document(doc_id):
    assert convert_document(doc_id, "zh-Hans") == normalized(doc_id).text


def simplified_only(target: str, text: str) -> set[str]:
    """Characters of a text that OpenCC's character-level conversion to the target replaces."""
    candidates = st_characters()
    config = converter(CHARACTER_CONFIGS[target])
    return {
        char
        for char in set(text)
        if char in candidates and char not in candidates[char] and config.convert(char) != char
    }


@pytest.mark.parametrize("target", list(CHARACTER_CONFIGS))
@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_traditional_outputs_have_no_simplified_only_character(doc_id, target):
    # Not the same as being stable under s2tw: that also turns 台 into 臺 and 周 into 週, which
    # Taiwan uses as written.
    # Wiki links keep the file paths they point to, so they are left out.
    assert simplified_only(target, WIKI_LINK.sub("", convert_document(doc_id, target))) == set()


def test_simplified_only_check_finds_simplified_characters():
    assert simplified_only("zh-TW", "们的台峰") == {"们"}


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_converting_sentence_by_sentence_gives_the_document_conversion(doc_id):
    meta = documents()[doc_id]
    for target in TARGETS:
        by_sentence = "".join(
            convert(sentence.text, target, meta.script, meta.region)
            for sentence in segmented(doc_id).sentences
        )
        assert by_sentence == convert_document(doc_id, target)


@pytest.mark.parametrize("target", TARGETS)
def test_wiki_links_are_left_as_written(target):
    links = re.findall(r"\[\[[^\]\n]*\]\]", normalized("004").text)
    assert len(links) == 9  # counted with grep -o '\[\[[^]]*\]\]' on 004
    converted = convert_document("004", target)
    assert all(link in converted for link in links)


def test_text_around_a_wiki_link_is_still_converted():
    assert (
        convert("见[[01-博客/宝玉|宝玉]]的软件", "zh-TW", "Simplified")
        == "見[[01-博客/宝玉|宝玉]]的軟體"
    )


def test_opencc_tables_cannot_be_changed_in_place():
    with pytest.raises(TypeError):
        st_characters()["发"] = ("發",)  # type: ignore[index]


@pytest.mark.parametrize("target", ["zh-Hant", "zh-TW", "zh-HK"])
def test_003_only_and_did_are_right_in_every_traditional_target(target):
    # 003 writes 还是只租赁, 还是只有 and 1969年干的事儿; stock OpenCC gave 隻 (the measure
    # word) and 乾 (dry) there.
    out = convert_document("003", target)
    assert "還是只租賃" in out and "還是只有" in out and "1969年幹的事兒" in out
    assert "還是隻" not in out and "年乾的事" not in out
