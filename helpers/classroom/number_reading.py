"""Number exercises: a quoted Chinese amount (38兆美元, 二十亿分之一) read into English units.

The amounts are those helpers.numbers found in the document, with a single value (no range, no
vague or approximate amount) in a unit this module can read back (ASKED_UNITS); the right answer
is written by the project's own formatter (helpers.views.number_format), and a typed answer is
read by helpers.classroom.english_amounts and compared within the exercise's tolerance.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping

from helpers.classroom.checking import empty_feedback, tidy
from helpers.classroom.english_amounts import read_amount
from helpers.classroom.model import Exercise, ExerciseKind, Feedback
from helpers.corpus.documents import document
from helpers.corpus.segments import segmented
from helpers.numbers.extract import Quantity, quantities
from helpers.numbers.units import CN_DIGITS, SCALES, UNITS
from helpers.views.number_format import plain_number, value_text

KINDS: tuple[ExerciseKind, ...] = ("number",)
TOLERANCE = 0.01
"""The relative error accepted (1 %), enough for 0.333 against 三分之一."""
PER_SECTION = 2
PER_DOCUMENT = 8
SMALLEST_COUNT = 1000
"""A count below this (三件) is no exercise in reading numbers."""
ASKED_UNITS: Mapping[str, str] = {
    "USD": "money in US dollars",
    "CAD": "money in Canadian dollars",
    "W": "power in watts",
    "Wh": "energy in watt-hours",
    "percent": "a percentage",
    "times": "a multiple (× or times)",
    "t": "a mass in tonnes",
    "ratio": "a fraction with no unit",
    "count": "a count with no unit",
}
"""The units asked about, and what an amount in each is, for feedback on a wrong unit."""
EXAMPLES: Mapping[str, str] = {
    "USD": "with a unit (e.g. 'US$2 billion')",
    "CAD": "with a unit (e.g. 'C$2,500')",
    "W": "with a unit (e.g. '100 MW' or '2 GW')",
    "Wh": "with a unit (e.g. '50 GWh')",
    "percent": "with a unit (e.g. '12%')",
    "times": "as a multiple (e.g. '3×' or '3 times')",
    "t": "with a unit (e.g. '200 tonnes')",
    "ratio": "(e.g. 'one in a thousand' or '0.1%')",
    "count": "digits and scale words (e.g. '2 million')",
}
"""How the prompt asks for an answer in each unit, with an example of that kind."""
BARE_UNITS = frozenset(("ratio", "count"))
"""Units written with no unit word: the answer is a bare number."""
PLAIN = frozenset("0123456789., " + CN_DIGITS + "倍")
"""What a surface may hold and still be a trivial amount (4倍, 兩倍, 25%, 1GW): digits, and the
multiple's 倍; a unit word to put into English (太瓦, 美元) or a scale makes it worth asking."""
SCALE_HINT = "{scales}; in English a million is 10^6, a billion 10^9, a trillion 10^12. "
UNIT_HINTS: Mapping[str, str] = {
    "ratio": "Write a fraction as '1 in …' or as a decimal.",
    "count": "A count needs no unit.",
}
SCALED = ("million", "billion", "trillion", "MW", "GW", "TW", "MWh", "GWh", " in ")


def answer_text(unit: str, value: float) -> str:
    """The canonical English answer: value_text's wording, a unit fraction as '1 in N'.

    Args:
        unit: one of ASKED_UNITS.
        value: the amount in unit.

    Returns:
        'US$38 trillion', '100 MW', '25%', '5×', '330,000', '1 in 2 billion', '0.037'.
    """
    if unit == "ratio" and 0 < value < 1 and math.isclose(1 / value, round(1 / value)):
        return f"1 in {value_text('count', round(1 / value))}"
    if unit == "ratio":
        return plain_number(value)
    return value_text(unit, value)


def askable(quantity: Quantity) -> bool:
    """A clean quantity worth asking: one value, not approximate, in a unit read back here, and
    not trivial: it holds a scale character (万, 億 …) or a unit word to put into English (太瓦,
    美元, 分之); a bare multiple or percentage (4倍, 25%), a count without a scale or an amount
    already in Latin units (1GW) is not asked."""
    if quantity.value is None or quantity.approx or quantity.unit not in ASKED_UNITS:
        return False
    if quantity.unit == "count" and quantity.value < SMALLEST_COUNT:
        return False
    if _scales_used(quantity.surface):
        return True
    plain = {char for char in quantity.surface if char.isascii() or char in PLAIN}
    return quantity.unit != "count" and not set(quantity.surface) <= plain


def _scales_used(surface: str) -> str:
    """The Chinese scale characters of a surface with their values ('億 = 10^8'), as the surface
    writes them; a unit word's own prefix (the 兆 of 兆瓦, a megawatt; the 千 of 千瓦) is no scale.
    '' when there is none."""
    for word in sorted(UNITS, key=len, reverse=True):
        surface = surface.replace(word, " ")
    used = dict.fromkeys(char for char in surface if char in SCALES)
    return ", ".join(f"{char} = 10^{round(math.log10(SCALES[char]))}" for char in used)


