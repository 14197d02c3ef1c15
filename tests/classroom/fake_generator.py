"""A hand-written exercise generator standing in for the real ones, for the classroom tests and the
browser test's notebook: two sections per document, multiple-choice and typed exercises.

install() makes helpers.classroom.registry use it (and forget exercises made before); uninstall()
undoes that. The answers are written by hand here, so a test's expected values are plain to see.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

from helpers.classroom import registry
from helpers.classroom.checking import check_choice_answer, empty_feedback, tidy
from helpers.classroom.model import Exercise, ExerciseKind, Feedback

KINDS: tuple[ExerciseKind, ...] = ("term-english", "english-term", "script", "comprehension")
TYPED_ANSWER = "晶片很重要"


def generate(doc_id: str) -> Iterator[Exercise]:
    """Four exercises of a document: two multiple-choice in section 0; in section 1 one typed
    (a sentence into Taiwan Traditional) and one multiple-choice."""
    yield Exercise(
        f"{doc_id}.term-english.rocket", doc_id, 0, "term-english",
        "What does 火箭 mean?", "火箭", "zh-Hans", ("chip", "rocket", "robot", "debt"),
        "rocket", "火箭 is a rocket (glossary entry rocket).", "Think of SpaceX.",
        f"{doc_id}:p0.s0", "corpus/glossary.toml#rocket",
    )  # fmt: skip
    yield Exercise(
        f"{doc_id}.english-term.chip", doc_id, 0, "english-term",
        "Which word means 'chip'?", "", "", ("火箭", "芯片", "机器人", "债务"),
        "芯片", "芯片 is a chip (glossary entry chip).", "It starts with 芯.",
        f"{doc_id}:p0.s1", "corpus/glossary.toml#chip",
    )  # fmt: skip
    yield Exercise(
        f"{doc_id}.script.p1.s0", doc_id, 1, "script",
        "Write this sentence as it is written in Taiwan.", "芯片很重要", "zh-Hans", (),
        TYPED_ANSWER, "Taiwan writes 晶片 for 芯片 (conversion table).", "Taiwan says 晶片.",
        f"{doc_id}:p1.s0", "corpus/conversion",
    )  # fmt: skip
    yield Exercise(
        f"{doc_id}.comprehension.q0", doc_id, 1, "comprehension",
        "Who is interviewed?", "", "", ("Elon Musk", "Nikhil Kamath"),
        "Elon Musk", "The interview is with Elon Musk (p1.s1).", "Read the title.",
        f"{doc_id}:p1.s1", "corpus/questions",
    )  # fmt: skip


def check(exercise: Exercise, answer: object) -> Feedback:
    """check_choice_answer for choices; a typed answer compared character by character."""
    if exercise.choices:
        return check_choice_answer(exercise, answer)
    typed = tidy(answer)
    if not typed:
        return empty_feedback(exercise)
    if typed == exercise.answer:
        return Feedback(True, f"Right. {exercise.explanation}")
    marks = tuple(
        i for i, char in enumerate(typed) if i >= len(exercise.answer) or exercise.answer[i] != char
    )
    return Feedback(False, "Some characters are not the Taiwan forms.", exercise.hint, marks)


def _this_module() -> ModuleType:
    import sys

    return sys.modules[__name__]


def install() -> None:
    """Make the registry's generators this module (every kind of KINDS)."""
    module = _this_module()
    registry._modules = lambda: dict.fromkeys(KINDS, module)  # type: ignore[assignment]
    registry.exercises.cache_clear()  # type: ignore[attr-defined]


def uninstall(original: object) -> None:
    """Give the registry back the generator look-up install() replaced."""
    registry._modules = original  # type: ignore[assignment]
    registry.exercises.cache_clear()  # type: ignore[attr-defined]
