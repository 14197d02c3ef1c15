"""More everyday forms of numbers on any text: each value worked out by hand.

Each parametrised list is one kind; the first rows are the tester's examples, the last two are
further cases of the same kind.
"""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        # 十几 = 11–19 of the place after it; 来 after a round number is "about" that number.
        ("十几万人", ("十几万人", None, 110000, 190000, "count", "count", True)),
        ("十几个", ("十几个", None, 11, 19, "count", "count", True)),
        ("这辆车开了十来万公里", ("十来万公里", 100000, None, None, "km", "length", True)),
        ("两百来个", ("两百来个", 200, None, None, "count", "count", True)),
        ("他二十几岁", ("二十几岁", None, 21, 29, "year", "duration", True)),  # 21–29 years
        ("三十来岁的人", ("三十来岁", 30, None, None, "year", "duration", True)),
    ],
)
def test_vague_tens_and_roughly(read, text, expected):
    assert read(text) == [expected]


def test_lai_before_a_verb_is_no_approximation(read):
    # 来自 is "comes from": 一百万 is exact there.
    assert read("一百万来自美国") == [("一百万", 1e6, None, None, "number", "other", False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Digits after 米 are decimetres, then centimetres, as heights are said.
        ("一米八", ("一米八", 1.8, None, None, "m", "length", False)),
        ("一米七五", ("一米七五", 1.75, None, None, "m", "length", False)),
        ("他有一米八的个子", ("一米八", 1.8, None, None, "m", "length", False)),
        ("这条鱼两米三", ("两米三", 2.3, None, None, "m", "length", False)),
        ("身高1米75", ("1米75", 1.75, None, None, "m", "length", False)),
    ],
)
def test_heights_in_metres_and_decimetres(read, text, expected):
    assert read(text) == [expected]


def test_a_count_after_metres_is_its_own_quantity(read):
    # 100 metres then 5 seconds: only 1 or 2 metres in digits take decimetres after them.
    assert read("100米5秒") == [
        ("100米", 100, None, None, "m", "length", False),
        ("5秒", 5, None, None, "second", "duration", False),
    ]
    # 十米三个人: ten metres, then three people; 三 is no decimetre count before a classifier.
    assert read("十米三个人") == [
        ("十米", 10, None, None, "m", "length", False),
        ("三个", 3, None, None, "count", "count", False),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A range of tenths in percent; two adjacent digits are approximate, as 两三 is.
        ("2-3成", ("2-3成", None, 20, 30, "percent", "percent", False)),
        ("两三成", ("两三成", None, 20, 30, "percent", "percent", True)),
        ("二到三成的人", ("二到三成", None, 20, 30, "percent", "percent", False)),
        ("约1~2成左右", ("约1~2成左右", None, 10, 20, "percent", "percent", True)),
    ],
)
def test_ranges_of_tenths(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A year 2001–2029 read as a numeral is a date; 两千年 is the year 2000 before 的时候.
        ("两千零五年", ("两千零五年", 2005, None, None, "date", "date", False)),
        ("两千年的时候", ("两千年", 2000, None, None, "date", "date", False)),
        ("他两千零一十九年3月出生", ("两千零一十九年3月", 2019, None, None, "date", "date", False)),
        ("两千二十六年底", ("两千二十六年底", 2026, None, None, "date", "date", False)),
    ],
)
def test_years_read_as_numerals(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Spans of years stay durations: 两千年前 is 2,000 years ago.
        ("两千年前", ("两千年", 2000, None, None, "year", "duration", False)),
        ("两千五百年", ("两千五百年", 2500, None, None, "year", "duration", False)),
    ],
)
def test_spans_of_years_stay_durations(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Identifiers and generation names: no quantity in them.
        "13812345678",  # a mobile telephone number
        "110101199003071234",  # an identity card number
        "5G网络",
        "4G手机",
        "请拨打电话13812345678。",
        "身份证号11010119900307123X",  # the last character of an identity card may be X
        "电话138-1234-5678",  # a mobile number with hyphens, no range
        "010-12345678",  # a Beijing landline: area code, hyphen, number
    ],
)
def test_identifiers_are_no_quantities(read, text):
    assert read(text) == []


