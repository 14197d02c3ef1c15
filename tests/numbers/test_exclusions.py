"""What only looks like a quantity is left out: names, identifiers, markup, numeral words, titles,
idioms, malformed numerals and slash pairs that are no fractions."""

import pytest


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
        "第三次",  # an ordinal; 第三代 is a rank (test_any_text)
        "零件",
        "两位数的增长",
        "月产百万级芯片",
        "1.核心診斷",
        "### 1) 一句话总结",
        "![Image 1: 7 个核心观点](https://x.io/2026-02-05/a.png)",
    ],
)
def test_identifiers_and_numeral_words_are_not_quantities(read, text):
    assert read(text) == []


def test_a_bracketed_list_number_is_markup_but_the_text_after_it_counts(read):
    assert read("【3】五年后") == [("五年", 5, None, None, "year", "duration", False)]


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
def test_titles_idioms_and_vague_frequencies_are_not_quantities(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text", ["三四五个人", "1/0", "0/0", "零分之一", "比分是 1/0。"])
def test_a_malformed_numeral_or_zero_denominator_is_no_quantity(read, text):
    assert read(text) == []


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
def test_a_slash_pair_is_a_fraction_only_when_proper_and_fraction_like(read, text, expected):
    assert read(text) == expected
