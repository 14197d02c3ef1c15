"""The static site (`python -m helpers site --out DIR`) opened from disk, as a reader opens
site/index.html, with every request to anything but a file refused: its index, a walkthrough page
with Chinese text and a chart, a search hit, and no serious or critical axe-core violations.

The contract: DIR/index.html, DIR/<notebook stem>.html, a search box #site-search and its results
as #site-search-results li a.
"""

import json
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, Route, expect

from helpers.classroom.student import audience
from tests.browser.lab import ROOT
from tests.browser.pages import SITE_RESULTS, SITE_SEARCH, serious_violations

PAGE = "01_kamath_debt_ai_robots.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The file:// address of a freshly built site's folder."""
    out = tmp_path_factory.mktemp("site")
    built = subprocess.run(
        [sys.executable, "-m", "helpers", "site", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    return out.as_uri()


@pytest.fixture
def offline(page: Page) -> Iterator[list[str]]:
    """The page with every request that is not for a file refused; yields what was refused."""
    refused: list[str] = []

    def only_files(route: Route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    yield refused
    assert refused == [], f"the site asked for other hosts: {refused}"


def open_page(page: Page, url: str) -> None:
    """Go to a page of the site; it must be there (every page has a main landmark)."""
    page.goto(url)
    expect(page.locator("main#main")).to_be_attached()


def test_index_links_every_walkthrough(page: Page, site: str, offline: list[str]) -> None:
    open_page(page, f"{site}/index.html")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        link = page.locator(f"a[href$='{notebook.stem}.html']")
        if audience(json.loads(notebook.read_text(encoding="utf-8")), notebook.name) == "teacher":
            expect(link).to_have_count(0)  # the teacher's guide is not published
        else:
            expect(link.first).to_be_attached()


def test_page_shows_chinese_text_and_a_chart(page: Page, site: str, offline: list[str]) -> None:
    open_page(page, f"{site}/{PAGE}")
    chinese = page.locator("[lang^='zh']").first
    expect(chinese).to_be_visible()
    expect(chinese).to_contain_text(re.compile(r"[\u4e00-\u9fff]"))
    charts = page.locator("img[src^='data:image/png'], img[src$='.png'], svg")
    expect(charts.first).to_be_visible()
    assert charts.first.evaluate("el => el.getBoundingClientRect().width") > 100


def test_search_finds_a_page(page: Page, site: str, offline: list[str]) -> None:
    open_page(page, f"{site}/index.html")
    # 芯片 (chip) is written in documents 001, 003 and 004 (grep corpus/texts).
    page.locator(SITE_SEARCH).fill("芯片")
    hit = page.locator(SITE_RESULTS).first
    expect(hit).to_be_visible()
    hit.click()
    expect(page.locator("body")).to_contain_text("芯片")


@pytest.mark.parametrize("name", ["index.html", PAGE])
def test_site_page_has_no_serious_axe_violations(
    page: Page, site: str, offline: list[str], name: str
) -> None:
    open_page(page, f"{site}/{name}")
    assert serious_violations(page) == []
