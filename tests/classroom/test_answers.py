"""Answers kept in the reader's store: attempts, history, section scores, reset.

The exercises are fake_generator's: per document, section 0 holds DOC.term-english.rocket (answer
"rocket", choice B) and DOC.english-term.chip (answer 芯片); section 1 holds DOC.script.p1.s0
(typed, answer 晶片很重要) and DOC.comprehension.q0 (answer "Elon Musk").
"""

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from helpers.classroom.answers import (
    HISTORY_COLUMNS,
    answer_exercise,
    answer_history,
    record_answer,
    reset_answers,
    section_scores,
)
from helpers.classroom.registry import exercise
from helpers.core.errors import CorpusError
from helpers.notes.store import STORE_FILE, StoreError

pytestmark = pytest.mark.usefixtures("fake_exercises")

ROCKET = "000.term-english.rocket"
SCRIPT = "000.script.p1.s0"


def test_attempts_are_numbered_per_exercise_and_kept_with_their_answer(home: Path) -> None:
    wrong = answer_exercise(ROCKET, "chip")
    assert wrong.correct is False and "rocket" not in wrong.message
    assert answer_exercise(ROCKET, "B").correct is True
    assert answer_exercise(SCRIPT, "  ").usable is False  # empty: told so, counted all the same
    answer_exercise("001.term-english.rocket", "rocket")
    history = answer_history()
    assert list(history.columns) == list(HISTORY_COLUMNS)
    assert history[["exercise", "attempt", "answer", "correct"]].values.tolist() == [
        [ROCKET, 1, "chip", False],
        [ROCKET, 2, "B", True],
        [SCRIPT, 1, "  ", False],
        ["001.term-english.rocket", 1, "rocket", True],
    ]
    assert history["section"].tolist() == [0, 0, 1, 0]
    assert history["kind"].tolist() == ["term-english", "term-english", "script", "term-english"]
    assert history["answered"].str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ").all()
    assert answer_history("001")["exercise"].tolist() == ["001.term-english.rocket"]


def test_record_answer_returns_the_attempt_number(home: Path) -> None:
    made = exercise(SCRIPT)
    feedback = answer_exercise(made, "芯片很重要")
    assert feedback.marks == (0,)  # 芯 where Taiwan writes 晶
    assert record_answer(made, "晶片很重要", feedback) == 2
    assert record_answer(made, None, feedback) == 3
    assert answer_history()["answer"].tolist() == ["芯片很重要", "晶片很重要", ""]


def test_section_scores_count_an_exercise_right_if_any_attempt_was(home: Path) -> None:
    answer_exercise(ROCKET, "robot")
    answer_exercise(ROCKET, "rocket")
    answer_exercise("000.english-term.chip", "火箭")
    answer_exercise(SCRIPT, "晶片很重要")
    answer_exercise(ROCKET, "debt")  # a wrong answer after a right one: still right
    scores = section_scores("000")
    assert scores.values.tolist() == [[0, 2, 2, 1], [1, 2, 1, 1]]
    assert section_scores("002").values.tolist() == [[0, 2, 0, 0], [1, 2, 0, 0]]


def test_reset_forgets_one_document_or_all_and_numbering_starts_again(home: Path) -> None:
    for answer in ("chip", "rocket"):
        answer_exercise(ROCKET, answer)
    answer_exercise("003.term-english.rocket", "rocket")
    assert reset_answers("000") == 2
    assert answer_history()["exercise"].tolist() == ["003.term-english.rocket"]
    answer_exercise(ROCKET, "rocket")
    assert answer_history("000")["attempt"].tolist() == [1]
    assert reset_answers() == 2
    assert answer_history().empty


def test_unknown_document_or_exercise_is_a_corpus_error(home: Path) -> None:
    with pytest.raises(CorpusError, match="999"):
        answer_history("999")
    with pytest.raises(CorpusError, match=r"no exercise '000\.term-english\.nothing'"):
        answer_exercise("000.term-english.nothing", "rocket")
    assert not (home / STORE_FILE).exists() or answer_history().empty


def test_a_foreign_store_file_is_refused_and_left_untouched(home: Path) -> None:
    home.mkdir()
    (home / STORE_FILE).write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="not an SQLite database"):
        answer_exercise(ROCKET, "rocket")
    assert (home / STORE_FILE).read_text(encoding="utf-8") == "not a database"


def test_the_table_refuses_a_repeated_attempt_number(home: Path) -> None:
    answer_exercise(ROCKET, "rocket")
    with closing(sqlite3.connect(home / STORE_FILE)) as db, pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO answers VALUES (?, '000', 'x', 0, 1, '2026-01-01T00:00:00Z')", (ROCKET,)
        )


# Each process records 25 attempts at one exercise through record_answer, as two kernels would.
WRITER = """
import sys
from helpers.classroom.answers import record_answer
from helpers.classroom.model import Exercise, Feedback
made = Exercise("000.term-english.rocket", "000", 0, "term-english", "", "", "", (), "rocket",
                "", "", "", "")
for n in range(25):
    record_answer(made, f"{sys.argv[1]}{n}", Feedback(False, ""))
"""


def test_two_processes_answering_at_once_never_share_an_attempt_number(home: Path) -> None:
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, name], stderr=subprocess.PIPE)
        for name in ("a", "b")
    ]
    for writer in writers:
        assert writer.wait(timeout=120) == 0, writer.stderr.read() if writer.stderr else ""
    attempts = answer_history()["attempt"].tolist()
    assert sorted(attempts) == list(range(1, 51))


# Records one answer, then the process is killed at once (no clean exit, no closing).
KILLED = """
import os, signal
from helpers.classroom.answers import record_answer
from helpers.classroom.model import Exercise, Feedback
made = Exercise("000.term-english.rocket", "000", 0, "term-english", "", "", "", (), "rocket",
                "", "", "", "")
record_answer(made, "rocket", Feedback(True, ""))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_an_answer_survives_a_killed_kernel(home: Path) -> None:
    done = subprocess.run([sys.executable, "-c", KILLED], capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr
    assert answer_history()[["exercise", "correct"]].values.tolist() == [[ROCKET, True]]
