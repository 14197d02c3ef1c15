"""Reading a typed answer before it is judged, and judging a multiple-choice answer.

A student types on whatever keyboard they have: full-width digits and letters (１２３), ideographic
spaces, doubled spaces, a trailing newline. These are tidied the same way for every exercise
(Unicode NFKC, spaces collapsed); an answer left empty is told so, kindly, and counts as an attempt.
"""

from __future__ import annotations

import re
import unicodedata

from helpers.classroom.model import Exercise, Feedback
from helpers.corpus.repair_rules import HAN_CHARACTER
from helpers.language.conversion import converter

SPACES = re.compile(r"\s+")
TONE_MARKS = re.compile("([ˉˊˇˋ˙])")
"""Zhuyin's tone marks, kept as typed: NFKC breaks ˙ (the neutral tone) into a space and a
combining dot."""
LETTERS = "ABCDEFGHIJ"
LABEL = re.compile(r"[(\[]?([a-j]|[1-9])[)\].:]?")
"""A choice named by its letter or number, as typed: 'B', 'b)', '(B)', 'B.', '2'."""
HALVES = " — "
"""What parts a two-language choice ('三年內 — within three years'); either half names it."""
EMPTY = "No answer given: type an answer, or pick one of the choices, then check again."


def tidy(answer: object) -> str:
    """An answer as the exercises compare it.

    Args:
        answer: what was typed or picked (None and non-strings are read as their text; None as '').

    Returns:
        The answer with full-width ASCII forms made half-width (NFKC, which leaves Han characters
        alone; zhuyin's tone marks ˉ ˊ ˇ ˋ ˙ are kept as they are), runs of white space made one
        space, and leading and trailing space removed.
    """
    text = "" if answer is None else str(answer)
    parts = TONE_MARKS.split(text)  # the marks at odd places
    kept = "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(parts))
    return SPACES.sub(" ", kept).strip()


def empty_feedback(exercise: Exercise) -> Feedback:
    """The feedback on an empty answer: not usable, counted as an attempt, with the hint."""
    return Feedback(False, EMPTY, exercise.hint, usable=False)


def _folded(text: str) -> str:
    """Text as choices are compared: tidied, case and spaces ignored."""
    return tidy(text).casefold().replace(" ", "")


def chosen(exercise: Exercise, answer: str) -> str | None:
    """The choice a tidied answer names: the choice's text itself (tidied alike, so a choice with
    full-width punctuation matches; case and spaces ignored) or either half of a two-language
    choice ('三年內' or 'within three years' for '三年內 — within three years'), else its letter
    (A, B …, also 'b)', '(B)', 'B.') or its number (1, 2 …); None when it names none."""
    folded = _folded(answer)
    for choice in exercise.choices:
        if folded in {_folded(choice), *(_folded(half) for half in choice.split(HALVES))}:
            return choice
    label = LABEL.fullmatch(folded)
    if label is None:
        return None
    token = label[1]
    index = int(token) - 1 if token.isdigit() else LETTERS.casefold().index(token)
    return exercise.choices[index] if index < len(exercise.choices) else None


def _across_scripts(exercise: Exercise, answer: str) -> str | None:
    """The Chinese choice an answer names when both are read in Simplified (OpenCC t2s), though
    the answer writes it in the other script ('债务' for 債務); None when it names none."""
    if not HAN_CHARACTER.search(answer):
        return None
    simplified = converter("t2s").convert
    folded = simplified(_folded(answer))
    for choice in exercise.choices:
        halves = {_folded(choice), *(_folded(half) for half in choice.split(HALVES))}
        if folded in {simplified(half) for half in halves if HAN_CHARACTER.search(half)}:
            return choice
    return None


def check_choice_answer(exercise: Exercise, answer: object) -> Feedback:
    """Judge an answer to a multiple-choice exercise.

    Args:
        exercise: an exercise with choices.
        answer: the choice's text, letter or number, as typed or picked.

    Returns:
        The feedback: right with the explanation; wrong with why that choice is not it and the hint;
        not usable (an attempt all the same) when the answer names none of the choices, or names
        the right one in the other script (Simplified for Traditional or the reverse).
    """
    text = tidy(answer)
    if not text:
        return empty_feedback(exercise)
    picked = chosen(exercise, text)
    if picked is None and (crossed := _across_scripts(exercise, text)) == exercise.answer:
        wanted = "Simplified" if exercise.choice_lang == "zh-Hans" else "Traditional"
        written = "Traditional" if wanted == "Simplified" else "Simplified"
        message = (
            f"Right word, written in {written}: this exercise asks for it in {wanted} "
            f"characters ({exercise.choice_lang}). Pick the choice as it is written."
        )
        return Feedback(False, message, exercise.hint, usable=False)
    picked = picked or crossed
    if picked is None:
        options = ", ".join(LETTERS[i] for i in range(len(exercise.choices)))
        return Feedback(
            False,
            f"{text!r} is not one of the choices: answer with one, or its letter ({options}).",
            exercise.hint,
            usable=False,
        )
    if picked == exercise.answer:
        return Feedback(True, f"Right. {exercise.explanation}")
    return Feedback(False, f"Not {picked}. Try again.", exercise.hint)
