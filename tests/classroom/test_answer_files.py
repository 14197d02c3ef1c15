"""Exporting a student's answers as CSV and collecting a folder of exports (fake_generator's
exercises: 000.term-english.rocket's answer is "rocket", 000.script.p1.s0's is 晶片很重要)."""

import csv
from pathlib import Path

import pytest

from helpers.classroom.answer_files import (
    COLLECTED_COLUMNS,
    EXPORT_COLUMNS,
    collect_answers,
    collected_csv,
    export_answers,
)
from helpers.classroom.answers import answer_exercise, reset_answers
from helpers.core.errors import CorpusError

pytestmark = pytest.mark.usefixtures("fake_exercises")

ROCKET = "000.term-english.rocket"
SCRIPT = "000.script.p1.s0"
HEADER = ",".join(EXPORT_COLUMNS)


def test_export_writes_one_row_per_attempt(home: Path, tmp_path: Path) -> None:
    answer_exercise(ROCKET, "chip")
    answer_exercise(ROCKET, "rocket")
    answer_exercise(SCRIPT, "晶片, 很重要")  # a comma in an answer is quoted in the CSV
    out = tmp_path / "ana.csv"
    assert export_answers(out, " Ana ") == 3
    with out.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == list(EXPORT_COLUMNS)
    assert [row[:7] for row in rows[1:]] == [
        ["Ana", ROCKET, "000", "term-english", "1", "chip", "0"],
        ["Ana", ROCKET, "000", "term-english", "2", "rocket", "1"],
        ["Ana", SCRIPT, "000", "script", "1", "晶片, 很重要", "0"],
    ]


def test_export_refuses_an_empty_student_name(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="student name"):
        export_answers(tmp_path / "x.csv", "  ")


def test_collect_sums_each_students_attempts(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "handed-in"
    folder.mkdir()
    for answer in ("chip", "robot", "rocket", "debt"):
        answer_exercise(ROCKET, answer)
    answer_exercise(SCRIPT, "芯片很重要")
    export_answers(folder / "bo.csv", "Bo")
    export_answers(folder / "bo-again.csv", "Bo")  # handed in twice: counted once
    reset_answers()
    answer_exercise(ROCKET, "A")
    export_answers(folder / "ana.csv", "Ana")
    (folder / "notes.txt").write_text("not read", encoding="utf-8")
    collected = collect_answers(folder)
    assert list(collected.columns) == list(COLLECTED_COLUMNS)
    assert collected.astype(object).where(collected.notna(), None).values.tolist() == [
        ["Ana", ROCKET, "000", "term-english", 1, False, None, "A"],
        ["Bo", SCRIPT, "000", "script", 1, False, None, "芯片很重要"],
        ["Bo", ROCKET, "000", "term-english", 4, True, 3, "debt"],
    ]


def _collect_one(tmp_path: Path, text: str) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.csv").write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        collect_answers(folder)
    return str(caught.value)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("Ana,000.term-english.rocket,000,term-english,0,x,1,t", "attempt"),
        ("Ana,000.term-english.rocket,000,term-english,1,x,yes,t", "correct is not 0 or 1"),
        ("Ana,000.term-english.rocket,000,term-english,1,x,1", "7 fields, not 8"),
        ("Ana,not an id,000,term-english,1,x,1,t", "not an exercise id"),
        (",000.term-english.rocket,000,term-english,1,x,1,t", "no student"),
    ],
)
def test_a_malformed_row_is_named_by_file_and_line(tmp_path: Path, row: str, problem: str) -> None:
    good = "Ana,000.term-english.rocket,000,term-english,1,x,1,t"
    message = _collect_one(tmp_path, f"{HEADER}\n{good}\n{row}\n")
    assert "one.csv, line 3" in message and problem in message


def test_a_csv_that_is_not_an_export_is_refused(tmp_path: Path) -> None:
    message = _collect_one(tmp_path, "word,status\n芯片,1\n")
    assert "one.csv is not an answers export" in message


def test_a_missing_or_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not a folder"):
        collect_answers(tmp_path / "missing")
    with pytest.raises(CorpusError, match=r"no \*\.csv"):
        collect_answers(tmp_path)


FORMULAS = ['=HYPERLINK("http://x")', "+1", "-38 trillion dollars", "@SUM(A1)", "'=already"]


def test_formula_answers_are_quoted_in_the_export_and_kept_by_collect(
    home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for answer in FORMULAS:
        answer_exercise(SCRIPT, answer)
    assert export_answers(folder / "eve.csv", "=Eve") == len(FORMULAS)
    with (folder / "eve.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))[1:]
    # OWASP: a quote before =, +, -, @ (and before a quote, so reading back is exact)
    assert [row[5] for row in rows] == [
        '\'=HYPERLINK("http://x")',
        "'+1",
        "'-38 trillion dollars",
        "'@SUM(A1)",
        "''=already",
    ]
    assert {row[0] for row in rows} == {"'=Eve"}
    collected = collect_answers(folder)
    assert collected[["student", "last_answer"]].values.tolist() == [["=Eve", "'=already"]]
    answer_exercise(ROCKET, '=HYPERLINK("http://x")')
    export_answers(folder / "eve.csv", "=Eve")
    assert list(csv.reader(collected_csv(collect_answers(folder)).splitlines())) == [
        list(COLLECTED_COLUMNS),
        ["'=Eve", SCRIPT, "000", "script", "5", "0", "", "''=already"],
        ["'=Eve", ROCKET, "000", "term-english", "1", "0", "", '\'=HYPERLINK("http://x")'],
    ]


def test_collected_csv_writes_correct_as_in_the_export(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    answer_exercise(ROCKET, "chip")
    answer_exercise(ROCKET, "rocket")
    export_answers(folder / "ana.csv", "Ana")
    assert collected_csv(collect_answers(folder)).splitlines()[1:] == [
        f"Ana,{ROCKET},000,term-english,2,1,2,rocket"
    ]