def test_a_long_number_with_a_unit_is_a_quantity(read):
    # 123,456,789 yuan: the unit makes the run of digits an amount.
    assert read("123456789元") == [("123456789元", 123456789, None, None, "CNY", "money", False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A century is a range of years (the 20th century: 1900–1999), a decade in it ten years.
        ("20世纪80年代", ("20世纪80年代", None, 1980, 1989, "date", "date", False)),
        ("20世纪", ("20世纪", None, 1900, 1999, "date", "date", False)),
        ("二十世纪九十年代", ("二十世纪九十年代", None, 1990, 1999, "date", "date", False)),
        ("21世纪20年代", ("21世纪20年代", None, 2020, 2029, "date", "date", False)),
    ],
)
def test_centuries_and_their_decades(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A generation by birth decade: 90后 are people born 1990–1999, 00后 2000–2009.
        ("90后", ("90后", None, 1990, 1999, "date", "date", False)),
        ("他是00后", ("00后", None, 2000, 2009, "date", "date", False)),
        ("80後的父母", ("80後", None, 1980, 1989, "date", "date", False)),
    ],
)
def test_generations_by_birth_decade(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Everyday units of weight and length: 斤 is 0.5 kg, 克 1 g; 厘米 and 公分 1 cm, 毫米 1 mm.
        ("五厘米", [("五厘米", 0.05, None, None, "m", "length", False)]),
        ("一百来斤", [("一百来斤", 50, None, None, "kg", "mass", True)]),
        ("体重140斤", [("140斤", 70, None, None, "kg", "mass", False)]),
        ("30公分", [("30公分", 0.3, None, None, "m", "length", False)]),
        ("三毫米", [("三毫米", 0.003, None, None, "m", "length", False)]),
        ("200克", [("200克", 0.2, None, None, "kg", "mass", False)]),
        # After a price, 一斤 is "per jin": no second quantity.
        ("5元一公斤", [("5元", 5, None, None, "CNY", "money", False)]),
        ("买了十一斤", [("十一斤", 5.5, None, None, "kg", "mass", False)]),
    ],
)
def test_everyday_units_of_weight_and_length(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A 零 left out after 亿 before a place under 千万, as cn2an writes numbers.
        ("七亿一千美元", ("七亿一千美元", 700001000, None, None, "USD", "money", False)),
        (
            "二百四十七亿一千美元",
            ("二百四十七亿一千美元", 24700001000, None, None, "USD", "money", False),
        ),
        ("五亿三十人", ("五亿三十人", 500000030, None, None, "count", "count", False)),
        # 一亿二 stays the abbreviation of 一亿二千万.
        ("一亿二的预算", ("一亿二", 1.2e8, None, None, "number", "other", False)),
    ],
)
def test_a_zero_left_out_after_yi(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # New Taiwan dollars: named before the amount, the 元 after it is NT$, not yuan.
        ("總經費約新台幣五百三十億元", ("五百三十億元", 5.3e10, None, None, "TWD", "money", False)),
        ("票價是新臺幣三十元", ("三十元", 30, None, None, "TWD", "money", False)),
        ("新台幣約1.5萬元", ("約1.5萬元", 15000, None, None, "TWD", "money", True)),
        ("他花了500台幣", ("500台幣", 500, None, None, "TWD", "money", False)),
        ("NT$2000元的票", ("2000元", 2000, None, None, "TWD", "money", False)),
        # 元 without a Taiwan dollar word before it stays yuan.
        ("人民幣5000元", ("5000元", 5000, None, None, "CNY", "money", False)),
    ],
)
def test_new_taiwan_dollars(read, text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A dollar sign before the amount is its currency; the country letters say whose.
        ("價格是$100。", ("100", 100, None, None, "USD", "money", False)),
        ("他花了$2000", ("2000", 2000, None, None, "USD", "money", False)),  # not the year 2000
        ("票價HK$5", ("5", 5, None, None, "HKD", "money", False)),
        ("NT$30", ("30", 30, None, None, "TWD", "money", False)),
        ("估值US$1.5万亿", ("1.5万亿", 1.5e12, None, None, "USD", "money", False)),
    ],
)
def test_dollar_signs(read, text, expected):
    assert read(text) == [expected]
