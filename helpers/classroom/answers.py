"""The reader's answers to exercises, in the answers table of the reader's notes store.

Every attempt is kept: the answer as given, whether it was right, its attempt number (1, 2 … per
exercise, taken inside the write transaction that inserts it, so two kernels answering at once
never share one) and when (UTC ISO 8601 with Z). The store's guarantees hold: a committed answer
survives a killed kernel; a damaged or foreign store file is refused, untouched
(helpers.notes.store). Exports for a teacher, and collecting them, are in
helpers.classroom.answer_files.
"""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from helpers.classroom.model import Exercise, Feedback
from helpers.classroom.registry import check, exercise, exercises
from helpers.core.errors import CorpusError
from helpers.corpus.documents import document
from helpers.notes.store import open_store, writing

HISTORY_COLUMNS = ("exercise", "doc", "section", "kind", "attempt", "answer", "correct", "answered")
SCORE_COLUMNS = ("section", "exercises", "attempted", "correct")


def _now() -> str:
    """The time now, UTC ISO 8601 with Z, second precision."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def answer_text(answer: object) -> str:
    """An answer as it is stored: its text as given ('' for None), not tidied."""
    return "" if answer is None else str(answer)


def record_answer(
    exercise: Exercise, answer: object, feedback: Feedback, path: Path | None = None
) -> int:
    """Keep one attempt at an exercise.

    Args:
        exercise: the exercise answered.
        answer: the answer as given (stored as its text; None as '').
        feedback: the feedback it got (its correct is stored).
        path: the store file (default: the reader's store, helpers.notes.store.store_path()).

    Returns:
        The attempt number: 1 for the first answer to this exercise, then 2, 3 …

    Raises:
        StoreError: the store cannot be used (the message says how to recover).
    """
    with writing(path) as db:
        row = db.execute(
            "SELECT coalesce(max(attempt), 0) + 1 FROM answers WHERE exercise = ?", (exercise.id,)
        ).fetchone()
        attempt = int(row[0])
        db.execute(
            "INSERT INTO answers (exercise, doc, answer, correct, attempt, answered) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                exercise.id,
                exercise.doc,
                answer_text(answer),
                int(feedback.correct),
                attempt,
                _now(),
            ),
        )
    return attempt


def answer_exercise(
    exercise_or_id: Exercise | str, answer: object, path: Path | None = None
) -> Feedback:
    """Judge an answer and keep it as an attempt (what the widget, check cells and CLI call).

    Args:
        exercise_or_id: the exercise, or its id ('000.term-english.chip').
        answer: what the student typed or picked; an empty or unreadable answer gets friendly
            feedback and counts as an attempt too.
        path: the store file (default: the reader's store).

    Returns:
        The feedback (helpers.classroom.registry.check).

    Raises:
        CorpusError: an id that names no exercise; StoreError: the store cannot be used.
    """
    chosen = exercise(exercise_or_id) if isinstance(exercise_or_id, str) else exercise_or_id
    feedback = check(chosen, answer)
    record_answer(chosen, answer, feedback, path)
    return feedback


def _where(doc: str | None) -> tuple[str, tuple[str, ...]]:
    """The WHERE clause and parameters for one document's answers, or everyone's."""
    return ("WHERE doc = ?", (document(doc).id,)) if doc is not None else ("", ())


def answer_history(doc: str | None = None, path: Path | None = None) -> pd.DataFrame:
    """Every attempt kept, oldest first.

    Args:
        doc: only this document's answers (default: every document's).
        path: the store file (default: the reader's store).

    Returns:
        A DataFrame with HISTORY_COLUMNS: exercise (id), doc, section (None for an exercise the
        data no longer makes), kind (the id's second part), attempt, answer (as given), correct
        (bool), answered (UTC ISO 8601).

    Raises:
        CorpusError: unknown document; StoreError: the store cannot be used.
    """
    clause, parameters = _where(doc)
    with closing(open_store(path)) as db:
        rows = db.execute(
            f"SELECT exercise, doc, attempt, answer, correct, answered FROM answers {clause} "
            "ORDER BY answered, rowid",
            parameters,
        ).fetchall()
    sections = {
        made.id: made.section for doc_id in {row["doc"] for row in rows} for made in _made(doc_id)
    }
    records = [
        {
            "exercise": row["exercise"],
            "doc": row["doc"],
            "section": sections.get(row["exercise"]),
            "kind": row["exercise"].split(".")[1] if "." in row["exercise"] else "",
            "attempt": row["attempt"],
            "answer": row["answer"],
            "correct": bool(row["correct"]),
            "answered": row["answered"],
        }
        for row in rows
    ]
    return pd.DataFrame(records, columns=list(HISTORY_COLUMNS))


def _made(doc_id: str) -> tuple[Exercise, ...]:
    """A document's exercises, or none for a document id the corpus no longer has."""
    try:
        return exercises(doc_id)
    except CorpusError:
        return ()


def section_scores(doc: str, path: Path | None = None) -> pd.DataFrame:
    """How far the reader has got in each section of a document.

    Args:
        doc: a document id.
        path: the store file (default: the reader's store).

    Returns:
        One row per section that has exercises, in order, with SCORE_COLUMNS: section, exercises
        (how many), attempted (how many have at least one answer), correct (how many have a right
        answer among their attempts).

    Raises:
        CorpusError: unknown document; StoreError: the store cannot be used.
    """
    history = answer_history(doc, path)
    attempted = set(history["exercise"])
    right = set(history.loc[history["correct"], "exercise"])
    counts: dict[int, list[int]] = {}
    for made in exercises(document(doc).id):
        count = counts.setdefault(made.section, [0, 0, 0])
        count[0] += 1
        count[1] += made.id in attempted
        count[2] += made.id in right
    rows = [(section, *count) for section, count in sorted(counts.items())]
    return pd.DataFrame(rows, columns=list(SCORE_COLUMNS))


def reset_answers(doc: str | None = None, path: Path | None = None) -> int:
    """Forget answers (a teacher resetting a student's state), attempt numbers starting again at 1.

    Args:
        doc: only this document's answers (default: every answer).
        path: the store file (default: the reader's store).

    Returns:
        How many attempts were deleted.

    Raises:
        CorpusError: unknown document; StoreError: the store cannot be used.
    """
    clause, parameters = _where(doc)
    with writing(path) as db:
        return int(db.execute(f"DELETE FROM answers {clause}", parameters).rowcount)
