"""`python -m helpers exercises` and `python -m helpers release` on the real exercises and
notebooks, run as a user would (tests/conftest.py's cli fixture: a subprocess from a folder
outside the project). Each call takes some 5 s (it makes a document's exercises), so the calls
are few and each test asks several things of them.

Hand-checked answers (read off corpus/texts/ and corpus/glossary.toml):
- 000.term-english.musk: 馬斯克 in 000:p0.s0 is Elon Musk (choices include Tony Stark).
- 000.number.p1.s0.q0: 38兆美元 in 000:p1.s0, 兆 = 10^12 in Taiwan usage: US$38 trillion.
- 000.script.p0.s0: 【新智元導讀】馬斯克放出豪言:3年內,AI+機器人能解決美國債務! in Simplified,
  導讀馬內機決國債務 → 导读马内机决国债务 (nine characters; the rest are alike in both scripts).
- 000.reading.p64.s0.c5: 差 in 貧富差距 (wealth gap) is chā, ㄔㄚ in zhuyin (000 is a Taiwan text).
"""

import json
import re
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest

from helpers.classroom.registry import exercises

Cli = Callable[..., CompletedProcess[str]]
MUSK = "000.term-english.musk"
DEBT = "000.number.p1.s0.q0"
SCRIPT = "000.script.p0.s0"
SIMPLIFIED = "【新智元导读】马斯克放出豪言:3年内,AI+机器人能解决美国债务!"
READING = "000.reading.p64.s0.c5"
NOTEBOOK_OF = {
    "000": "01_kamath_debt_ai_robots.ipynb",
    "001": "02_space_ai_converted.ipynb",
    "002": "03_x_takeover_2025.ipynb",
    "003": "04_moonshots_diamandis.ipynb",
    "004": "05_dwarkesh_collison_digest.ipynb",
}
"""Each document's walkthrough (its ExerciseWidget("DOC") cell names the document)."""


def feedback(cli: Cli, exercise_id: str, answer: str) -> dict[str, Any]:
    """The JSON feedback of `exercises --check ID --answer A` (A '-' reads standard input)."""
    if answer.startswith("stdin:"):
        done = cli("exercises", "--check", exercise_id, "--answer", "-", stdin=answer[6:] + "\n")
    else:
        done = cli("exercises", "--check", exercise_id, "--answer", answer)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_listing_hides_the_answers_unless_teacher_and_is_deterministic(cli: Cli) -> None:
    first = cli("exercises", "--doc", "000", "--json")
    assert first.returncode == 0, first.stderr
    rows = [json.loads(line) for line in first.stdout.splitlines()]
    assert [row["id"] for row in rows[:2]] == [MUSK, "000.english-term.public-debt"]
    assert rows[0]["kind"] == "term-english" and "馬斯克" in rows[0]["prompt"]
    assert set(rows[0]["choices"]) == {
        "Elon Musk",
        "Arthur C. Clarke",
        "Peter (Diamandis)",
        "Tony Stark",
    }
    assert all({"id", "kind", "prompt", "choices"} <= row.keys() for row in rows)
    assert not any({"answer", "accepted", "explanation"} & row.keys() for row in rows)
    assert len(rows) == len(exercises("000"))
    assert cli("exercises", "--doc", "000", "--json").stdout == first.stdout
    teacher = [
        json.loads(line)
        for line in cli("exercises", "--doc", "000", "--json", "--teacher").stdout.splitlines()
    ]
    assert [row["id"] for row in teacher] == [row["id"] for row in rows]
    by_id = {row["id"]: row for row in teacher}
    assert by_id[MUSK]["answer"] == "Elon Musk" and by_id[DEBT]["answer"] == "US$38 trillion"
    assert by_id[SCRIPT]["answer"] == SIMPLIFIED and by_id[READING]["answer"] == "ㄔㄚ"
    assert all(row["explanation"] for row in teacher)


@pytest.mark.parametrize(
    ("exercise_id", "right", "wrong", "wrong_feedback"),
    [
        (DEBT, "stdin:US$38 trillion", "38 billion dollars", "off by a factor of 1,000"),
        (SCRIPT, SIMPLIFIED, SIMPLIFIED.replace("债", "債"), "1 character wrong"),
        (READING, "ㄔㄚ", "ㄔㄚˋ", "wrong tone"),
    ],
)
def test_check_a_right_and_a_wrong_answer(
    cli: Cli, exercise_id: str, right: str, wrong: str, wrong_feedback: str
) -> None:
    said = feedback(cli, exercise_id, right)
    assert said["correct"] is True and said["feedback"].startswith("Right.")
    said = feedback(cli, exercise_id, wrong)
    assert said["correct"] is False and wrong_feedback in said["feedback"] and said["hint"]
    assert right.removeprefix("stdin:") not in said["feedback"] + said["hint"]
    if exercise_id == SCRIPT:
        assert said["marks"] == [30]  # 債, the 31st character, left in Traditional


