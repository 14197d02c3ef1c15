"""A student's answers as a CSV file for the teacher, and a folder of those files read back.

The export has one row per attempt (EXPORT_COLUMNS, UTF-8, a header row); collecting reads every
*.csv in a folder and sums each student's attempts at each exercise (collected_csv writes that as
CSV). In both CSV files `correct` is 1 or 0 (a spreadsheet sums it); the DataFrame of
collect_answers holds it as a bool.

A teacher opens these files in a spreadsheet, so a text cell a spreadsheet would read as a formula
(starting with =, +, -, @, a tab or a carriage return: `=HYPERLINK(...)`) is written with a single
quote before it, as OWASP's advice on CSV injection says; so is a cell that starts with a quote,
so that collecting strips exactly one leading quote from every text cell and a round trip keeps
the answer as typed.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from helpers.classroom.answers import answer_history
from helpers.core.errors import CorpusError
from helpers.notes.exchange import write_text

EXPORT_COLUMNS = ("student", "exercise", "doc", "kind", "attempt", "answer", "correct", "answered")
COLLECTED_COLUMNS = (
    "student",
    "exercise",
    "doc",
    "kind",
    "attempts",
    "correct",
    "first_correct_attempt",
    "last_answer",
)
EXERCISE_ID = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
"""What a cell may not start with unquoted: formula starts (OWASP) and the quote itself."""


def spreadsheet_safe(cell: object) -> object:
    """A CSV cell a spreadsheet shows as text: text starting with FORMULA_STARTS gets a quote
    before it; other text and numbers are returned as they are."""
    return f"'{cell}" if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell


def _unquoted(cell: str) -> str:
    """A cell as spreadsheet_safe received it: one leading quote removed."""
    return cell[1:] if cell.startswith("'") else cell


def _csv(header: tuple[str, ...], rows: list[list[object]]) -> str:
    """CSV text (UTF-8, \\n line ends) of a header row and rows, every cell spreadsheet_safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def export_answers(out: Path, student: str, path: Path | None = None) -> int:
    """Write every attempt kept in the store to a CSV file, for a teacher to collect.

    Args:
        out: the CSV file to write (replaced whole if it exists).
        student: the student's name, written on every row (surrounding spaces dropped).
        path: the store file (default: the reader's store).

    Returns:
        How many rows (attempts) were written.

    Raises:
        CorpusError: an empty student name or one with a line break; out cannot be written;
            StoreError: the store cannot be used.
    """
    name = student.strip()
    if not name or any(char in name for char in "\r\n"):
        raise CorpusError(f"a student name is one line of text, not {student!r}")
    history = answer_history(path=path)
    columns = ["exercise", "doc", "kind", "attempt", "answer", "correct", "answered"]
    rows: list[list[object]] = [
        [name, *values] for values in history.astype({"correct": int})[columns].values.tolist()
    ]
    write_text(out, _csv(EXPORT_COLUMNS, rows))
    return len(history)


def _rows(file: Path) -> list[dict[str, object]]:
    """The attempts of one export file, checked.

    Raises:
        CorpusError: the file cannot be read, is not an answers export (its header row is not
            EXPORT_COLUMNS), or a row is malformed (the message names the file and line).
    """
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusError(f"cannot read {file}: {error}") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, [])
    if tuple(header) != EXPORT_COLUMNS:
        raise CorpusError(
            f"{file} is not an answers export (`python -m helpers exercises --export`): its first "
            f"line should be {','.join(EXPORT_COLUMNS)}"
        )
    rows: list[dict[str, object]] = []
    for fields in reader:
        line = reader.line_num
        if len(fields) != len(EXPORT_COLUMNS):
            raise CorpusError(
                f"{file}, line {line}: {len(fields)} fields, not {len(EXPORT_COLUMNS)}"
            )
        row = dict(zip(EXPORT_COLUMNS, map(_unquoted, fields), strict=True))
        checks = (
            (not row["student"].strip(), "no student"),
            (not EXERCISE_ID.fullmatch(row["exercise"]), "not an exercise id"),
            (not re.fullmatch(r"[1-9][0-9]*", row["attempt"]), "attempt is not a number from 1"),
            (row["correct"] not in ("0", "1"), "correct is not 0 or 1"),
        )
        problem = next((why for bad, why in checks if bad), None)
        if problem:
            raise CorpusError(f"{file}, line {line}: {problem}")
        rows.append(row | {"attempt": int(row["attempt"]), "correct": row["correct"] == "1"})
    return rows


def collect_answers(folder: Path) -> pd.DataFrame:
    """Every student's attempts, from the answer exports in one folder.

    Args:
        folder: a folder of CSV files written by export_answers (every *.csv in it is read; the
            same attempt found in two files, such as an export handed in twice, counts once).

    Returns:
        One row per student and exercise, by student then exercise id, with COLLECTED_COLUMNS:
        student, exercise, doc, kind, attempts (how many), correct (any attempt right),
        first_correct_attempt (its number, None when none was right), last_answer (the answer of
        the highest attempt).

    Raises:
        CorpusError: the folder is missing or has no *.csv file; a file is not an answers export
            or has a malformed row (the message names the file and line).
    """
    if not folder.is_dir():
        raise CorpusError(f"{folder} is not a folder")
    files = sorted(folder.glob("*.csv"))
    if not files:
        raise CorpusError(f"no *.csv answer exports in {folder}")
    attempts = pd.DataFrame(
        [row for file in files for row in _rows(file)], columns=list(EXPORT_COLUMNS)
    ).drop_duplicates(["student", "exercise", "attempt"])
    collected = []
    for (student, exercise), group in attempts.groupby(["student", "exercise"], sort=True):
        group = group.sort_values("attempt")
        right = group.loc[group["correct"].astype(bool), "attempt"]
        last = group.iloc[-1]
        collected.append(
            {
                "student": student,
                "exercise": exercise,
                "doc": last["doc"],
                "kind": last["kind"],
                "attempts": len(group),
                "correct": bool(len(right)),
                "first_correct_attempt": int(right.iloc[0]) if len(right) else None,
                "last_answer": last["answer"],
            }
        )
    frame = pd.DataFrame(collected, columns=list(COLLECTED_COLUMNS))
    return frame.astype({"first_correct_attempt": "Int64"})


def collected_csv(collected: pd.DataFrame) -> str:
    """What collect_answers returned, as CSV for a spreadsheet: COLLECTED_COLUMNS, correct as 1 or
    0 (as in the exports), an empty first_correct_attempt when none was right, every text cell
    spreadsheet_safe."""
    rows = [
        [
            row.student,
            row.exercise,
            row.doc,
            row.kind,
            row.attempts,
            int(row.correct),
            "" if pd.isna(row.first_correct_attempt) else int(row.first_correct_attempt),
            row.last_answer,
        ]
        for row in collected.itertuples(index=False)
    ]
    return _csv(COLLECTED_COLUMNS, rows)
