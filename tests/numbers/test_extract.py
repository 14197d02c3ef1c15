"""Tests for the quantity extractor: hand-checked forms, exclusions, raw offsets, schema and the command line."""

import json
import subprocess
import sys

import pytest

from helpers.corpus.repairs import normalize, normalized
from helpers.numbers.extract import FIELDS, all_quantities, find_quantities, quantities, traced


def found(text):
    return [
        (text[q.start : q.end], q.value, q.low, q.high, q.unit, q.kind, q.approx)
        for q in find_quantities(text)
    ]


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
        # a rate whose period is not next to the amount, or comes first (一 + period before a count of times)
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
        # currencies and classifiers beyond the first list; a Chinese numeral with a scale word and no unit
        ("门票花了300欧元", ("300欧元", 300, None, None, "EUR", "money", False)),
        ("身上大概只有2500加元的旅行支票", ("2500加元", 2500, None, None, "CAD", "money", False)),
        ("50支球队参赛", ("50支", 50, None, None, "count", "count", False)),
        ("730支团队正致力于", ("730支", 730, None, None, "count", "count", False)),
        ("国债涨到两万亿了", ("两万亿", 2e12, None, None, "number", "other", False)),
        ("我觉得国防预算才一万亿。", ("一万亿", 1e12, None, None, "number", "other", False)),
        ("相机都有1亿像素了", ("1亿像素", 1e8, None, None, "count", "count", False)),
        ("大约两三万人。", ("大约两三万人", None, 2e4, 3e4, "count", "count", True)),
        # volts, with 千 read as the prefix of 千伏; a vague magnitude has no value
        ("220伏的插座", ("220伏", 220, None, None, "V", "other", False)),
        (
            "发电厂输出的 100 到 300 千伏电压",
            ("100 到 300 千伏", None, 1e5, 3e5, "V", "other", False),
        ),
        ("即使有 300 千伏的高压线", ("300 千伏", 3e5, None, None, "V", "other", False)),
        ("机架层面的几百伏电压", ("几百伏", None, None, None, "V", "other", True)),
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
def test_each_form_is_found_and_valued(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("美國公債飆到38兆美元", 3.8e13, "USD"),
        ("部署了 200 兆瓦容量", 2e8, "W"),
        ("1 吉瓦", 1e9, "W"),
        ("300MW", 3e8, "W"),
    ],
)
def test_zhao_is_a_trillion_as_a_scale_and_mega_as_a_prefix(text, value, unit):
    [(_, found_value, _, _, found_unit, _, _)] = found(text)
    assert found_value == value and found_unit == unit


def test_vague_magnitudes_are_approximate_without_a_value():
    assert found("數十兆美元的財富") == [("數十兆美元", None, None, None, "USD", "money", True)]
    assert found("几十亿个") == [("几十亿个", None, None, None, "count", "count", True)]


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
def test_dates_and_quarters(text, expected):
    [(_, value, _, _, unit, kind, _)] = found(text)
    assert (value, kind) == expected and unit == "date"


@pytest.mark.parametrize(
    "text",
    [
        "GPT-4",
        "GB300 芯片",
        "AI5 芯片",
        "AI6",
        "Model Y 和 Model 3",
        "Grok 4.2",
        "Raptor 3",
        "V3",
        "Colossus 2 位于孟菲斯",
        "H100 到 B200/GB200",
        "300系不锈钢",
        "5000 系列",
        "C-3PO 和 R2-D2",
        "X Takeover 2025 現場",
        "TPU v6e",
        "4.2版",
        "一些",
        "一直",
        "唯一",
        "一切",
        "第一性原理",
        "一夜之間",
        "一起",
        "一樣",
        "一样",
        "一定",
        "一點",
        "一点",
        "一下",
        "一旦",
        "一邊",
        "統一",
        "萬一",
        "一般",
        "一個荒謬的地步",
        "一家公司",
        "第三代",
        "零件",
        "两位数的增长",
        "月产百万级芯片",
        "1.核心診斷",
        "### 1) 一句话总结",
        "【3】五年后",
        "![Image 1: 7 个核心观点](https://x.io/2026-02-05/a.png)",
    ],
)
def test_identifiers_and_numeral_words_are_not_quantities(text):
    assert [surface for surface, *_ in found(text) if surface not in ("五年",)] == []


