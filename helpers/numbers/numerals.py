"""The values of written numbers: Arabic digits with scale words, Chinese numerals in their strict,
colloquial and financial forms, digit-by-digit years, digit pairs and vague magnitudes.

Chinese numerals are read by cn2an's strict mode, after two colloquial rewrites it refuses:
  - an abbreviated last place: a digit right after 百, 千, 万 or 亿 counts the next lower place
    (一万二 = 一万二千 = 12,000, 三千五 = 3,500, 一百二 = 120, 一亿二 = 120,000,000);
  - a redundant 零 after 万 or 亿 before a full thousands place (一百九十万零三千九百七十一 =
    1,903,971), and a 零 left out after 亿 before a place under 千万 (七亿一千 = 700,001,000).
cn2an's normal mode reads these too, but it also reads any digit string (三四五 = 345), which in
running text is a range or no number at all.
"""

from __future__ import annotations

import re

from helpers.numbers.units import FINANCIAL_DIGITS, SCALES

DIGITS = "零一二三四五六七八九"
# Everyday forms of variant characters, so that cn2an sees one spelling.
PLAIN = str.maketrans(
    {
        "两": "二",
        "兩": "二",
        "萬": "万",
        "億": "亿",
        "〇": "零",
        "拾": "十",
        "佰": "百",
        "仟": "千",
        **FINANCIAL_DIGITS,
    }
)
# The place a lone last digit counts after each scale (一万二: 二 counts thousands).
NEXT_LOWER = {"百": "十", "千": "百", "万": "千", "亿": "千万"}
ABBREVIATED = re.compile(r"(?<!零)(?<=[百千万亿])[一二三四五六七八九]$")
REDUNDANT_ZERO = re.compile(r"(?<=[万亿])零(?=[一二三四五六七八九]千)")
# A 零 left out after 亿 before a place under 千万 (七亿一千 = 七亿零一千, as cn2an writes it).
MISSING_ZERO = re.compile(r"(?<=亿)(?=[一二三四五六七八九][千百十])")
SCALED_DECIMAL = re.compile(r"(?P<decimal>.+点[零一二三四五六七八九]+)(?P<scale>[万亿]+)")
ARABIC_WITH_SCALE = re.compile(r"(?P<digits>\d+(?:\.\d+)?)(?P<scale>.*)")
# Arabic digits inside a Chinese numeral after a large scale: 13万2, 13万2千, 14万一.
MIXED = re.compile(r"\d+[万亿萬億].+")
# 几 after a tens place counts its ones, 1–9: 十几 = 11–19, 二十几万 = 210,000–290,000.
SOME_ONES = re.compile(r"(?P<tens>[^几幾]*十|\d*[1-9]0)[几幾](?P<scale>[万萬亿億]*)")
VAGUE_DIGITS = (2.0, 9.0)
"""数 and 几 before a scale read as 2–9 of it: 几百 = 200–900, 数十亿 = 2e9–9e9."""


def scale_factor(word: str) -> float | None:
    """The factor of a scale word: the product of its characters' SCALES values.

    Args:
        word: scale characters as written after a number ('千亿', '万亿', '万', or '' for none).

    Returns:
        The factor (千亿 → 1e11, '' → 1.0), or None if a character is not a scale character.
    """
    factor = 1.0
    for char in word:
        if char not in SCALES:
            return None
        factor *= SCALES[char]
    return factor


