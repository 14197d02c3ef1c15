"""Teacher and student copies: hand-written notebooks whose expected copies are spelled out here,
a release of the real notebooks/ folder, the command line, and one released notebook executed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from helpers.classroom.release import MARKER, release
from helpers.classroom.student import leaks, student_notebook
from helpers.core.errors import CorpusError
from helpers.core.paths import NOTEBOOKS_DIR

STUB = 'answer = ""  # YOUR ANSWER HERE'


def solution_meta(grade_id: str) -> dict[str, Any]:
    """The conventions' nbgrader metadata of a solution cell."""
    return {
        "solution": True,
        "grade": False,
        "locked": False,
        "grade_id": grade_id,
        "schema_version": 3,
    }


def cell(kind: str, source: str, tags: tuple[str, ...] = (), **metadata: Any) -> Any:
    """A code or markdown cell with tags and metadata; code cells get one stored output."""
    made = new_code_cell(source) if kind == "code" else new_markdown_cell(source)
    if kind == "code":
        made.outputs = [new_output("stream", name="stdout", text="stored\n")]
        made.execution_count = 3
    if tags:
        made.metadata["tags"] = list(tags)
    made.metadata.update(metadata)
    return made


def notebook(*cells: Any) -> Any:
    """A valid version-4 notebook holding the cells, ids c0, c1, … in order."""
    nb = new_notebook(cells=list(cells))
    for index, one in enumerate(nb.cells):
        one.id = f"c{index}"
    return nb


def write(folder: Path, name: str, nb: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / name)
    return folder / name


def lesson() -> Any:
    """A small lesson in the walkthroughs' shape: intro, widget, teacher cells, solution, check."""
    return notebook(
        cell("markdown", "## Exercises 練習"),
        cell("code", "x = 1", ()),
        cell("code", "widget()", ("exercise",)),
        cell("markdown", "Discuss 輝達.", ("teacher",)),
        cell("code", "answer_key()", ("teacher",)),
        cell(
            "code",
            '### BEGIN SOLUTION\nanswer = solution("000.script.p3.s0")\n### END SOLUTION',
            nbgrader=solution_meta("000_script_p3_s0"),
        ),
        cell(
            "code",
            'check_answer("000.script.p3.s0", answer)',
            ("exercise",),
            nbgrader={**solution_meta("check"), "solution": False, "locked": True},
        ),
    )


def test_teacher_cells_go_and_the_solution_becomes_the_stub():
    student, counts = student_notebook(lesson(), "lesson.ipynb")
    # cells c3 and c4 are tagged teacher; the others stay, in order, with their ids.
    assert [c.id for c in student.cells] == ["c0", "c1", "c2", "c5", "c6"]
    assert student.cells[3].source == STUB
    assert student.cells[3].metadata["nbgrader"] == solution_meta("000_script_p3_s0")
    # removed: c3, c4; stripped: one region; locked: c2 (exercise), c6 (exercise, read-only);
    # cleared: c2, c5 (solution), c6.
    assert (counts.cells_removed, counts.solutions_stripped) == (2, 1)
    assert (counts.cells_locked, counts.outputs_cleared) == (2, 3)
    assert leaks(student, "lesson.ipynb") == []


def test_the_source_notebook_is_left_as_it_was():
    nb = lesson()
    before = nbformat.writes(nb)
    student_notebook(nb, "lesson.ipynb")
    assert nbformat.writes(nb) == before


def test_outputs_cleared_only_in_exercise_and_solution_cells():
    student, _ = student_notebook(lesson(), "lesson.ipynb")
    by_id = {c.id: c for c in student.cells}
    assert [(o["text"]) for o in by_id["c1"].outputs] == ["stored\n"]
    assert by_id["c1"].execution_count == 3
    for cid in ("c2", "c5", "c6"):
        assert by_id[cid].outputs == [] and by_id[cid].execution_count is None


def test_exercise_and_read_only_cells_are_locked_and_the_solution_is_not():
    student, _ = student_notebook(lesson(), "lesson.ipynb")
    by_id = {c.id: c for c in student.cells}
    assert by_id["c2"].metadata == {"tags": ["exercise"], "editable": False, "deletable": False}
    assert by_id["c6"].metadata["nbgrader"]["locked"] is True
    assert (by_id["c6"].metadata["editable"], by_id["c6"].metadata["deletable"]) == (False, False)
    assert "editable" not in by_id["c5"].metadata and "editable" not in by_id["c1"].metadata


