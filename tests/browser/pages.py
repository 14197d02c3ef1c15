"""Page objects: every selector the browser tests use, in one place.

JupyterLab's own parts are found by their CSS classes (stable across JupyterLab 4.x); our widgets'
controls by role and accessible name (ipywidgets labels each control with its `description`), and
our rendered views by their `mr-` classes (helpers.views.page). After merging changes to the
widgets or views, check the cell markers (READER_CELL, …), the names the tests use and the
classes in VIEWS.
"""

from __future__ import annotations

import re
import time

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page

# JupyterLab 4.6
CELL = ".jp-Notebook .jp-Cell"
CODE_CELL = ".jp-Notebook .jp-CodeCell"
INPUT_PROMPT = ".jp-InputArea-prompt"
OUTPUT_AREA = ".jp-OutputArea"
ERROR_OUTPUT = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
KERNEL_IDLE = re.compile(r"\| Idle$")
RUN_MENU, RUN_ALL = "Run", "Run All Cells"
WIDGET_LABEL = ".widget-label"

# Our views (helpers.views): their tables, and the cells meant to be right-aligned: a KWIC
# concordance's left context ends at the keyword (helpers.views.page.GLOSSARY_CSS).
VIEW_CELLS = "table[class*='mr-'] td, table[class*='mr-'] th"
RIGHT_ALIGNED_CELLS = "table.mr-kwic td:nth-child(4)"


# The cells that show each widget, found by their source. The widgets' controls are found by role
# and accessible name (their descriptions), as a screen reader would.
READER_CELL = "ReaderWidget("
GLOSSARY_CELL = "GlossaryExplorer("
NUMBERS_CELL = "NumberExplorer("

# The static site's contract (helpers.site): a search box and its result links.
SITE_SEARCH = "#site-search"
SITE_RESULTS = "#site-search-results li a"


