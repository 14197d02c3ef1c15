"""Reading an amount typed in English: a number, a scale word and a unit ('US$38 trillion').

The number is digits (commas between groups, a decimal point, scientific 3.8e13) or a small word
(one … ten, a); scale words and their short forms multiply it; the unit is looked up in
ENGLISH_UNITS, built from small tables below, each mapping what a student types to a unit name of
helpers.numbers.units and the factor that turns the typed amount into that unit. A ratio may be
written 'one in two billion', '1 in 2,000,000,000' or '1/2,000,000,000'.

What a student adds around an amount is read too: a leading 'about', 'around', 'approximately',
'roughly', '~' or '≈' is ignored; a currency code may come before the number (USD 38 trillion);
scale words may be plural (38 trillions). Some amounts are read but carry a problem for the
student instead of a value to judge (Amount.problem): a minus sign (the amounts asked are never
negative), a Chinese scale word (兆, 亿 …: the exercise asks for the English one), and a number
beyond LARGEST (1e400 or thousands of digits: a typing accident, not an amount). Another
currency (NT$, €, £, ¥, RMB, CNY, yuan …) is read as its own unit, so it is judged a wrong unit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

SCALE_WORDS: Mapping[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    **{f"{word}s": factor for word, factor in (("thousand", 1e3), ("million", 1e6))},
    **{f"{word}s": factor for word, factor in (("billion", 1e9), ("trillion", 1e12))},
    "tn": 1e12,
    "t": 1e12,
}
"""Scale words and their short forms (US usage: a billion is 10^9)."""
SHORT_SCALES = frozenset(("m", "b", "t"))
"""One-letter scales, read as units instead where the amount's unit is written with that letter."""
NUMBER_WORDS: Mapping[str, float] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "hundred": 100,
}
"""The number words read (larger numbers are expected in digits); the articles only before a scale
word (a million), as in 'one in a million'."""
ARTICLES = frozenset(("a", "an"))

# Money: written before the number (US$38) or after it (38 dollars, 38 USD).
# Other currencies are read so that they are judged a wrong unit, not an unread word; ¥ is yuan or
# yen, another currency either way.
OTHER_CURRENCIES: Mapping[str, str] = {
    **dict.fromkeys(("nt$", "ntd", "twd", "nt dollars", "new taiwan dollars"), "TWD"),
    **dict.fromkeys(("rmb", "cny", "yuan", "renminbi", "¥"), "CNY"),
    **dict.fromkeys(("€", "eur", "euro", "euros"), "EUR"),
    **dict.fromkeys(("£", "gbp", "pound", "pounds"), "GBP"),
    **dict.fromkeys(("jpy", "yen"), "JPY"),
}
CURRENCY_CODES: Mapping[str, str] = {"usd": "USD", "cad": "CAD", "hkd": "HKD"}
CURRENCY_SIGNS: Mapping[str, str] = {
    "us$": "USD",
    "$": "USD",
    "c$": "CAD",
    "hk$": "HKD",
    **CURRENCY_CODES,
    **{form: code for form, code in OTHER_CURRENCIES.items() if " " not in form},
}
CURRENCY_WORDS: Mapping[str, str] = {
    **OTHER_CURRENCIES,
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "cad": "CAD",
    "canadian dollars": "CAD",
    "hkd": "HKD",
}
# Power and energy: SI prefixes on watts and watt-hours, as symbols (GW) or words (gigawatts).
SI: Mapping[str, tuple[str, float]] = {
    "": ("", 1.0),
    "k": ("kilo", 1e3),
    "m": ("mega", 1e6),
    "g": ("giga", 1e9),
    "t": ("tera", 1e12),
}
WATTS: Mapping[str, tuple[str, float]] = {
    form: (unit, factor)
    for symbol, (word, factor) in SI.items()
    for unit, forms in (
        ("W", (f"{symbol}w", f"{word}watt", f"{word}watts")),
        ("Wh", (f"{symbol}wh", f"{word}watt-hour", f"{word}watt-hours", f"{word}watt hours")),
    )
    for form in forms
}
# Shares and multiples.
SHARES: Mapping[str, tuple[str, float]] = {
    "%": ("percent", 1.0),
    "percent": ("percent", 1.0),
    "per cent": ("percent", 1.0),
    "x": ("times", 1.0),
    "×": ("times", 1.0),
    "times": ("times", 1.0),
    "fold": ("times", 1.0),
    "-fold": ("times", 1.0),
}
# Mass: tonnes are the extractor's unit.
MASSES: Mapping[str, tuple[str, float]] = {
    **dict.fromkeys(("t", "tonne", "tonnes", "ton", "tons", "metric tons"), ("t", 1.0)),
    **dict.fromkeys(("kg", "kilogram", "kilograms"), ("t", 1e-3)),
}
ENGLISH_UNITS: Mapping[str, tuple[str, float]] = {
    **{word: (unit, 1.0) for word, unit in CURRENCY_WORDS.items()},
    **WATTS,
    **SHARES,
    **MASSES,
}
"""What follows a number, lower-case → (unit name, factor into that unit)."""
LARGEST = 1e30
"""The largest number read as an amount: far beyond any amount of the texts (tens of trillions)."""
CHINESE_SCALES = frozenset("十百千万萬亿億兆")
ROUGHLY = re.compile(r"^(?:(?:about|around|approximately|approx\.?|roughly|~|≈)\s*)+")
MINUS = re.compile(r"^(?P<sign>[^\d\s-]*?)\s*[-−–]\s*")
NEGATIVE = "This amount is negative (a minus sign before it): the amount asked is not below zero."
CHINESE_SCALE = (
    "Write the scale word in English (thousand, million, billion, trillion), not in Chinese: "
    "reading it into English is the exercise."
)
TOO_LARGE = "That number is far too large to be an amount of the texts: check the digits."

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.?\d+(?:e[+-]?\d+)?"
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALES = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
SIGN = "|".join(re.escape(sign) for sign in sorted(CURRENCY_SIGNS, key=len, reverse=True))
NUMBER = rf"(?:(?P<digits>{DIGITS})|(?P<word>{_WORDS})\b)"
SCALES = rf"(?:\s*(?P<scale>{_SCALES})\b)?"
AMOUNT = re.compile(rf"^(?P<sign>{SIGN})?\s*{NUMBER}{SCALES}\s*(?P<rest>.*?)[.!]?$")
ONE_IN = re.compile(r"^(?:1|one|a|an)\s+(?:in|out of)\s+(?P<whole>.+)$")
OVER = re.compile(rf"^1\s*/\s*(?P<whole>(?:{DIGITS}).*)$")