def test_a_grade_cell_without_the_exercise_tag_is_locked():
    grade = {**solution_meta("q1_test"), "solution": False, "grade": True, "points": 2}
    student, counts = student_notebook(
        notebook(cell("code", "assert answer == 'x'", nbgrader=grade)), "g.ipynb"
    )
    assert student.cells[0].metadata["nbgrader"]["locked"] is True
    assert student.cells[0].metadata["editable"] is False
    # a grade cell is not an exercise cell: its output stays
    assert counts.cells_locked == 1 and counts.outputs_cleared == 0


def test_several_regions_keep_their_indentation_and_the_code_around_them():
    source = (
        "def pick(n):\n"
        "    ### BEGIN SOLUTION\n"
        "    answer = n * 2\n"
        "    ### END SOLUTION\n"
        "    return answer\n"
        "\n"
        "### BEGIN SOLUTION\n"
        "answer = pick(3)\n"
        "### END SOLUTION\n"
        "print(answer)"
    )
    nb = notebook(cell("code", source, nbgrader=solution_meta("q1")))
    student, counts = student_notebook(nb, "two.ipynb")
    assert student.cells[0].source == (
        f"def pick(n):\n    {STUB}\n    return answer\n\n{STUB}\nprint(answer)"
    )
    assert counts.solutions_stripped == 2


def test_a_solution_cell_without_markers_is_replaced_whole_as_nbgrader_does():
    nb = notebook(
        cell("code", "answer = 42", nbgrader=solution_meta("q1")),
        cell(
            "markdown",
            "The answer is 輝達.",
            nbgrader={**solution_meta("q2"), "grade": True, "points": 1},
        ),
    )
    student, counts = student_notebook(nb, "whole.ipynb")
    assert [c.source for c in student.cells] == [STUB, "YOUR ANSWER HERE"]
    assert counts.solutions_stripped == 2


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "### BEGIN SOLUTION\nanswer = 1",
            "line 1: ### BEGIN SOLUTION without an ### END SOLUTION",
        ),
        (
            "answer = 1\n### END SOLUTION",
            "line 2: ### END SOLUTION without a ### BEGIN SOLUTION before it",
        ),
        (
            "### BEGIN SOLUTION\n  ### BEGIN SOLUTION\n  ### END SOLUTION\n### END SOLUTION",
            "line 2: ### BEGIN SOLUTION inside the region opened on line 1",
        ),
    ],
)
def test_malformed_markers_are_refused_naming_notebook_and_cell(source, message):
    nb = notebook(cell("markdown", "intro"), cell("code", source))
    with pytest.raises(CorpusError) as error:
        student_notebook(nb, "bad.ipynb")
    assert str(error.value) == f"bad.ipynb: cell 1 (id c1): {message}"


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        (solution_meta("000.script.p3.s0"), "grade_id must be letters, digits, _ or -"),
        ({**solution_meta("q1"), "schema_version": 1}, "schema_version must be 3"),
        ({**solution_meta("q1"), "grade": True}, "needs points"),
        ({**solution_meta("q1"), "points": 1, "colour": "red"}, "unknown keys ['colour']"),
    ],
)
def test_nbgrader_metadata_nbgrader_would_refuse_is_refused(meta, message):
    nb = notebook(cell("code", "answer = 1", nbgrader=meta))
    with pytest.raises(CorpusError, match=r"m\.ipynb: cell 0 \(id c0\): .*") as error:
        student_notebook(nb, "m.ipynb")
    assert message in str(error.value)


def test_a_duplicate_grade_id_is_refused():
    nb = notebook(
        cell("code", "answer = 1", nbgrader=solution_meta("q1")),
        cell("code", "answer = 2", nbgrader=solution_meta("q1")),
    )
    with pytest.raises(CorpusError, match=r"cell 1 \(id c1\): nbgrader grade_id 'q1' is also"):
        student_notebook(nb, "dup.ipynb")


def test_a_solution_cell_tagged_exercise_is_refused():
    nb = notebook(cell("code", "### BEGIN SOLUTION\nx\n### END SOLUTION", ("exercise",)))
    with pytest.raises(CorpusError, match="cannot also be tagged 'exercise'"):
        student_notebook(nb, "both.ipynb")


