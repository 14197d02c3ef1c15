"""A quantity's value as a reader writes it: US$38 trillion, 330,000, 1.25%, 100 MW, 2030.

Unit names are those of helpers.numbers.units (UNIT_NAMES), values in those units as the extractor
gives them. Never scientific notation; years without thousands separators.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from helpers.core.errors import CorpusError

Scaling = Literal["words", "si", "year"]
"""How a unit writes large values: million/billion/trillion, SI prefixes, or as a bare year."""


@dataclass(frozen=True)
class Wording:
    """How a unit is written around its number.

    Attributes:
        before: written before the number (a currency sign, "US$").
        singular, plural: written after the number for exactly 1 and otherwise ("" for none);
            a word starting with a letter or digit is set off by a space, a sign ("%", "×") not.
        scaling: how large values are written (see Scaling).
    """

    before: str = ""
    singular: str = ""
    plural: str = ""
    scaling: Scaling = "words"


def _word(singular: str, plural: str | None = None) -> Wording:
    """A unit written after the number, its plural the singular plus s unless given."""
    return Wording(singular=singular, plural=plural if plural is not None else singular + "s")


def _sign(text: str) -> Wording:
    """A unit written after the number the same way for one and many."""
    return Wording(singular=text, plural=text)


WORDINGS: Mapping[str, Wording] = {
    "USD": Wording("US$"),
    "CAD": Wording("C$"),
    "HKD": Wording("HK$"),
    "TWD": Wording("NT$"),
    "EUR": Wording("€"),
    "GBP": Wording("£"),
    "CNY": Wording("CN¥"),
    "JPY": Wording("JP¥"),
    "W": Wording(singular="W", plural="W", scaling="si"),
    "Wh": Wording(singular="Wh", plural="Wh", scaling="si"),
    "V": Wording(singular="V", plural="V", scaling="si"),
    "percent": _sign("%"),
    "pp": _word("percentage point"),
    "times": _sign("×"),
    "ratio": Wording(),
    "count": Wording(),
    "number": Wording(),
    "date": Wording(scaling="year"),
    "rank": Wording(before="No. ", scaling="year"),
    **{period: _word(period) for period in ("year", "month", "week", "day", "hour", "minute")},
    "second": _word("second"),
    "t": _word("tonne"),
    "kg": _sign("kg"),
    "km": _sign("km"),
    "mile": _word("mile"),
    "m": _sign("m"),
    "ft": _sign("ft"),
    "nm": _sign("nm"),
    "sq_ft": _sign("sq ft"),
    "m2": _sign("m²"),
    "km2": _sign("km²"),
    "mph": _sign("mph"),
    "degree": _sign("°"),
    "bit": _word("bit"),
}
"""How each unit name without a '/' is written."""
PER: Mapping[str, str] = {"s": "second", "h": "hour", "W": "watt"}
"""The word after "per" for a unit's divisor, where it is not the divisor itself (year, week …)."""
SCALE_WORDS: Sequence[tuple[float, str]] = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
SI_PREFIXES: Sequence[tuple[float, str]] = ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"))
DECIMALS = 3
"""A scale is used only when every number it writes has at most this many decimals."""
DASH = "—"
"""The value of a quantity that has neither a value nor a range (数十亿, 四月)."""


def plain_number(value: float, grouped: bool = True) -> str:
    """A number in positional notation, never scientific.

    Args:
        value: a finite number.
        grouped: put a comma between groups of three digits (False for years).

    Returns:
        A whole number (up to 12 significant digits) exactly: "330,000"; others to 6 significant
        digits, trailing zeros dropped ("0.333333", "1.25"), from a million on to a whole number.

    Raises:
        CorpusError: value is infinite or not a number.
    """
    if not math.isfinite(value):
        raise CorpusError(f"cannot write {value} as a number")
    number = Decimal(f"{value:.12g}")
    if number != number.to_integral_value():
        number = Decimal(round(value)) if abs(value) >= 1e6 else Decimal(f"{value:.6g}")
    if number == 0:
        number = Decimal(0)  # no "-0"
    return format(number.normalize(), ",f" if grouped else "f")


def _decimals(text: str) -> int:
    """How many digits a written number has after its decimal point."""
    return len(text.partition(".")[2])


def _scaled(numbers: Sequence[float], scaling: Scaling) -> tuple[list[str], str]:
    """The numbers written with the largest scale that needs at most DECIMALS decimals, and it."""
    if scaling == "year":
        return [plain_number(number, grouped=False) for number in numbers], ""
    largest = max(abs(number) for number in numbers)
    for factor, name in SI_PREFIXES if scaling == "si" else SCALE_WORDS:
        texts = [plain_number(number / factor) for number in numbers]
        if largest >= factor and all(_decimals(text) <= DECIMALS for text in texts):
            return texts, name
    return [plain_number(number) for number in numbers], ""


def _amount(wording: Wording, numbers: Sequence[float]) -> str:
    """One number, or a range's two, written with their unit: "US$5.8 billion", "10–15%"."""
    texts, scale = _scaled(numbers, wording.scaling)
    one = len(numbers) == 1 and numbers[0] == 1 and not scale
    unit = wording.singular if one else wording.plural
    if wording.scaling == "si":
        unit, scale = scale + unit, ""
    text = "–".join(texts) + (f" {scale}" if scale else "")
    if unit:
        text += (" " if unit[0].isalnum() else "") + unit
    return wording.before + text


def value_text(
    unit: str, value: float | None, low: float | None = None, high: float | None = None
) -> str:
    """A quantity's value with its unit in words, for a reader.

    Args:
        unit: a unit name of helpers.numbers.units.UNIT_NAMES ("USD", "W", "t/year", "date" …).
        value: the value in that unit, None for a range or a vague amount.
        low, high: a range's bounds in that unit, used when value is None.

    Returns:
        "US$38 trillion", "330,000", "1.25%", "100 MW", "2030" (a date's year), "10–15%",
        "1 million tonnes per year", "3 years"; DASH when there is neither a value nor a range.

    Raises:
        CorpusError: the unit is not one the extractor gives, or a number is not finite.
    """
    numbers = [value] if value is not None else [low, high]
    if any(number is None for number in numbers):
        return DASH
    known = [float(number) for number in numbers if number is not None]
    if "/" in unit:
        amount, _, divisor = unit.rpartition("/")
        return f"{value_text(amount, value, low, high)} per {PER.get(divisor, divisor)}"
    if unit not in WORDINGS:
        raise CorpusError(f"unknown unit {unit!r}; units: {', '.join(WORDINGS)}")
    return _amount(WORDINGS[unit], known)
