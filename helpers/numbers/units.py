"""Units, scale words and numeral values for the quantity extractor (helpers.numbers).

Units: USD, CNY, CAD, EUR, JPY, GBP, HKD, USD/W (money); W (power); Wh (energy); percent, pp (percent); times, ratio
(ratio); year, month, week, day, hour, minute, second (duration); t, kg (mass); km, mile, m, ft, nm (length); sq_ft,
m2, km2 (area); km/h, mph, km/s (speed); count; V, degree, bit (other); date; number (a bare number with a scale word,
kind other); '<unit>/<period>' (rate).
value is the quantity in its unit with scale words and SI prefixes applied (1 吉瓦 → 1e9 W, 300 千伏 → 3e5 V,
一毫秒 → 0.001 second); base_value is it in SI units or USD: durations in seconds (year = 365.25 days), energy in
joules, mass in kg, voltage in volts, rates per second; null for currencies other than USD, degrees (angle or
temperature), bits, dates and ranges. Dates: value is the written year (1960年代 → 1960) or null (四月, 60年代, a time
of day such as 八点钟).
Ranges: value null, low and high set.
"""

from __future__ import annotations

from dataclasses import dataclass

import cn2an

YEAR_SECONDS = 365.25 * 86400
PERIOD_SECONDS = {
    "year": YEAR_SECONDS,
    "month": YEAR_SECONDS / 12,
    "week": 7 * 86400.0,
    "day": 86400.0,
    "hour": 3600.0,
    "minute": 60.0,
    "second": 1.0,
}
PERIODS = {
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
SCALES = {
    "万亿": 1e12,
    "萬億": 1e12,
    "千万": 1e7,
    "千萬": 1e7,
    "百万": 1e6,
    "百萬": 1e6,
    "十万": 1e5,
    "十萬": 1e5,
    "万": 1e4,
    "萬": 1e4,
    "亿": 1e8,
    "億": 1e8,
    "兆": 1e12,
    "千": 1e3,
    "百": 1e2,
    "十": 10.0,
}
CN_DIGITS = "零〇一二三四五六七八九两兩"
CN_NUMERAL = CN_DIGITS + "十百千万萬亿億兆"
CN_PREFIX_FREE = CN_DIGITS + "十百万萬亿億"
CN_SCALE_PREFIX = "千(?![瓦米克伏])|兆(?!瓦)"


@dataclass(frozen=True)
class Unit:
    """A unit as written: its short name, kind, factor into that unit and factor into SI (or USD)."""

    name: str
    kind: str
    factor: float = 1.0
    base: float | None = 1.0


def _units() -> dict[str, Unit]:
    """Every unit surface the extractor knows, by surface."""
    table: dict[str, Unit] = {}
    for surfaces, unit in (
        ("美元 美金 USD", Unit("USD", "money")),
        ("元 人民币 人民幣", Unit("CNY", "money", base=None)),
        ("加元 加币 加幣", Unit("CAD", "money", base=None)),
        ("欧元 歐元", Unit("EUR", "money", base=None)),
        ("日元 日圓", Unit("JPY", "money", base=None)),
        ("英镑 英鎊", Unit("GBP", "money", base=None)),
        ("港元 港币 港幣", Unit("HKD", "money", base=None)),
        ("美元/瓦 美元每瓦", Unit("USD/W", "money")),
        ("%  ％", Unit("percent", "percent", base=0.01)),
        ("个百分点 個百分點 百分点 百分點", Unit("pp", "percent", base=0.01)),
        ("倍", Unit("times", "ratio")),
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
        ("个月 個月 个多月 個多月", Unit("month", "duration", base=YEAR_SECONDS / 12)),
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
        ("公里 千米 km", Unit("km", "length", base=1000.0)),
        ("英里", Unit("mile", "length", base=1609.344)),
        ("米 公尺 m", Unit("m", "length")),
        ("英尺 英呎", Unit("ft", "length", base=0.3048)),
        ("纳米 納米 奈米 nm", Unit("nm", "length", base=1e-9)),
        ("平方英尺 平方英呎", Unit("sq_ft", "area", base=0.09290304)),
        ("平方米 平方公尺", Unit("m2", "area")),
        ("平方公里", Unit("km2", "area", base=1e6)),
        ("公里/小时 公里每小时 km/h 公里/小時", Unit("km/h", "speed", base=1000 / 3600)),
        ("英里/小时 mph", Unit("mph", "speed", base=0.44704)),
        ("伏 伏特", Unit("V", "other")),
        ("千伏 kV", Unit("V", "other", 1e3)),
        ("度", Unit("degree", "other", base=None)),
        (
            "块 塊 台 颗 顆 次 家 个 個 人 名 位 股 辆 輛 枚 艘 层 層 座 件 项 項 根 条 條 轮 輪 遍 张 張 款 种 種 架"
            " 部 片 只 隻 篇 所 栋 棟 杯 场 場 份 批 卡 行 句 点 點 代 支 处 處 套 双 雙 页 頁 像素",
            Unit("count", "count"),
        ),
    ):
        for surface in surfaces.split():
            table[surface] = unit
    return table


UNITS = _units()
BIT = Unit("bit", "other", base=None)  # 位 after a number in talk about computing (4 位矩阵乘法)
CLASSIFIERS = {surface for surface, unit in UNITS.items() if unit.kind == "count"}


def cn_value(numeral: str) -> float | None:
    """The value of a Chinese numeral ('二十亿', '两', '三十八兆'), 兆 read as 10^12, or None if malformed ('三四五')."""
    if "兆" in numeral:
        high, _, low = numeral.partition("兆")
        high_value, low_value = cn_value(high) if high else 1.0, cn_value(low) if low else 0.0
        return None if high_value is None or low_value is None else high_value * 1e12 + low_value
    numeral = (
        numeral.replace("兩", "二")
        .replace("两", "二")
        .replace("萬", "万")
        .replace("億", "亿")
        .replace("〇", "零")
    )
    if numeral[0] in "百千万亿":
        numeral = "一" + numeral
    try:
        return float(cn2an.cn2an(numeral, "strict"))
    except ValueError:
        return None


def number_value(text: str) -> float | None:
    """The value of a written number (Arabic digits with separators, or a Chinese numeral), scales applied, or None."""
    text = text.replace(" ", "").replace(",", "")
    for scale, factor in SCALES.items():
        head = text[: -len(scale)]
        if text.endswith(scale) and head and head[-1].isdigit():
            return float(head) * factor
    return float(text) if text[0].isdigit() else cn_value(text)


def consecutive_digits(numeral: str) -> tuple[float, float] | None:
    """The range of two adjacent Chinese digits written together, maybe scaled ('两三' → 2–3, '两三万'), or None."""
    digits, scale = numeral[:2], numeral[2:]
    if (
        len(digits) == 2
        and all(char in CN_DIGITS[2:] for char in digits)
        and (not scale or scale in SCALES)
    ):
        low, high = cn_value(digits[0]), cn_value(digits[1])
        if low is not None and high is not None and high == low + 1:
            factor = SCALES[scale] if scale else 1.0
            return low * factor, high * factor
    return None
