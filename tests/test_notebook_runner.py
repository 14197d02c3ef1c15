"""Tests for helpers.notebook_runner: a notebook runs in its folder and is stored with outputs."""

import nbformat

from helpers.notebook_runner import main, run_notebook


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


def test_widget_ids_come_out_the_same_on_every_run(tmp_path) -> None:
    path = tmp_path / "widgets.ipynb"
    source = "import ipywidgets as w\nw.VBox([w.Button(description='go'), w.Label('路')])"
    write_notebook(path, source, "w.Text('second')")
    run_notebook(path)
    first = path.read_bytes()
    run_notebook(path)
    assert path.read_bytes() == first
    nb = nbformat.read(path, as_version=4)
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    shown = [
        cell.outputs[0]["data"]["application/vnd.jupyter.widget-view+json"] for cell in nb.cells
    ]
    # VBox and its layout (2); Button, Label and Text, each with a layout and a style (3 each).
    assert len(state) == 11
    assert {view["model_id"] for view in shown} <= set(state)
    text = nbformat.writes(nb)
    assert all(text.count(model) >= 2 for model in state)  # every model is referred to or shown
