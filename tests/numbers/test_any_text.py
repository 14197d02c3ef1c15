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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("负一百", ("负一百", -100, None, None, "number", "other", False)),
        ("负百分之三", ("负百分之三", -3, None, None, "percent", "percent", False)),
        ("-5%", ("-5%", -5, None, None, "percent", "percent", False)),
        ("零下五度", ("零下五度", -5, None, None, "degree", "other", False)),
        ("气温-3℃", ("-3℃", -3, None, None, "degree", "other", False)),
        ("利润负2亿元", ("负2亿元", -2e8, None, None, "CNY", "money", False)),
        ("負百分之零點五", ("負百分之零點五", -0.5, None, None, "percent", "percent", False)),
        ("-5~5度", ("-5~5度", None, -5, 5, "degree", "other", False)),  # the low end's sign
    ],
)
def test_signs(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 10-15% joins two numbers: no minus; 正负 is plus or minus; 负责 is "be in charge of".
        ("只占 10-15%", [("10-15%", None, 10, 15, "percent", "percent", False)]),
        ("误差正负5%", [("5%", 5, None, None, "percent", "percent", False)]),
        ("负责100人", [("100人", 100, None, None, "count", "count", False)]),
    ],
)
def test_what_is_no_minus_sign(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("两块钱", ("两块钱", 2, None, None, "CNY", "money", False)),
        ("三块五", ("三块五", 3.5, None, None, "CNY", "money", False)),
        ("三四十块钱", ("三四十块钱", None, 30, 40, "CNY", "money", True)),
        ("一块五一斤", ("一块五", 1.5, None, None, "CNY", "money", False)),
        ("三块五毛钱", ("三块五毛钱", 3.5, None, None, "CNY", "money", False)),
        ("两元三角五分", ("两元三角五分", 2.35, None, None, "CNY", "money", False)),
        ("五毛钱", ("五毛钱", 0.5, None, None, "CNY", "money", False)),
        ("十元", ("十元", 10, None, None, "CNY", "money", False)),
        ("两毛五", ("两毛五", 0.25, None, None, "CNY", "money", False)),
        ("一块二毛五", ("一块二毛五", 1.25, None, None, "CNY", "money", False)),
    ],
)
def test_money_in_kuai_yuan_mao(read, text, expected):
    assert read(text) == [expected]


def test_kuai_alone_is_a_classifier_and_mao_alone_no_money(read):
    assert read("三块电池") == [("三块", 3, None, None, "count", "count", False)]
    assert read("三毛的书") == [] and read("五角大楼") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("八成", ("八成", 80, None, None, "percent", "percent", False)),
        ("两成的人", ("两成", 20, None, None, "percent", "percent", False)),
        ("七成以上", ("七成以上", 70, None, None, "percent", "percent", True)),
        ("约八成五", ("约八成五", 85, None, None, "percent", "percent", True)),
        ("十成把握", ("十成", 100, None, None, "percent", "percent", False)),
    ],
)
def test_cheng_is_tenths(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text", ["一成不变", "三成员国", "变成三", "五成为"])
def test_cheng_that_starts_a_word_is_no_tenth(read, text):
    assert [row for row in read(text) if row[4] == "percent"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("一个半小时", ("一个半小时", 1.5, None, None, "hour", "duration", False)),
        ("两个半月", ("两个半月", 2.5, None, None, "month", "duration", False)),
        ("三个半星期", ("三个半星期", 3.5, None, None, "week", "duration", False)),
        ("等了两个半钟头", ("两个半钟头", 2.5, None, None, "hour", "duration", False)),
    ],
)
def test_a_half_after_a_classifier(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("一个数量级", ("一个数量级", 10, None, None, "times", "ratio", False)),
        ("提升三个数量级", ("三个数量级", 1000, None, None, "times", "ratio", False)),
        ("差了兩個數量級", ("兩個數量級", 100, None, None, "times", "ratio", False)),
    ],
)
def test_orders_of_magnitude(read, text, expected):
    assert read(text) == [expected]


