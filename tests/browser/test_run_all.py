"""Run All in JupyterLab: the start notebook and a walkthrough run to the end without an error
output, and how long opening and running them takes (test-results/browser/timings.json)."""

from collections.abc import Callable

import pytest

from tests.browser.lab import Lab
from tests.browser.pages import Notebook

NOTEBOOKS = ["00_start_here.ipynb", "01_kamath_debt_ai_robots.ipynb"]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_run_all_ends_idle_without_errors(
    notebook: Notebook,
    lab: Lab,
    cell_count: Callable[[str], int],
    record_timing: Callable[[str, str, float], None],
    name: str,
) -> None:
    record_timing(name, "open_s", notebook.open(lab.url(name), cell_count(name)))
    record_timing(name, "run_all_s", notebook.run_all())
    assert notebook.errors() == []
