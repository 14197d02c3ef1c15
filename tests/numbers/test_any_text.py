"""Kinds of numbers written on any text, beyond the corpus: each value worked out by hand.

Each parametrised list is one kind; the first rows are the examples of issue 12, the rest are
further cases of the same kind.
"""

import pytest

from helpers.numbers.numerals import cn_value, number_value


@pytest.mark.parametrize(
    "text, expected",
    [
        # A lone last digit counts the next lower place.
        ("一万二", ("一万二", 12000, None, None, "number", "other", False)),
        ("14万一", ("14万一", 141000, None, None, "number", "other", False)),
        ("13万2", ("13万2", 132000, None, None, "number", "other", False)),
        ("13万2千人", ("13万2千人", 132000, None, None, "count", "count", False)),
        ("十三万二千", ("十三万二千", 132000, None, None, "number", "other", False)),
        ("三千五", ("三千五", 3500, None, None, "number", "other", False)),
        ("月薪一万五千元", ("一万五千元", 15000, None, None, "CNY", "money", False)),
        ("卖了两万五", ("两万五", 25000, None, None, "number", "other", False)),
        ("一亿二的预算", ("一亿二", 1.2e8, None, None, "number", "other", False)),
        ("3万5千辆车", ("3万5千辆", 35000, None, None, "count", "count", False)),
        ("一百二十个", ("一百二十个", 120, None, None, "count", "count", False)),
    ],
)
def test_colloquial_abbreviations(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("一百九十万零三千九百七十一", 1903971),
        ("两万零三千五百", 23500),
        ("一亿零五百万", 105000000),  # a 零 that cn2an's strict mode reads itself
        ("三千零五十万", 30500000),
    ],
)
def test_a_zero_after_wan_or_yi(text, expected):
    assert number_value(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("百分之一点五七", ("百分之一点五七", 1.57, None, None, "percent", "percent", False)),
        ("三点五倍", ("三点五倍", 3.5, None, None, "times", "ratio", False)),
        ("增长了百分之零点五", ("百分之零点五", 0.5, None, None, "percent", "percent", False)),
        ("重二点五吨", ("二点五吨", 2.5, None, None, "t", "mass", False)),
        ("一点五亿美元", ("一点五亿美元", 1.5e8, None, None, "USD", "money", False)),
    ],
)
def test_decimals_written_with_dian(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text", ["一点一点地", "快一点", "三点钟", "有一点儿累"])
def test_dian_that_is_no_decimal_point(read, text):
    assert [row[4] for row in read(text)] in ([], ["date"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("伍仟元整", ("伍仟元整", 5000, None, None, "CNY", "money", False)),
        ("人民币壹万贰仟叁佰元", ("壹万贰仟叁佰元", 12300, None, None, "CNY", "money", False)),
        ("貳佰圓", ("貳佰圓", 200, None, None, "CNY", "money", False)),
    ],
)
def test_financial_numerals(read, text, expected):
    assert read(text) == [expected]


def test_every_financial_digit_and_place():
    # 壹贰叁肆伍陆柒捌玖 are 1–9, 拾佰仟 are 10, 100, 1000.
    assert [cn_value(char) for char in "壹贰叁肆伍陆柒捌玖"] == list(range(1, 10))
    assert [cn_value("壹" + char) for char in "拾佰仟"] == [10, 100, 1000]
    assert cn_value("玖仟捌佰柒拾陆") == 9876


def test_an_idiom_and_in_case_are_no_numbers(read):
    assert read("还差着十万八千里") == []
    assert read("万一失败了") == []
