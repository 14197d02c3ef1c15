"""From a match to a valued quantity: the builders of numbers with units, ratios and fractions
(helpers.numbers.dates has those of dates and ranks).

Each builder takes a match over a scanned text and returns a Found (a span of that text with its
value, unit and kind) or None when the match is not a quantity there or its numerals cannot be read.
No builder raises on what the patterns let through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.numbers.numerals import consecutive_digits, number_value, some_ones, vague_range
from helpers.numbers.patterns import (
    BARE_VAGUE,
    BIT_CONTEXT,
    BIT_NEXT,
    DOLLAR_BEFORE,
    LATIN_BEFORE,
    NAME_BEFORE,
    QUANTITY,
    SCALE,
    SCALED_CHINESE,
    SLASH_AFTER,
    SLASH_BEFORE,
    TWD_BEFORE,
)
from helpers.numbers.units import (
    BIT,
    CLASSIFIERS,
    DATE_UNIT,
    NUMBER_UNIT,
    ORDERS_OF_MAGNITUDE,
    PERIOD_SECONDS,
    PERIODS,
    RATIO_UNIT,
    UNITS,
    Kind,
    Unit,
    per_period,
)

MAX_ORDERS = 30  # the most orders of magnitude a text counts (数量级); more is no count
PERCENT_UNIT = UNITS["%"]  # the unit of 百分之二十 and 百分百
# What a written number reads as: value, low, high and whether it is approximate.
ParsedNumber = tuple[float | None, float | None, float | None, bool]
# Groups of a QUANTITY match that may make up its span, in text order.
SPAN_GROUPS = (
    "pre",
    "per",
    "sign",
    "low",
    "number",
    "more",
    "unit",
    "change",
    "half",
    "slash",
    "post",
)


@dataclass(frozen=True)
class Found:
    """A quantity found in a scanned text, before it is placed in a document.

    Attributes:
        start, end: character offsets of its span in the text that was scanned.
        value: the amount in unit (None for a range, a vague amount or a date without a year).
        low, high: a range's bounds in unit, else None.
        unit: the unit name (one of helpers.numbers.units.UNIT_NAMES).
        base_value: value in SI units or USD, None where the unit has no base.
        kind: the kind of quantity.
        approx: whether it is written as approximate (约, 左右, 多, 两三 …).
    """

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str
    base_value: float | None
    kind: Kind
    approx: bool


def _plain(match: re.Match[str], value: float, base: float, unit: Unit, approx: bool) -> Found:
    """A ratio or percentage spanning the whole match."""
    return Found(match.start(), match.end(), value, None, None, unit.name, base, unit.kind, approx)


def _number(text: str) -> ParsedNumber | None:
    """What a written number reads as ('两三', '几百' ranges), or None if unreadable."""
    if vague := vague_range(text):
        return None, vague[0], vague[1], True
    if text[0] == "成":
        return None, None, None, True  # 成千上万 spans two orders of magnitude: no value
    if text == "半":
        return 0.5, None, None, False
    if ones := some_ones(text):
        return None, ones[0], ones[1], True
    rough = re.sub("[多几幾来來]", "", text)  # 3千多亿, 十来万: the round number, approximate
    if text[0] != "上" and rough == text and (pair := consecutive_digits(text)):
        return None, pair[0], pair[1], True
    value = number_value(rough.removeprefix("上"))
    return None if value is None else (value, None, None, text[0] == "上" or rough != text)


def _scaled(
    value: float | None, unit: Unit, per: str | None
) -> tuple[float | None, str, float | None, Kind]:
    """Value in the unit, unit name, base value and kind, a rate's period (/年, 每秒) applied."""
    if value is not None:
        value *= unit.factor
    base = None if unit.base is None or value is None else value * unit.base
    if per is None:
        return value, unit.name, base, unit.kind
    period = PERIODS[per]
    name, kind = per_period(unit, period)
    return value, name, None if base is None else base / PERIOD_SECONDS[period], kind


def _bit_width(text: str, end: int) -> bool:
    """Whether the 位 ending at end is a bit width: computing nearby, no person noun after it."""
    return bool(BIT_NEXT.match(text, end)) and bool(
        BIT_CONTEXT.search(text, max(0, end - 300), end + 100)
    )


TWD = UNITS["新台幣"]
CURRENCY_BEFORE = 8
"""How many characters before an amount may name its currency (新臺幣大約, NT$)."""
DOLLARS = {"": "美元", "US": "美元", "NT": "新台幣", "HK": "港元", "C": "加元"}
"""The unit surface of each country's letters before a dollar sign (US$, NT$, HK$, C$)."""


def _dollars(match: re.Match[str]) -> Unit | None:
    """The currency of a dollar sign right before a match ($100, NT$30), or None."""
    start = match.start()
    sign = DOLLAR_BEFORE.search(match.string, max(0, start - CURRENCY_BEFORE), start)
    return UNITS[DOLLARS[sign["country"] or ""]] if sign else None