def test_leaks_names_every_giveaway():
    nb = notebook(
        cell("code", "### BEGIN SOLUTION"),
        cell("markdown", "key", ("teacher",)),
        cell("code", 'answer = solution("x")'),
        cell("code", "widget()", ("exercise",)),
    )
    assert leaks(nb, "l.ipynb") == [
        "l.ipynb: cell 0 (id c0): a solution marker",
        "l.ipynb: cell 1 (id c1): a cell tagged 'teacher'",
        "l.ipynb: cell 2 (id c2): a solution( call",
        "l.ipynb: cell 3 (id c3): outputs in an exercise or solution cell",
    ]


def test_release_writes_both_copies_and_a_marker(tmp_path):
    source = tmp_path / "nbs"
    path = write(source, "01_lesson.ipynb", lesson())
    report = release(tmp_path / "out", source)
    out = tmp_path / "out"
    assert (out / "teacher" / "01_lesson.ipynb").read_bytes() == path.read_bytes()
    student = nbformat.read(out / "student" / "01_lesson.ipynb", as_version=4)
    assert [c.id for c in student.cells] == ["c0", "c1", "c2", "c5", "c6"]
    assert (out / MARKER).read_text() == "teacher/01_lesson.ipynb\nstudent/01_lesson.ipynb\n"
    assert report.as_dict()["student"] == {
        "notebooks": 1,
        "cells_removed": 2,
        "solutions_stripped": 1,
        "cells_locked": 2,
        "outputs_cleared": 3,
    }
    assert report.as_dict()["teacher"]["cells_removed"] == 0


def test_release_replaces_an_earlier_release_but_never_other_files(tmp_path):
    source = tmp_path / "nbs"
    write(source, "01_lesson.ipynb", lesson())
    out = tmp_path / "out"
    release(out, source)
    release(out, source)  # an earlier release is replaced
    (out / "student" / "mine.txt").write_text("keep me")
    with pytest.raises(CorpusError, match=r"did not write \(student/mine\.txt\)"):
        release(out, source)
    assert (out / "student" / "mine.txt").read_text() == "keep me"
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.md").write_text("x")
    with pytest.raises(CorpusError, match="holds no earlier release"):
        release(other, source)


def test_release_refuses_a_folder_inside_the_notebooks(tmp_path, project_root):
    source = tmp_path / "nbs"
    write(source, "01_lesson.ipynb", lesson())
    for out in (source / "release", project_root / "notebooks" / "release"):
        with pytest.raises(CorpusError, match="inside the notebooks folder"):
            release(out, source)
    assert not (project_root / "notebooks" / "release").exists()


def test_a_malformed_notebook_writes_nothing(tmp_path):
    source = tmp_path / "nbs"
    write(source, "01_lesson.ipynb", lesson())
    write(source, "02_bad.ipynb", notebook(cell("code", "### END SOLUTION")))
    with pytest.raises(CorpusError, match=r"02_bad\.ipynb: cell 0"):
        release(tmp_path / "out", source)
    assert not (tmp_path / "out").exists()


@pytest.fixture(scope="module")
def real_release(tmp_path_factory):
    out = tmp_path_factory.mktemp("release")
    return out, release(out, NOTEBOOKS_DIR)


def test_the_real_release_teacher_copy_is_the_notebooks_byte_for_byte(real_release, project_root):
    out, report = real_release
    names = sorted(p.name for p in (project_root / "notebooks").glob("*.ipynb"))
    assert list(report.notebooks) == names
    for name in names:
        assert (out / "teacher" / name).read_bytes() == (
            project_root / "notebooks" / name
        ).read_bytes()


def test_the_real_release_student_copies_give_nothing_away(real_release):
    out, report = real_release
    for name in sorted(set(report.notebooks) - set(report.teacher_only)):
        nb = nbformat.read(out / "student" / name, as_version=4)
        assert leaks(nb, name) == []
        text = nbformat.writes(nb)
        assert "BEGIN SOLUTION" not in text and "answer_key(" not in text
    # walkthroughs 01-05 each have one typed exercise and two teacher cells
    assert report.student.solutions_stripped >= 5
    assert report.student.cells_removed >= 10


def test_the_release_command_prints_its_summary(cli, tmp_path):
    source = tmp_path / "nbs"
    write(source, "01_lesson.ipynb", lesson())
    done = cli("release", "--out", str(tmp_path / "out"), "--source", str(source))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["notebooks"] == ["01_lesson.ipynb"]
    assert summary["student"]["solutions_stripped"] == 1
    again = cli("release", "--out", str(source), "--source", str(source))
    assert again.returncode == 2 and again.stderr.startswith("error: ")


