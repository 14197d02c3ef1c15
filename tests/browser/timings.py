"""Open and Run All every notebook in a hermetic JupyterLab; print the seconds each took as JSON.

    python -m tests.browser.timings        (from the project root; also writes
                                            test-results/browser/timings-all.json)

Each notebook gets a fresh page and a fresh kernel (the previous one is shut down first), so the
figures are what a reader waits for: "open_s" until the notebook shows and its kernel is idle,
"run_all_s" from Run All Cells to the last cell's result. "errors" counts error outputs.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.lab import ROOT, launch_chromium, missing_prerequisites, running_lab
from tests.browser.pages import Notebook

VIEWPORT = {"width": 1400, "height": 1000}


def measure() -> dict[str, dict[str, float]]:
    """Open and run every notebook of notebooks/ in turn.

    Returns:
        notebook file name -> {"open_s", "run_all_s", "errors"}.

    Raises:
        RuntimeError: Chromium or the CJK font is missing, or the server did not start.
    """
    if problems := missing_prerequisites():
        raise RuntimeError("\n".join(problems))
    figures: dict[str, dict[str, float]] = {}
    with (
        tempfile.TemporaryDirectory() as home,
        running_lab(Path(home)) as lab,
        sync_playwright() as playwright,
    ):
        browser = launch_chromium(playwright)
        for path in sorted(lab.root_dir.glob("*.ipynb")):
            cells = len(json.loads(path.read_text(encoding="utf-8"))["cells"])
            context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
            notebook = Notebook(context.new_page())
            opened = notebook.open(lab.url(path.name), cells)
            ran = notebook.run_all()
            figures[path.name] = {
                "open_s": round(opened, 2),
                "run_all_s": round(ran, 2),
                "errors": len(notebook.errors()),
            }
            print(path.name, figures[path.name], file=sys.stderr, flush=True)
            context.close()
            lab.shutdown_kernels()
        browser.close()
    return figures


def main() -> int:
    """Print the figures as JSON and write them to test-results/browser/timings-all.json.

    Returns:
        0, or 1 when a notebook showed an error output.
    """
    figures = measure()
    text = json.dumps(figures, indent=2)
    out = ROOT / "test-results" / "browser"
    out.mkdir(parents=True, exist_ok=True)
    (out / "timings-all.json").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 1 if any(entry["errors"] for entry in figures.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
