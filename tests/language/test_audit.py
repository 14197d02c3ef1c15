"""Tests for helpers.language.audit: differences widened to whole words, and the 001 audit."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.language.audit import AUDIT_COLUMNS, audit_001, word_bounds, word_changes


def pairs(original: str, changed: str) -> list[tuple[str, str]]:
    """word_changes as the words on each side."""
    return [
        (original[start:end], changed[new_start:new_end])
        for start, end, new_start, new_end in word_changes(original, changed)
    ]


@pytest.mark.parametrize(
    "original, changed, expected",
    [
        # A character diff keeps the shared 達 and 片: 英偉 → 輝, 芯 → 晶. jieba (without HMM)
        # splits 英伟达 into 英/伟达, so the end after 偉 is inside a word and 達 is taken in.
        ("我們用英偉達的芯片", "我們用輝達的晶片", [("英偉達", "輝達"), ("芯片", "晶片")]),
        # A deletion (互聯) and an insertion (際網路) around the shared 網 make one word pair.
        ("美國互聯網科技巨頭", "美國網際網路科技巨頭", [("互聯網", "網際網路")]),
        # One run of changed characters (于制 → 於製) across two words is cut between them.
        ("關于制造", "關於製造", [("關于", "關於"), ("制造", "製造")]),
        # The same length, one character changed in a two-character word.
        ("深入了解相關瓶頸", "深入瞭解相關瓶頸", [("了解", "瞭解")]),
        ("一樣的句子", "一樣的句子", []),
        ("", "新", [("", "新")]),
    ],
)
def test_differences_are_widened_to_whole_words(original, changed, expected):
    assert pairs(original, changed) == expected


def test_word_bounds_are_offsets_in_the_text_as_written():
    # tw2s gives 数据中心建在中国, which jieba cuts 数据中心/建/在/中国 (checked with jieba).
    assert word_bounds("數據中心建在中國") == {0, 4, 5, 6, 8}


def test_the_001_audit_pairs_whole_words():
    audit = audit_001()
    assert tuple(audit.columns) == AUDIT_COLUMNS
    # A character diff gives 120 differences. Two pairs of them are one word each now
    # (互聯→(blank) and (blank)→際網路 are 互聯網 → 網際網路, 內→(blank) and (blank)→心 are
    # 內核 → 核心), and two runs across words are cut (文件發 → 檔案傳 is 文件 → 檔案 and
    # 發送到 → 傳送到, 并于 → 並於 is 并 → 並 and 于 → 於): 120 - 2 + 2 rows.
    assert len(audit) == 120
    found = set(zip(audit["original"], audit["corrected"], strict=True))
    assert {("英偉達", "輝達"), ("互聯網", "網際網路"), ("內核", "核心"), ("芯片", "晶片")} <= found
    assert {("文件", "檔案"), ("發送到", "傳送到"), ("并", "並"), ("于", "於")} <= found
    assert not {("英偉", "輝"), ("", "心"), ("互聯", ""), ("文件發", "檔案傳")} & found
    nvidia = audit[audit["original"] == "英偉達"]
    # 001:p32.s0 …並且過了英偉達或任何芯片製造商… and 001:p69.s0 英偉達的產出是將文件…
    assert nvidia["ref"].tolist() == ["001:p32.s0", "001:p69.s0"]
    assert nvidia.iloc[1]["context"] == "英偉達的產出是將文"


@pytest.mark.parametrize(
    "wrong, right",
    [("關于", "關於"), ("為什么", "為什麼"), ("制造", "製造"), ("并且", "並且"), ("哪里", "哪裡")],
)
def test_the_001_audit_catches_the_converter_mistakes(wrong, right):
    audit = audit_001()
    hits = audit[(audit["original"] == wrong) & (audit["corrected"] == right)]
    assert len(hits) and hits["ref"].str.startswith("001:").all()
    assert all(wrong in context for context in hits["context"])


@settings(max_examples=60, deadline=None)
@given(
    st.text("中國制造芯片英偉達輝晶的于於。", max_size=12),
    st.text("中國製造晶片輝達的於于。", max_size=12),
)
def test_the_changes_rebuild_the_changed_text_from_whole_words(original, changed):
    found = word_changes(original, changed)
    first, second = word_bounds(original), word_bounds(changed)
    rebuilt, at = [], 0
    for start, end, new_start, new_end in found:
        assert at <= start and {start, end} <= first and {new_start, new_end} <= second
        rebuilt += [original[at:start], changed[new_start:new_end]]
        at = end
    assert "".join([*rebuilt, original[at:]]) == changed
