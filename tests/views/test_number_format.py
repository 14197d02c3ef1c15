"""Tests for helpers.views.number_format: every unit and scale the extractor gives, written out."""

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.core.errors import CorpusError
from helpers.numbers.units import UNIT_NAMES
from helpers.views.number_format import DASH, plain_number, value_text

SCIENTIFIC = re.compile(r"\d\s*[eE][-+]?\d|inf|nan", re.IGNORECASE)

# (unit, value, low, high) → what a reader should see; each written out by hand. The surfaces in
# the comments are quantities of the corpus with that unit and scale.
CASES = [
    ("USD", 38e12, None, None, "US$38 trillion"),  # 38兆美元 (000)
    ("USD", 5.8e9, None, None, "US$5.8 billion"),  # 58億美元
    ("USD", 1.01e8, None, None, "US$101 million"),  # 1.01亿美元: 101.0 million, not 0.101 billion
    ("USD", 9.2e6, None, None, "US$9.2 million"),  # 920萬美元
    ("USD", 90_000.0, None, None, "US$90,000"),  # 九万美金
    ("USD", 200.0, None, None, "US$200"),
    ("USD", None, 1e10, 2e10, "US$10–20 billion"),  # 100-200億美元
    ("CAD", 2500.0, None, None, "C$2,500"),  # 2500加元
    ("HKD", 3e6, None, None, "HK$3 million"),
    ("TWD", 5.3e10, None, None, "NT$53 billion"),  # 新台幣五百三十億元
    ("EUR", 12.5, None, None, "€12.5"),
    ("GBP", 1e9, None, None, "£1 billion"),
    ("CNY", 5e11, None, None, "CN¥500 billion"),
    ("JPY", 1000.0, None, None, "JP¥1,000"),
    ("USD/W", None, 0.25, 0.3, "US$0.25–0.3 per watt"),  # 0.25-0.30 美元/瓦
    ("USD/year", 7.5e11, None, None, "US$750 billion per year"),  # 每年有至少7500亿美元
    ("W", 1e8, None, None, "100 MW"),  # 100 兆瓦
    ("W", 3e8, None, None, "300 MW"),  # 300MW
    ("W", 1e5, None, None, "100 kW"),  # 100 千瓦
    ("W", 1e12, None, None, "1 TW"),  # 一太瓦
    ("W", 1.1e12, None, None, "1.1 TW"),  # 1.1太瓦
    ("W", 5e11, None, None, "500 GW"),  # 0.5太瓦: 500 GW, not 0.5 TW
    ("W", 40.0, None, None, "40 W"),
    ("W", None, 1e9, 1e10, "1–10 GW"),  # 1吉瓦到10吉瓦
    ("W", None, 1e9, 1.5e9, "1–1.5 GW"),  # 1 到 1.5 吉瓦
    ("W/year", 1.5e12, None, None, "1.5 TW per year"),  # 每年 1500 吉瓦
    ("Wh", 3.14e10, None, None, "31.4 GWh"),  # 31.4 GWh
    ("Wh", 9.5e15, None, None, "9,500 TWh"),  # 约 9.5 万亿千瓦时: T is the largest prefix
    ("V", 3e5, None, None, "300 kV"),  # 300 千伏 (the reviewer saw 3.300000e+05)
    ("V", None, 1e5, 3e5, "100–300 kV"),  # 100 到 300 千伏
    ("percent", 1.25, None, None, "1.25%"),
    ("percent", None, 10.0, 15.0, "10–15%"),  # 10-15%
    ("percent", 0.0, None, None, "0%"),
    ("pp", 1.0, None, None, "1 percentage point"),
    ("pp", 3.0, None, None, "3 percentage points"),
    ("times", 4.0, None, None, "4×"),  # 4倍
    ("times", None, 1e4, 1e5, "10,000–100,000×"),  # 10,000到100,000倍
    ("times/year", 10.0, None, None, "10× per year"),  # 每年10倍
    ("ratio", 0.25, None, None, "0.25"),  # 四分之一
    ("ratio", 1 / 3, None, None, "0.333333"),  # 三分之一: six significant digits
    ("ratio", 1e-9, None, None, "0.000000001"),  # 十亿分之一
    ("count", 330_000.0, None, None, "330,000"),  # 33万块 (004)
    ("count", 537_742.0, None, None, "537,742"),  # 537,742股
    ("count", 1e8, None, None, "100 million"),  # 1亿像素
    ("count", 2e12, None, None, "2 trillion"),  # 两万亿个
    ("count", 1_234_567.0, None, None, "1,234,567"),  # 1.234567 million has too many decimals
    ("count", None, 1e4, 3e4, "10,000–30,000"),  # 1-3万台
    ("count/week", 2.0, None, None, "2 per week"),  # 每周兩次
    ("count/hour", 1.0, None, None, "1 per hour"),  # 每小时发射一次
    ("number", 0.7, None, None, "0.7"),
    ("number", 2.2e7, None, None, "22 million"),  # 2200 万
    ("number/year", 7.5e12, None, None, "7.5 trillion per year"),  # 每年 7.5 万亿
    ("date", 2030.0, None, None, "2030"),  # 2030年: a year has no thousands separator
    ("date", 2165.0, None, None, "2165"),
    ("date", None, None, None, DASH),  # 四月: a date without a written year
    ("rank", 3.0, None, None, "No. 3"),  # 全球第三大
    ("rank", 70.0, None, None, "No. 70"),  # 第70位
    ("year", 1.0, None, None, "1 year"),
    ("year", 3.0, None, None, "3 years"),
    ("year", 1e9, None, None, "1 billion years"),  # 10 亿年
    ("year", 1.2e6, None, None, "1.2 million years"),  # 120 万年
    ("year", None, 3.0, 7.0, "3–7 years"),  # 三到七年
    ("month", 36.0, None, None, "36 months"),  # 36個月
    ("month", 1.0, None, None, "1 month"),
    ("week", 2.0, None, None, "2 weeks"),
    ("day", 90.0, None, None, "90 days"),
    ("hour", None, 2.0, 3.0, "2–3 hours"),  # 兩三個小時
    ("minute", 15.0, None, None, "15 minutes"),
    ("second", 0.001, None, None, "0.001 seconds"),  # 一毫秒
    ("t", 200.0, None, None, "200 tonnes"),
    ("t/year", 1e6, None, None, "1 million tonnes per year"),  # 每年一百萬噸以上
    ("kg", 5.0, None, None, "5 kg"),
    ("km", 1200.0, None, None, "1,200 km"),
    ("km", None, 700.0, 800.0, "700–800 km"),
    ("mile", 9.3e7, None, None, "93 million miles"),  # 9300万英里
    ("m", 9.0, None, None, "9 m"),
    ("ft", 30.0, None, None, "30 ft"),
    ("nm", 2.0, None, None, "2 nm"),  # 两纳米
    ("sq_ft", 1.15e7, None, None, "11.5 million sq ft"),  # 1150万平方英尺
    ("m2", 50.0, None, None, "50 m²"),
    ("km2", 3.0, None, None, "3 km²"),
    ("km/h", 300.0, None, None, "300 km per hour"),
    ("mph", 60.0, None, None, "60 mph"),
    ("km/s", 2.5, None, None, "2.5 km per second"),  # 每秒两公里半
    ("m/s", 2500.0, None, None, "2,500 m per second"),  # 大约每秒 2500 米
    ("degree", 70.0, None, None, "70°"),  # 70 度左右
    ("bit", 4.0, None, None, "4 bits"),  # 4 位
    ("USD", None, None, None, DASH),  # 數十兆美元: a vague amount has no value
]


