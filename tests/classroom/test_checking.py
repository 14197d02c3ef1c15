"""Tidying typed answers and judging multiple-choice answers (helpers.classroom.checking)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.classroom.checking import EMPTY, check_choice_answer, chosen, tidy
from helpers.classroom.model import Exercise

QUESTION = Exercise(
    id="000.term-english.chip",
    doc="000",
    section=0,
    kind="term-english",
    prompt="What does 晶片 mean?",
    prompt_zh="晶片",
    lang="zh-TW",
    choices=("stock", "chip, integrated circuit", "bond", "data centre"),
    answer="chip, integrated circuit",
    explanation="晶片 is the Taiwan word for chip (corpus/glossary.toml#chip).",
    hint="Think of what Nvidia sells.",
    ref="000:p3.s0",
    source="corpus/glossary.toml#chip",
)


@pytest.mark.parametrize(
    ("typed", "tidied"),
    [
        ("  ３８ trillion  ", "38 trillion"),  # full-width digits, outer spaces
        ("US$\u300038\n", "US$ 38"),  # an ideographic space inside, a newline at the end
        ("晶片", "晶片"),  # Han characters untouched
        (None, ""),
        (12, "12"),
    ],
)
def test_tidy(typed: object, tidied: str) -> None:
    assert tidy(typed) == tidied


@given(st.text())
def test_tidy_is_idempotent_and_trimmed(text: str) -> None:
    once = tidy(text)
    assert tidy(once) == once
    assert once == once.strip()


@pytest.mark.parametrize(
    "typed", ["chip, integrated circuit", "B", "b", "2", " ２ ", "Chip,Integrated Circuit"]
)
def test_the_right_choice_by_text_letter_or_number(typed: str) -> None:
    feedback = check_choice_answer(QUESTION, typed)
    assert feedback.correct and feedback.usable
    assert "corpus/glossary.toml#chip" in feedback.message


def test_a_wrong_choice_is_refused_without_the_answer() -> None:
    feedback = check_choice_answer(QUESTION, "A")
    assert not feedback.correct and feedback.usable
    assert feedback.message == "Not stock. Try again."
    assert feedback.hint == "Think of what Nvidia sells."
    assert "integrated" not in feedback.message + feedback.hint


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_an_empty_answer_is_told_so(typed: object) -> None:
    feedback = check_choice_answer(QUESTION, typed)
    assert (feedback.correct, feedback.usable, feedback.message) == (False, False, EMPTY)


@pytest.mark.parametrize("typed", ["E", "5", "a chip", 3.5])
def test_an_answer_naming_no_choice_is_not_usable(typed: object) -> None:
    feedback = check_choice_answer(QUESTION, typed)
    assert not feedback.correct and not feedback.usable
    assert "(A, B, C, D)" in feedback.message


def test_chosen_names_the_choice() -> None:
    assert chosen(QUESTION, "d") == "data centre"
    assert chosen(QUESTION, "datacentre") == "data centre"
    assert chosen(QUESTION, "0") is None


def test_a_student_sees_no_answer_in_the_exercise_dict() -> None:
    shown = QUESTION.as_dict()
    assert {"answer", "accepted", "explanation"}.isdisjoint(shown)
    assert QUESTION.as_dict(teacher=True)["answer"] == "chip, integrated circuit"


TWO_LANGUAGES = Exercise(
    **{
        **QUESTION.__dict__,
        "id": "000.comprehension.q1",
        "kind": "comprehension",
        "choices": ("一年內 — within one year", "三年內 — within three years"),
        "answer": "三年內 — within three years",
        "lang": "zh-TW",
    }
)


@pytest.mark.parametrize(
    "typed", ["三年內", "within three years", "Within Three Years", "B)", "(B)", "B.", "b)", "[b]"]
)
def test_a_half_of_a_two_language_choice_or_a_punctuated_letter_names_it(typed: str) -> None:
    assert check_choice_answer(TWO_LANGUAGES, typed).correct


@pytest.mark.parametrize("typed", ["C)", "(3)", "three", "年"])
def test_a_label_or_part_naming_no_choice_is_not_usable(typed: str) -> None:
    assert not check_choice_answer(TWO_LANGUAGES, typed).usable


@pytest.mark.parametrize("typed", ["三年内", "三年内 — within three years"])
def test_the_right_word_in_the_other_script_is_told_so_and_counted_wrong(typed: str) -> None:
    # 內 (Traditional) is 内 in Simplified: the right word, the wrong script.
    feedback = check_choice_answer(TWO_LANGUAGES, typed)
    assert not feedback.correct and not feedback.usable
    assert feedback.message.startswith("Right word, written in Simplified")
    assert "(zh-TW)" in feedback.message and "三年內" not in feedback.message


def test_a_wrong_choice_in_the_other_script_is_that_choice() -> None:
    feedback = check_choice_answer(TWO_LANGUAGES, "一年内")
    assert not feedback.correct and feedback.usable
    assert feedback.message == "Not 一年內 — within one year. Try again."


@pytest.mark.parametrize(
    ("typed", "tidied"),
    [
        ("ㄌㄧㄤ˙", "ㄌㄧㄤ˙"),  # NFKC alone makes ˙ a space and a combining dot
        ("˙ㄇㄚ", "˙ㄇㄚ"),
        ("ㄏㄤˊ ", "ㄏㄤˊ"),
        ("ㄌ ㄧ ㄤ ˋ", "ㄌ ㄧ ㄤ ˋ"),
        ("ㄇㄚ˙４", "ㄇㄚ˙4"),  # full-width digit after a mark still folded
    ],
)
def test_tidy_keeps_zhuyin_tone_marks(typed: str, tidied: str) -> None:
    assert tidy(typed) == tidied
