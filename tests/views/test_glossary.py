"""Tests for helpers.views.glossary: the explorer driven from code, the static tables, the
cross-strait counts."""

import re

import pytest

from helpers.glossary.entries import Entry, glossary_entries
from helpers.views.glossary import (
    GlossaryExplorer,
    cross_strait_table,
    document_glossary,
    glossary_table,
    static_explorer,
)

FIRST_COLUMN = re.compile(r"<tr><td><span class=\"mr-ref\">([^<]*)</span></td><td>([^<]*)</td>")
HEADERS = re.compile(r"<th>([^<]*)</th>")


@pytest.fixture
def explorer() -> GlossaryExplorer:
    return GlossaryExplorer()


def test_search_updates_the_results_and_the_term_list(explorer):
    assert len(explorer.entries) == len(glossary_entries())
    explorer.query.value = "suanli"
    assert [item.id for item in explorer.entries] == ["compute"]
    assert explorer.term.value == "compute"
    assert explorer.status.value.startswith("1 entry · 算力:")


def test_the_category_filter_narrows_the_results(explorer):
    explorer.query.value = "chip"
    every = [item.id for item in explorer.entries]
    explorer.category.value = "technology"
    assert explorer.entries and all(item.category == "technology" for item in explorer.entries)
    assert {item.id for item in explorer.entries} <= set(every)
    explorer.category.value = "person"
    assert explorer.entries == [] and explorer.term.value is None and explorer.hits == []


def test_selecting_a_term_shows_its_concordance(explorer):
    explorer.query.value = "晶片"
    explorer.term.value = "chip"
    assert {hit.match for hit in explorer.hits} == {"芯片", "晶片"}
    assert {"001", "002"} <= {hit.doc for hit in explorer.hits}
    first = explorer.hits[0]
    assert f">{first.ref}<" in explorer.html.value and "<mark>" in explorer.html.value


def test_the_script_switch_converts_the_context(explorer):
    explorer.query.value = "晶片"
    explorer.script.value = "zh-Hans"
    assert {hit.match for hit in explorer.hits} == {"芯片"}
    explorer.script.value = "zh-TW"
    assert {hit.match for hit in explorer.hits} == {"晶片"}
    assert all("数据" not in hit.left + hit.right for hit in explorer.hits)


def test_the_pronunciation_toggle_hides_and_shows_columns(explorer):
    explorer.query.value = "chip"
    for reading, shown in [
        ("none", set()),
        ("pinyin", {"pinyin 拼音"}),
        ("zhuyin", {"zhuyin 注音"}),
        ("both", {"pinyin 拼音", "zhuyin 注音"}),
    ]:
        explorer.reading.value = reading
        headers = set(HEADERS.findall(explorer.html.value))
        assert headers & {"pinyin 拼音", "zhuyin 注音"} == shown
        assert ("xīn piàn" in explorer.html.value) == ("pinyin 拼音" in shown)
        assert ("ㄒㄧㄣ ㄆㄧㄢˋ" in explorer.html.value) == ("zhuyin 注音" in shown)


def test_static_explorer_is_the_explorers_view():
    html = static_explorer("chip", reading="zhuyin", script="zh-TW")
    assert html == GlossaryExplorer("chip", reading="zhuyin", script="zh-TW").html.value
    # 芯片 occurs 77 times: 晶片 once in 000 and 3 times in 002, 芯片 11, 26 and 36 times in
    # 001, 003 and 004 (grep -o); in zh-TW every one of them reads 晶片.
    assert '<p class="mr-caption">芯片 · 77 lines, the first 25 shown</p>' in html
    assert html.count("<mark>晶片</mark>") == 25
    assert "<td>ㄒㄧㄣ ㄆㄧㄢˋ</td>" in html and "xīn piàn" not in html


def test_document_glossary_is_in_order_of_first_appearance():
    html = document_glossary("002")
    shown = FIRST_COLUMN.findall(html)
    # Checked by hand against the opening of 002: Elon Musk, AI, 算力、能源, then 債務融資 …
    # NVIDIA 晶片.
    assert [simplified for _, simplified in shown[:8]] == [
        "马斯克",
        "人工智能",
        "算力",
        "能源",
        "债务",
        "融资",
        "英伟达",
        "芯片",
    ]
    assert shown[0][0] == "002:p0.s0" and shown[7][0] == "002:p6.s0"
    # 002 writes 晶片 three times and 芯片 never (grep -o), all counted for the entry 芯片.
    chip = html.split('<span class="mr-ref">002:p6.s0</span></td><td>芯片</td>')[1]
    assert chip.split("</tr>")[0].endswith("<td>3</td>")
    assert len(set(shown)) == len(shown)


def test_tables_escape_every_value():
    item = Entry("x", "<b>", "<b>", "&", "a", "ㄚ", '"quoted" <i>', "idea", "n", ("<b>",), "")
    html = glossary_table([item])
    assert "<b>" not in html and "<i>" not in html
    assert "&lt;b&gt;" in html and "&amp;" in html and "&quot;quoted&quot; &lt;i&gt;" in html


def test_cross_strait_table_counts_each_form():
    table = cross_strait_table()
    chip = table[table.index.get_level_values("Taiwan 臺灣") == "晶片"].iloc[0]
    # grep -o: 晶片 three times in 002, 芯片 eleven times in 001 (its Traditional is also 芯片).
    assert chip[("002", "Taiwan")] == 3 and chip[("002", "mainland")] == 0
    assert chip[("001", "mainland")] == 11 and chip[("001", "Taiwan")] == 0
    assert (table.sum(axis=1) > 0).all()


@pytest.mark.parametrize(
    "call",
    [
        lambda: glossary_table(glossary_entries()[:1], reading="ipa"),
        lambda: static_explorer(category="people"),
        lambda: static_explorer("chip", script="zh-HK"),
        # Refused even when nothing matches the query, so no concordance would be drawn.
        lambda: static_explorer("xyzzy", script="zh-HK"),
        lambda: static_explorer("xyzzy", reading="ipa"),
    ],
)
def test_invalid_choices_are_refused(call):
    with pytest.raises(ValueError, match="valid"):
        call()


def test_the_taiwan_column_shows_its_own_zhuyin_only_with_zhuyin():
    nvidia = [item for item in glossary_entries() if item.id == "nvidia"]
    assert "<td>輝達 ㄏㄨㄟ ㄉㄚˊ</td>" in glossary_table(nvidia, "zhuyin")
    assert "<td>輝達</td>" in glossary_table(nvidia, "pinyin")