class Notebook:
    """A notebook opened in JupyterLab, in one browser page."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self, url: str, cells: int, timeout_s: float = 90) -> float:
        """Go to a notebook and wait until all its cells show and its kernel is idle.

        Args:
            url: the notebook's address (Lab.url).
            cells: how many cells the notebook has.
            timeout_s: how long to wait, in seconds.

        Returns:
            Seconds from asking for the page to a notebook ready to run.
        """
        start = time.monotonic()
        self.page.goto(url)
        self.page.locator(CELL).nth(cells - 1).wait_for(timeout=timeout_s * 1000)
        self.kernel_status().filter(has_text=KERNEL_IDLE).wait_for(timeout=timeout_s * 1000)
        return time.monotonic() - start

    def kernel_status(self) -> Locator:
        """The status bar item naming the kernel and its state ("Python 3 (ipykernel) | Idle")."""
        return self.page.locator(".jp-StatusBar-TextItem", has_text="(ipykernel) |")

    def run_all(self, timeout_s: float = 300) -> float:
        """Run All Cells from the Run menu and wait until every code cell has run.

        A cell that has run shows its execution count ("[12]:"); one queued or running shows
        "[*]:". The kernel was just started, so a finished Run All has the counts 1 … N.

        Returns:
            Seconds from the menu click to the last cell's count and an idle kernel.
        """
        count = self.page.locator(CODE_CELL).count()
        start = time.monotonic()
        self.page.get_by_role("menuitem", name=RUN_MENU, exact=True).click()
        self.page.get_by_role("menuitem", name=RUN_ALL, exact=True).click()
        # JupyterLab marks the queued cells "[*]" as it queues them, before the first one runs.
        self.page.wait_for_function(
            "([selector, prompt]) => [...document.querySelectorAll(selector)]"
            ".some(cell => cell.querySelector(prompt)?.textContent.includes('*'))",
            arg=[CODE_CELL, INPUT_PROMPT],
            timeout=10_000,
            polling="raf",
        )
        self.page.wait_for_function(
            """([selector, prompt, count]) => {
                const prompts = [...document.querySelectorAll(selector)]
                    .map(cell => cell.querySelector(prompt)?.textContent ?? "");
                const numbers = prompts.map(text => Number((/\\[(\\d+)\\]/.exec(text) ?? [])[1]));
                return prompts.length === count && !prompts.some(text => text.includes("*"))
                    && Math.max(...numbers) === count;
            }""",
            arg=[CODE_CELL, INPUT_PROMPT, count],
            timeout=timeout_s * 1000,
            polling=100,
        )
        self.kernel_status().filter(has_text=KERNEL_IDLE).wait_for(timeout=timeout_s * 1000)
        return time.monotonic() - start

    def errors(self) -> list[str]:
        """The text of every error or standard-error output, first 500 characters each."""
        return [text[:500] for text in self.page.locator(ERROR_OUTPUT).all_inner_texts()]

    def output_of(self, source: str) -> Locator:
        """The output area of the code cell whose source contains a text."""
        return self.page.locator(CODE_CELL).filter(has_text=source).first.locator(OUTPUT_AREA)

    def widget_label(self, output: Locator, pattern: str) -> Locator:
        """A label widget in an output whose text matches a regular expression."""
        return output.locator(WIDGET_LABEL).filter(has_text=re.compile(pattern))


def rendered_html(output: Locator) -> Locator:
    """The HTML a widget shows in an output (its ipywidgets HTML view)."""
    return output.locator(".widget-html-content")


def ruby_sizes(scope: Locator) -> list[dict[str, object]]:
    """Every ruby annotation under a scope, measured.

    Returns:
        One dict per <rt>: "text", "rt_px" (its computed font size), "base_px" (its <ruby>'s, which
        the base characters have) and "above" (the rt's bottom is at or above the base's top).
    """
    return list(
        scope.evaluate(
            """root => [...root.querySelectorAll("ruby rt")].map(rt => {
                const ruby = rt.parentElement, range = document.createRange();
                range.setStart(ruby, 0);
                range.setEndBefore(rt);
                const top = range.getBoundingClientRect().top;
                return {
                    text: rt.textContent,
                    rt_px: parseFloat(getComputedStyle(rt).fontSize),
                    base_px: parseFloat(getComputedStyle(ruby).fontSize),
                    above: rt.getBoundingClientRect().bottom <= top + 1,
                };
            })"""
        )
    )


def misaligned_cells(scope: Locator) -> list[str]:
    """Cells of our tables under a scope whose computed text-align is not left.

    Returns:
        "table class / tag / text-align / first 30 characters" for each such cell, leaving out
        RIGHT_ALIGNED_CELLS; empty when every cell is left-aligned.
    """
    return list(
        scope.evaluate(
            """(root, [cells, right]) => [...root.querySelectorAll(cells)]
                .filter(cell => !cell.matches(right))
                .map(cell => [cell, getComputedStyle(cell).textAlign])
                .filter(([cell, align]) => align !== "left" && align !== "start")
                .map(([cell, align]) => [cell.closest("table").className, cell.tagName, align,
                    cell.textContent.trim().slice(0, 30)].join(" / "))""",
            [VIEW_CELLS, RIGHT_ALIGNED_CELLS],
        )
    )


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical violations on a page (axe-playwright-python's axe script).

    Returns:
        "rule id (impact): help, N elements, the first ones" for each; empty when there are none.
    """
    violations = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']}, {len(v['nodes'])} elements, "
        f"{[node['target'][0] for node in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def choose(select: Locator, starting: str) -> None:
    """Pick the option of a dropdown whose label starts with a text ("000" picks "000 · Musk on…").

    Raises:
        AssertionError: no option starts so.
    """
    labels = select.locator("option").all_inner_texts()
    found = [label for label in labels if label.startswith(starting)]
    assert found, f"no option starting {starting!r} among {labels}"
    select.select_option(label=found[0])
