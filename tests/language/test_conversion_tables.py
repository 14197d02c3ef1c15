"""Tests for helpers.language.conversion_tables: the lab's tables, against counts made with grep on
the raw files."""

from helpers.language.conversion_tables import (
    chain_table,
    one_to_many_in_corpus,
    override_counts,
    phrase_table,
    regional_vocabulary,
    round_trip_changes,
    round_trip_summary,
)


def test_chain_table_names_each_documents_route():
    table = chain_table()
    assert table.loc["001", "zh-TW"] == "tw2s → s2twp"
    assert table.loc["003", "zh-Hans"] == "none"
    assert table.loc["000", "zh-HK"] == "tw2t → t2hk"


def test_one_to_many_counts_of_ge():
    table = one_to_many_in_corpus()
    # grep -o 個 in the Traditional 000-002 (each 個 becomes 个 in zh-Hans), grep -o 个 in 003
    # and 004.
    assert table.loc["个"].to_dict() == {
        "Traditional": "個 箇",
        "000": 21,
        "001": 22,
        "002": 42,
        "003": 371,
        "004": 81,
        "total": 537,
    }
    assert table.index[0] == "个"  # the most frequent
    assert "们" not in table.index  # one Traditional form only


def test_override_counts_has_the_columns_and_no_rows_today():
    table = override_counts()
    assert table.empty and {"target", "source", "replacement", "total", "reason"} <= set(
        table.columns
    )


def test_phrase_table_sets_entries_beside_stock_opencc():
    table = phrase_table().set_index(["target", "source", "phrase"])
    # corpus/conversion_phrases.tsv: 发布 → 發布 for zh-TW, where OpenCC's Taiwan step gives 釋出.
    row = table.loc[("zh-TW", "Simplified", "发布")]
    assert (row["conversion"], row["opencc"]) == ("發布", "釋出")
    # 发布: 001 once (its normalised text in tw2s form; the raw file glosses it 發(fā)布), 003
    # three times, 004 once (grep -c).
    assert (row["001"], row["003"], row["004"], row["000"], row["total"]) == (1, 3, 1, 0, 5)
    # A glossary pair: 市盈率 / 本益比, zh-Hans from Traditional, in 000 once.
    assert table.loc[("zh-Hans", "Traditional", "本益比"), "000"] == 1


def test_round_trip_changes_tai_of_the_taiwan_documents():
    # tw2t keeps the 1 台 of 000 and the 5 of 002 (grep -o), and s2t brings each back as 臺; the
    # Simplified documents' 台 are 臺 in zh-Hant already.
    changes = round_trip_changes()
    assert changes.iloc[0][["zh-Hant", "round trip", "count", "docs"]].tolist() == [
        "台",
        "臺",
        6,
        "000 002",
    ]


def test_round_trip_summary_counts_every_sentence():
    # The running-text sentences of tests/corpus/test_overview.py plus, one each, the heading lines
    # (000: 7, 001: 18, 002: 12), 003's 613 labels, 4 headings and 5 breaks, and 004's 6 front
    # matter lines, 7 ATX headings, 15 setext headings and their 15 underlines, 15 breaks and 14
    # images.
    summary = round_trip_summary()
    assert summary["sentences"].to_dict() == {
        "000": 127,
        "001": 145,
        "002": 185,
        "003": 2980,
        "004": 458,
    }


def test_regional_vocabulary_counts_chips():
    table = regional_vocabulary()
    # grep -o: 芯片 11 times in 001, 26 in 003, 36 in 004; 晶片 once in 000 and 3 times in 002.
    assert table.iloc[0].tolist() == ["芯片", "晶片", 73, 4]