def test_a_released_student_notebook_runs_from_another_folder(tmp_path):
    source = tmp_path / "nbs"
    runnable = notebook(
        cell("code", "from helpers import document"),
        cell(
            "code",
            '### BEGIN SOLUTION\nanswer = document("000").slug\n### END SOLUTION',
            nbgrader=solution_meta("slug"),
        ),
        cell("code", "print(repr(answer))", ("exercise",)),
    )
    write(source, "01_run.ipynb", runnable)
    release(tmp_path / "out", source)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    nb = nbformat.read(tmp_path / "out" / "student" / "01_run.ipynb", as_version=4)
    NotebookClient(nb, timeout=120, resources={"metadata": {"path": str(elsewhere)}}).execute()
    # the student's answer is the stub's empty string, not the teacher's slug
    assert nb.cells[2].outputs[0]["text"] == "''\n"


def guide() -> Any:
    """A notebook for teachers only, with a sample answer in a plain cell."""
    nb = notebook(cell("markdown", "# Guide"), cell("code", 'sample = "US$38 trillion"'))
    nb.metadata["classroom"] = {"audience": "teacher"}
    return nb


def test_a_notebook_for_teachers_only_has_no_student_copy(tmp_path):
    source = tmp_path / "nbs"
    write(source, "01_lesson.ipynb", lesson())
    guide_path = write(source, "10_guide.ipynb", guide())
    out = tmp_path / "out"
    report = release(out, source).as_dict()
    assert report["notebooks"] == ["01_lesson.ipynb", "10_guide.ipynb"]
    assert report["teacher_only"] == ["10_guide.ipynb"]
    assert report["teacher"]["notebooks"] == 2
    # only the lesson's counts, as in test_release_writes_both_copies_and_a_marker
    assert report["student"] == {
        "notebooks": 1,
        "cells_removed": 2,
        "solutions_stripped": 1,
        "cells_locked": 2,
        "outputs_cleared": 3,
    }
    assert sorted(p.name for p in (out / "student").iterdir()) == ["01_lesson.ipynb"]
    assert (out / "teacher" / "10_guide.ipynb").read_bytes() == guide_path.read_bytes()
    assert (out / MARKER).read_text().splitlines() == [
        "teacher/01_lesson.ipynb",
        "teacher/10_guide.ipynb",
        "student/01_lesson.ipynb",
    ]
    assert leaks(guide(), "10_guide.ipynb") == ["10_guide.ipynb: a notebook for teachers only"]


@pytest.mark.parametrize("entry", ["teacher", {"audience": "parents"}, {"audience": None}])
def test_a_malformed_audience_is_refused(tmp_path, entry):
    source = tmp_path / "nbs"
    nb = lesson()
    nb.metadata["classroom"] = entry
    write(source, "01_lesson.ipynb", nb)
    with pytest.raises(CorpusError, match=r"01_lesson\.ipynb: notebook metadata classroom"):
        release(tmp_path / "out", source)


def test_release_refuses_a_file_a_notebook_name_and_a_folder_inside_a_release(tmp_path):
    source = tmp_path / "nbs"
    write(source, "01_lesson.ipynb", lesson())
    afile = tmp_path / "afile"
    afile.write_text("not a folder")
    rel = tmp_path / "rel"
    release(rel, source)
    refused = [
        (afile, "is a file, not a folder"),
        (afile / "sub", "is a file, not a folder"),
        (tmp_path / "x.ipynb", "a notebook's name"),
        (rel / "student" / "x.ipynb", "a notebook's name"),
        (rel / "student" / "more", "inside the earlier release"),
        (rel / "new" / "deeper", "inside the earlier release"),
    ]
    for out, message in refused:
        with pytest.raises(CorpusError, match=message):
            release(out, source)
    assert afile.read_text() == "not a folder"
    assert not (tmp_path / "x.ipynb").exists() and not (rel / "new").exists()
    release(rel, source)  # the earlier release is still replaceable


def test_the_release_command_refuses_a_file_in_one_line(cli, tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("")
    done = cli("release", "--out", str(afile))
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_the_real_release_leaves_the_guide_out_of_the_student_copy(real_release):
    out, report = real_release
    # notebooks/10_teachers_guide.ipynb carries "classroom": {"audience": "teacher"}
    assert report.teacher_only == ("10_teachers_guide.ipynb",)
    assert report.student.notebooks == len(report.notebooks) - 1
    assert (out / "teacher" / "10_teachers_guide.ipynb").is_file()
    assert not any(p.name.startswith("10_") for p in (out / "student").iterdir())
