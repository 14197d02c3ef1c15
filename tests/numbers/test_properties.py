"""Invariants of find_quantities on any text: it never raises, and every span lies inside it."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from helpers.numbers.extract import find_quantities
from helpers.numbers.numerals import number_value

# Text made of the pieces numbers are written with, so that random text often looks numeric:
# runs of Han numerals and scale words, Arabic numbers, units, range and approximation words,
# punctuation, markup, and arbitrary characters. (It finds the ValueError that '0\n千' raised
# before values were read with all whitespace removed.)
HAN_NUMERALS = st.text(
    alphabet="零〇一二三四五六七八九十百千万萬亿億兆两兩半多几数上第每点負负壹贰叁伍拾佰仟成",
    max_size=5,
)
ARABIC = st.from_regex(r"\d{1,5}(,\d{3})?(\.\d{1,3})?", fullmatch=True)
WORDS = st.sampled_from(
    [
        *"。，.%/-:：～~+ \n《》",
        *("美元", "吉瓦", "千瓦时", "兆瓦", "年", "个月", "小时", "分之", "比", "到", "或", "约"),
        *("左右", "季度", "点钟", "位", "GB", "Q", "[[", "]]", "多", "余"),
        *(
            "零下",
            "块钱",
            "块",
            "毛",
            "个半",
            "数量级",
            "年代",
            "元整",
            "大",
            "名",
            "代",
            "在",
            "\u0660",
        ),
    ]
)
TEXTS = st.lists(HAN_NUMERALS | ARABIC | WORDS | st.text(max_size=3), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("3千多亿美元")  # raised ValueError before scale words had one table
@example("0\n千")
def test_find_quantities_never_raises_and_spans_lie_inside_the_text(text):
    for quantity in find_quantities(text):
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert (quantity.norm_start, quantity.norm_end) == (quantity.start, quantity.end)
        assert quantity.surface == text[quantity.start : quantity.end]


# Integers as cn2an writes them, everyday (一千零五) and financial (壹仟零伍), up to 10^15; a
# number no one writes (10^15 is 一千万亿) still reads back.
INTEGERS = st.integers(min_value=0, max_value=10**15)
LEADING = st.integers(min_value=1, max_value=9999)  # what comes before 万 or 亿
DIGIT = st.integers(min_value=1, max_value=9)


@settings(max_examples=600, deadline=None)
@given(INTEGERS, st.sampled_from(["low", "up"]))
@example(1903971, "low")
def test_every_integer_cn2an_writes_reads_back(number, mode):
    import cn2an

    assert number_value(cn2an.an2cn(number, mode)) == number


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**12))
@example(24700001000)  # cn2an writes 二百四十七亿一千, leaving out the 零 after 亿
def test_a_written_integer_with_a_unit_is_one_quantity_of_that_value(number):
    import cn2an

    text = f"{cn2an.an2cn(number)}美元"
    assert [(q.surface, q.value) for q in find_quantities(text)] == [(text, number)]


@settings(max_examples=300, deadline=None)
@given(LEADING, DIGIT, st.sampled_from([("万", 10**4), ("亿", 10**8)]), st.booleans())
def test_a_lone_digit_after_wan_or_yi_counts_the_next_lower_place(leading, digit, scale, arabic):
    import cn2an

    # 一万二 = 12,000, 14万一 = 141,000, 13万2 = 132,000, 三亿五 = 350,000,000
    word, factor = scale
    head = str(leading) if arabic else cn2an.an2cn(leading)
    tail = str(digit) if arabic else cn2an.an2cn(digit)
    text = f"{head}{word}{tail}人"
    assert [(q.surface, q.value) for q in find_quantities(text)] == [
        (text, leading * factor + digit * factor // 10)
    ]


@settings(max_examples=200, deadline=None)
@given(LEADING, st.integers(min_value=1000, max_value=9999))
def test_a_redundant_zero_after_wan_is_read_over(leading, thousands):
    import cn2an

    # 一百九十万零三千九百七十一 = 1,903,971: 零 before a full thousands place adds nothing.
    text = f"{cn2an.an2cn(leading)}万零{cn2an.an2cn(thousands)}"
    assert number_value(text) == leading * 10**4 + thousands


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9), DIGIT, st.sampled_from([("千", 1000), ("百", 100)]))
def test_a_lone_digit_after_qian_or_bai_counts_the_next_lower_place(leading, digit, scale):
    import cn2an

    # 三千五 = 3,500; 一百二 = 120
    word, factor = scale
    text = f"{cn2an.an2cn(leading)}{word}{cn2an.an2cn(digit)}"
    assert number_value(text) == leading * factor + digit * factor // 10