def test_one_is_a_count_after_a_period():
    assert found("每周一次") == [("每周一次", 1, None, None, "count/week", "rate", False)]


def test_base_values_are_si_or_usd():
    by_surface = {q.surface: q for q in quantities("004")}
    assert by_surface["1GW"].base_value == 1e9
    assert by_surface["12-18 个月"].base_value is None
    assert by_surface["20 分钟"].base_value == 1200
    assert by_surface["约 9.5 万亿千瓦时"].base_value == pytest.approx(9.5e15 * 3600)


def test_every_surface_is_the_raw_text_at_its_offsets():
    rows = list(all_quantities())
    assert len(rows) > 300
    for row in rows:
        assert normalized(row.doc).raw[row.start : row.end] == row.surface


def test_offsets_are_raw_where_repairs_shift_the_text():
    row = next(q for q in quantities("001") if q.surface.startswith("數(shù)"))
    assert row.surface == "數(shù)萬億美元" and row.value is None and row.approx


def test_rows_carry_sentence_and_speaker():
    row = next(q for q in quantities("003") if q.surface == "三到七年")
    assert row.sentence.startswith("003:p") and row.speaker == "elon_musk"
    assert all(q.speaker is None for q in quantities("000"))


def run_helpers(tmp_path, *args):
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_cli_prints_the_fixed_schema(tmp_path):
    result = run_helpers(tmp_path, "numbers", "--json")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0 and len(rows) == len(list(all_quantities()))
    assert all(list(row) == list(FIELDS) for row in rows)
    assert list(FIELDS) == [
        "doc",
        "start",
        "end",
        "surface",
        "value",
        "low",
        "high",
        "unit",
        "base_value",
        "kind",
        "approx",
        "sentence",
        "speaker",
    ]


def test_cli_filters_one_document_and_rejects_an_unknown_one(tmp_path):
    rows = [
        json.loads(line)
        for line in run_helpers(tmp_path, "numbers", "--json", "--doc", "002").stdout.splitlines()
    ]
    assert rows and {row["doc"] for row in rows} == {"002"}
    result = run_helpers(tmp_path, "numbers", "--doc", "005")
    assert (
        result.returncode == 2
        and result.stdout == ""
        and "error: unknown document" in result.stderr
    )


@pytest.mark.parametrize(
    "text, value",
    [
        ("三月份发布", None),
        ("十二月底上线", None),
        ("大概一月中旬。", None),
        ("然后大概在四月左右", None),
        ("八十年代的电影", None),
        ("1990年代的电影", 1990),
        ("翻拍60年代的老电影", None),
    ],
)
def test_months_in_chinese_numerals_and_decades_are_dates(text, value):
    [(_, found_value, _, _, unit, kind, _)] = found(text)
    assert (found_value, unit, kind) == (value, "date", "date")


@pytest.mark.parametrize(
    "text",
    [
        "《1984》这本书",
        "阿瑟·克拉克在《2001太空漫游》里",
        "终有一天",
        "总有一天，年轻一代会说",
        "總有一天",
        "一个月亮",
        "我们需要一个月球基地。",
        "他一周好几次去健身房",
        "有时候一周好几次。",
        "四处走动",
        "统一月度报表",
        "一个年轻人",
        "一个天才",
        "千万不要",
        "他曾两度登月",
    ],
)
def test_titles_idioms_and_vague_frequencies_are_not_quantities(text):
    assert found(text) == []


def test_a_falling_pair_is_two_quantities_not_a_range():
    assert [surface for surface, *_ in found("从 7 纳米到 5 纳米")] == ["7 纳米", "5 纳米"]


