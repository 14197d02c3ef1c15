"""Scale words: one table (units.SCALES) gives both what the pattern accepts and what it is worth.

Expected values are worked out by hand: 千 = 1e3, 万 = 1e4, 亿 = 1e8, 兆 = 1e12, and a compound
scale word is the product of its characters (千亿 = 1e3 × 1e8 = 1e11).
"""

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from helpers.numbers.extract import find_quantities
from helpers.numbers.numerals import cn_value, consecutive_digits, number_value, scale_factor
from helpers.numbers.patterns import SCALE


@pytest.mark.parametrize(
    "text, expected",
    [
        # Before the one table, 5千亿美元 read as two quantities (5,000 and 1e8 USD) and 3千多亿美元
        # raised ValueError: the pattern knew scale words that the value table did not.
        ("5千亿美元", ("5千亿美元", 5e11, None, None, "USD", "money", False)),
        ("3千多亿美元", ("3千多亿美元", 3e11, None, None, "USD", "money", True)),
        ("1.2万亿美元", ("1.2万亿美元", 1.2e12, None, None, "USD", "money", False)),
        ("2百万美元", ("2百万美元", 2e6, None, None, "USD", "money", False)),
        ("3千万美元", ("3千万美元", 3e7, None, None, "USD", "money", False)),
        ("4百亿美元", ("4百亿美元", 4e10, None, None, "USD", "money", False)),
        ("2.5万人", ("2.5万人", 2.5e4, None, None, "count", "count", False)),
        ("3千台", ("3千台", 3e3, None, None, "count", "count", False)),
        ("6 千亿元", ("6 千亿元", 6e11, None, None, "CNY", "money", False)),
        ("1-3千万台", ("1-3千万台", None, 1e7, 3e7, "count", "count", False)),
        ("38兆美元", ("38兆美元", 3.8e13, None, None, "USD", "money", False)),
        # 千 and 兆 before the unit they prefix stay with the unit.
        ("5千万千瓦", ("5千万千瓦", 5e10, None, None, "W", "power", False)),
        ("2万兆瓦", ("2万兆瓦", 2e10, None, None, "W", "power", False)),
        ("3千瓦", ("3千瓦", 3e3, None, None, "W", "power", False)),
        # 百 before 分 starts 百分点, not a scale.
        ("3百分点", ("3百分点", 3, None, None, "pp", "percent", False)),
    ],
)
def test_arabic_digits_with_a_compound_scale_are_one_quantity(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "word, factor",
    [("", 1.0), ("万", 1e4), ("千亿", 1e11), ("万亿", 1e12), ("百万", 1e6), ("十万", 1e5)],
)
def test_a_scale_word_is_worth_the_product_of_its_characters(word, factor):
    assert scale_factor(word) == factor


@pytest.mark.parametrize(
    "text, value",
    [
        ("537,742", 537742),
        ("1.25 万亿", 1.25e12),
        ("5千亿", 5e11),
        ("二十亿", 2e9),
        ("三十八兆", 3.8e13),
        ("两", 2),
        ("1.2.3", None),
        ("5千x", None),
        ("三四五", None),
        ("十十", None),
        ("", None),
    ],
)
def test_number_value_reads_or_gives_none(text, value):
    assert number_value(text) == value


def test_chinese_numerals_and_digit_pairs():
    assert cn_value("兩千") == 2000 and cn_value("萬") == 1e4 and cn_value("") is None
    assert consecutive_digits("两三万") == (2e4, 3e4)
    assert consecutive_digits("三四五") is None and consecutive_digits("二十") is None


@given(
    digits=st.from_regex(r"[1-9]\d{0,3}(\.\d{1,2})?", fullmatch=True),
    word=st.text(alphabet="十百千万萬亿億兆", min_size=1, max_size=3),
)
def test_every_scale_word_the_pattern_accepts_has_a_value(digits, word):
    assume(re.fullmatch(SCALE, word))
    [quantity] = find_quantities(f"{digits}{word}美元")
    assert quantity.surface == f"{digits}{word}美元" and quantity.value is not None
    assert quantity.value >= float(digits) * 10