def _strict(numeral: str) -> float | None:
    """cn2an's strict reading of a plain numeral, or None."""
    import cn2an  # imported on first use: building its converters takes about half a second

    try:
        return float(cn2an.cn2an(numeral, "strict"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None  # cn2an refuses what is not a well-formed numeral, not always with ValueError


def cn_value(numeral: str) -> float | None:
    """The value of a Chinese numeral, 兆 read as 10^12, colloquial forms as the module says.

    Args:
        numeral: Chinese digits and scale characters ('二十亿', '两', '三十八兆', '一万二',
            '伍仟', '一点五七').

    Returns:
        The value, or None if it cannot be read ('三四五', '十十').
    """
    if not numeral:
        return None
    if "兆" in numeral:
        high, _, low = numeral.partition("兆")
        high_value = cn_value(high) if high else 1.0
        low_value = cn_value(low) if low else 0.0
        return None if high_value is None or low_value is None else high_value * 1e12 + low_value
    numeral = numeral.translate(PLAIN)
    if scaled := SCALED_DECIMAL.fullmatch(numeral):  # 一点五亿: a decimal times a scale word
        value, factor = cn_value(scaled["decimal"]), scale_factor(scaled["scale"])
        return None if value is None or factor is None else value * factor
    if numeral[0] in "百千万亿":
        numeral = "一" + numeral
    numeral = REDUNDANT_ZERO.sub("", numeral)
    value = _strict(numeral)
    if value is None and (last := ABBREVIATED.search(numeral)):
        value = _strict(numeral + NEXT_LOWER[numeral[last.start() - 1]])
    if value is None and MISSING_ZERO.search(numeral):
        value = _strict(MISSING_ZERO.sub("零", numeral))
    return value


def digit_string_value(numeral: str) -> float | None:
    """A number written digit by digit in Chinese digits, as years are (二〇二五 → 2025).

    Args:
        numeral: Chinese digits without scale characters.

    Returns:
        The number, or None if a character is not a digit.
    """
    plain = numeral.translate(PLAIN)
    if not plain or any(char not in DIGITS for char in plain):
        return None
    return float("".join(str(DIGITS.index(char)) for char in plain))


def _mixed_value(text: str) -> float | None:
    """A numeral mixing Arabic digits into a Chinese one (13万2千, 14万一), read as Chinese."""
    import cn2an

    return cn_value(re.sub(r"\d+", lambda digits: cn2an.an2cn(str(int(digits.group(0)))), text))


def number_value(text: str) -> float | None:
    """The value of a written number, scale words applied.

    Args:
        text: Arabic digits with separators and an optional scale word ('537,742', '1.25 万亿',
            '5千亿'), a Chinese numeral ('二十亿', '一万二'), or both mixed ('13万2千', '14万一').

    Returns:
        The value, or None when it cannot be read (a malformed numeral, an unknown scale word).
    """
    text = "".join(text.split()).replace(",", "")
    arabic = ARABIC_WITH_SCALE.fullmatch(text)
    if arabic is None:
        return None if not text or text[0].isdigit() else cn_value(text)
    factor = scale_factor(arabic["scale"])
    if factor is None and MIXED.fullmatch(text):
        return _mixed_value(text)
    return None if factor is None else float(arabic["digits"]) * factor


def consecutive_digits(numeral: str) -> tuple[float, float] | None:
    """The range of two adjacent Chinese digits written together, maybe scaled.

    Args:
        numeral: a Chinese numeral ('两三', '四五', '两三万', '三四十').

    Returns:
        (low, high) when it starts with two consecutive digits and the rest is a scale word
        ('两三' → (2, 3), '两三万' → (2e4, 3e4)), else None ('三四五', '二十').
    """
    digits, scale = numeral[:2], numeral[2:]
    factor = scale_factor(scale)
    if len(digits) < 2 or factor is None or not all(char in DIGITS[1:] + "两兩" for char in digits):
        return None
    low, high = cn_value(digits[0]), cn_value(digits[1])
    if low is None or high is None or high != low + 1:
        return None
    return low * factor, high * factor


def vague_range(numeral: str) -> tuple[float, float] | None:
    """The range of a vague magnitude: 数 or 几 then a scale word, read as 2–9 of the scale.

    Args:
        numeral: '数十', '几百', '数十亿', '幾千'.

    Returns:
        (low, high) ('几百' → (200, 900)), or None if it is not 数/几 and a scale word.
    """
    factor = scale_factor(numeral[1:]) if numeral[:1] in "数數几幾" and numeral[1:] else None
    return None if factor is None else (VAGUE_DIGITS[0] * factor, VAGUE_DIGITS[1] * factor)


def some_ones(numeral: str) -> tuple[float, float] | None:
    """The range of a tens place and 几, maybe scaled: 几 counts 1–9 ones.

    Args:
        numeral: '十几', '二十几万', '20几', '一百二十几'.

    Returns:
        (low, high) ('十几' → (11, 19), '十几万' → (110000, 190000)), or None if it is not a
        number ending in tens, then 几, then an optional large scale.
    """
    found = SOME_ONES.fullmatch(numeral)
    tens = number_value(found["tens"]) if found else None
    factor = scale_factor(found["scale"]) if found else None
    if tens is None or factor is None:
        return None
    return (tens + 1) * factor, (tens + 9) * factor
