"""Tests for helpers.views.glossary: the explorer driven from code, the static tables, the
cross-strait counts."""

import re

import pandas as pd
import pytest

from helpers.glossary.entries import Entry, glossary_entries
from helpers.views.glossary import (
    cross_strait_table,
    cross_strait_view,
    document_glossary,
    glossary_table,
)
from helpers.views.glossary_explorer import GlossaryExplorer, static_explorer

FIRST_COLUMN = re.compile(
    r'<tr><td><span class="mr-ref">([^<]*)</span></td><td><span class="mr-word" lang="zh-Hans">'
    r"([^<]*)</span>"
)
HEADERS = re.compile(r"<th[^>]*>([^<]*)")


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
    assert f">{first.ref}<" in explorer.html.value and "<mark lang=" in explorer.html.value


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
        ("pinyin", {"pinyin"}),
        ("zhuyin", {"zhuyin"}),
        ("both", {"pinyin", "zhuyin"}),
    ]:
        explorer.reading.value = reading
        headers = set(HEADERS.findall(explorer.html.value))
        assert headers & {"pinyin", "zhuyin"} == shown
        assert ("xīn piàn" in explorer.html.value) == ("pinyin" in shown)
        assert ("ㄒㄧㄣ ㄆㄧㄢˋ" in explorer.html.value) == ("zhuyin" in shown)


def test_static_explorer_is_the_explorers_view():
    html = static_explorer("chip", reading="zhuyin", script="zh-TW")
    assert html == GlossaryExplorer("chip", reading="zhuyin", script="zh-TW").html.value
    # 芯片 occurs 77 times: 晶片 once in 000 and 3 times in 002, 芯片 11, 26 and 36 times in
    # 001, 003 and 004 (grep -o); in zh-TW every one of them reads 晶片.
    caption = (
        '<p class="mr-caption"><span lang="zh-Hans">芯片</span> · 77 lines, the first 25 shown'
    )
    assert caption in html
    assert html.count('<mark lang="zh-TW">晶片</mark>') == 25
    assert '<span class="mr-word" lang="zh-Bopo">ㄒㄧㄣ ㄆㄧㄢˋ</span>' in html
    assert "xīn piàn" not in html


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
    chip = html.split('002:p6.s0</span></td><td><span class="mr-word" lang="zh-Hans">芯片')[1]
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
    taiwan = '<td><span class="mr-word" lang="zh-TW">輝達</span>'
    zhuyin = '<span class="mr-word" lang="zh-Bopo">ㄏㄨㄟ ㄉㄚˊ</span>'
    assert f"{taiwan} {zhuyin}</td>" in glossary_table(nvidia, "zhuyin")
    assert f"{taiwan}</td>" in glossary_table(nvidia, "pinyin")


def test_the_taiwan_column_shows_a_taiwan_reading_of_the_same_word():
    # corpus/glossary.toml: 亞馬遜 is written the same in Taiwan but read ㄧㄚˇ there (mainland yà).
    amazon = [item for item in glossary_entries() if item.id == "amazon"]
    taiwan = '<td><span class="mr-word" lang="zh-TW">亞馬遜</span>'
    zhuyin = '<span class="mr-word" lang="zh-Bopo">ㄧㄚˇ ㄇㄚˇ ㄒㄩㄣˋ</span>'
    assert f"{taiwan} {zhuyin}</td>" in glossary_table(amazon, "zhuyin")


COUNT = re.compile(r'<td class="mr-count[^"]*">(\d+)</td>')


def test_the_cross_strait_view_keeps_every_document_column():
    html = cross_strait_view()
    head = html.split("<tbody>")[0]
    # Two count columns under each of the five documents, 004 included.
    for doc in ("000", "001", "002", "003", "004"):
        assert f'colspan="2" lang="en">{doc}</th>' in head
    chip = html.split('<span class="mr-word" lang="zh-TW">晶片</span></td>')[1].split("</tr>")[0]
    # Mainland and Taiwan counts per document, as in test_static_explorer_is_the_explorers_view:
    # 晶片 once in 000 and 3 times in 002; 芯片 11, 26 and 36 times in 001, 003 and 004.
    assert [int(n) for n in COUNT.findall(chip)] == [0, 1, 11, 0, 0, 3, 26, 0, 36, 0]
    rows = html.split("<tbody>")[1].split("</tr>")[:-1]
    assert len(rows) == len(cross_strait_table())
    assert all(len(COUNT.findall(row)) == 10 for row in rows)


def test_the_cross_strait_view_escapes_and_greys_zeros():
    columns = pd.MultiIndex.from_product(
        [["009"], ["mainland", "Taiwan"]], names=["document", "form"]
    )
    index = pd.MultiIndex.from_tuples([("<a>", "&", '"x"')])
    html = cross_strait_view(pd.DataFrame([[0, 2]], index=index, columns=columns))
    assert "<a>" not in html and "&lt;a&gt;" in html and "&amp;" in html and "&quot;x&quot;" in html
    assert '<td class="mr-count mr-pair mr-zero">0</td><td class="mr-count">2</td>' in html


def test_the_controls_are_named_for_assistive_technology(explorer):
    named = [explorer.query, explorer.category, explorer.reading, explorer.term, explorer.script]
    assert [control.description for control in named] == [
        "Search",
        "Category",
        "Reading",
        "Term",
        "Script",
    ]


def test_static_html_is_what_the_explorer_shows():
    explorer = GlossaryExplorer("chip", reading="zhuyin", script="zh-TW")
    html = explorer.static_html()
    assert html.endswith(explorer.html.value)
    name = '<span class="mr-name">{}</span>'
    assert name.format("Search") + "chip</span>" in html
    assert name.format("Script") + "zh-TW</span>" in html
    # 3 entries for chip (the status line of notebook 07); 芯片 is the first and chosen one.
    chip = '<span lang="zh-Hans">芯片</span> chip, integrated circuit</span>'
    assert name.format("Term") + chip in html
    status = '<span lang="zh-Hans">芯片</span>: 77 lines in zh-TW</p>'
    assert f'<p class="mr-caption">3 entries · {status}' in html
    assert explorer._repr_mimebundle_()["text/html"] == html
    # The same settings give the same HTML: no ids, times or addresses.
    assert GlossaryExplorer("chip", reading="zhuyin", script="zh-TW").static_html() == html


def test_static_html_escapes_the_query():
    explorer = GlossaryExplorer('<script>"x"</script>')
    html = explorer.static_html()
    assert "<script>" not in html
    name = '<span class="mr-name">{}</span>'
    assert name.format("Search") + "&lt;script&gt;&quot;x&quot;&lt;/script&gt;</span>" in html
    assert name.format("Term") + "—</span>" in html
    assert '<p class="mr-caption">0 entries</p>' in html
