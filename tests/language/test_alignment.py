"""Tests for helpers.language.alignment: the aligned sentence table, changed spans, round-trip loss,
and ambiguity."""

import pytest

from helpers.core.errors import CorpusError
from helpers.core.types import TARGETS
from helpers.corpus.repairs import normalized
from helpers.language.alignment import (
    aligned_table,
    ambiguous_chars,
    changed_spans,
    document_table,
    round_trip,
    round_trip_loss,
)
from helpers.language.opencc_tables import one_to_many, opencc_dictionary, st_characters


@pytest.fixture(scope="module")
def table():
    return aligned_table().set_index("ref", drop=False)


def test_one_row_per_sentence_in_order(table):
    # 127 + 145 + 185 + 2980 + 458 sentences of every kind, as counted for round_trip_summary in
    # test_conversion_tables.py.
    assert len(table) == 3895 and table["ref"].is_unique
    assert list(table["ref"][:3]) == ["000:p0.s0", "000:p0.s1", "000:p1.s0"]
    assert table["doc"].tolist() == sorted(table["doc"])
    assert "".join(table.loc[table["doc"] == "002", "original"]) == normalized("002").text
    assert list(table.columns[:9]) == ["doc", "ref", "speaker", "kind", "original", *TARGETS]


def test_001_sentence_with_zhi_zhan_by_hand(table):
    row = table.loc["001:p20.s2"]
    assert row["original"] == "這只占美國國土面積的1%。"
    assert row["zh-Hans"] == "这只占美国国土面积的1%。"
    assert row["zh-TW"] == row["zh-Hant"] == "這只佔美國國土面積的1%。"
    assert row["zh-TW changed"] == [(2, 3)]
    # s2t makes 这只 into 這隻, so the Traditional form does not survive the round trip.
    assert row["round_trip_loss"] and row["ambiguous_chars"] == "只占面"


def test_004_chip_factory_sentence_by_hand(table):
    row = table.loc["004:p3.s0"]
    assert row["zh-Hans"] == row["original"] and row["zh-Hans changed"] == []
    assert (
        "自建晶片工廠（TeraFab）" in row["zh-TW"]
        and "自建芯片工廠" in row["zh-Hant"]
        and "自建芯片工廠" in row["zh-HK"]
    )
    assert not row["round_trip_loss"]


def test_000_taiwan_sentence_in_zh_hans_by_hand(table):
    row = table.loc["000:p84.s0"]
    assert row["zh-Hans"].startswith("虽然Nvidia长久以来称霸AI训练市场,但GoogleTPU以4倍性价比优势")
    # 性價比 (characters 34-36 of the original) becomes Taiwan's 價效比: both changed places marked.
    assert row["original"][34:37] == "性價比" and row["zh-TW"][34:37] == "價效比"
    assert row["zh-TW changed"] == [(34, 36)]


def test_changed_spans_on_small_examples():
    assert changed_spans("软件和数据中心", "軟體和資料中心") == [(0, 2), (3, 5)]
    assert changed_spans("优化了", "最佳化了") == [(0, 2)]
    assert changed_spans("AI", "AI") == []
    # A same-length word replaced by another is marked whole, not as a shifted match of 作.
    assert changed_spans("作業系統", "操作系統") == [(0, 2)]
    assert changed_spans("性價比高", "價效比高") == [(0, 2)]


def test_round_trip_loss():
    assert round_trip_loss("一隻貓") is False
    assert round_trip_loss("唯一出路") is True


def test_ambiguous_characters_come_from_opencc_dictionary():
    assert set("后发干里台制面系只云征范准") <= one_to_many()
    assert st_characters()["发"] == ("發", "髮") and "们" not in one_to_many()
    assert ambiguous_chars("头发干了，后来") == "发干了后"


def test_an_unknown_document_is_a_corpus_error():
    with pytest.raises(CorpusError, match="unknown document '009'"):
        document_table("009")


def test_opencc_dictionaries_and_round_trip():
    assert opencc_dictionary("TWPhrases.txt")["軟件"] == ("軟體",) and st_characters()["发"] == (
        "發",
        "髮",
    )
    assert round_trip("一隻貓") == "一隻貓" and round_trip("唯一出路") == "唯一齣路"
