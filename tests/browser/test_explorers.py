"""The glossary explorer (notebook 07) and the number explorer (notebook 08), after Run All, driven
through their search box and filters."""

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.browser.lab import Lab
from tests.browser.pages import GLOSSARY_CELL, NUMBERS_CELL, Notebook, choose, rendered_html

GLOSSARY_NOTEBOOK = "07_glossary.ipynb"
NUMBERS_NOTEBOOK = "08_numbers_across_interviews.ipynb"
# What corpus/glossary.toml holds, found with grep: pinyin "xīn piàn" is only the entry 芯片;
# 輝達 is only the Taiwan form of 英伟达 (Nvidia); the English senses holding the word "chip"
# are "chip, integrated circuit" (芯片, first in file order), "chip fab, wafer fab" and
# "(chip) packaging".
SEARCHES = [
    ("xinpian", "1 entry", "芯片", "chip, integrated circuit"),
    ("輝達", "1 entry", "英伟达", "Nvidia"),
    ("chip", "3 entries", "芯片", "chip, integrated circuit"),
]


@pytest.fixture
def glossary_explorer(notebook: Notebook, lab: Lab, cell_count: Callable[[str], int]) -> Notebook:
    """Notebook 07 after Run All."""
    notebook.open(lab.url(GLOSSARY_NOTEBOOK), cell_count(GLOSSARY_NOTEBOOK))
    notebook.run_all()
    return notebook


def test_glossary_search_box_finds_each_entry(glossary_explorer: Notebook) -> None:
    explorer = glossary_explorer.output_of(GLOSSARY_CELL)
    view = rendered_html(explorer)
    for query, count, simplified, english in SEARCHES:
        explorer.get_by_role("textbox", name="search").fill(query)
        expect(view.locator(".mr-caption").first).to_have_text(count)
        first = view.locator("table.mr-glossary tbody tr").first
        expect(first).to_contain_text(simplified)
        expect(first).to_contain_text(english)
        status = glossary_explorer.widget_label(explorer, rf"^{count} · {simplified}:")
        expect(status).to_be_visible()


def test_number_filters_change_the_row_count(
    notebook: Notebook, lab: Lab, cell_count: Callable[[str], int]
) -> None:
    notebook.open(lab.url(NUMBERS_NOTEBOOK), cell_count(NUMBERS_NOTEBOOK))
    notebook.run_all()
    explorer = notebook.output_of(NUMBERS_CELL)
    view = rendered_html(explorer)
    choose(explorer.get_by_role("combobox", name="Kind"), "percent")
    choose(explorer.get_by_role("combobox", name="Document"), "000")
    # Document 000 writes two percentages, 10% (GDP share) and 12% (Nvidia's fall): grep '%' on
    # corpus/texts/000_kamath_debt_ai_robots.txt finds those two lines and no 百分之.
    expect(view.locator(".mr-caption")).to_have_text(re.compile(r"^rows 1–2 of 2 · document 000"))
    rows = view.locator("table.mr-numbers tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("10%")
    expect(rows.nth(1)).to_contain_text("12%")
    choose(explorer.get_by_role("combobox", name="Kind"), "all")
    expect(view.locator(".mr-caption")).not_to_have_text(re.compile(r"^rows 1–2 of 2 "))
    caption = view.locator(".mr-caption").inner_text()
    assert int(re.search(r" of (\d+) ·", caption)[1]) > 2  # type: ignore[index]
    assert rows.count() > 2