def test_export_collect_and_reset_for_two_students(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    monkeypatch.setenv("READER_HOME", str(tmp_path / "ana"))
    assert feedback(cli, MUSK, "Tony Stark")["correct"] is False
    assert feedback(cli, MUSK, "Elon Musk")["correct"] is True
    done = cli("exercises", "--export", str(exports / "ana.csv"), "--student", "Ana")
    assert json.loads(done.stdout)["rows"] == 2
    monkeypatch.setenv("READER_HOME", str(tmp_path / "ben"))
    assert feedback(cli, DEBT, "US$38 billion")["correct"] is False
    cli("exercises", "--export", str(exports / "ben.csv"), "--student", "Ben")
    collected = cli("exercises", "--collect", str(exports))
    assert collected.returncode == 0, collected.stderr
    assert collected.stdout.splitlines() == [
        "student,exercise,doc,kind,attempts,correct,first_correct_attempt,last_answer",
        f"Ana,{MUSK},000,term-english,2,1,2,Elon Musk",
        f"Ben,{DEBT},000,number,1,0,,US$38 billion",
    ]
    monkeypatch.setenv("READER_HOME", str(tmp_path / "ana"))
    assert json.loads(cli("exercises", "--reset", "--doc", "000").stdout) == {"deleted": 2}
    done = cli("exercises", "--export", str(tmp_path / "again.csv"), "--student", "Ana")
    assert json.loads(done.stdout)["rows"] == 0
    assert (tmp_path / "again.csv").read_text(encoding="utf-8").count("\n") == 1  # header only


def shown_text(notebook: Path) -> str:
    """Every source and output text of a notebook file, and its metadata, without image data."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            for mime in [key for key in output.get("data", {}) if key.startswith("image/")]:
                del output["data"][mime]
    return json.dumps(nb, ensure_ascii=False)


def hidden_answers(doc_id: str) -> dict[str, str]:
    """Each typed answer of 2+ characters the question does not show, by exercise id."""
    return {
        item.id: form
        for item in exercises(doc_id)
        for form in (item.answer, *item.accepted)
        if len(form) >= 2 and form not in item.choices and form not in item.prompt
    }


def found(answer: str, text: str) -> bool:
    """The answer occurs in the text as a whole: not inside a longer word or syllable."""
    return re.search(rf"(?<![\w.]){re.escape(answer)}(?![\w])", text) is not None


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The student copies of `python -m helpers release --out DIR` of the real notebooks."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("release") / "out"
    done = subprocess.run(
        [sys.executable, "-m", "helpers", "release", "--out", str(out)],
        cwd=out.parent,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return out / "student"


@pytest.mark.parametrize("doc_id", NOTEBOOK_OF)
def test_student_copies_hold_no_script_answer(released: Path, doc_id: str) -> None:
    text = shown_text(released / NOTEBOOK_OF[doc_id])
    script = {key: answer for key, answer in hidden_answers(doc_id).items() if ".script." in key}
    assert script and not [key for key, answer in script.items() if found(answer, text)]


@pytest.mark.parametrize("doc_id", NOTEBOOK_OF)
def test_student_copies_hold_no_answer_key_or_feedback(released: Path, doc_id: str) -> None:
    # The chapter's reading aids stay (the vocabulary table's readings, the number table's English
    # values): the exercises test what the chapter teaches. What must not be there is anything
    # that tells which answer is right: the answer key, a check cell's feedback, a solution.
    text = shown_text(released / NOTEBOOK_OF[doc_id])
    for marker in ('class=\\"mr-answer-key', 'class=\\"mr-feedback', "solution(", "BEGIN SOLUTION"):
        assert marker not in text, marker
    assert 'answer = \\"\\"  # YOUR ANSWER HERE' in text


def test_an_answer_that_is_not_utf8_is_one_line_and_status_2(cli: Cli) -> None:
    # 38万 in GBK: 0x33 0x38 0xcd 0xf2; the first byte that is not UTF-8 is 0xcd at offset 2
    done = cli("exercises", "--check", DEBT, "--answer", "-", stdin="38万".encode("gbk"))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "error: standard input: not UTF-8 (byte 0xcd at offset 2, likely gb18030); "
        "convert it to UTF-8 first (iconv -f gb18030 -t UTF-8)"
    ]
