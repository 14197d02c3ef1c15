"""Every exercise of a document, in a fixed order; one exercise by id; judging an answer.

Each generator module (GENERATORS) has `generate(doc_id) -> Iterable[Exercise]` and
`check(exercise, answer) -> Feedback`, and lists the kinds it makes in KINDS. Exercises come in
section order, then in the order of EXERCISE_KINDS, then in the order their generator gives.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from helpers.classroom.model import EXERCISE_KINDS, Exercise, Feedback
from helpers.core.caching import data_cache
from helpers.core.errors import CorpusError
from helpers.corpus.documents import document

GENERATORS: tuple[str, ...] = (
    "vocabulary",
    "script",
    "polyphones",
    "number_reading",
    "chart_reading",
    "comprehension",
)
"""The generator modules, by name under helpers.classroom."""


@data_cache
def _modules() -> dict[str, ModuleType]:
    """Each exercise kind's generator module."""
    by_kind: dict[str, ModuleType] = {}
    for name in GENERATORS:
        module = import_module(f"helpers.classroom.{name}")
        by_kind |= dict.fromkeys(module.KINDS, module)
    return by_kind


@data_cache
def _generated(module: ModuleType, doc_id: str) -> tuple[Exercise, ...]:
    """The exercises one generator module makes for a document, in its order."""
    return tuple(module.generate(doc_id))


@data_cache
def exercises(doc_id: str) -> tuple[Exercise, ...]:
    """Every exercise of one document.

    Args:
        doc_id: a document id ('000').

    Returns:
        The exercises, by section, then kind (EXERCISE_KINDS order), then the generator's order.

    Raises:
        CorpusError: unknown document.
    """
    document(doc_id)
    made = [
        ex for module in dict.fromkeys(_modules().values()) for ex in _generated(module, doc_id)
    ]
    rank = {kind: index for index, kind in enumerate(EXERCISE_KINDS)}
    order = sorted(range(len(made)), key=lambda i: (made[i].section, rank[made[i].kind], i))
    return tuple(made[i] for i in order)


def exercise(exercise_id: str) -> Exercise:
    """One exercise by its id.

    Args:
        exercise_id: an id such as '000.term-english.chip' (its first part is the document).

    Returns:
        The exercise.

    Raises:
        CorpusError: unknown document, or the id names no exercise of it.
    """
    doc_id, _, rest = exercise_id.partition(".")
    document(doc_id)
    module = _modules().get(rest.partition(".")[0])
    if module is not None:
        # only the generator of the id's kind runs: the command line checks one answer quickly
        for candidate in _generated(module, doc_id):
            if candidate.id == exercise_id:
                return candidate
    raise CorpusError(
        f"no exercise {exercise_id!r} in document {doc_id}; "
        f"list them with `python -m helpers exercises --doc {doc_id}`"
    )


def check(exercise_or_id: Exercise | str, answer: object) -> Feedback:
    """Judge one answer (nothing is stored; see helpers.classroom.answers for that).

    Args:
        exercise_or_id: the exercise, or its id.
        answer: what the student typed or picked; any value (None, a number) is read as text.

    Returns:
        The feedback. A bad answer (empty, unreadable) gets feedback too, never an exception.

    Raises:
        CorpusError: an id that names no exercise.
    """
    chosen = exercise(exercise_or_id) if isinstance(exercise_or_id, str) else exercise_or_id
    if chosen.kind not in _modules():
        raise CorpusError(f"no generator checks {chosen.kind!r} exercises")
    result: Feedback = _modules()[chosen.kind].check(chosen, answer)
    return result
