"""Tests for helpers.corpus.overview: the overview, repair and speaker tables, against figures
counted by hand on the raw files."""

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.overview import (
    corpus_overview,
    repair_counts,
    repair_log,
    speaker_turns,
)

DOC_IDS = ["000", "001", "002", "003", "004"]

# Counted on corpus/texts/ with shell tools, not with the code under test:
# - characters: `wc -m` of the raw file (000, 003, 004 have no repairs); 002 less its 2 stray
#   spaces; 001 is 4904 less 457 characters of pinyin glosses (grep -oP of the gloss pattern |
#   wc -m), 7 of '?/span>' and 1 stray space, plus the 2 characters the curated repairs add: 4441.
# - sections: the headings of corpus/structure.toml (000: 6 after an untitled opening; 001: 14, the
#   first on line 1; 002: 12 after an untitled opening); in 003 the bold title, 3 '**[…]**' lines
#   and the 2 of its 5 '***' breaks that no heading follows; in 004 the front matter, 7 '#'
#   headings and 15 setext headings ('--' or '----' under a line).
# - paragraphs of running text: non-blank lines (grep -c '[^[:space:]]') less heading and markup
#   lines (000: 109 - 7; 001: 95 - 18; 002: 139 - 12; 003: 642 - 4 headings - 5 breaks; 004: 268 -
#   6 front matter - 7 ATX - 30 setext - 15 breaks - 14 images).
# - sentences of running text: those paragraphs plus the sentence ends followed by more text on
#   their line, counted with grep -oP '[。！？!?；;…]++[」』”’）)】》]*+(?=.*[^\s"*])' | wc -l:
#   000 18; 001 53 less the 3 '?' that repairs remove; 002 46; 003 1725; 004 206 less the '!' of
#   14 images and 2 '？' inside a wiki link.
# - speaker turns: the label lines of 003 (see test_segments.py).
EXPECTED = {
    "000": {"characters": 4218, "sections": 7, "paragraphs": 102, "sentences": 120},
    "001": {"characters": 4441, "sections": 14, "paragraphs": 77, "sentences": 127},
    "002": {"characters": 5058, "sections": 13, "paragraphs": 127, "sentences": 173},
    "003": {"characters": 50953, "sections": 7, "paragraphs": 633, "sentences": 2358},
    "004": {"characters": 15719, "sections": 23, "paragraphs": 196, "sentences": 386},
}
TURNS_AND_REPAIRS = {"000": (0, 0), "001": (0, 94), "002": (0, 2), "003": (613, 0), "004": (0, 0)}


def test_overview_has_one_row_per_document_in_metadata_order():
    overview = corpus_overview().set_index("id")
    assert overview.index.tolist() == DOC_IDS
    assert overview.loc["003", ["script", "region", "format"]].tolist() == [
        "Simplified",
        "mainland",
        "markdown",
    ]
    assert overview.loc["002", "label_en"] == (
        "Compute, energy and manufacturing: Musk's live link-up at X Takeover 2025"
    )


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_overview_counts_match_hand_counts(doc_id):
    row = corpus_overview().set_index("id").loc[doc_id]
    assert row[list(EXPECTED[doc_id])].to_dict() == EXPECTED[doc_id]
    assert (row["speaker_turns"], row["repairs"]) == TURNS_AND_REPAIRS[doc_id]


def test_repair_counts_break_the_repairs_down_by_rule():
    counts = repair_counts()
    assert counts.index.tolist() == DOC_IDS
    # Counted with grep on the raw 001: 89 pinyin glosses, 1 '?/span>', 1 '?Meta Platform Inc.?' and
    # 1 space between two Chinese characters; corpus/repairs.toml has 2 repairs of 001.
    assert counts.loc["001"].to_dict() == {
        "pinyin_gloss": 89,
        "stray_space": 1,
        "curated": 2,
        "html_remnant": 1,
        "lost_quotation_marks": 1,
        "total": 94,
    }
    assert counts.loc["002", "stray_space"] == 2 and counts.loc["002", "total"] == 2
    assert counts.loc[["000", "003", "004"], "total"].tolist() == [0, 0, 0]


def test_repair_log_lists_every_repair_in_order():
    log = repair_log("001")
    assert log.columns.tolist() == ["rule", "raw_start", "start", "before", "after", "reason"]
    assert len(log) == 94
    # The first two glosses of the raw file are at 56 and 93 (str.find); the second sits 5
    # characters earlier in the normalised text, once the first '(shù)' is gone.
    assert log.iloc[0][["rule", "raw_start", "start", "before", "after"]].tolist() == [
        "pinyin_gloss",
        56,
        56,
        "(shù)",
        "",
    ]
    assert log.iloc[1][["raw_start", "start"]].tolist() == [93, 88]
    assert log["raw_start"].is_monotonic_increasing
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
    # Grok's 7 turns (lines 846-872 of the raw file): 29 mid-line sentence ends + 7 = 36 sentences,
    # and 80 + 119 + 129 + 81 + 141 + 72 + 9 characters after the labels (wc -m of each line).
    assert table.loc["grok", ["sentences", "characters"]].tolist() == [36, 631]


def test_every_running_sentence_of_003_is_spoken():
    # 003's 2358 sentences of running text (see EXPECTED) all lie in a speaker turn.
    assert speaker_turns("003")["sentences"].sum() == 2358


def test_speaker_turns_of_a_document_that_is_not_a_transcript_is_an_error():
    with pytest.raises(CorpusError, match="document 004 is not a transcript"):
        speaker_turns("004")