def test_a_period_before_a_located_amount_is_not_a_rate():
    assert found("每天都挂在9300万英里外") == [
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
def test_wei_is_a_bit_width_in_talk_about_computing_and_people_otherwise(text, expected):
    assert [quantity for quantity in found(text) if quantity[0] != "16 种"] == [expected]


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
def test_a_or_b_before_one_unit_is_a_range(text, expected):
    assert found(text) == expected


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
def test_n_to_m_is_a_ratio(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", ["最后 2 比 0 结束", "甲队 5 比 3 个多"])
def test_n_to_m_is_no_ratio_before_a_unit_or_zero(text):
    assert all(kind != "ratio" for *_, kind, _ in found(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("那是在八点钟那个。", [("八点钟", None, None, None, "date", "date", False)]),
        ("明天早上九点开会", [("早上九点", None, None, None, "date", "date", False)]),
        ("下午 3 点半出发", [("下午 3 点半", None, None, None, "date", "date", False)]),
        ("我认为有三点很重要", [("三点", 3, None, None, "count", "count", False)]),
    ],
)
def test_a_time_of_day_is_a_date_without_a_year(text, expected):
    assert found(text) == expected


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
def test_de_and_one_before_a_duration_is_an_article(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("你可能模拟了成千上万次。", ("成千上万次", None, None, None, "count", "count", True)),
        ("成百上千个工程师", ("成百上千个", None, None, None, "count", "count", True)),
        ("你需要读过前几百页。", ("几百页", None, None, None, "count", "count", True)),
        ("这份报告有几十頁", ("几十頁", None, None, None, "count", "count", True)),
    ],
)
def test_idioms_of_many_and_pages_are_vague_magnitudes(text, expected):
    assert found(text) == [expected]


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
def test_zhao_and_qian_before_a_unit_they_prefix_belong_to_the_unit(text, expected):
    assert [(surface, value, unit) for surface, value, _, _, unit, _, _ in found(text)] == [
        expected
    ]


@pytest.mark.parametrize("text", ["三四五个人", "1/0", "0/0", "零分之一", "比分是 1/0。"])
def test_a_malformed_numeral_or_zero_denominator_is_no_quantity(text):
    assert found(text) == []


@pytest.mark.parametrize("text", ["2025年第3季度", "第3季度", "第 3 季度", "3季度"])
def test_quarters_in_arabic_digits_are_dates(text):
    assert [(surface, unit, kind) for surface, _, _, _, unit, kind, _ in found(text)] == [
        (text, "date", "date")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("成本降到 1/10", [("1/10", 0.1, None, None, "ratio", "ratio", False)]),
        ("只有 1/50 的成本", [("1/50", 0.02, None, None, "ratio", "ratio", False)]),
        ("占 3/4，", [("3/4", 0.75, None, None, "ratio", "ratio", False)]),
        ("提高 7/100", [("7/100", 0.07, None, None, "ratio", "ratio", False)]),
        ("工厂 24/7 运转", []),
        ("9/11 之后", []),
        ("3/15 晚会", []),
        ("在 2024/3/15 发布", []),
    ],
)
def test_a_slash_pair_is_a_fraction_only_when_proper_and_fraction_like(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "raw, surfaces",
    [
        ("有5个(gè)人", ["5个"]),
        ("增长了100%?/span>。", ["100%"]),
        ("过了三年 之后", ["三年"]),
        ("有數(shù)萬億美元", ["數(shù)萬億美元"]),
    ],
)
def test_a_span_ending_where_a_deletion_starts_leaves_the_deleted_text_out(raw, surfaces):
    text = normalize("t", raw)
    rows = [traced(text, quantity) for quantity in find_quantities(text.text)]
    assert [row.surface for row in rows] == surfaces
    assert all(text.raw[row.start : row.end] == row.surface for row in rows)
