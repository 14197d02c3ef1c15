"""`python -m helpers exercises`, run in this process (helpers.cli.main) so that the registry's
generators are fake_generator's: per document 000, section 0 holds 000.term-english.rocket (answer
"rocket", choice B) and 000.english-term.chip; section 1 000.script.p1.s0 (typed, 晶片很重要) and
000.comprehension.q0. Tests on the real exercises, as a subprocess, come with the generators."""

import io
import json
from pathlib import Path

import pytest

from helpers.cli import main

pytestmark = pytest.mark.usefixtures("fake_exercises")

ROCKET = "000.term-english.rocket"
IDS = [ROCKET, "000.english-term.chip", "000.script.p1.s0", "000.comprehension.q0"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The exit status, standard output and standard error of one command."""
    try:
        status = main(list(args))
    except SystemExit as stop:
        status = int(stop.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_listing_as_json_hides_the_answers_unless_teacher(capsys) -> None:
    status, out, _ = run(capsys, "exercises", "--doc", "000", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [row["id"] for row in rows] == IDS
    assert rows[0]["choices"] == ["chip", "rocket", "robot", "debt"]
    assert not any("answer" in row or "explanation" in row for row in rows)
    _, out, _ = run(capsys, "exercises", "--doc", "000", "--json", "--teacher")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["answer"] for row in rows] == ["rocket", "芯片", "晶片很重要", "Elon Musk"]


def test_listing_as_text_is_one_line_per_exercise(capsys) -> None:
    _, out, _ = run(capsys, "exercises", "--doc", "000")
    lines = out.splitlines()  # sections counted from 1 in text, as the widget shows them
    assert lines[0] == (
        f"{ROCKET}  section 1  What does 火箭 mean?  [A) chip  B) rocket  C) robot  D) debt]"
    )
    assert lines[2] == (
        "000.script.p1.s0  section 2  Write this sentence as it is written in Taiwan. 芯片很重要"
        "  [typed]"
    )
    _, out, _ = run(capsys, "exercises", "--doc", "000", "--teacher")
    assert out.splitlines()[0].endswith("[A) chip  B) rocket  C) robot  D) debt]  answer: rocket")


def test_check_prints_the_feedback_and_records_each_attempt(capsys) -> None:
    status, out, _ = run(capsys, "exercises", "--check", ROCKET, "--answer", "chip")
    assert status == 0
    assert json.loads(out) == {
        "correct": False,
        "feedback": "Not chip. Try again.",
        "hint": "Think of SpaceX.",
        "marks": [],
    }
    _, out, _ = run(capsys, "exercises", "--check", "000.script.p1.s0", "--answer", "芯片很重要")
    assert json.loads(out)["marks"] == [0]  # 芯 where Taiwan writes 晶
    from helpers.classroom.answers import answer_history

    assert answer_history()["attempt"].tolist() == [1, 1]


def test_an_answer_from_standard_input(capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"rocket\n")))
    status, out, _ = run(capsys, "exercises", "--check", ROCKET, "--answer", "-")
    assert status == 0 and json.loads(out)["correct"] is True
    assert json.loads(out)["feedback"] == "Right. 火箭 is a rocket (glossary entry rocket)."


def test_export_collect_and_reset(capsys, tmp_path: Path) -> None:
    run(capsys, "exercises", "--check", ROCKET, "--answer", "A")
    run(capsys, "exercises", "--check", ROCKET, "--answer", "B")
    folder = tmp_path / "in"
    folder.mkdir()
    status, out, _ = run(
        capsys, "exercises", "--export", str(folder / "ana.csv"), "--student", "Ana"
    )
    assert status == 0 and json.loads(out)["rows"] == 2
    _, out, _ = run(capsys, "exercises", "--collect", str(folder))
    assert out.splitlines() == [
        "student,exercise,doc,kind,attempts,correct,first_correct_attempt,last_answer",
        f"Ana,{ROCKET},000,term-english,2,1,2,B",  # correct as 1 or 0, as in the export
    ]
    status, out, _ = run(
        capsys, "exercises", "--collect", str(folder), "--out", str(tmp_path / "all.csv")
    )
    assert (status, out) == (0, "")
    assert (tmp_path / "all.csv").read_text(encoding="utf-8").count("\n") == 2
    _, out, _ = run(capsys, "exercises", "--reset", "--doc", "001")
    assert json.loads(out) == {"deleted": 0}
    _, out, _ = run(capsys, "exercises", "--reset")
    assert json.loads(out) == {"deleted": 2}


def test_export_names_the_login_by_default(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "lin")
    run(capsys, "exercises", "--check", ROCKET, "--answer", "A")
    run(capsys, "exercises", "--export", str(tmp_path / "out.csv"))
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()[1].startswith("lin,")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--doc", "999"), "999"),
        (("--check", "000.term-english.nothing", "--answer", "x"), "no exercise"),
        (("--check", ROCKET), "--check needs --answer"),
    ],
)
def test_bad_input_is_one_line_with_status_2(capsys, args, said) -> None:
    status, out, err = run(capsys, "exercises", *args)
    assert (status, out) == (2, "") and said in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ((), "give --doc D"),
        (("--check", ROCKET, "--answer", "x", "--json"), "--json has no effect"),
        (("--doc", "000", "--answer", "x"), "--answer has no effect"),
        (("--export", "x.csv", "--doc", "000"), "--doc only works"),
        (("--collect", ".", "--student", "x"), "--student has no effect"),
        (("--reset", "--out", "x"), "--out has no effect"),
    ],
)
def test_flags_with_no_effect_are_refused(capsys, args, said) -> None:
    status, _, err = run(capsys, "exercises", *args)
    assert status == 2 and said in err
