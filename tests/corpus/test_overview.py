"""Tests for helpers.overview: the overview, repair and speaker tables agree with the corpus they describe."""

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.documents import documents
from helpers.corpus.overview import (
    corpus_overview,
    repair_counts,
    repair_log,
    speaker_label,
    speaker_turns,
)
from helpers.corpus.repairs import normalized
from helpers.corpus.segments import segmented

DOC_IDS = ["000", "001", "002", "003", "004"]


def test_overview_has_one_row_per_document_in_metadata_order():
    overview = corpus_overview()
    assert overview["id"].tolist() == list(documents()) == DOC_IDS
    assert overview["label_en"].tolist() == [doc.label_en for doc in documents().values()]
    assert overview.loc[
        overview["id"] == "003", ["script", "region", "format"]
    ].values.tolist() == [["Simplified", "mainland", "markdown"]]


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_overview_counts_match_the_normalised_and_segmented_text(doc_id):
    row = corpus_overview().set_index("id").loc[doc_id]
    text, segmentation = normalized(doc_id), segmented(doc_id)
    assert row["characters"] == len(text.text)
    assert row["repairs"] == len(text.repairs)
    assert row["sections"] == len(segmentation.sections)
    assert row["speaker_turns"] == len(segmentation.turns)
    assert row["sentences"] == len(
        [s for s in segmentation.sentences if s.kind in ("text", "quote")]
    )


def test_overview_leaves_headings_labels_and_markup_out_of_the_reading_counts():
    row = corpus_overview().set_index("id").loc["003"]
    everything = segmented("003").sentences
    # 003 has 613 speaker labels, 4 headings and 5 '***' breaks besides its running text.
    assert len(everything) - row["sentences"] == 613 + 4 + 5


def test_repair_counts_break_the_repairs_down_by_rule():
    counts = repair_counts()
    assert counts.index.tolist() == DOC_IDS
    # The README's figures: 94 repairs in 001 (89 of them pinyin glosses), 2 stray spaces in 002.
    assert counts.loc["001", "pinyin_gloss"] == 89 and counts.loc["001", "total"] == 94
    assert counts.loc["002", "stray_space"] == 2 and counts.loc["002", "total"] == 2
    assert counts.loc[["000", "003", "004"], "total"].tolist() == [0, 0, 0]
    assert (counts.drop(columns="total").sum(axis=1) == counts["total"]).all()


def test_repair_log_lists_every_repair_in_order():
    log = repair_log("001")
    assert log.columns.tolist() == ["rule", "raw_start", "start", "before", "after", "reason"]
    assert log.to_dict("records") == [repair.as_dict() for repair in normalized("001").repairs]
    assert log.iloc[0][["rule", "before"]].tolist() == ["pinyin_gloss", "(shù)"]
    assert repair_log("000").empty


def test_speaker_turns_of_003():
    table = speaker_turns("003").set_index("speaker")
    assert table.index.tolist() == ["elon_musk", "peter_diamandis", "dave_blunden", "host", "grok"]
    assert table["turns"].to_dict() == {
        "elon_musk": 299,
        "peter_diamandis": 127,
        "dave_blunden": 1,
        "host": 179,
        "grok": 7,
    }
    assert table.loc["host", "name_zh"] == "主持人"
    # Dave Blunden's only turn, one sentence, copied from the transcript.
    only_turn = "回到刚才 Dave 提到的话题，在接下来的五年里，你们在能源领域打算如何扩大规模？"
    assert table.loc["dave_blunden", ["sentences", "characters"]].tolist() == [1, len(only_turn)]


def test_speaker_turns_count_every_spoken_sentence_once():
    table = speaker_turns("003")
    spoken = [s for s in segmented("003").sentences if s.kind in ("text", "quote")]
    assert table["sentences"].sum() == len(spoken)
    assert table["characters"].sum() == sum(len(s.text.strip()) for s in spoken)


def test_speaker_turns_of_a_document_that_is_not_a_transcript_is_an_error():
    with pytest.raises(CorpusError, match="document 004 is not a transcript"):
        speaker_turns("004")


@pytest.mark.parametrize(
    "name, name_zh, separator, expected",
    [
        ("Elon Musk", "埃隆·马斯克", " ", "Elon Musk 埃隆·马斯克"),
        ("Host (not named: Peter Diamandis or Dave Blunden)", "主持人", " ", "Host 主持人"),
        ("Grok (xAI's AI assistant)", "Grok", " ", "Grok"),
        ("Peter Diamandis", "彼得·戴曼迪斯", "\n", "Peter Diamandis\n彼得·戴曼迪斯"),
    ],
)
def test_speaker_label(name, name_zh, separator, expected):
    assert speaker_label(name, name_zh, separator) == expected
