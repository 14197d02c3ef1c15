"""Chart exercises: a multiple-choice question answered by reading a chart of key figures.

The figures are the claims of corpus/claims.toml (helpers.numbers.claims), drawn by the plot
functions of helpers.views.number_charts: a group with a chart of its own (CHARTS) is asked about
on that chart, any other group on plot_document_numbers, which lists a document's first key
figures. chart_for(exercise) draws the chart an exercise names, to be shown beside it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence

from matplotlib.figure import Figure

from helpers.classroom import number_reading
from helpers.classroom.checking import check_choice_answer
from helpers.classroom.model import Exercise, ExerciseKind, Feedback
from helpers.core.errors import CorpusError
from helpers.corpus.documents import document
from helpers.corpus.segments import segmented
from helpers.numbers.claims import Claim, claims
from helpers.views import number_charts
from helpers.views.claim_style import claim_label
from helpers.views.document_numbers import LISTED
from helpers.views.number_format import value_text

KINDS: tuple[ExerciseKind, ...] = ("chart",)
CHARTS: Mapping[str, str] = {
    "power_budget": "plot_power_budget",
    "nvidia_selloff": "plot_selloff",
    "energy_ladder": "plot_energy_ladder",
    "predictions": "plot_predictions",
    "revenue": "plot_revenue",
}
"""Groups drawn by a chart of their own → its function in helpers.views.number_charts."""
DOCUMENT_CHART = "plot_document_numbers"
"""The chart of a document's key figures, for the groups CHARTS leaves out."""
CHOICES = 4
SCALES = (1.0, 10.0, 1e3, 1e-3)
"""The right value and the wrong ones offered for 'about how much' (a slip of one scale)."""
SOURCE = "corpus/claims.toml#"
MARGIN = 1.5
"""The largest figure offered is at least this many times the next one, so that reading the
chart, not guessing between two near-equal bars, tells which is largest."""


def _chart(group: str) -> str:
    """The plot function that draws a group's claims."""
    return CHARTS.get(group, DOCUMENT_CHART)


def _title(doc_id: str, group: str) -> str:
    """The title of the chart a group is read from, as the chart writes it."""
    if _chart(group) == DOCUMENT_CHART:
        return f"Numbers in document {doc_id}"
    return claims().groups[group].title


def _shuffled(exercise_id: str, choices: Sequence[str]) -> tuple[str, ...]:
    """Choices in a fixed order that does not give the answer's place away."""
    return tuple(
        sorted(choices, key=lambda c: hashlib.sha1(f"{exercise_id}|{c}".encode()).hexdigest())
    )


def _measure(group: str) -> str:
    """What a group's chart places its claims by: the year of a prediction, else the value."""
    return "year" if group == "predictions" else "value"


def _comparable(doc_id: str, group: str) -> list[Claim]:
    """A document's claims in a group that the chart shows and that can be ordered: one unit (the
    most common), a number to order by, each label and number once; in file order."""
    shown = [claim for claim in claims().claims.values() if claim.quantity.doc == doc_id]
    if _chart(group) == DOCUMENT_CHART:
        shown = shown[:LISTED]
    measure = _measure(group)
    items = [c for c in shown if c.group == group and getattr(c, measure) is not None]
    if measure == "value" and items:
        units = [claim.unit for claim in items]
        common = max(units, key=units.count)
        items = [claim for claim in items if claim.unit == common]
    labels: dict[str, Claim] = {}
    numbers: set[float] = set()
    for claim in items:
        if claim.label not in labels and getattr(claim, measure) not in numbers:
            labels[claim.label] = claim
            numbers.add(getattr(claim, measure))
    return list(labels.values())


def _section(claim: Claim) -> int:
    """The section of the sentence a claim is in."""
    refs = {sentence.ref: sentence for sentence in segmented(claim.quantity.doc).sentences}
    return refs[claim.quantity.sentence].section


def _amount(claim: Claim, measure: str) -> str:
    """A claim's number as a reader writes it."""
    if measure == "year":
        return value_text("date", claim.year)
    return value_text(claim.unit, claim.value)


def _rows(items: Sequence[Claim], measure: str) -> str:
    """Claims listed with their numbers and sentences, for an explanation."""
    return "; ".join(
        f"{c.label} {_amount(c, measure)} ({c.id}, {c.quantity.sentence})" for c in items
    )


def _offered(group: str, items: Sequence[Claim]) -> list[Claim]:
    """The claims a 'which is largest' question offers, smallest first: the largest of the
    group's claims (latest, for predictions) and up to CHOICES - 1 others in file order, each at
    most 1/MARGIN of it (for years: earlier); [] when no other claim is that far below."""
    measure = _measure(group)
    top = max(items, key=lambda claim: getattr(claim, measure))
    highest = getattr(top, measure)
    if measure == "year":
        others = [claim for claim in items if claim.year < highest]
    else:
        others = [claim for claim in items if (claim.value or 0) * MARGIN <= highest]
    if not others:
        return []
    return sorted([top, *others[: CHOICES - 1]], key=lambda claim: getattr(claim, measure))