def _unit(match: re.Match[str]) -> Unit:
    """The unit of a QUANTITY match: the written one, a bit width for 位 in computing, a dollar
    sign's currency, or none."""
    unit_text = match["unit"]
    if unit_text is None:
        return _dollars(match) or NUMBER_UNIT
    if unit_text == "位" and _bit_width(match.string, match.end("unit")):
        return BIT
    if match["jiao"]:
        return UNITS["块钱"]  # 块 with jiao after it (三块五) is yuan, not a classifier
    unit = UNITS[unit_text] if unit_text in UNITS else UNITS["个" + unit_text]  # 两个半月
    if unit.name != "CNY":
        return unit
    start = match.start()
    named = TWD_BEFORE.search(match.string, max(0, start - CURRENCY_BEFORE), start)
    # 新台幣五百億元, NT$30元: the 元 of New Taiwan dollars
    return TWD if named or _dollars(match) == TWD else unit


def _change(match: re.Match[str]) -> float:
    """The change after the first unit in that unit: 三块五 → 0.5 (yuan), 两元三角五分 → 0.35
    (yuan), 两毛五 → 0.5 (jiao), 一米七五 → 0.75 (m)."""
    if match["metredigits"]:  # 1米8 = 1.8 m, 1米75 = 1.75 m
        digits: str = match["metredigits"]
        return float(digits) / 10.0 ** len(digits)
    if match["dm"]:
        centimetres = (number_value(match["cm"]) or 0.0) if match["cm"] else 0.0
        return ((number_value(match["dm"]) or 0.0) * 10 + centimetres) / 100
    if match["fenonly"]:
        return (number_value(match["fenonly"]) or 0.0) / 10
    jiao = number_value(match["jiao"]) or 0.0
    fen = number_value(match["fen"].rstrip("分")) if match["fen"] else 0.0
    return jiao / 10 + (fen or 0.0) / 100


def _minus(value: float | None) -> float | None:
    """A value with a minus sign written before it (负一百, -5%, 零下五度)."""
    return None if value is None else -value


def _first_alone(match: re.Match[str], end: int) -> Found | None:
    """The quantity that the start of a match makes up to end, read on its own."""
    first = QUANTITY.match(match.string, match.start(), end)
    return None if first is None else quantity(first)


def quantity(match: re.Match[str]) -> Found | None:
    """A number with its unit, range, rate and approximation words.

    Args:
        match: a match of patterns.QUANTITY.

    Returns:
        The quantity, or None when the numeral is not a quantity there (a product name, one side
        of 24/7, 一 as an article, a Chinese numeral without unit or scale) or cannot be read.
    """
    number, unit_text = match["number"], match["unit"]
    before = match.string[max(0, match.start("number") - 20) : match.start("number")]
    bare = (
        number[0].isdigit()
        or match["sign"]  # 负三十: a signed numeral is a number
        or SCALED_CHINESE.fullmatch(number)
        or BARE_VAGUE.fullmatch(number)
    )
    if NAME_BEFORE.search(before) or (
        unit_text is None and (not bare or LATIN_BEFORE.search(before))
    ):
        return None  # after a word in Latin letters a number names a product (Model 3, Grok 4.2)
    if SLASH_BEFORE.search(before) or SLASH_AFTER.match(match.string, match.end("number")):
        return None  # one side of a slash pair that is not a fraction (24/7, 9/11)
    if number in ("零", "〇"):
        return None  # 零件, 零售: a lone 零 starts a word, it is not a zero count
    if (
        unit_text in CLASSIFIERS
        and number == "一"
        and not (match["per"] or match["low"] or match["change"])
    ):
        return None  # 一 before a classifier is the indefinite article (一個, 一家), not a count
    if unit_text in ("毛", "角") and not match["change"]:
        return None  # 三毛 is a name, 五角 a pentagon: 毛 and 角 alone are money only before fen
    if match["either"] and unit_text is None:
        return _first_alone(match, match.end("low"))  # 2028 或 2029: two years
    parsed = _number(number + (match["more"] if match["more"] in ("几", "幾") else ""))
    if parsed is None:
        return None
    value, low, high, approx = parsed
    if match["low"]:
        # The low end of 1-3万 takes the high end's scale word.
        scale = re.search(rf"{SCALE}$", number) if match["low"][-1].isdigit() else None
        parsed_low = _number(match["low"] + (scale.group(0) if scale else ""))
        if parsed_low is None:
            return None
        low, high, value = parsed_low[0], value, None
        if low is not None and high is not None and low > high:
            # 从 3 纳米到 2 纳米 is a change between two quantities, not a range.
            return _first_alone(
                match, match.end("lowunit") if match["lowunit"] else match.end("low")
            )
    if (match["half"] or match["halfafter"]) and value is not None:
        value += 0.5
    if match["change"]:
        value = None if value is None else value + _change(match)
    if unit_text in ORDERS_OF_MAGNITUDE:
        if any(bound is not None and bound > MAX_ORDERS for bound in (value, low, high)):
            return None  # 亿数量级 names a scale, not a count of orders of magnitude
        value, low, high = (None if bound is None else 10.0**bound for bound in (value, low, high))
    if match["sign"]:
        value, low = (None, -low) if value is None and low is not None else (_minus(value), low)
    year = re.fullmatch(r"(?:19|20)\d\d", number.replace(",", ""))
    if unit_text is None and year and not _dollars(match):
        start, end = match.span("number")
        return Found(start, end, value, None, None, DATE_UNIT.name, None, DATE_UNIT.kind, False)
    unit = _unit(match)
    per = match["per"][1:] if match["per"] else match["slash"]
    value, name, base, kind = _scaled(value, unit, per)
    low, high = (_scaled(bound, unit, per)[0] for bound in (low, high))
    approx = (
        approx
        or bool(match["pre"] or match["inpre"] or match["post"] or match["more"])
        or "多" in (unit_text or "")
    )
    spans = [match.span(group) for group in SPAN_GROUPS if match[group]]
    return Found(
        spans[0][0], max(end for _, end in spans), value, low, high, name, base, kind, approx
    )


