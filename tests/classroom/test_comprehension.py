"""Reading-comprehension questions: validating corpus/comprehension.toml, and the exercises."""

import dataclasses
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers.classroom import comprehension, registry
from helpers.classroom.comprehension import choice_text, load_questions, questions, wrong_script
from helpers.core.errors import CorpusError
from helpers.corpus.documents import documents
from helpers.corpus.segments import segmented

# A valid row: 000:p29.s1 (section 2) says 我們希望Optimus明年夏天開始規模化生產.
ROW: dict[str, Any] = {
    "id": "q1",
    "doc": "000",
    "section": 2,
    "question_zh": "馬斯克希望Optimus什麼時候開始規模化生產?",
    "question_en": "When does Musk hope Optimus will start production at scale?",
    "choices_zh": ["今年年底", "明年夏天", "三年之後"],
    "choices_en": ["at the end of this year", "next summer", "in three years"],
    "answer": 1,
    "refs": ["000:p29.s1"],
    "explanation_en": "000:p29.s1: 明年夏天 (next summer).",
}


def write(folder: Path, *rows: dict[str, Any]) -> Path:
    """A questions file holding rows (JSON strings, lists and numbers are valid TOML values)."""
    tables = [
        "[[question]]\n"
        + "".join(
            f"{key} = {json.dumps(value, ensure_ascii=False)}\n" for key, value in row.items()
        )
        for row in rows
    ]
    path = folder / "questions.toml"
    path.write_text("\n".join(tables), encoding="utf-8")
    return path


def fault(folder: Path, drop: str = "", **changes: Any) -> str:
    """The error message for ROW with some fields changed (or one dropped)."""
    row = {key: value for key, value in (ROW | changes).items() if key != drop}
    with pytest.raises(CorpusError) as caught:
        load_questions(write(folder, row))
    message = str(caught.value)
    assert "questions.toml: question #1 (id q1)" in message or drop == "id"
    return message


def test_a_valid_file_loads(tmp_path: Path) -> None:
    (question,) = load_questions(write(tmp_path, ROW))
    assert (question.doc, question.section, question.answer) == ("000", 2, 1)
    assert question.choices_en == ("at the end of this year", "next summer", "in three years")
    with pytest.raises(dataclasses.FrozenInstanceError):
        question.answer = 0  # type: ignore[misc]


def test_unknown_field(tmp_path: Path) -> None:
    assert "unknown field(s) note" in fault(tmp_path, note="x")


def test_missing_field(tmp_path: Path) -> None:
    assert "field 'refs' is missing" in fault(tmp_path, drop="refs")
    assert "field 'question_en' is missing or empty" in fault(tmp_path, drop="question_en")


def test_wrong_type(tmp_path: Path) -> None:
    assert "field 'section' must be a whole number, not '2'" in fault(tmp_path, section="2")
    assert "field 'answer' must be a whole number, not True" in fault(tmp_path, answer=True)
    assert "field 'choices_zh' must be a list" in fault(tmp_path, choices_zh="明年夏天")


def test_empty_text(tmp_path: Path) -> None:
    assert "field 'explanation_en' is missing or empty" in fault(tmp_path, explanation_en=" ")
    empty_choice = ["今年年底", "", "三年之後"]
    assert "field 'choices_zh' must be a list of non-empty" in fault(
        tmp_path, choices_zh=empty_choice
    )


def test_unknown_document(tmp_path: Path) -> None:
    assert "doc '009' is not one of 000, 001, 002, 003, 004" in fault(tmp_path, doc="009")


def test_section_out_of_range(tmp_path: Path) -> None:
    # 000 has seven sections (the untitled lead and six headed ones): 0 to 6.
    assert "section 7 is out of range; document 000 has sections 0 to 6" in fault(
        tmp_path, section=7
    )
    assert "section -1 is out of range" in fault(tmp_path, section=-1)


def test_duplicate_id_in_one_document(tmp_path: Path) -> None:
    with pytest.raises(
        CorpusError, match=r"question #2 \(id q1\): duplicate id q1 in document 000"
    ):
        load_questions(write(tmp_path, ROW, ROW))


