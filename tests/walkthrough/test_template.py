"""Tests for helpers.walkthrough: the committed walkthroughs 01-05 are what the template makes, a
hand edit is caught, --write keeps the outputs of unchanged cells, prose files checked on load."""

import copy
import json
import tomllib
from dataclasses import replace
from pathlib import Path

import nbformat
import pytest

from helpers.core.errors import CorpusError
from helpers.walkthrough.files import curated_walkthroughs, differences, merged, notebook_path
from helpers.walkthrough.prose import ROLES, Section, load_prose
from helpers.walkthrough.template import prose_for, walkthrough_notebook

PROSE = Path(__file__).resolve().parents[2] / "corpus" / "walkthroughs"
CURATED = ["000", "001", "002", "003", "004"]


def test_every_curated_document_has_a_prose_file():
    assert curated_walkthroughs() == CURATED


@pytest.mark.parametrize("doc_id", CURATED)
def test_the_committed_notebook_is_what_the_template_makes(doc_id):
    prose = prose_for(doc_id)
    path = notebook_path(doc_id, prose.notebook)
    made = walkthrough_notebook(doc_id, prose)
    assert differences(nbformat.read(path, as_version=4), made) == [], (
        f"{path.name} differs from its template: run `python -m helpers walkthroughs --write`"
    )
    assert all(not cell.get("outputs") for cell in made.cells)
    nbformat.validate(made)


def test_a_hand_edit_and_a_lost_tag_are_caught():
    prose = prose_for("000")
    stored = nbformat.read(notebook_path("000", prose.notebook), as_version=4)
    stored.cells[4].source += "\n# edited"
    stored.cells[-3].metadata.pop("nbgrader")
    found = differences(stored, walkthrough_notebook("000", prose))
    assert len(found) == 2
    assert "cell 4 (nb01-04): source differ" in found[0] and "metadata" in found[1]


def test_write_keeps_the_outputs_of_unchanged_cells_and_the_notebook_metadata():
    made = walkthrough_notebook("000")
    stored = copy.deepcopy(made)
    stored.metadata["language_info"]["version"] = "3.11.9"
    output = nbformat.v4.new_output("stream", text="kept")
    stored.cells[4].outputs = [output]
    stored.cells[6].outputs = [output]
    stored.cells[6].source = "an older source"
    result = merged(stored, made)
    assert result.cells[4].outputs == [output]
    assert result.cells[6].outputs == []
    assert result.metadata["language_info"]["version"] == "3.11.9"


def test_the_curated_ids_are_kept_and_new_ids_come_from_roles():
    prose = prose_for("003")
    assert prose.ids["title"] == "nb04-00"
    lean = replace(prose, ids={}, sections=(Section("### A", 0),))
    ids = [cell.id for cell in walkthrough_notebook("003", lean).cells]
    assert ids[:2] == ["w003-title", "w003-imports"] and "w003-section0" in ids
    assert len(set(ids)) == len(ids)


def _data(doc_id: str) -> dict:
    return tomllib.loads((PROSE / f"{doc_id}.toml").read_text("utf-8"))


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d.pop("pair"), "key 'pair' is missing"),
        (lambda d: d.update(colour="red"), "unknown key 'colour'"),
        (lambda d: d["prose"].pop("title"), "[prose]: key 'title' is missing"),
        (lambda d: d["prose"].update(title=" "), "'title' must be a non-empty string"),
        (lambda d: d.update(pair="original ↔ fr"), "'pair' is 'original ↔ fr', not one of"),
        (lambda d: d.update(close_reading="ipa"), "'close_reading' is 'ipa'"),
        (lambda d: d.update(overview="end"), "'overview' is 'end'"),
        (lambda d: d.update(close_refs=[]), "'close_refs' must name at least one"),
        (lambda d: d["sections"][0].update(view=[3, 1]), "sections #0: 'view' must be"),
        (lambda d: d["sections"][0].update(collapsible="yes"), "'collapsible' must be true"),
        (lambda d: d["sections"][1].update(shown=1), "sections #1: unknown key 'shown'"),
        (lambda d: d["ids"].update(title="a b"), "[ids]: 'title': 'a b' is not a cell id"),
        (lambda d: d["ids"].update(footer="x"), "[ids]: unknown key 'footer'"),
        (lambda d: d["extra"][0].update(after="end"), "extra #0: 'after' is 'end'"),
        (lambda d: d["extra"][0].update(markdown="x"), "exactly one of 'markdown' and 'code'"),
        (lambda d: d["alt"].update(map="x"), "[alt]: unknown key 'map'"),
    ],
)
def test_a_bad_prose_file_names_the_file_and_the_field(tmp_path, change, message):
    data = _data("001")
    change(data)
    path = tmp_path / "001.toml"
    path.write_text(_toml(data), encoding="utf-8")
    with pytest.raises(CorpusError) as raised:
        load_prose(path, "001")
    assert str(path) in str(raised.value) and message in str(raised.value)


