"""search.js in Chromium on file://, over the small site's pages and the whole corpus's index."""

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).is_file(), reason="no Chromium on this machine")


@pytest.fixture(scope="module")
def page(small_site: Path) -> Iterator[Any]:
    """The small site's start page in Chromium, with every request it makes recorded."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page()
        tab.requests = []
        tab.on("request", lambda request: tab.requests.append(request.url))
        tab.goto((small_site / "00_start.html").as_uri())
        yield tab
        browser.close()


def results(page: Any, query: str) -> list[tuple[str, str, str]]:
    """(href, ref, marked text) of each hit for a query typed into the search box."""
    page.fill("#site-search", query)
    hits = page.evaluate(
        """() => [...document.querySelectorAll('#site-search-results > li > a')].map(a =>
            [a.getAttribute('href'), a.querySelector('.mr-site-hit-ref').textContent,
             a.querySelector('mark').textContent])"""
    )
    return [tuple(hit) for hit in hits]


# 000:p107.s0 writes 晶片 (Taiwan) mid-sentence; 004:p3.s0 writes 芯片 (mainland).
TAIWAN_CHIP = ("01_kamath_debt_ai_robots.html#s-000-p107-s0", "000:p107.s0", "晶片")


@pytest.mark.parametrize("query", ["晶片", "芯片", "xinpian", "xin pian", "XIN PIAN"])
def test_a_chip_is_found_in_either_script_and_in_pinyin(page: Any, query: str) -> None:
    assert TAIWAN_CHIP in results(page, query)


@pytest.mark.parametrize("query", ["輝達", "辉达", "英伟达", "英偉達", "hui da"])
def test_nvidia_is_found_as_written(page: Any, query: str) -> None:
    # 000:p0.s1: 幾乎在同一時間,華爾街卻悄悄拋棄了輝達,重新押注下一代算力架構。
    hits = results(page, query)
    assert ("01_kamath_debt_ai_robots.html#s-000-p0-s1", "000:p0.s1", "輝達") in hits


def test_only_documents_with_pages_are_searched(page: Any) -> None:
    # the small site has a page for document 000 only; 004 writes 芯片 too, but has no page
    assert {ref[:3] for _, ref, _ in results(page, "芯片")} == {"000"}


def test_a_hit_shows_its_sentence_in_its_lang(page: Any) -> None:
    results(page, "晶片")
    sentence = page.locator("#site-search-results .mr-site-hit-text").first
    assert sentence.get_attribute("lang") == "zh-TW"
    assert sentence.text_content().startswith("當推理效率的數學天平傾向於TPU這樣的專用晶片時")
    assert page.locator("#site-search-status").text_content().endswith("found.")


def test_pinyin_must_start_on_a_syllable(page: Any) -> None:
    assert results(page, "inpian") == []
    assert results(page, "") == []


def test_no_request_leaves_the_site(page: Any) -> None:
    assert page.requests and all(url.startswith("file://") for url in page.requests)