def test_the_same_id_in_two_documents_is_allowed(tmp_path: Path) -> None:
    # 001:p30.s0 (section 3): 在未來36個月或更短時間內,太空將成為最便宜的地方.
    other = ROW | {
        "doc": "001",
        "section": 3,
        "question_zh": "多久之內太空會成為最便宜的地方?",
        "choices_zh": ["12個月", "36個月", "五年"],
        "refs": ["001:p30.s0"],
    }
    assert [q.doc for q in load_questions(write(tmp_path, ROW, other))] == ["000", "001"]


def test_choice_lists_of_different_lengths(tmp_path: Path) -> None:
    message = fault(tmp_path, choices_en=["next summer", "in three years"])
    assert "choices_zh has 3 choices and choices_en 2" in message


def test_too_few_or_too_many_choices(tmp_path: Path) -> None:
    assert "1 choices; give between 2 and 6" in fault(
        tmp_path, choices_zh=["明年夏天"], choices_en=["next summer"], answer=0
    )
    seven = [str(n) for n in range(7)]
    assert "7 choices; give between 2 and 6" in fault(tmp_path, choices_zh=seven, choices_en=seven)


def test_answer_out_of_range(tmp_path: Path) -> None:
    assert "answer 3 is out of range; it indexes the 3 choices from 0" in fault(tmp_path, answer=3)


def test_repeated_choice(tmp_path: Path) -> None:
    repeated = ["now", "next summer", "now"]
    assert "field 'choices_en' repeats the choice(s) ['now']" in fault(
        tmp_path, choices_en=repeated
    )


def test_reference_to_no_sentence(tmp_path: Path) -> None:
    assert "refs: no sentence '000:p999.s0' in document 000" in fault(
        tmp_path, refs=["000:p999.s0"]
    )
    # A sentence of another document is no sentence of this one.
    assert "refs: no sentence '001:p30.s0' in document 000" in fault(tmp_path, refs=["001:p30.s0"])


def test_reference_outside_the_section(tmp_path: Path) -> None:
    # 000:p0.s0 is the lead's first sentence, in section 0.
    message = fault(tmp_path, refs=["000:p29.s1", "000:p0.s0"])
    assert "refs: 000:p0.s0 is in section 0, not section 2" in message


def test_question_in_the_wrong_script(tmp_path: Path) -> None:
    simplified = "马斯克希望Optimus什么时候开始规模化生产?"
    message = fault(tmp_path, question_zh=simplified)
    assert "field 'question_zh'" in message
    assert "'马么时开规产', not in the script of document 000 (Traditional)" in message
    assert "'產' " not in message


def test_choice_in_the_wrong_script(tmp_path: Path) -> None:
    message = fault(tmp_path, choices_zh=["今年年底", "明年夏天", "三年之后"])
    assert "field 'choices_zh' '三年之后' has '后'" in message


def test_wrong_script_by_hand() -> None:
    # Simplified 马 么 时 开 规 产 have Traditional forms 000 writes; 什 希 望 … are shared.
    assert wrong_script("马斯克希望Optimus什么时候开始规模化生产?", "000") == "马么时开规产"
    assert wrong_script("馬斯克說太陽佔太陽系總質量的多少?", "003") == "馬說陽佔總質"
    # 001 itself writes the converter's 么 (為什么), so a question may too; 为 it never writes.
    assert wrong_script("為什么AI的未來必須在太空?", "001") == ""
    assert wrong_script("为什么", "001") == "为"
    with pytest.raises(CorpusError, match="unknown document"):
        wrong_script("文字", "009")


def test_the_real_file_loads_every_document() -> None:
    counts = Counter(question.doc for question in load_questions())
    # Counted in corpus/comprehension.toml: 9 + 15 + 14 + 17 + 23 rows.
    assert counts == {"000": 9, "001": 15, "002": 14, "003": 17, "004": 23}
    assert isinstance(load_questions(), tuple)


@pytest.mark.parametrize("doc_id", list(documents()))
def test_every_section_has_a_question(doc_id: str) -> None:
    asked = {question.section for question in questions(doc_id)}
    assert asked == set(range(len(segmented(doc_id).sections)))