def test_a_prose_file_of_another_document_or_not_toml_is_refused(tmp_path):
    path = tmp_path / "002.toml"
    path.write_text(_toml(_data("001")), encoding="utf-8")
    with pytest.raises(CorpusError, match="'doc' is '001', not '002'"):
        load_prose(path, "002")
    path.write_text("doc = ", encoding="utf-8")
    with pytest.raises(CorpusError, match="not valid TOML"):
        load_prose(path, "002")


def test_every_role_has_a_cell_id_in_the_curated_files():
    for doc_id in CURATED:
        prose = prose_for(doc_id)
        assert set(prose.ids) <= set(ROLES)


def _toml(data: dict) -> str:
    """A TOML rendering good enough for these tables (strings, numbers, lists, tables)."""

    def value(v: object) -> str:
        return "true" if v is True else "false" if v is False else json.dumps(v, ensure_ascii=False)

    lines = [f"{k} = {value(v)}" for k, v in data.items() if not isinstance(v, dict | list)]
    lines += [f"{k} = {value(v)}" for k, v in data.items() if isinstance(v, list) and not v]
    lines += [
        f"{k} = {value(v)}"
        for k, v in data.items()
        if isinstance(v, list) and v and not isinstance(v[0], dict)
    ]
    for k, v in data.items():
        if isinstance(v, dict):
            lines += [f"[{k}]", *(f"{a} = {value(b)}" for a, b in v.items())]
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            for row in v:
                lines += [f"[[{k}]]", *(f"{a} = {value(b)}" for a, b in row.items())]
    return "\n".join(lines) + "\n"


def test_a_readers_titles_and_headings_are_shown_as_written_not_rendered(one_text_corpus):
    from helpers.walkthrough.defaults import literal

    heading = '["100"]\nheadings = [{ lines = ["<i>第一節</i>"], level = 1 }]\n'
    doc = one_text_corpus(
        "<i>第一節</i>\n\n馬斯克說，明年要造一百萬台機器人。\n",
        structure=heading,
        title="<script>alert(1)</script>",
        publisher="**Bold** [link](http://x)",
    )
    markdown = [cell.source for cell in walkthrough_notebook(doc).cells]
    assert markdown[0].startswith("# \\<script\\>alert\\(1\\)\\<\\/script\\> 文檔 100")
    assert "Published by \\*\\*Bold\\*\\* \\[link\\]\\(http\\:\\/\\/x\\)" in markdown[0]
    assert "### \\<i\\>第一節\\<\\/i\\>" in markdown
    assert literal("a\nb  c") == "a b c"


NO_EXERCISES = {
    "short sentences": ("你好。我很好。你呢？\n", "plain"),
    "markup only": ("# 马斯克谈火星\n\n**[第一段]**\n\n![火箭](rocket.png)\n", "markdown"),
}
"""Readers' texts without exercises: every sentence too short for one; headings and markup."""


def _short_walkthrough(one_text_corpus, text="你好。我很好。你呢？\n", fmt="plain") -> Path:
    """The walkthrough of a text, written where `add` writes it: <corpus>/notebooks/."""
    from helpers.core.home import reader_corpus_dir

    doc = one_text_corpus(text, script="Simplified", region="mainland", format=fmt)
    path = reader_corpus_dir() / "notebooks" / f"{doc}_text.ipynb"
    path.parent.mkdir(exist_ok=True)
    nbformat.write(walkthrough_notebook(doc), path)
    return path


@pytest.mark.parametrize("text, fmt", NO_EXERCISES.values(), ids=NO_EXERCISES.keys())
def test_every_cell_of_the_walkthrough_of_a_text_without_exercises_runs(
    one_text_corpus, monkeypatch, text, fmt
):
    import matplotlib

    matplotlib.use("Agg")
    path = _short_walkthrough(one_text_corpus, text, fmt)
    monkeypatch.chdir(path.parent)  # the notebook opens its corpus as ".."
    cells = nbformat.read(path, as_version=4).cells
    assert 'ExerciseWidget("100")' in "".join(cell.source for cell in cells)
    namespace: dict[str, object] = {}
    for cell in cells:
        if cell.cell_type == "code":
            exec(compile(cell.source, cell.id, "exec"), namespace)
    assert "No exercises" in namespace["answer_key"]("100")


@pytest.mark.nbval
def test_the_walkthrough_of_a_text_without_exercises_executes(one_text_corpus):
    from helpers.notebook_runner import run_notebook

    path = _short_walkthrough(one_text_corpus)
    run_notebook(path)
    outputs = [cell for cell in nbformat.read(path, as_version=4).cells if cell.get("outputs")]
    assert any("No exercises" in json.dumps(cell.outputs) for cell in outputs)
