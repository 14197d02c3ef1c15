"""A walkthrough exported with `jupyter nbconvert --to html`, opened from disk with no network:
the widgets' stored static views, the ruby and our tables read as in JupyterLab.

nbconvert's own template asks cdnjs.cloudflare.com for require.js and MathJax; the notebooks need
neither, so those requests are refused here and the page must read the same without them.
"""

import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.lab import ROOT
from tests.browser.pages import misaligned_cells, ruby_sizes

MIN_RUBY_RATIO = 0.55


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder holding 01 and 04 exported to HTML by nbconvert."""
    out = tmp_path_factory.mktemp("export")
    names = ("01_kamath_debt_ai_robots.ipynb", "04_moonshots_diamandis.ipynb")
    done = subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", "--output-dir", str(out)]
        + [str(ROOT / "notebooks" / name) for name in names],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize("stem", ["01_kamath_debt_ai_robots", "04_moonshots_diamandis"])
def test_exported_walkthrough_reads_offline(page: Page, exported: Path, stem: str) -> None:
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith("file://") else route.abort()
        ),
    )
    page.goto((exported / f"{stem}.html").as_uri())
    # The reader cell's stored output is its static view: a header line and the page, not a box
    # waiting for a widget manager.
    head = page.locator("p.mr-reader-head")
    expect(head).to_be_visible()
    expect(head).to_contain_text("page 1 /")
    expect(page.locator("table.mr-aligned").first).to_be_visible()
    assert page.get_by_text("Loading widget").count() == 0
    sizes = ruby_sizes(page.locator("body"))
    assert sizes, "no ruby on the page (the legend shows pinyin and zhuyin samples)"
    assert [s for s in sizes if not s["above"]] == []
    assert [s for s in sizes if round(s["rt_px"] / s["base_px"], 3) < MIN_RUBY_RATIO] == []
    assert misaligned_cells(page.locator("body")) == []