@dataclass(frozen=True)
class Amount:
    """An amount as typed: its value in unit ('' when no unit was written), what was left unread.

    Attributes:
        value: the number with its scale applied, in unit.
        unit: a unit name of helpers.numbers.units ('USD', 'W' …), 'ratio' for '1 in N', or ''.
        rest: text after the number that is no unit ('' when all was read).
        problem: what to tell the student instead of judging the value ('' when none): a
            negative amount, a Chinese scale word, a number beyond LARGEST.
        usable: False when the problem means the answer is no English amount at all.
    """

    value: float
    unit: str
    rest: str
    problem: str = ""
    usable: bool = True


def read_amount(text: str, unit_letters: frozenset[str] = frozenset()) -> Amount | None:
    """Read a tidied answer as an amount.

    Args:
        text: the answer after helpers.classroom.checking.tidy (NFKC, single spaces).
        unit_letters: one-letter scales to read as units instead ({'t'} when tonnes are asked).

    Returns:
        The amount, or None when the text does not start with a number.
    """
    folded = ROUGHLY.sub("", text.casefold().strip())
    minus = MINUS.match(folded)
    if minus and minus["sign"] in ("", *CURRENCY_SIGNS):
        unsigned = read_amount(minus["sign"] + folded[minus.end() :], unit_letters)
        if unsigned is None or unsigned.problem:
            return unsigned
        return Amount(-unsigned.value, unsigned.unit, unsigned.rest, NEGATIVE)
    for pattern in (ONE_IN, OVER):
        whole_match = pattern.match(folded)
        if whole_match:
            whole = read_amount(whole_match["whole"], unit_letters)
            if whole is not None and whole.problem:
                return whole
            if whole is None or whole.value == 0 or whole.unit or whole.rest:
                return None
            return Amount(1 / whole.value, "ratio", "")
    match = AMOUNT.match(folded)
    if match is None or (match["word"] in ARTICLES and not match["scale"]):
        return None
    digits = match["digits"]
    value = float(digits.replace(",", "")) if digits else NUMBER_WORDS[match["word"]]
    rest = match["rest"].strip()
    if rest[:1] in CHINESE_SCALES:
        return Amount(value, "", rest, CHINESE_SCALE, usable=False)
    scale = match["scale"]
    if scale in unit_letters:
        rest = f"{scale} {rest}".strip()
    elif scale:
        value *= SCALE_WORDS[scale]
    if not value <= LARGEST:
        return Amount(value, "", rest, TOO_LARGE, usable=False)
    unit, factor = ENGLISH_UNITS.get(rest, ("", 1.0))
    if match["sign"]:
        signed = CURRENCY_SIGNS[match["sign"]]
        return Amount(value, signed, "" if unit == signed or not rest else rest)
    return Amount(value * factor, unit, "" if unit else rest)
