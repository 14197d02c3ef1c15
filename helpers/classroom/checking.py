"""Reading a typed answer before it is judged, and judging a multiple-choice answer.

A student types on whatever keyboard they have: full-width digits and letters (１２３), ideographic
spaces, doubled spaces, a trailing newline. These are tidied the same way for every exercise
(Unicode NFKC, spaces collapsed); an answer left empty is told so, kindly, and counts as an attempt.
"""

from __future__ import annotations

import re
import unicodedata

from helpers.classroom.model import Exercise, Feedback

SPACES = re.compile(r"\s+")
LETTERS = "ABCDEFGHIJ"
EMPTY = "No answer given: type an answer, or pick one of the choices, then check again."


def tidy(answer: object) -> str:
    """An answer as the exercises compare it.

    Args:
        answer: what was typed or picked (None and non-strings are read as their text; None as '').

    Returns:
        The answer with full-width ASCII forms made half-width (NFKC, which leaves Han characters
        alone), runs of white space made one space, and leading and trailing space removed.
    """
    text = "" if answer is None else str(answer)
    return SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def empty_feedback(exercise: Exercise) -> Feedback:
    """The feedback on an empty answer: not usable, counted as an attempt, with the hint."""
    return Feedback(False, EMPTY, exercise.hint, usable=False)


def chosen(exercise: Exercise, answer: str) -> str | None:
    """The choice a tidied answer names: the choice's text itself (case and spaces ignored), its
    letter (A, B …) or its number (1, 2 …); None when it names none."""
    folded = answer.casefold().replace(" ", "")
    for index, choice in enumerate(exercise.choices):
        # The choice is tidied like the answer, or one with full-width punctuation never matches.
        names = {
            tidy(choice).casefold().replace(" ", ""),
            LETTERS[index].casefold(),
            str(index + 1),
        }
        if folded in names:
            return choice
    return None


def check_choice_answer(exercise: Exercise, answer: object) -> Feedback:
    """Judge an answer to a multiple-choice exercise.

    Args:
        exercise: an exercise with choices.
        answer: the choice's text, letter or number, as typed or picked.

    Returns:
        The feedback: right with the explanation; wrong with why that choice is not it and the hint;
        not usable (an attempt all the same) when the answer names none of the choices.
    """
    text = tidy(answer)
    if not text:
        return empty_feedback(exercise)
    picked = chosen(exercise, text)
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