def test_magnitude_without_a_number_is_none(read):
    assert read("呈数量级增长") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("数十兆美元", ("数十兆美元", None, 2e13, 9e13, "USD", "money", True)),
        ("几百台", ("几百台", None, 200, 900, "count", "count", True)),
        # 上 before a scale is its floor, as written: 上千 = 1,000, approximate.
        ("上千", ("上千", 1e3, None, None, "number", "other", True)),
        ("上万人", ("上万人", 1e4, None, None, "count", "count", True)),
        ("数百万", ("数百万", None, 2e6, 9e6, "number", "other", True)),
        ("几千公里", ("几千公里", None, 2e3, 9e3, "km", "length", True)),
    ],
)
def test_vague_amounts(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 多 before a scale: the written amount is the floor, the quantity approximate.
        ("3千多亿美元", ("3千多亿美元", 3e11, None, None, "USD", "money", True)),
        ("5千亿美元", ("5千亿美元", 5e11, None, None, "USD", "money", False)),
        ("一万多人", ("一万多人", 1e4, None, None, "count", "count", True)),
    ],
)
def test_scale_words_in_one_table(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("二〇二五年", ("二〇二五年", 2025, None, None, "date", "date", False)),
        ("一七二零年", ("一七二零年", 1720, None, None, "date", "date", False)),
        ("一九四九年成立", ("一九四九年", 1949, None, None, "date", "date", False)),
        ("生于二零零八年", ("二零零八年", 2008, None, None, "date", "date", False)),
    ],
)
def test_years_in_chinese_digits(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # After 在, 于 or 从, two digits and 年 are a year, put in the century nearest to the last
        # four-digit year before it, else to 2000.
        ("我想在 26 年将超过美国", [("26 年", 2026, None, None, "date", "date", False)]),
        (
            "1998年成立，在 05 年上市",
            [
                ("1998年", 1998, None, None, "date", "date", False),
                ("05 年", 2005, None, None, "date", "date", False),
            ],
        ),
        (
            "2025年回顾：于90年创办",
            [
                ("2025年", 2025, None, None, "date", "date", False),
                ("90年", 1990, None, None, "date", "date", False),
            ],
        ),
        # A span, not a year: no preposition, or a word after it that measures the span.
        ("我认识你已经 26 年了", [("26 年", 26, None, None, "year", "duration", False)]),
        ("在 26 年里", [("26 年", 26, None, None, "year", "duration", False)]),
        ("需要20到30年", [("20到30年", None, 20, 30, "year", "duration", False)]),
    ],
)
def test_two_digit_years_where_the_context_shows_the_century(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("60年代", ("60年代", None, 1960, 1969, "date", "date", False)),
        ("七十年代末", ("七十年代", None, 1970, 1979, "date", "date", False)),
    ],
)
def test_decades(read, text, expected):
    assert read(text) == [expected]


def test_a_scale_before_shuliangji_is_no_count_of_orders(read):
    # Found by Hypothesis: 10 ** 1e8 overflowed.
    assert read("亿数量级") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("第三代", ("第三代", 3, None, None, "rank", "rank", False)),
        ("全球第三大", ("第三大", 3, None, None, "rank", "rank", False)),
        ("第70位", ("第70位", 70, None, None, "rank", "rank", False)),
        ("排名第三", ("第三", 3, None, None, "rank", "rank", False)),
        ("位居全球第二", ("第二", 2, None, None, "rank", "rank", False)),  # 全球 between
        ("世界第二高的山", ("第二高", 2, None, None, "rank", "rank", False)),
        ("获得第一名", ("第一名", 1, None, None, "rank", "rank", False)),
    ],
)
def test_ranks(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text", ["第一次", "第三个人", "在第三章", "第一性原理"])
def test_other_ordinals_are_no_quantities(read, text):
    assert read(text) == []


def test_a_region_before_an_ordinal_makes_it_a_rank(read):
    assert read("中国第一") == [("第一", 1, None, None, "rank", "rank", False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("半个小时", ("半个小时", 0.5, None, None, "hour", "duration", False)),
        ("半个月", ("半个月", 0.5, None, None, "month", "duration", False)),
        ("负三十", ("负三十", -30, None, None, "number", "other", False)),  # signed: a number
    ],
)
def test_half_an_hour_and_a_signed_numeral(read, text, expected):
    assert read(text) == [expected]
