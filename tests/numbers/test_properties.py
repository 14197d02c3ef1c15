"""Invariants of find_quantities on any text: it never raises, and every span lies inside it."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from helpers.numbers.extract import find_quantities

# Text made of the pieces numbers are written with, so that random text often looks numeric:
# runs of Han numerals and scale words, Arabic numbers, units, range and approximation words,
# punctuation, markup, and arbitrary characters. (It finds the ValueError that '0\n千' raised
# before values were read with all whitespace removed.)
HAN_NUMERALS = st.text(
    alphabet="零〇一二三四五六七八九十百千万萬亿億兆两兩半多几数上第每", max_size=5
)
ARABIC = st.from_regex(r"\d{1,5}(,\d{3})?(\.\d{1,3})?", fullmatch=True)
WORDS = st.sampled_from(
    [
        *"。，.%/-:：～~+ \n《》",
        *("美元", "吉瓦", "千瓦时", "兆瓦", "年", "个月", "小时", "分之", "比", "到", "或", "约"),
        *("左右", "季度", "点钟", "位", "GB", "Q", "[[", "]]", "多", "余"),
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