def ratio(match: re.Match[str]) -> Found | None:
    """A ratio written 'N 比 M' (3 比 2 → 1.5).

    Args:
        match: a match of patterns.RATIO.

    Returns:
        The ratio, or None for a zero or unreadable term.
    """
    first, second = number_value(match["x"]), number_value(match["y"])
    if first is None or not second:
        return None
    value = first / second
    return _plain(match, value, value, RATIO_UNIT, False)


def _is_fraction(numerator: float, denominator: float) -> bool:
    """Whether 'a/b' is a fraction (1/50, 3/4, 7/100), not a schedule or a date (24/7, 9/11)."""
    # Fractions written with a slash are proper, with a numerator of 1 or a denominator of at
    # most 10 or of 100.
    return (
        denominator > 0
        and numerator < denominator
        and (numerator == 1 or denominator <= 10 or denominator == 100)
    )


def _tenths_range(match: re.Match[str], high: float) -> Found | None:
    """A range of tenths in percent (2-3成 → 20–30 %, 两三成 → 20–30 % approximate), or None
    when the low end is not below the high end or two digits are not adjacent (两五成)."""
    low = number_value(match["tenthslow"] or match["pairlow"])
    if low is None or low * 10 >= high or (match["pairlow"] and low * 10 + 10 != high):
        return None
    approx = bool(match["pairlow"] or match["tpre"] or match["tpost"])
    unit = PERCENT_UNIT
    return Found(
        match.start(), match.end(), None, low * 10, high, unit.name, None, unit.kind, approx
    )


def fraction(match: re.Match[str]) -> Found | None:
    """A fraction as a ratio (四分之一, 1/10, 一半), or a percentage (百分之二十, 百分百).

    Args:
        match: a match of patterns.FRACTION.

    Returns:
        The ratio (value 0.25 for 四分之一) or percentage (value 20, base value 0.2), or None for
        a zero denominator, an unreadable term or a slash pair that is no fraction (24/7).
    """
    if match.group(0) == "一半":
        return _plain(match, 0.5, 0.5, RATIO_UNIT, False)
    if match.group(0) == "百分百":
        return _plain(match, 100.0, 1.0, PERCENT_UNIT, False)
    if match["tenths"]:  # 八成 = 80 %, 八成五 = 85 %
        tenths = number_value(match["tenths"])
        if tenths is None:
            return None
        hundredths = number_value(match["hundredths"]) if match["hundredths"] else None
        percent = tenths * 10 + (hundredths or 0.0)
        approx = bool(match["tpre"] or match["tpost"])
        if match["tenthslow"] or match["pairlow"]:
            return _tenths_range(match, percent)
        return _plain(match, percent, percent / 100, PERCENT_UNIT, approx)
    if match["a"]:
        numerator, denominator = float(match["a"]), float(match["b"])
        if not _is_fraction(numerator, denominator):
            return None
        return _plain(match, numerator / denominator, numerator / denominator, RATIO_UNIT, False)
    numerator_value, denominator_value = number_value(match["num"]), number_value(match["den"])
    if numerator_value is None or not denominator_value:
        return None
    if match["sign"]:
        numerator_value = -numerator_value
    value = numerator_value / denominator_value
    if match["den"] == "百":  # the numerator is the percentage: 百分之一点五七 is 1.57 %, exactly
        return _plain(match, numerator_value, value, PERCENT_UNIT, bool(match["pre"]))
    return _plain(match, value, value, RATIO_UNIT, bool(match["pre"]))