@pytest.mark.parametrize("doc_id", list(documents()))
def test_every_reference_is_a_sentence_of_its_section(doc_id: str) -> None:
    where = {sentence.ref: sentence.section for sentence in segmented(doc_id).sentences}
    for question in questions(doc_id):
        assert {where.get(ref) for ref in question.refs} == {question.section}, question.id


def test_answers_are_not_always_in_the_same_place() -> None:
    positions = Counter(question.answer for question in load_questions())
    assert max(positions.values()) <= 0.4 * sum(positions.values()), positions
    assert len(positions) == 4


def test_choice_text() -> None:
    assert choice_text("明年夏天", "next summer") == "明年夏天 — next summer"
    assert choice_text("45%", "45%") == "45%"


def test_an_exercise_by_hand() -> None:
    exercise = registry.exercise("000.comprehension.q4")
    assert exercise.prompt == "When does Musk hope Optimus will start production at scale?"
    assert exercise.prompt_zh == "馬斯克希望Optimus什麼時候開始規模化生產?"
    assert exercise.lang == "zh-TW"
    assert exercise.answer == "明年夏天 — next summer" == exercise.choices[3]
    assert exercise.ref == "000:p29.s1"
    assert "000:p29.s1 「在訪談裡他的原話是:「我們希望Optimus明年夏天" in exercise.explanation
    assert exercise.source == "corpus/comprehension.toml#000.q4"
    assert registry.check(exercise, "D").correct
    assert not registry.check(exercise, "A").correct


@pytest.mark.parametrize("doc_id", list(documents()))
def test_every_exercise_accepts_its_answer_and_refuses_a_wrong_one(doc_id: str) -> None:
    made = [ex for ex in registry.exercises(doc_id) if ex.kind == "comprehension"]
    assert len(made) == len(questions(doc_id))
    for exercise in made:
        assert exercise.id.startswith(f"{doc_id}.comprehension.q")
        right = comprehension.check(exercise, exercise.answer)
        assert right.correct and exercise.ref in right.message
        assert comprehension.check(exercise, exercise.answer.upper() + " ").correct
        for wrong in (choice for choice in exercise.choices if choice != exercise.answer):
            feedback = registry.check(exercise.id, wrong)
            assert not feedback.correct and feedback.usable
            assert feedback.message and feedback.hint
            shown = feedback.message + feedback.hint
            assert exercise.answer not in shown, exercise.id
            assert exercise.answer.split(" — ")[0] not in shown, exercise.id


def test_a_choice_that_is_not_offered_is_an_attempt_not_an_error() -> None:
    exercise = registry.exercise("002.comprehension.q3")
    feedback = registry.check(exercise, "１２０ 兆美元")  # its choices are in 億美元
    assert not feedback.correct and not feedback.usable
    assert registry.check(exercise, "１２０ 億美元").correct  # the Chinese half of a choice
    assert not registry.check(exercise, "").usable


def _longest_share(choices: str) -> float:
    """The share of questions whose answer is the strictly longest choice in one language."""
    rows = load_questions()
    longest = 0
    for row in rows:
        lengths = [len(text) for text in getattr(row, choices)]
        others = lengths[: row.answer] + lengths[row.answer + 1 :]
        longest += lengths[row.answer] > max(others)
    return longest / len(rows)


@pytest.mark.parametrize("choices", ["choices_en", "choices_zh"])
def test_the_answer_is_seldom_the_longest_choice(choices: str) -> None:
    # With four choices a quarter would be chance; 40 of 78 (English) and 38 (Chinese) had been
    # distractors were given detail.
    assert _longest_share(choices) <= 0.35


def test_the_longest_share_counts_a_strictly_longest_answer() -> None:
    # 000 q1: 三年內 (3) is no longer than 一年內 or 十年內 (3), shorter than 二十年內 (4).
    row = next(row for row in load_questions() if (row.doc, row.id) == ("000", "q1"))
    assert [len(text) for text in row.choices_zh] == [3, 3, 3, 4] and row.answer == 1
