"""Fixtures of the browser tests: one hermetic JupyterLab server and one Chromium per session, a
fresh page per test, a screenshot of the page when a test fails, and the measured timings.

Screenshots and timings go to test-results/browser/ (git-ignored). The tests fail, not skip, when
Chromium or the CJK font is missing: a machine that cannot run them has not checked the views.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.browser.lab import ROOT, Lab, launch_chromium, missing_prerequisites, running_lab
from tests.browser.pages import Notebook

RESULTS = ROOT / "test-results" / "browser"
VIEWPORT = {"width": 1400, "height": 1000}
_failed = pytest.StashKey[bool]()
_timings: dict[str, dict[str, float]] = {}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """Remember on the test item whether its body failed, for the page fixture's screenshot."""
    report = yield
    if report.when == "call" and report.failed:  # type: ignore[attr-defined]
        item.stash[_failed] = True
    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the measured timings and write them to test-results/browser/timings.json."""
    if not _timings:
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = json.dumps(_timings, indent=2, sort_keys=True)
    (RESULTS / "timings.json").write_text(text + "\n", encoding="utf-8")
    terminalreporter.write_sep("-", "browser timings (seconds), in test-results/browser/")
    terminalreporter.write_line(text)


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """A JupyterLab server over a trusted temporary copy of notebooks/."""
    if problems := missing_prerequisites():
        pytest.fail("the browser tests cannot run:\n" + "\n".join(problems), pytrace=False)
    with running_lab(tmp_path_factory.mktemp("lab")) as server:
        yield server


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """Debian's Chromium, headless."""
    if problems := missing_prerequisites():
        pytest.fail("the browser tests cannot run:\n" + "\n".join(problems), pytrace=False)
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh page; on failure its screenshot is saved as test-results/browser/<test>.png."""
    context = chromium.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    page = context.new_page()
    yield page
    if request.node.stash.get(_failed, False):
        RESULTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.name)
        page.screenshot(path=RESULTS / f"{name}.png", full_page=True)
    context.close()


@pytest.fixture
def notebook(page: Page, lab: Lab) -> Iterator[Notebook]:
    """A page object for a notebook; the server's kernels are shut down after the test."""
    yield Notebook(page)
    lab.shutdown_kernels()


@pytest.fixture(scope="session")
def record_timing() -> Callable[[str, str, float], None]:
    """record_timing(notebook, what, seconds) keeps a figure for timings.json and the summary."""

    def record(name: str, what: str, seconds: float) -> None:
        _timings.setdefault(name, {})[what] = round(seconds, 2)

    return record


@pytest.fixture(scope="session")
def cell_count(lab: Lab) -> Callable[[str], int]:
    """cell_count(notebook file name): how many cells the served copy of a notebook has."""

    def count(name: str) -> int:
        return len(json.loads((lab.root_dir / name).read_text(encoding="utf-8"))["cells"])

    return count
