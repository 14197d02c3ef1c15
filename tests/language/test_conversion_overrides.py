"""Tests for the override layer: the file validates, a row fires where its target and region say,
OpenCC's own cases still pass. Every correction is a dictionary entry today
(corpus/conversion_phrases.tsv, tested in test_phrases.py), so the row tested here is written into
a copy of the corpus.

That no Traditional output has a Simplified-only character, overrides included, is tested in
test_conversion.py.
"""

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.documents import documents
from helpers.corpus.repairs import normalized
from helpers.language.conversion import convert_document, converter
from helpers.language.overrides import OVERRIDES_FILE, apply_overrides, load_overrides

# The project target and source region each official config's output stands for.
CONFIG_TARGETS = {
    "s2t": ("zh-Hant", "mainland"),
    "s2twp": ("zh-TW", "mainland"),
    "s2hk": ("zh-HK", "mainland"),
    "tw2t": ("zh-Hant", "Taiwan"),
    "tw2s": ("zh-Hans", "mainland"),
    "tw2sp": ("zh-Hans", "Taiwan"),
}
MAINLAND_TERMS = (
    "英偉達",
    "芯片",
    "數據中心",
    "軟件",
    "網絡",
    "激光",
    "集群",
    "代碼",
    "優化",
    "視頻",
    "內存",
    "通脹",
    "市盈率",
    "對沖基金",
    "萬億美元",
)
TAIWAN_TERMS = ("輝達", "辉达", "本益比", "避險基金", "避险基金", "兆美元")
ROW = (
    '[[override]]\ntarget = "zh-TW"\nsource = "擴充套件"\nreplacement = "擴展"\n'
    'reason = "scale up"\n'
)


def test_the_overrides_file_has_no_rows_today():
    # corpus/conversion_overrides.toml: every row it had is now a dictionary entry.
    assert load_overrides(OVERRIDES_FILE) == ()


@pytest.mark.parametrize(
    "second_row, message",
    [
        (
            '[[override]]\ntarget = "zh-TW"\nreplacement = "發布"\nreason = "r"\n',
            r"override #2: field 'source' is missing or empty",
        ),
        (
            '[[override]]\ntarget = "zh-CN"\nsource = "a"\nreplacement = "b"\nreason = "r"\n',
            r"override #2: unknown target 'zh-CN'",
        ),
        (
            '[[override]]\ntarget = "zh-TW"\nsource = ""\nreplacement = "b"\nreason = "r"\n',
            r"override #2: field 'source' is missing or empty",
        ),
        (
            '[[override]]\ntarget = "zh-TW"\nsource = "a"\nreplacement = " "\nreason = "r"\n',
            r"override #2: field 'replacement' is missing or empty",
        ),
        (ROW, r"override #2: duplicate of override 1 \(zh-TW '擴充套件'\)"),
        (
            '[[override]]\ntarget = "zh-TW"\nsource = "a"\nreplacement = "b"\nreason = "r"\n'
            'region = "HK"\n',
            r"override #2: unknown region 'HK'",
        ),
        (
            '[[override]]\ntarget = "zh-TW"\nsource = "a"\nreplacement = "a"\nreason = "r"\n',
            r"override #2: replacement is the same",
        ),
        (
            '[[override]]\ntarget = "zh-TW"\nsource = "a"\nreplacement = "b"\nreason = "r"\n'
            'note = "x"\n',
            r"override #2: unknown field\(s\) note",
        ),
    ],
)
def test_a_malformed_row_is_rejected_with_the_row_named(tmp_path, second_row, message):
    path = tmp_path / "overrides.toml"
    path.write_text(ROW + second_row, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_overrides(path)


def test_a_file_without_rows_gives_no_overrides(tmp_path):
    path = tmp_path / "overrides.toml"
    path.write_text("# nothing\n", encoding="utf-8")
    assert load_overrides(path) == ()


@pytest.mark.parametrize("config", sorted(CONFIG_TARGETS))
def test_the_overrides_break_no_official_case(opencc_cases, config):
    target, region = CONFIG_TARGETS[config]
    failures = [
        f"{case_id}: {text!r} gave {layered!r}, expected {expected!r}"
        for case_id, text, expected in opencc_cases[config]
        for layered in [apply_overrides(converter(config).convert(text), target, region)[0]]
        if layered != expected
    ]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("doc_id", list(documents()))
def test_zh_tw_has_no_mainland_term(doc_id):
    out = convert_document(doc_id, "zh-TW")
    assert [term for term in MAINLAND_TERMS if term in out] == []


@pytest.mark.parametrize("doc_id", ["000", "002"])
def test_zh_hans_of_taiwan_documents_has_no_taiwan_term(doc_id):
    out = convert_document(doc_id, "zh-Hans")
    assert [term for term in TAIWAN_TERMS if term in out] == []
    assert out.count("兆瓦") == normalized(doc_id).text.count("兆瓦")


@pytest.mark.parametrize(
    "doc_id, target, expected",
    [
        ("001", "zh-TW", "這只佔美國國土面積的1%"),
        ("001", "zh-Hant", "這只佔美國國土面積的1%"),
        ("001", "zh-TW", "“降維打擊”與美國的唯一出路"),
        ("001", "zh-TW", "非授權發布,請及時與我們聯絡進行審核處理"),
        ("001", "zh-TW", "免責聲明:本文系轉載編輯文章"),
        ("000", "zh-TW", "沒有腳本,沒有表演"),
        ("000", "zh-Hans", "这一核心指标上优势显著"),
        ("002", "zh-TW", "這不是一場新品發佈,也不是技術演示"),
        ("002", "zh-Hans", "不是写几行代码,而是从芯片开始"),
        ("003", "zh-TW", "哪怕只延長幾年"),
        ("004", "zh-TW", "SpaceX 剛剛以 1.25 兆美元估值吞下 xAI"),
        ("004", "zh-TW", "- [[01-博客/宝玉/"),
    ],
)
def test_hand_checked_sentences(doc_id, target, expected):
    assert expected in convert_document(doc_id, target)


def test_an_override_fires_for_its_target_and_region_only(corpus_copy, run_python):
    path = corpus_copy / "corpus" / "conversion_overrides.toml"
    path.write_text(
        '[[override]]\ntarget = "zh-TW"\nsource = "A股"\nreplacement = "中國A股"\n'
        'region = "mainland"\nreason = "a test row with a Latin letter"\n',
        encoding="utf-8",
    )
    code = (
        "import json; from helpers.language.conversion import convert; print(json.dumps("
        "[convert('买A股', 'zh-TW', 'Simplified', 'mainland'),"
        " convert('買A股', 'zh-TW', 'Traditional', 'Taiwan'),"
        " convert('买A股', 'zh-Hant', 'Simplified', 'mainland')]))"
    )
    assert run_python(code, corpus_copy) == ["買中國A股", "買A股", "買A股"]