@pytest.mark.parametrize(("unit", "value", "low", "high", "expected"), CASES)
def test_values_are_written_as_a_reader_writes_them(
    unit: str, value: float | None, low: float | None, high: float | None, expected: str
) -> None:
    assert value_text(unit, value, low, high) == expected


def test_every_base_unit_of_the_extractor_has_a_case() -> None:
    bases = {name for name in UNIT_NAMES if "/" not in name} | {"km/h", "mph"}
    assert bases <= {unit for unit, *_ in CASES}


def test_plain_numbers() -> None:
    assert plain_number(1234567.0) == "1,234,567"
    assert plain_number(2030.0, grouped=False) == "2030"
    assert plain_number(-0.0) == "0"
    assert plain_number(1234567.4) == "1,234,567"  # from a million on, whole numbers only


def test_unknown_units_and_non_finite_numbers_are_refused() -> None:
    with pytest.raises(CorpusError, match="unknown unit 'furlong'"):
        value_text("furlong", 1.0)
    with pytest.raises(CorpusError, match="cannot write inf"):
        value_text("W", math.inf)


FINITE = st.floats(allow_nan=False, allow_infinity=False)


@given(st.sampled_from(sorted(UNIT_NAMES)), FINITE, st.none() | FINITE)
def test_never_scientific_notation(unit: str, value: float, high: float | None) -> None:
    text = value_text(unit, value) if high is None else value_text(unit, None, value, high)
    assert not SCIENTIFIC.search(text), text


@given(st.floats(min_value=1000, max_value=9999).map(round))
def test_years_have_no_separator(year: int) -> None:
    assert value_text("date", float(year)) == str(year)
