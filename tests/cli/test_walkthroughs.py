"""Tests for `python -m helpers walkthroughs`: --check on the committed notebooks; a reader's
notebook edited by hand is found by --check and put right by --write."""

import json

import nbformat

from helpers.cli import main
from helpers.core.caching import reload

ARTICLE = "马斯克说，人工智能将在三年内改变一切。\n我们需要更多的电力和芯片。\n"


def test_the_committed_walkthroughs_pass_the_check(capsys):
    assert main(["walkthroughs", "--check"]) == 0
    assert capsys.readouterr().err == ""


def test_a_hand_edit_is_found_and_write_puts_it_right(tmp_path, capsys, monkeypatch):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("READER_CORPUS", str(tmp_path / "mine"))
    reload()
    try:
        assert main(["add", str(tmp_path / "article.txt"), "--no-run"]) == 0
        path = tmp_path / "mine" / "notebooks" / "100_article.ipynb"
        nb = nbformat.read(path, as_version=4)
        nb.cells[0].source += " (edited)"
        nb.cells[4].outputs = [nbformat.v4.new_output("stream", text="kept")]
        nbformat.write(nb, path)
        capsys.readouterr()
        assert main(["walkthroughs", "--check", "--doc", "100"]) == 1
        err = capsys.readouterr().err
        assert f"{path}: differs from the template" in err
        assert "cell 0 (w100-title): source differ" in err
        assert main(["walkthroughs", "--write", "--doc", "100"]) == 0
        assert capsys.readouterr().out == f"wrote {path}\n"
        assert main(["walkthroughs", "--doc", "100"]) == 0
    finally:
        reload()
    written = json.loads(path.read_text(encoding="utf-8"))
    assert "".join(written["cells"][4]["outputs"][0]["text"]) == "kept"


def test_an_unknown_document_is_one_line_exit_two(capsys):
    assert main(["walkthroughs", "--doc", "999"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
