"""A reader's own text in JupyterLab: `python -m helpers add` puts it, with its walkthrough, in a
corpus inside the served folder. Opened without running, the walkthrough shows its stored text,
ruby and tables, with the markup of the text shown as text; Run All ends without an error and
without a script of the text ever running (no dialog opens)."""

import json
import os
import subprocess
import sys

import pytest
from playwright.sync_api import Dialog

from tests.browser.lab import ROOT, Lab
from tests.browser.pages import Notebook, ruby_sizes

TEXT = """台積電擴產計畫

台積電董事長在股東會上表示，今年資本支出將達到三百億美元，其中七成用於先進製程。

美國廠進度

他說，亞利桑那州的第一座晶圓廠預計明年量產。<script>alert("x")</script>良率已經接近台灣的水準。

人才與電力

不過，電力供應和工程師人數仍是最大的挑戰。公司計畫在五年內招募一萬名工程師。
"""
NAME = "mine/notebooks/100_tsmc.ipynb"


@pytest.fixture(scope="module")
def walkthrough(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The walkthrough `add` wrote and ran, signed in the server's Jupyter data folder (the
    server's home is the served folder's parent), as `make lab` users have theirs."""
    source = tmp_path_factory.mktemp("text") / "tsmc.txt"
    source.write_text(TEXT, encoding="utf-8")
    home = lab.root_dir.parent
    env = {key: value for key, value in os.environ.items() if key != "READER_CORPUS"}
    env |= {"JUPYTER_DATA_DIR": str(home / "data"), "JUPYTER_PLATFORM_DIRS": "1"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    corpus = lab.root_dir / "mine"
    added = subprocess.run(
        [sys.executable, "-m", "helpers", "add", str(source), "--corpus-dir", str(corpus)],
        env=env,
        cwd=source.parent,
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    assert "walkthrough ran clean" in added.stdout
    return NAME


def _cells(lab: Lab, name: str) -> int:
    return len(json.loads((lab.root_dir / name).read_text(encoding="utf-8"))["cells"])


def test_a_readers_walkthrough_reads_right_before_and_after_run_all(
    notebook: Notebook, lab: Lab, walkthrough: str
) -> None:
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    notebook.page.on("dialog", refuse)
    notebook.open(lab.url(walkthrough), _cells(lab, walkthrough))
    text = notebook.output_of('document_view("100", section=1)')
    assert '<script>alert("x")</script>' in text.inner_text()
    sizes = ruby_sizes(notebook.output_of('reader_rows("100")'))
    assert sizes and [size for size in sizes if not size["above"]] == []
    headings = notebook.page.locator(".jp-MarkdownOutput h3").all_inner_texts()
    assert [heading.strip() for heading in headings] == [
        "台積電擴產計畫",
        "美國廠進度",
        "人才與電力",
    ]
    notebook.run_all()
    assert notebook.errors() == []
    assert '<script>alert("x")</script>' in text.inner_text()
    assert dialogs == []
