"""Each written form of a quantity is found and valued: values worked out by hand from the text."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("持有537,742股", ("537,742股", 537742, None, None, "count", "count", False)),
        ("高達1.25倍", ("1.25倍", 1.25, None, None, "times", "ratio", False)),
        ("接下来的三年里", ("三年", 3, None, None, "year", "duration", False)),
        ("二十亿分之一的能量", ("二十亿分之一", 5e-10, None, None, "ratio", "ratio", False)),
        ("是地面的两倍", ("两倍", 2, None, None, "times", "ratio", False)),
        ("会百分之百破产", ("百分之百", 100, None, None, "percent", "percent", False)),
        ("人口是四分之一", ("四分之一", 0.25, None, None, "ratio", "ratio", False)),
        ("接下来的三到七年。", ("三到七年", None, 3, 7, "year", "duration", False)),
        ("通常是两三个小时", ("两三个小时", None, 2, 3, "hour", "duration", True)),
        ("以 1.25 万亿美元估值", ("1.25 万亿美元", 1.25e12, None, None, "USD", "money", False)),
        ("融资 120 亿美元。", ("120 亿美元", 1.2e10, None, None, "USD", "money", False)),
        ("已达到 20 万卡等级", ("20 万卡", 2e5, None, None, "count", "count", False)),
        (
            "发电量约 9.5 万亿千瓦时，",
            ("约 9.5 万亿千瓦时", 9.5e15, None, None, "Wh", "energy", True),
        ),
        ("只占 10-15%。", ("10-15%", None, 10, 15, "percent", "percent", False)),
        ("再加 20%-25%。", ("20%-25%", None, 20, 25, "percent", "percent", False)),
        (
            "大约 0.25-0.30 美元/瓦。",
            ("大约 0.25-0.30 美元/瓦", None, 0.25, 0.3, "USD/W", "money", True),
        ),
        ("包含1-3万台机器人", ("1-3万台", None, 1e4, 3e4, "count", "count", False)),
        ("12-18 个月就能拿到", ("12-18 个月", None, 12, 18, "month", "duration", False)),
        ("各有 100GW/年的目标", ("100GW/年", 1e11, None, None, "W/year", "rate", False)),
        ("每年一百萬噸以上", ("每年一百萬噸以上", 1e6, None, None, "t/year", "rate", True)),
        ("以每秒两公里半的速度", ("每秒两公里半", 2.5, None, None, "km/s", "speed", False)),
        ("占地1150万平方英尺", ("1150万平方英尺", 1.15e7, None, None, "sq_ft", "area", False)),
        ("9300万英里外", ("9300万英里", 9.3e7, None, None, "mile", "length", False)),
        ("聊了將近2個小時", ("將近2個小時", 2, None, None, "hour", "duration", True)),
        ("超過60億美元的撤資", ("超過60億美元", 6e9, None, None, "USD", "money", True)),
        ("1%左右", ("1%左右", 1, None, None, "percent", "percent", True)),
        ("至少 10 轮", ("至少 10 轮", 10, None, None, "count", "count", True)),
        ("仅 3 家公司", ("3 家", 3, None, None, "count", "count", False)),
        ("約 101 億美元", ("約 101 億美元", 1.01e10, None, None, "USD", "money", True)),
        ("每周兩次會議", ("每周兩次", 2, None, None, "count/week", "rate", False)),
        # a range with the unit written on both ends
        ("电站规模在5兆瓦到8兆瓦之间", ("5兆瓦到8兆瓦", None, 5e6, 8e6, "W", "power", False)),
        ("利润率在10%到20%", ("10%到20%", None, 10, 20, "percent", "percent", False)),
        ("功率在1吉瓦到10吉瓦之间。", ("1吉瓦到10吉瓦", None, 1e9, 1e10, "W", "power", False)),
        ("10 千伏到 35 千伏的线路", ("10 千伏到 35 千伏", None, 1e4, 3.5e4, "V", "other", False)),
        # 个 between a number and a measure word; 半 is one half
        ("再建四五个兆瓦的储能", ("四五个兆瓦", None, 4e6, 5e6, "W", "power", True)),
        ("只要半个太瓦", ("半个太瓦", 5e11, None, None, "W", "power", False)),
        ("规模将达到半个吉瓦。", ("半个吉瓦", 5e8, None, None, "W", "power", False)),
        ("两三个吉瓦？", ("两三个吉瓦", None, 2e9, 3e9, "W", "power", True)),
        # a rate whose period is not next to the amount, or comes first (一 + period before a count
        # of times)
        ("工厂每月生产 300 台", ("每月生产 300 台", 300, None, None, "count/month", "rate", False)),
        (
            "我们谈论的是每年将一百万吨的有效载荷",
            ("每年将一百万吨", 1e6, None, None, "t/year", "rate", False),
        ),
        ("一天吃三次药", ("一天吃三次", 3, None, None, "count/day", "rate", False)),
        (
            "所以，一年 10,000 次飞行",
            ("一年 10,000 次", 1e4, None, None, "count/year", "rate", False),
        ),
        ("大概是一小时发射一次，", ("一小时发射一次", 1, None, None, "count/hour", "rate", False)),
        # currencies and classifiers beyond the first list; a Chinese numeral with a scale word and
        # no unit
        ("门票花了300欧元", ("300欧元", 300, None, None, "EUR", "money", False)),
        ("身上大概只有2500加元的旅行支票", ("2500加元", 2500, None, None, "CAD", "money", False)),
        ("50支球队参赛", ("50支", 50, None, None, "count", "count", False)),
        ("730支团队正致力于", ("730支", 730, None, None, "count", "count", False)),
        ("国债涨到两万亿了", ("两万亿", 2e12, None, None, "number", "other", False)),
        ("我觉得国防预算才一万亿。", ("一万亿", 1e12, None, None, "number", "other", False)),
        ("相机都有1亿像素了", ("1亿像素", 1e8, None, None, "count", "count", False)),
        ("大约两三万人。", ("大约两三万人", None, 2e4, 3e4, "count", "count", True)),
        # volts, with 千 read as the prefix of 千伏; a vague magnitude is 2–9 of its scale
        ("220伏的插座", ("220伏", 220, None, None, "V", "other", False)),
        (
            "发电厂输出的 100 到 300 千伏电压",
            ("100 到 300 千伏", None, 1e5, 3e5, "V", "other", False),
        ),
        ("即使有 300 千伏的高压线", ("300 千伏", 3e5, None, None, "V", "other", False)),
        ("机架层面的几百伏电压", ("几百伏", None, 200, 900, "V", "other", True)),
        ("比如 70 度左右", ("70 度左右", 70, None, None, "degree", "other", True)),
        # 多 inside a number
        ("城市里有三千多万人", ("三千多万人", 3e7, None, None, "count", "count", True)),
        ("背了 50 多公斤", ("50 多公斤", 50, None, None, "kg", "mass", True)),
        ("利息高达一万多亿美元。", ("一万多亿美元", 1e12, None, None, "USD", "money", True)),
        ("在玻璃里也就 200 多公里。", ("200 多公里", 200, None, None, "km", "length", True)),
        # 上千 like 上万; milliseconds are seconds with the prefix applied
        ("上千家公司", ("上千家", 1e3, None, None, "count", "count", True)),
        ("里面可能有上千处改动", ("上千处", 1e3, None, None, "count", "count", True)),
        ("延迟只有五毫秒", ("五毫秒", 0.005, None, None, "second", "duration", False)),
        ("光在真空中一毫秒只能跑", ("一毫秒", 0.001, None, None, "second", "duration", False)),
    ],
)
def test_each_form_is_found_and_valued(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("美國公債飆到38兆美元", 3.8e13, "USD"),
        ("部署了 200 兆瓦容量", 2e8, "W"),
        ("1 吉瓦", 1e9, "W"),
        ("300MW", 3e8, "W"),
    ],
)
def test_zhao_is_a_trillion_as_a_scale_and_mega_as_a_prefix(read, text, value, unit):
    [(_, found_value, _, _, found_unit, _, _)] = read(text)
    assert found_value == value and found_unit == unit


def test_vague_magnitudes_are_approximate_ranges_of_two_to_nine(read):
    # 數十兆 = 2–9 × 10 × 10^12; 几十亿 = 2–9 × 10 × 10^8.
    assert read("數十兆美元的財富") == [("數十兆美元", None, 2e13, 9e13, "USD", "money", True)]
    assert read("几十亿个") == [("几十亿个", None, 2e9, 9e9, "count", "count", True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2025年第三季度", (2025, "date")),
        ("7 月 27 日中午", (None, "date")),
        ("2026年底", (2026, "date")),
        ("Q2 2027", (2027, "date")),
        ("二季度財報", (None, "date")),
        ("第三季度", (None, "date")),
        ("排到 2030，", (2030, "date")),
    ],
)
def test_dates_and_quarters(read, text, expected):
    [(_, value, _, _, unit, kind, _)] = read(text)
    assert (value, kind) == expected and unit == "date"


def test_one_is_a_count_after_a_period(read):
    assert read("每周一次") == [("每周一次", 1, None, None, "count/week", "rate", False)]


@pytest.mark.parametrize("text", ["2025年第3季度", "第3季度", "第 3 季度", "3季度"])
def test_quarters_in_arabic_digits_are_dates(read, text):
    assert [(surface, unit, kind) for surface, _, _, _, unit, kind, _ in read(text)] == [
        (text, "date", "date")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("十兆瓦", ("十兆瓦", 1e7, "W")),
        ("五百兆瓦", ("五百兆瓦", 5e8, "W")),
        ("一百兆瓦时", ("一百兆瓦时", 1e8, "Wh")),
        ("十千瓦", ("十千瓦", 1e4, "W")),
        ("十万千瓦", ("十万千瓦", 1e8, "W")),
        ("百万千瓦", ("百万千瓦", 1e9, "W")),
        ("三十万千瓦时", ("三十万千瓦时", 3e8, "Wh")),
        ("两百千伏", ("两百千伏", 2e5, "V")),
        ("二十千克", ("二十千克", 20, "kg")),
        ("三千万千瓦", ("三千万千瓦", 3e10, "W")),
        ("三千米", ("三千米", 3, "km")),
    ],
)
def test_zhao_and_qian_before_a_unit_they_prefix_belong_to_the_unit(read, text, expected):
    assert [(surface, value, unit) for surface, value, _, _, unit, _, _ in read(text)] == [expected]