def _exercise(quantity: Quantity, index: int, section: int, sentence: str, lang: str) -> Exercise:
    """The exercise on one quantity, the index-th of its sentence."""
    unit, value = quantity.unit, float(quantity.value or 0)
    answer = answer_text(unit, value)
    doc, place = quantity.sentence.split(":")
    scales = _scales_used(quantity.surface)
    return Exercise(
        id=f"{doc}.number.{place}.q{index}",
        doc=doc,
        section=section,
        kind="number",
        prompt=f"How much is {quantity.surface} (sentence {quantity.sentence})? "
        f"Answer in English {EXAMPLES[unit]}.",
        prompt_zh=sentence.strip(),
        lang=lang,
        choices=(),
        answer=answer,
        explanation=(
            f"{quantity.surface} is {answer}{f' ({scales})' if scales else ''}: sentence "
            f"{quantity.sentence}, amount found by helpers.numbers and written by "
            "helpers.views.number_format."
        ),
        hint=(SCALE_HINT.format(scales=scales) if scales else "")
        + UNIT_HINTS.get(unit, "Give the unit too."),
        ref=quantity.sentence,
        source=f"{document(doc).path.name}@{quantity.start}-{quantity.end}",
        unit=unit,
        value=value,
        tolerance=TOLERANCE,
    )


def generate(doc_id: str) -> Iterator[Exercise]:
    """The number exercises of one document, in text order.

    Args:
        doc_id: a document id ('000').

    Returns:
        At most PER_SECTION per section and PER_DOCUMENT in all, each surface once (its first
        occurrence), amounts written with a scale
        (million and up, a fraction '1 in N') chosen before plain ones.

    Raises:
        CorpusError: unknown document.
    """
    lang = document(doc_id).language
    sentences = {sentence.ref: sentence for sentence in segmented(doc_id).sentences}
    found = quantities(doc_id)
    first = {quantity.surface: quantity for quantity in reversed(found)}
    indexed = [
        (quantity, [other.start for other in found if other.sentence == quantity.sentence])
        for quantity in found
        if askable(quantity) and first[quantity.surface] is quantity
    ]
    ranked = sorted(
        range(len(indexed)),
        key=lambda i: (
            not any(
                word in answer_text(indexed[i][0].unit, float(indexed[i][0].value or 0))
                for word in SCALED
            )
        ),
    )
    taken: dict[int, int] = {}
    chosen: list[int] = []
    for i in ranked:
        section = sentences[indexed[i][0].sentence].section
        if taken.get(section, 0) < PER_SECTION and len(chosen) < PER_DOCUMENT:
            taken[section] = taken.get(section, 0) + 1
            chosen.append(i)
    for i in sorted(chosen):
        quantity, starts = indexed[i]
        sentence = sentences[quantity.sentence]
        yield _exercise(
            quantity, starts.index(quantity.start), sentence.section, sentence.text, lang
        )


def _factor(given: float, right: float, tolerance: float) -> int:
    """The power of ten given is off by (0 when it is not off by one, or either is not a positive
    finite number)."""
    if not (0 < given < math.inf and 0 < right < math.inf):
        return 0
    power = math.log10(given) - math.log10(right)
    return round(power) if abs(power - round(power)) <= math.log10(1 + tolerance) else 0


def check(exercise: Exercise, answer: object) -> Feedback:
    """Judge a typed English amount.

    Args:
        exercise: a number exercise (unit, value and tolerance set).
        answer: the amount as typed ('US$38 trillion', '38T USD', '1 in 2 billion').

    Returns:
        Right when the amount, in the exercise's unit, is within tolerance; otherwise feedback on a
        missing or wrong unit, a wrong scale (off by a factor of 1,000) or a wrong number; not
        usable when no number can be read.
    """
    text = tidy(answer)
    if not text:
        return empty_feedback(exercise)
    right, unit = float(exercise.value or 0), exercise.unit
    amount = read_amount(text, frozenset(("t",)) if unit == "t" else frozenset())
    if amount is None:
        message = (
            f"No number read in {text!r}: write the amount in digits (38, 2.5, 1,000) with a "
            "scale word if it needs one (million, billion, trillion) and its unit."
        )
        return Feedback(False, message, exercise.hint, usable=False)
    if amount.problem:
        return Feedback(False, amount.problem, exercise.hint, usable=amount.usable)
    given, typed = amount.value, amount.unit
    if amount.rest and unit != "count":
        message = f"The number is read, but not the unit {amount.rest!r}: try US$, W, GW, %, ×."
        return Feedback(False, message, exercise.hint)
    if unit == "ratio" and typed == "percent":
        given, typed = given / 100, "ratio"
    if unit in BARE_UNITS and typed not in ("", unit):
        return Feedback(False, f"This amount is {ASKED_UNITS[unit]}.", exercise.hint)
    if unit not in BARE_UNITS and not typed:
        message = f"The unit is missing: this amount is {ASKED_UNITS[unit]}."
        return Feedback(False, message, exercise.hint)
    if unit not in BARE_UNITS and typed != unit:
        return Feedback(False, f"Wrong unit: this amount is {ASKED_UNITS[unit]}.", exercise.hint)
    if math.isclose(given, right, rel_tol=exercise.tolerance):
        return Feedback(True, f"Right. {exercise.explanation}")
    power = _factor(given, right, exercise.tolerance)
    if power:
        factor = plain_number(10 ** abs(power))
        message = f"Right digits, wrong scale: off by a factor of {factor}."
        return Feedback(False, message, exercise.hint)
    return Feedback(False, "Not that amount: read the digits and the scale again.", exercise.hint)
