"""helpers.glossary.search: glossary search and the cross-script concordance."""

import json
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.cli import main
from helpers.core.errors import CorpusError
from helpers.glossary.entries import glossary_entries
from helpers.glossary.search import concordance, search

WHITESPACE = st.text(alphabet=" \t\r\n\u3000\u00a0", max_size=4)
# The entries whose pinyin holds lǜ, in file order (grep -n 'pinyin = ".*lǜ' corpus/glossary.toml).
LU_ENTRIES = [
    "moores-law",
    "yield-rate",
    "pe-ratio",
    "birth-rate",
    "fertility-rate",
    "gross-margin",
    "profit-margin",
    "return-rate",
]


def ids(query: str) -> list[str]:
    """The ids search finds for a query, best first."""
    return [item.id for item in search(query)]


@pytest.mark.parametrize(
    "query", ["算力", "suanli", "SUAN LI", "suàn lì", "Suàn Lì", "suànlì", "suan4 li4", "suan4li4"]
)
def test_search_by_form_and_pinyin_with_or_without_tones(query):
    # compute is 算力, suàn lì.
    assert ids(query)[0] == "compute"


@pytest.mark.parametrize("query", ["lǜ", "lü", "LÜ", "lü4", "lv4", "lu:4"])
def test_u_umlaut_may_be_written_v_or_u_colon(query):
    assert ids(query) == LU_ENTRIES


def test_search_by_taiwan_form_english_and_a_form_with_a_space():
    assert ids("晶片")[0] == "chip"
    assert ids("chip")[0] == "chip"
    assert ids("輝達")[0] == "nvidia"
    assert ids("避險基金")[0] == "hedge-fund"
    assert ids("Peter  Diamandis") == ["peter-diamandis"]


def test_search_ranks_exact_before_prefix_before_substring():
    # wafer is 晶圆; chip-fab is 晶圆厂, which 晶圆 only begins.
    assert ids("晶圆") == ["wafer", "chip-fab"]
    # option's English is "option (financial)", a sense that is exactly "option"; put-option's is
    # "put option", where option is one word of it, which counts as a prefix at best.
    assert ids("option") == ["option", "put-option"]
    # xin begins chip's xinpian and lies inside supernova's chaoxinxing.
    found = ids("xin")
    assert found.index("chip") < found.index("supernova")
    assert ids("zzzz") == []


@given(WHITESPACE)
def test_an_empty_query_is_refused(query):
    with pytest.raises(CorpusError, match="empty search query"):
        search(query)


@settings(max_examples=30)
@given(
    st.sampled_from(
        [text for item in glossary_entries() for text in (item.simplified, item.pinyin)]
    ),
    WHITESPACE,
    WHITESPACE,
)
def test_surrounding_whitespace_does_not_change_the_results(query, before, after):
    assert search(before + query + after) == search(query)


def test_cli_search_and_its_empty_query(capsys):
    assert main(["glossary", "--search", "suanli"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["id"] == "compute"
    assert main(["glossary", "--search", " "]) == 2
    assert "empty search query" in capsys.readouterr().err


def test_concordance_crosses_scripts():
    # grep -o on corpus/texts/: 芯片 11 times in 001, 26 in 003, 36 in 004; 晶片 once in 000 and
    # 3 times in 002.
    hits = concordance("芯片")
    assert Counter((hit.doc, hit.match) for hit in hits) == {
        ("000", "晶片"): 1,
        ("001", "芯片"): 11,
        ("002", "晶片"): 3,
        ("003", "芯片"): 26,
        ("004", "芯片"): 36,
    }
    assert all(hit.ref.startswith(f"{hit.doc}:") for hit in hits)
    # In zh-TW every one of them reads 晶片, in the same sentences.
    shown = concordance("芯片", "zh-TW")
    assert {hit.match for hit in shown} == {"晶片"}
    assert [hit.ref for hit in shown] == [hit.ref for hit in hits]


def test_concordance_converts_whole_sentences():
    # 输电网络 is one OpenCC phrase (輸電網路); converting 电网 and 络 apart would give 電網絡.
    [hit] = [hit for hit in concordance("电网", "zh-TW") if hit.ref == "003:p118.s1"]
    assert (hit.left[-1:], hit.match, hit.right[:2]) == ("輸", "電網", "路嗎")
    assert [hit.match for hit in concordance("仿真", "zh-TW") if hit.ref == "004:p234.s3"] == [
        "模擬"
    ]


def test_a_free_query_finds_the_entry_its_conversion_names():
    # 资料中心 is no glossary form, but its Traditional spelling 資料中心 is data-centre's Taiwan
    # form. grep -o: 資料中心 once in 000 and twice in 002; 数据中心 19 times in 003 and 11 in 004;
    # 001 writes 數(shù)據(jù)中心 3 times, which the repairs make 數據中心.
    hits = concordance("资料中心")
    assert Counter(hit.doc for hit in hits) == {"000": 1, "001": 3, "002": 2, "003": 19, "004": 11}


def test_latin_terms_match_whole_words_in_any_case():
    # grep -oiP '(?<![A-Za-z0-9])ai(?![A-Za-z0-9])' finds 38 in 000, which has no 人工智能 or
    # 人工智慧.
    assert len([hit for hit in concordance("ai") if hit.doc == "000"]) == 38


def test_context_width():
    # 000's one 晶片 is in 000:p107.s0.
    [hit] = [hit for hit in concordance("芯片", width=3) if hit.doc == "000"]
    assert hit.ref == "000:p107.s0" and len(hit.left) == len(hit.right) == 3
    assert {(hit.left, hit.right) for hit in concordance("芯片", width=0)} == {("", "")}
    assert list(hit.as_dict()) == ["doc", "ref", "speaker", "left", "match", "right"]


@pytest.mark.parametrize(
    ("term", "script", "width", "message"),
    [
        ("", None, 20, "empty concordance term"),
        (" \u3000\n", None, 20, "empty concordance term"),
        ("芯片", "zh-CN", 20, "unknown script 'zh-CN'"),
        ("芯片", None, -1, "width -1 is negative"),
    ],
)
def test_concordance_refuses_bad_input(term, script, width, message):
    with pytest.raises(CorpusError, match=message):
        concordance(term, script, width)
