"""Tests for helpers.conversion_tables: the lab's tables agree with the conversion they describe."""

from helpers.language.conversion_tables import (
    chain_table,
    one_to_many_in_corpus,
    override_counts,
    regional_vocabulary,
    round_trip_changes,
    round_trip_summary,
)
from helpers.language.opencc_tables import one_to_many
from helpers.language.overrides import overrides


def test_chain_table_names_each_documents_route():
    table = chain_table()
    assert table.loc["001", "zh-TW"] == "tw2s → s2twp"
    assert table.loc["003", "zh-Hans"] == "none"
    assert table.loc["000", "zh-HK"] == "tw2t → t2hk"


def test_one_to_many_counts_only_one_to_many_characters():
    table = one_to_many_in_corpus()
    assert set(table.index) <= one_to_many()
    assert table.loc["后", "total"] == table.loc["后", ["000", "001", "002", "003", "004"]].sum()
    assert table["total"].is_monotonic_decreasing


def test_every_override_is_listed_and_fires():
    table = override_counts()
    assert len(table) == len(overrides())
    assert (table["total"] > 0).all()
    assert table.loc[22, "001"] == 4 and table.loc[22, "004"] == 6  # 萬億美元 → 兆美元


def test_round_trip_changes_match_the_flagged_sentences():
    summary, changes = round_trip_summary(), round_trip_changes()
    assert set(" ".join(changes["docs"]).split()) == set(summary.index[summary["changed"] > 0])
    assert changes["count"].sum() >= summary["changed"].sum()
    assert changes.iloc[0][["zh-Hant", "round trip"]].tolist() == ["台", "臺"]


def test_regional_vocabulary_pairs_differ_in_wording():
    table = regional_vocabulary()
    assert table.iloc[0][["mainland", "Taiwan"]].tolist() == ["芯片", "晶片"]
    assert not (table["mainland"] == table["Taiwan"]).any()
