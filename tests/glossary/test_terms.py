"""helpers.glossary.terms: where glossary forms occur, longest form first, and each document's
vocabulary."""

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.corpus.documents import documents
from helpers.glossary.entries import glossary_entries
from helpers.glossary.terms import document_terms, term_spans, vocabulary

# Counted by hand with grep -o on corpus/texts/ (the Latin forms with
# grep -oiP '(?<![A-Za-z0-9])ai(?![A-Za-z0-9])', whole words in any case):
# 003 has 人工智能 12 times, 2 of them inside 通用人工智能 (agi), and AI 103 times: 10 + 103 = 113.
# 003 has 机器人 41 times, 8 inside 人形机器人 (humanoid-robot): 33. 001 has 機器人 9, 5 inside
# 人形機器人: 4. 003 has 晶圆 14 times, 12 inside 晶圆厂 (chip-fab, with fab once: 13): 2.
# 004 has 晶圆 once, inside 晶圆厂, so no wafer.
HAND_COUNTED = {
    ("003", "artificial-intelligence"): 113,
    ("003", "agi"): 2,
    ("003", "robot"): 33,
    ("003", "humanoid-robot"): 8,
    ("001", "robot"): 4,
    ("001", "humanoid-robot"): 5,
    ("003", "wafer"): 2,
    ("003", "chip-fab"): 13,
    ("004", "wafer"): 0,
}
# The first six rows of 002's vocabulary, found by reading 002_x_takeover_2025.txt (one paragraph
# a line, p0 the first): Musk in line 1 ("Elon Musk"), AI in line 3, 算力 and 能源 in line 4,
# 債務 and 融資 in line 7. Counts by grep -o: 馬斯克 29 + Musk 1; AI 46; 算力 9; 能源 13, one inside
# 新能源 (new-energy); 債務 1; 融資 2.
FIRST_IN_002 = [
    ("musk", "002:p0.s0", 30),
    ("artificial-intelligence", "002:p2.s0", 46),
    ("compute", "002:p3.s0", 9),
    ("energy", "002:p3.s0", 12),
    ("debt", "002:p6.s0", 1),
    ("financing", "002:p6.s0", 2),
]


def test_each_place_counts_once_for_its_longest_form():
    counts = {
        (doc_id, item.id): count for doc_id in documents() for item, _, count in vocabulary(doc_id)
    }
    assert {key: counts.get(key, 0) for key in HAND_COUNTED} == HAND_COUNTED


def test_vocabulary_is_in_order_of_first_appearance():
    rows = [(item.id, ref, count) for item, ref, count in vocabulary("002")]
    assert rows[:6] == FIRST_IN_002


def test_only_launcher_and_option_never_occur_on_their_own():
    # 发射器 occurs 5 times in 004, each inside 质量发射器 (mass-driver); 發射器 never.
    # 期權 occurs once, in 000, inside 看跌期權 (put-option); 期权 and 選擇權 never.
    found = {item.id for doc_id in documents() for item, _, _ in vocabulary(doc_id)}
    assert sorted(item.id for item in glossary_entries() if item.id not in found) == [
        "launcher",
        "option",
    ]


def test_longest_form_wins_and_latin_forms_match_whole_words():
    text = "通用人工智能和人工智能。OpenAI said ai, not AIs."
    spans = [(start, end, item.id) for start, end, item in term_spans(text)]
    # 通用人工智能 is 0–6 (agi), 人工智能 7–11; "OpenAI" and "AIs" hold no whole word AI;
    # "ai" at 24 is one.
    assert spans == [
        (0, 6, "agi"),
        (7, 11, "artificial-intelligence"),
        (24, 26, "artificial-intelligence"),
    ]


def test_document_terms_give_offsets_into_the_sentence_text():
    for sentence, start, end, item in document_terms("002"):
        assert sentence.text[start:end].lower() in {form.lower() for form in item.forms}


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from([form for item in glossary_entries() for form in item.forms])))
def test_forms_between_full_stops_are_each_found_whole(forms):
    # No form holds 。, so each one is the longest form at its place.
    text = "。".join(forms)
    spans = term_spans(text)
    assert [text[start:end] for start, end, _ in spans] == forms
    assert all(text[start:end] in item.forms for start, end, item in spans)
