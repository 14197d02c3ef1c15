"""Tests for helpers.notebook_runner: a notebook runs in its folder and is stored with outputs."""

import nbformat
import pytest
from nbformat.sign import NotebookNotary

from helpers.notebook_runner import main, run_notebook


@pytest.fixture(autouse=True)
def own_jupyter_data(tmp_path, monkeypatch) -> None:
    """Signatures go to a database of the test's own, not the user's."""
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jupyter-data"))


def write_notebook(path, *sources: str) -> None:
    """A notebook of code cells, with JupyterLab's timing metadata on the first one."""
    cells = [nbformat.v4.new_code_cell(source) for source in sources]
    cells[0].metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)


def test_a_notebook_is_run_in_its_folder_and_stored_with_outputs(tmp_path) -> None:
    (tmp_path / "data.txt").write_text("四十二", encoding="utf-8")
    path = tmp_path / "tiny.ipynb"
    write_notebook(path, "print(open('data.txt', encoding='utf-8').read())", "6 * 7")
    run_notebook(path)
    cells = nbformat.read(path, as_version=4).cells
    assert cells[0].outputs[0]["text"] == "四十二\n"
    assert cells[1].outputs[0]["data"]["text/plain"] == "42"
    assert [cell.execution_count for cell in cells] == [1, 2]
    assert "execution" not in cells[0].metadata


def test_the_kernel_is_gone_when_run_notebook_returns(tmp_path) -> None:
    import os

    path = tmp_path / "pid.ipynb"
    write_notebook(path, "import os\nprint(os.getpid())")
    run_notebook(path)
    pid = int(nbformat.read(path, as_version=4).cells[0].outputs[0]["text"])
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # signal 0 only asks whether the process exists


def test_a_failing_notebook_is_reported_and_the_others_still_run(tmp_path, capsys) -> None:
    broken, fine = tmp_path / "a_broken.ipynb", tmp_path / "b_fine.ipynb"
    write_notebook(broken, "1 / 0")
    write_notebook(fine, "'ran'")
    assert main([str(broken), str(fine)]) == 1
    err = capsys.readouterr().err
    assert f"FAILED {broken}" in err and "ZeroDivisionError" in err
    assert f"FAILED {fine}" not in err
    assert nbformat.read(fine, as_version=4).cells[0].outputs[0]["data"]["text/plain"] == "'ran'"
    assert nbformat.read(broken, as_version=4).cells[0].outputs == []


def test_a_widget_is_stored_as_its_static_view_and_the_file_is_stable(tmp_path) -> None:
    path = tmp_path / "widgets.ipynb"
    source = (
        "import ipywidgets as w\n"
        "from helpers.views.page import StaticFallback\n"
        "class Shown(StaticFallback, w.Label):\n"
        "    def static_html(self):\n"
        "        return '<p>路 ' + self.value + '</p>'\n"
        "Shown('lù')"
    )
    write_notebook(path, source)
    run_notebook(path)
    first = path.read_bytes()
    run_notebook(path)
    assert path.read_bytes() == first
    nb = nbformat.read(path, as_version=4)
    assert "widgets" not in nb.metadata
    assert nb.cells[0].outputs[0]["data"]["text/html"] == "<p>路 lù</p>"
    assert "application/vnd.jupyter.widget-view+json" not in nb.cells[0].outputs[0]["data"]
    assert NotebookNotary().check_signature(nb)


def test_a_widget_without_a_static_view_is_refused(tmp_path, capsys) -> None:
    path = tmp_path / "bare.ipynb"
    write_notebook(path, "import ipywidgets as w\nw.Button(description='go')")
    assert main([str(path)]) == 1
    assert "cell 0: a widget is shown without a static HTML view" in capsys.readouterr().err
    assert nbformat.read(path, as_version=4).cells[0].outputs == []


def test_trust_signs_without_running(tmp_path) -> None:
    path = tmp_path / "signed.ipynb"
    write_notebook(path, "1 + 1")
    assert not NotebookNotary().check_signature(nbformat.read(path, as_version=4))
    assert main(["--trust", str(path)]) == 0
    nb = nbformat.read(path, as_version=4)
    assert NotebookNotary().check_signature(nb)
    assert nb.cells[0].outputs == []
