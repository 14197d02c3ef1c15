"""Stored walkthroughs opened WITHOUT running, as a user of `make lab` first sees them: ruby sits
above its characters at a readable size, and our tables are left-aligned (not JupyterLab's right).
"""

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator

from tests.browser.lab import Lab
from tests.browser.pages import CODE_CELL, Notebook, misaligned_cells, ruby_sizes

# The walkthrough 01 as a whole, and 04's aligned reader cell (zhuyin over the transcript 003).
STORED = [
    ("01_kamath_debt_ai_robots.ipynb", "#jp-main-dock-panel"),
    ("04_moonshots_diamandis.ipynb", 'reader_rows("003")'),
]
# rt / base font size: 0.55 is the share a reader still reads comfortably (the measure).
MIN_RUBY_RATIO = 0.55
# Below 10 px pinyin tone marks and zhuyin strokes blur on a 96 dpi screen; JupyterLab's own
# smallest text (--jp-ui-font-size0) is about 10.8 px.
MIN_RUBY_PX = 10.0


def scope_of(notebook: Notebook, where: str) -> Locator:
    """The notebook area or the output of the cell whose source contains `where`."""
    if where.startswith("#"):
        return notebook.page.locator(where)
    return notebook.page.locator(CODE_CELL).filter(has_text=where).first


@pytest.mark.parametrize("name, where", STORED)
def test_stored_ruby_is_above_its_characters_and_readable(
    notebook: Notebook, lab: Lab, cell_count: Callable[[str], int], name: str, where: str
) -> None:
    notebook.open(lab.url(name), cell_count(name))
    sizes = ruby_sizes(scope_of(notebook, where))
    assert sizes, f"no ruby in {name} ({where})"
    assert [s for s in sizes if not s["above"]] == []
    assert [s for s in sizes if round(s["rt_px"] / s["base_px"], 3) < MIN_RUBY_RATIO] == []
    assert [s for s in sizes if s["rt_px"] < MIN_RUBY_PX] == []


@pytest.mark.parametrize("name, where", STORED)
def test_stored_tables_are_left_aligned(
    notebook: Notebook, lab: Lab, cell_count: Callable[[str], int], name: str, where: str
) -> None:
    notebook.open(lab.url(name), cell_count(name))
    scope = scope_of(notebook, where)
    assert scope.locator("table[class*='mr-']").count() > 0, f"none of our tables in {name}"
    assert misaligned_cells(scope) == []
