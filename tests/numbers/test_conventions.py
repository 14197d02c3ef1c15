"""The conventions the extractor follows where a reading is a choice: months and decades,
ranges, rates, bit widths, ratios, times of day, articles and vague magnitudes (values worked out
by hand)."""

import pytest


@pytest.mark.parametrize(
    "text, value",
    [
        ("三月份发布", None),
        ("十二月底上线", None),
        ("大概一月中旬。", None),
        ("然后大概在四月左右", None),
        ("1990年代的电影", 1990),
    ],
)
def test_months_in_chinese_numerals_and_decades_are_dates(read, text, value):
    [(_, found_value, _, _, unit, kind, _)] = read(text)
    assert (found_value, unit, kind) == (value, "date", "date")


@pytest.mark.parametrize(
    "text, low",
    [("八十年代的电影", 1980), ("翻拍60年代的老电影", 1960), ("九十年代", 1990), ("30年代", 1930)],
)
def test_a_two_digit_decade_is_a_range_of_the_1900s(read, text, low):
    [(_, value, found_low, high, unit, kind, _)] = read(text)
    assert (value, found_low, high, unit, kind) == (None, low, low + 9, "date", "date")


def test_a_falling_pair_is_two_quantities_not_a_range(read):
    assert [surface for surface, *_ in read("从 7 纳米到 5 纳米")] == ["7 纳米", "5 纳米"]


def test_a_period_before_a_located_amount_is_not_a_rate(read):
    assert read("每天都挂在9300万英里外") == [
        ("9300万英里", 9.3e7, None, None, "mile", "length", False)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "有一个大的，4 位矩阵乘法，只有 16 种状态。",
            ("4 位", 4, None, None, "bit", "other", False),
        ),
        (
            "你不需要乘法器。你不需要 32 位数据表示。",
            ("32 位", 32, None, None, "bit", "other", False),
        ),
        ("推理时把权重量化到 8 位以下。", ("8 位", 8, None, None, "bit", "other", False)),
        (
            "我们将转向在更低位上训练。少于 4 位。",
            ("少于 4 位", 4, None, None, "bit", "other", True),
        ),
        ("公司请来了三位专家讨论芯片训练。", ("三位", 3, None, None, "count", "count", False)),
        ("会上来了三位嘉宾。", ("三位", 3, None, None, "count", "count", False)),
    ],
)
def test_wei_is_a_bit_width_in_talk_about_computing_and_people_otherwise(read, text, expected):
    assert [quantity for quantity in read(text) if quantity[0] != "16 种"] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "相信未来 20 或 30 年的世界会更好",
            [("20 或 30 年", None, 20, 30, "year", "duration", False)],
        ),
        (
            "可能有 2000 或 4000 个核心",
            [("2000 或 4000 个", None, 2000, 4000, "count", "count", False)],
        ),
        ("大概需要 5 或 6 个月", [("5 或 6 个月", None, 5, 6, "month", "duration", False)]),
        (
            "为 10 年或 20 年后的退休存钱",
            [
                ("10 年", 10, None, None, "year", "duration", False),
                ("20 年", 20, None, None, "year", "duration", False),
            ],
        ),
        (
            "在 2028 或 2029 上线",
            [
                ("2028", 2028, None, None, "date", "date", False),
                ("2029", 2029, None, None, "date", "date", False),
            ],
        ),
    ],
)
def test_a_or_b_before_one_unit_is_a_range(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "你并没有得到 3 比 2 的比例提升。",
            [("3 比 2", 1.5, None, None, "ratio", "ratio", False)],
        ),
        ("男女比例是三比二。", [("三比二", 1.5, None, None, "ratio", "ratio", False)]),
    ],
)
def test_n_to_m_is_a_ratio(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", ["最后 2 比 0 结束", "甲队 5 比 3 个多"])
def test_n_to_m_is_no_ratio_before_a_unit_or_zero(read, text):
    assert all(kind != "ratio" for *_, kind, _ in read(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("那是在八点钟那个。", [("八点钟", None, None, None, "date", "date", False)]),
        ("明天早上九点开会", [("早上九点", None, None, None, "date", "date", False)]),
        ("下午 3 点半出发", [("下午 3 点半", None, None, None, "date", "date", False)]),
        ("我认为有三点很重要", [("三点", 3, None, None, "count", "count", False)]),
    ],
)
def test_a_time_of_day_is_a_date_without_a_year(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("漫长的一天？我的孩子们没上学。", []),
        ("那是难忘的一年。", []),
        (
            "从今天起的一年后，我会从这扇门进来。",
            [("一年", 1, None, None, "year", "duration", False)],
        ),
        ("过了一天他才回来", [("一天", 1, None, None, "day", "duration", False)]),
    ],
)
def test_de_and_one_before_a_duration_is_an_article(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("你可能模拟了成千上万次。", ("成千上万次", None, None, None, "count", "count", True)),
        ("成百上千个工程师", ("成百上千个", None, None, None, "count", "count", True)),
        # 几 and 数 before a scale read as 2–9 of it.
        ("你需要读过前几百页。", ("几百页", None, 200, 900, "count", "count", True)),
        ("这份报告有几十頁", ("几十頁", None, 20, 90, "count", "count", True)),
    ],
)
def test_idioms_of_many_and_pages_are_vague_magnitudes(read, text, expected):
    assert read(text) == [expected]
