"""Units and scale words, for the quantity extractor (helpers.numbers.numerals reads numbers).

Units by kind: USD, CNY, TWD, CAD, EUR, JPY, GBP, HKD, USD/W (money); W (power); Wh (energy);
percent, pp (percent); times, ratio (ratio); rank (rank: 第三大 → 3); year, month, week, day, hour,
minute, second (duration); t, kg (mass, 克 and 斤 too); km, mile, m, ft, nm (length, 厘米 and 毫米
in metres); sq_ft, m2, km2 (area); km/h, mph, km/s (speed); count; V, degree, bit (other); date;
number (a bare number with a scale word, kind other); '<unit>/<period>' (rate).

A quantity's value is in its unit with scale words and SI prefixes applied (1 吉瓦 → 1e9 W,
300 千伏 → 3e5 V, 一毫秒 → 0.001 second); its base value is in SI units or USD: durations in seconds
(year = 365.25 days), energy in joules, mass in kg, voltage in volts, rates per second; null for
currencies other than USD, degrees (angle or temperature), bits, dates and ranges. A date's value
is the written year (1960年代 → 1960) or null (四月, 60年代, a time of day such as 八点钟). A range
has a null value and its low and high bounds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, get_args

Kind = Literal[
    "money",
    "power",
    "energy",
    "percent",
    "ratio",
    "date",
    "duration",
    "count",
    "length",
    "speed",
    "mass",
    "area",
    "rate",
    "rank",
    "other",
]
Period = Literal["year", "month", "week", "day", "hour", "minute", "second"]
KINDS: tuple[Kind, ...] = get_args(Kind)

YEAR_SECONDS = 365.25 * 86400
PERIOD_SECONDS: Mapping[Period, float] = {
    "year": YEAR_SECONDS,
    "month": YEAR_SECONDS / 12,
    "week": 7 * 86400.0,
    "day": 86400.0,
    "hour": 3600.0,
    "minute": 60.0,
    "second": 1.0,
}
PERIODS: Mapping[str, Period] = {
    "年": "year",
    "月": "month",
    "周": "week",
    "週": "week",
    "星期": "week",
    "天": "day",
    "日": "day",
    "小时": "hour",
    "小時": "hour",
    "分钟": "minute",
    "分鐘": "minute",
    "秒": "second",
}
# The one table of scale characters. A scale word is a run of them worth their product, so
# 千亿 = 1e3 × 1e8 = 1e11, 万亿 = 1e12, 百万 = 1e6. 兆 is 1e12 as a scale (38兆美元); as the
# prefix of 兆瓦 it is 1e6, which the unit table says.
SCALES: Mapping[str, float] = {
    "十": 1e1,
    "百": 1e2,
    "千": 1e3,
    "万": 1e4,
    "萬": 1e4,
    "亿": 1e8,
    "億": 1e8,
    "兆": 1e12,
    # The financial numerals (大写数字) written on cheques and contracts: 伍仟元整.
    "拾": 1e1,
    "佰": 1e2,
    "仟": 1e3,
}
# Financial digits, each with its everyday digit: 壹 is 一, 贰 and 貳 are 二 …
FINANCIAL_DIGITS: Mapping[str, str] = dict(
    zip("壹贰貳叁參肆伍陆陸柒捌玖", "一二二三三四五六六七八九", strict=True)
)
CN_DIGITS = "零〇一二三四五六七八九两兩" + "".join(FINANCIAL_DIGITS)
CN_NUMERAL = CN_DIGITS + "".join(SCALES)


@dataclass(frozen=True)
class Unit:
    """A unit as written.

    Attributes:
        name: the short name quantities carry (W, USD, year …).
        kind: the kind of quantity it measures.
        factor: what one of the written unit is in the named unit (吉瓦: 1e9 W).
        base: what one of the named unit is in SI units or USD (year: 31,557,600 s), None if
            it has none (other currencies, degrees, bits, dates).
    """

    name: str
    kind: Kind
    factor: float = 1.0
    base: float | None = 1.0


ORDERS_OF_MAGNITUDE = ("数量级", "數量級", "个数量级", "個數量級")


def _units() -> dict[str, Unit]:
    """Every unit surface the extractor knows, by surface."""
    table: dict[str, Unit] = {}
    for surfaces, unit in (
        ("美元 美金 USD", Unit("USD", "money")),
        ("元 圆 圓 元整 圆整 圓整 人民币 人民幣", Unit("CNY", "money", base=None)),
        ("加元 加币 加幣", Unit("CAD", "money", base=None)),
        ("欧元 歐元", Unit("EUR", "money", base=None)),
        ("日元 日圓", Unit("JPY", "money", base=None)),
        ("英镑 英鎊", Unit("GBP", "money", base=None)),
        ("港元 港币 港幣", Unit("HKD", "money", base=None)),
        ("新台幣 新臺幣 台幣 臺幣 新台币 台币", Unit("TWD", "money", base=None)),
        ("美元/瓦 美元每瓦", Unit("USD/W", "money")),
        ("%  ％", Unit("percent", "percent", base=0.01)),
        ("个百分点 個百分點 百分点 百分點", Unit("pp", "percent", base=0.01)),
        ("倍", Unit("times", "ratio")),
        # An order of magnitude is ×10: the builder raises 10 to the written number.
        (" ".join(ORDERS_OF_MAGNITUDE), Unit("times", "ratio")),
        ("瓦 W", Unit("W", "power")),
        ("千瓦 kW", Unit("W", "power", 1e3)),
        ("兆瓦 MW", Unit("W", "power", 1e6)),
        ("吉瓦 GW", Unit("W", "power", 1e9)),
        ("太瓦 TW", Unit("W", "power", 1e12)),
        ("瓦时 瓦時 Wh", Unit("Wh", "energy", base=3600.0)),
        ("千瓦时 千瓦時 度电 度電 kWh", Unit("Wh", "energy", 1e3, 3600.0)),
        ("兆瓦时 兆瓦時 MWh", Unit("Wh", "energy", 1e6, 3600.0)),
        ("吉瓦时 吉瓦時 GWh", Unit("Wh", "energy", 1e9, 3600.0)),
        ("太瓦时 太瓦時 TWh", Unit("Wh", "energy", 1e12, 3600.0)),
        ("年 岁 歲", Unit("year", "duration", base=YEAR_SECONDS)),
        ("个月 個月 个多月 個多月", Unit("month", "duration", base=PERIOD_SECONDS["month"])),
        ("周 週 个星期 個星期 星期", Unit("week", "duration", base=PERIOD_SECONDS["week"])),
        ("天", Unit("day", "duration", base=86400.0)),
        (
            "小时 小時 个小时 個小時 个多小时 個多小時 钟头 鐘頭",
            Unit("hour", "duration", base=3600.0),
        ),
        ("分钟 分鐘", Unit("minute", "duration", base=60.0)),
        ("秒 秒钟 秒鐘", Unit("second", "duration")),
        ("毫秒", Unit("second", "duration", 1e-3)),
        ("微秒", Unit("second", "duration", 1e-6)),
        ("吨 噸 公吨 公噸", Unit("t", "mass", base=1000.0)),
        ("公斤 千克 kg", Unit("kg", "mass")),
        ("克", Unit("kg", "mass", 1e-3)),  # not g: 4g手机 is a network generation
        ("斤", Unit("kg", "mass", 0.5)),  # the market jin, 500 g since 1959
        ("公里 千米 km", Unit("km", "length", base=1000.0)),
        ("英里", Unit("mile", "length", base=1609.344)),
        ("米 公尺 m", Unit("m", "length")),
        ("厘米 公分 cm", Unit("m", "length", 1e-2)),
        ("毫米 mm", Unit("m", "length", 1e-3)),
        ("英尺 英呎", Unit("ft", "length", base=0.3048)),
        ("纳米 納米 奈米 nm", Unit("nm", "length", base=1e-9)),
        ("平方英尺 平方英呎", Unit("sq_ft", "area", base=0.09290304)),
        ("平方米 平方公尺", Unit("m2", "area")),
        ("平方公里", Unit("km2", "area", base=1e6)),
        ("公里/小时 公里每小时 km/h 公里/小時", Unit("km/h", "speed", base=1000 / 3600)),
        ("英里/小时 mph", Unit("mph", "speed", base=0.44704)),
        ("伏 伏特", Unit("V", "other")),
        ("千伏 kV", Unit("V", "other", 1e3)),
        ("度 摄氏度 攝氏度 ℃", Unit("degree", "other", base=None)),
        # Spoken money: 两块钱, 五毛钱 (块 alone is a classifier: 一块电池).
        ("块钱 塊錢", Unit("CNY", "money", base=None)),
        # 毛 and 角 alone are yuan only before fen (两毛五); the builder refuses them otherwise.
        ("毛钱 毛錢 角钱 角錢 毛 角", Unit("CNY", "money", 0.1, None)),
        (
            "块 塊 台 颗 顆 次 家 个 個 人 名 位 股 辆 輛 枚 艘 层 層 座 件 项 項 根 条 條 轮 輪"
            " 遍 张 張 款 种 種 架 部 片 只 隻 篇 所 栋 棟 杯 场 場 份 批 卡 行 句 点 點 代 支 处"
            " 處 套 双 雙 页 頁 像素",
            Unit("count", "count"),
        ),
    ):
        for surface in surfaces.split():
            table[surface] = unit
    return table


UNITS: Mapping[str, Unit] = _units()
BIT = Unit("bit", "other", base=None)  # 位 after a number in talk about computing (4 位矩阵乘法)
NUMBER_UNIT = Unit("number", "other")  # a bare number: no unit written
DATE_UNIT = Unit("date", "date", base=None)
RATIO_UNIT = Unit("ratio", "ratio")  # a fraction or N 比 M, a pure number
RANK_UNIT = Unit("rank", "rank", base=None)  # a place in an order: 第三大, 第70位, 第三代
CLASSIFIERS = frozenset(surface for surface, unit in UNITS.items() if unit.kind == "count")


def per_period(unit: Unit, period: Period) -> tuple[str, Kind]:
    """The name and kind of a unit per period.

    Args:
        unit: the unit of the amount.
        period: the period it is counted over.

    Returns:
        (name, kind): a length per second or hour is a speed ('km/s', 'm/h'); anything else per
        period is a rate ('t/year', 'count/week').
    """
    if unit.kind == "length":
        return f"{unit.name}/{ {'second': 's', 'hour': 'h'}.get(period, period) }", "speed"
    return f"{unit.name}/{period}", "rate"


UNIT_NAMES = frozenset(
    {unit.name for unit in (*UNITS.values(), BIT, NUMBER_UNIT, DATE_UNIT, RATIO_UNIT, RANK_UNIT)}
    | {
        per_period(unit, period)[0]
        for unit in (*UNITS.values(), NUMBER_UNIT)
        for period in get_args(Period)
    }
)
"""Every unit name a quantity can carry."""
