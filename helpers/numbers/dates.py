"""From a match to a dated or ranked quantity: the builders of patterns.DATE and patterns.RANK.

Each takes a match over a scanned text and returns a Found (see helpers.numbers.builders) or None
when the match is not a quantity there. Neither raises on what the patterns let through.
"""

from __future__ import annotations

import re

from helpers.numbers.builders import Found
from helpers.numbers.numerals import cn_value, digit_string_value, number_value
from helpers.numbers.units import DATE_UNIT, RANK_UNIT

FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _full_year(two_digits: str, text: str, end: int) -> float:
    """A two-digit year in the century that puts it nearest to the last four-digit year (19xx,
    20xx) written before end in text, or to 2000 if there is none (26 → 2026; 05 after 1998 →
    2005; 90 after 2025 → 1990)."""
    years = FOUR_DIGIT_YEAR.findall(text, 0, end)
    reference = float(years[-1]) if years else 2000.0
    candidates = (century + float(two_digits) for century in (1900.0, 2000.0, 2100.0))
    return min(candidates, key=lambda year: abs(year - reference))


def rank(match: re.Match[str]) -> Found | None:
    """A rank: a place in an order (全球第三大 → 3, 排名第70 → 70, 第三代 → 3).

    Args:
        match: a match of patterns.RANK.

    Returns:
        The rank (unit and kind 'rank', no base value), spanning 第 to the place word; None when
        neither a place word nor a word of standing comes with it, or the number cannot be read.
    """
    value = number_value(match["rank"])
    if value is None or not (match["standing"] or match["place"]):
        return None
    start, end = match.start("ordinal"), match.end()
    return Found(start, end, value, None, None, RANK_UNIT.name, None, RANK_UNIT.kind, False)


def date(match: re.Match[str]) -> Found:
    """A calendar date, month, quarter, decade or time of day.

    Args:
        match: a match of patterns.DATE.

    Returns:
        The date: value is the year when one is written (2025年第三季度 → 2025, 二〇二五年 →
        2025, 两千零五年 → 2005, 在 26 年 → 2026), else None; a two-digit decade is a range
        (60年代 → 1960–1969), and so are a century (20世纪 → 1900–1999, 20世纪80年代 →
        1980–1989) and a generation by birth decade (90后 → 1990–1999).
    """
    year = match["decade"] or match["year"] or match["qyear"] or match["iso"]
    value = float(year) if year else None
    low = high = None
    if match["cnyear"]:
        value = digit_string_value(match["cnyear"])
    elif match["cnscaled"]:
        # 两千二十六 leaves out the 零 that strict numerals write after 千
        value = cn_value(match["cnscaled"]) or cn_value(match["cnscaled"].replace("千", "千零"))
    elif match["shortyear"]:
        value = _full_year(match["shortyear"], match.string, match.start())
    elif match["century"]:
        low = ((number_value(match["century"]) or 1.0) - 1) * 100  # 20世纪: 1900–1999
        high = low + 99
        if match["cdecade"]:  # 20世纪80年代: 1980–1989
            low += number_value(match["cdecade"]) or 0.0
            high = low + 9
    elif match["cohort"]:  # 90后: born 1990–1999; 00后: 2000–2009
        decade_value = float(match["cohort"])
        low = decade_value + (2000 if decade_value <= 20 else 1900)
        high = low + 9
    elif decade := match["shortdecade"] or match["cndecade"]:
        low = 1900 + (number_value(decade) or 0.0)  # 60年代 and 八十年代: the 1900s
        high = low + 9
    return Found(
        match.start(),
        match.end(),
        value,
        low,
        high,
        DATE_UNIT.name,
        None,
        DATE_UNIT.kind,
        bool(match["pre"] or match["post"]),
    )