def _largest(doc_id: str, group: str, offered: Sequence[Claim]) -> Exercise:
    """Which of the offered claims of a group (smallest first) is largest (for predictions:
    latest)."""
    measure = _measure(group)
    top = offered[-1]
    word = "comes latest" if measure == "year" else "is largest"
    exercise_id = f"{doc_id}.chart.{group}"
    title = _title(doc_id, group)
    return Exercise(
        id=exercise_id,
        doc=doc_id,
        section=_section(top),
        kind="chart",
        prompt=(
            f"In the chart '{title}' ({_chart(group)}), which of these figures from document "
            f"{doc_id} {word}?"
        ),
        prompt_zh=claims().groups[group].title_zh,
        lang=document(doc_id).language,
        choices=_shuffled(exercise_id, [claim_label(claim, " ") for claim in offered]),
        answer=claim_label(top, " "),
        explanation=(
            f"{claim_label(top, ' ')} {word}: {_rows(offered, measure)}. Drawn by "
            f"{_chart(group)} from group {group} of corpus/claims.toml."
        ),
        hint="Compare where each figure sits on the chart's axis (mind a log scale).",
        ref=top.quantity.sentence,
        source=SOURCE + group,
        unit="year" if measure == "year" else top.unit,
        value=getattr(top, measure),
    )


def _slips(claim: Claim) -> list[str]:
    """A claim's value and that value slipped by a scale, as a reader writes them."""
    return list(dict.fromkeys(value_text(claim.unit, (claim.value or 0) * s) for s in SCALES))


def _how_much(doc_id: str, group: str, claim: Claim) -> Exercise:
    """About how much one claim is, among its value and that value slipped by a scale."""
    exercise_id = f"{doc_id}.chart.{group}.{claim.id}"
    right = _amount(claim, "value")
    offered = _slips(claim)
    return Exercise(
        id=exercise_id,
        doc=doc_id,
        section=_section(claim),
        kind="chart",
        prompt=(
            f"In the chart '{_title(doc_id, group)}' ({_chart(group)}), about how much "
            f"is '{claim.label}'?"
        ),
        prompt_zh=claim.label_zh,
        lang=document(doc_id).language,
        choices=_shuffled(exercise_id, list(offered)),
        answer=right,
        explanation=(
            f"{claim.label} is {right} ({claim.quantity.surface}, sentence "
            f"{claim.quantity.sentence}): claim {claim.id} of group {group} in "
            f"corpus/claims.toml, drawn by {_chart(group)}."
        ),
        hint="Read the axis: mind its unit and its scale.",
        ref=claim.quantity.sentence,
        source=SOURCE + group,
        unit=claim.unit,
        value=claim.value,
    )


def generate(doc_id: str) -> Iterator[Exercise]:
    """The chart exercises of one document: at most two.

    Args:
        doc_id: a document id ('000').

    Returns:
        For the first group (file order) whose largest figure of the document is at least MARGIN
        times another (latest, for predictions: later than another), which is largest; then, for
        the next group with figures (or the same group), about how much its first figure is
        whose choices show no answer of the document's number exercises (the chart would answer
        them). None for a document without key figures.

    Raises:
        CorpusError: unknown document.
    """
    document(doc_id)
    groups = [group for group in claims().groups if _comparable(doc_id, group)]
    first = next((group for group in groups if _offered(group, _comparable(doc_id, group))), None)
    if first is not None:
        yield _largest(doc_id, first, _offered(first, _comparable(doc_id, first)))
    valued = [group for group in groups if _measure(group) == "value"]
    answers = {item.answer for item in number_reading.generate(doc_id)}
    candidates = [
        (group, claim)
        for group in [group for group in valued if group != first] + [first]
        if group in valued
        for claim in _comparable(doc_id, group)
        if not answers & set(_slips(claim))
    ]
    if candidates:
        yield _how_much(doc_id, *candidates[0])


def check(exercise: Exercise, answer: object) -> Feedback:
    """Judge the choice picked (its text, letter or number): see check_choice_answer."""
    return check_choice_answer(exercise, answer)


def chart_for(exercise: Exercise) -> Figure:
    """The chart a chart exercise is read from, to be shown beside it.

    Args:
        exercise: a chart exercise (its source 'corpus/claims.toml#GROUP').

    Returns:
        A pyplot figure drawn by helpers.views.number_charts; the same figure every time.

    Raises:
        CorpusError: the exercise is not a chart exercise.
    """
    if exercise.kind != "chart" or not exercise.source.startswith(SOURCE):
        raise CorpusError(f"exercise {exercise.id} is not read off a chart")
    name = _chart(exercise.source.removeprefix(SOURCE))
    draw: Callable[..., Figure] = getattr(number_charts, name)
    return draw(exercise.doc) if name == DOCUMENT_CHART else draw()
