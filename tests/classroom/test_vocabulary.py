"""Vocabulary exercises: generated from corpus/glossary.toml for each document, checked as
multiple choice. Expected values were read off corpus/texts/ and corpus/glossary.toml by hand."""

import re
from collections import Counter

import pytest

from helpers.classroom import vocabulary
from helpers.classroom.checking import LETTERS
from helpers.classroom.model import Exercise
from helpers.classroom.registry import check, exercise, exercises
from helpers.glossary.entries import glossary_entries

DOCS = ("000", "001", "002", "003", "004")
KINDS = vocabulary.KINDS


def made(doc_id: str) -> list[Exercise]:
    """The document's vocabulary exercises, from the registry."""
    return [item for item in exercises(doc_id) if item.kind in KINDS]


ALL = [item for doc_id in DOCS for item in made(doc_id)]


@pytest.mark.parametrize("item", ALL, ids=[item.id for item in ALL])
def test_the_answer_is_accepted_as_text_letter_and_number(item: Exercise) -> None:
    index = item.choices.index(item.answer)
    for answer in (item.answer, LETTERS[index], LETTERS[index].lower(), str(index + 1)):
        feedback = check(item, answer)
        assert feedback.correct and feedback.usable, answer
        assert item.source in feedback.message


@pytest.mark.parametrize("item", ALL, ids=[item.id for item in ALL])
def test_every_wrong_choice_is_refused_without_giving_the_answer(item: Exercise) -> None:
    for number, choice in enumerate(item.choices, start=1):
        if choice == item.answer:
            continue
        for answer in (choice, str(number)):
            feedback = check(item, answer)
            assert not feedback.correct and feedback.usable
            assert feedback.hint and choice in feedback.message
            assert item.answer not in feedback.message + feedback.hint


@pytest.mark.parametrize("item", ALL, ids=[item.id for item in ALL])
def test_an_exercise_has_four_distinct_choices_and_names_its_source(item: Exercise) -> None:
    assert len(set(item.choices)) == 4 and item.answer in item.choices
    assert re.fullmatch(rf"{item.doc}\.{item.kind}\.[a-z0-9-]+", item.id)
    assert item.source == f"corpus/glossary.toml#{item.id.rsplit('.', 1)[1]}"
    assert item.source in item.explanation and item.ref in item.explanation
    assert item.ref.startswith(f"{item.doc}:p") and item.lang and item.prompt_zh
    assert item.answer not in item.hint


def test_empty_and_unknown_answers_are_attempts_not_errors() -> None:
    item = exercise("003.taiwan-form.chip")
    for answer in ("", "   ", None, "E", "9", "晶"):
        feedback = check(item, answer)
        assert not feedback.correct and not feedback.usable


@pytest.mark.parametrize(
    ("exercise_id", "ref", "answer"),
    [
        # 003:p13.s3 "现在我在芯片上花了很多时间。"; chip's taiwan form is 晶片.
        ("003.taiwan-form.chip", "003:p13.s3", "晶片"),
        # 004:p3.s0 is the first sentence of 004 with 芯片 (section 2).
        ("004.taiwan-form.chip", "004:p3.s0", "晶片"),
        # 001:p32.s0 "…過了英偉達或任何芯片制造商…"; nvidia's Taiwan form is 輝達.
        ("001.taiwan-form.nvidia", "001:p32.s0", "輝達"),
        # 002:p6.s0 "…採購 NVIDIA 晶片、建設新一代資料中心…": the mainland writes 芯片.
        ("002.mainland-form.chip", "002:p6.s0", "芯片"),
        # 000:p0.s1 "…華爾街卻悄悄拋棄了輝達…": the mainland writes 英伟达.
        ("000.mainland-form.nvidia", "000:p0.s1", "英伟达"),
        # 000:p3.s0 "…跑贏通膨;": the mainland writes 通胀.
        ("000.mainland-form.inflation", "000:p3.s0", "通胀"),
    ],
)
def test_regional_forms_read_by_hand(exercise_id: str, ref: str, answer: str) -> None:
    item = exercise(exercise_id)
    assert (item.ref, item.answer) == (ref, answer)
    assert check(item, answer).correct


def test_taiwan_distractors_are_taiwan_forms_of_technology_words() -> None:
    # chip is a technology entry; glossary.toml's technology entries with a Taiwan word differing.
    technology_taiwan = {
        "晶片", "資料中心", "叢集", "遞迴", "腦機介面", "奈米", "神經網路",
        "核融合", "核分裂", "演算法", "程式碼", "程式設計", "頻寬", "感測器",
    }  # fmt: skip
    item = exercise("003.taiwan-form.chip")
    assert set(item.choices) <= technology_taiwan


def test_term_english_reads_the_glossary_gloss() -> None:
    # 000:p7.s0 "…光是利息就比軍費還高。"; military-spending's english in glossary.toml.
    item = exercise("000.term-english.military-spending")
    assert item.answer == "military spending" and item.ref == "000:p7.s0"
    assert "軍費" in item.prompt and "軍費" in item.prompt_zh and item.lang == "zh-TW"


def test_english_term_leaves_a_gap_where_the_document_writes_the_term() -> None:
    # 002:p3.s0 "但要實現這一點,三件事缺一不可:算力、能源、製造。"
    item = exercise("002.english-term.compute")
    assert item.prompt_zh == "但要實現這一點,三件事缺一不可:＿＿、能源、製造。"
    assert item.answer == "算力" and item.lang == "zh-TW"


def test_english_term_choices_are_in_the_documents_script() -> None:
    # 004 is Simplified: choices are the entries' Simplified forms; 002 is Taiwan Traditional.
    simplified = {entry.simplified for entry in glossary_entries()}
    taiwan = {entry.taiwan or entry.traditional for entry in glossary_entries()}
    for item in made("004"):
        if item.kind == "english-term":
            assert set(item.choices) <= simplified
    for item in made("002"):
        if item.kind == "english-term":
            assert set(item.choices) <= taiwan


def test_a_gapped_sentence_is_quoted_by_no_other_vocabulary_exercise() -> None:
    for doc_id in DOCS:
        gapped = [item for item in made(doc_id) if item.kind == "english-term"]
        quoted = {item.ref for item in made(doc_id) if item.kind != "english-term"}
        assert gapped and not quoted & {item.ref for item in gapped}
        assert all(
            "＿＿" in item.prompt_zh and item.answer not in item.prompt_zh for item in gapped
        )


def test_every_document_gets_every_kind_it_has_material_for() -> None:
    # Read off document_terms: 000 and 002 write only Taiwan forms (輝達, 晶片 …), 001, 003 and 004
    # only mainland ones (芯片, 数据中心 …), as Chinese words.
    expected = {
        "000": {"term-english", "english-term", "mainland-form"},
        "001": {"term-english", "english-term", "taiwan-form"},
        "002": {"term-english", "english-term", "mainland-form"},
        "003": {"term-english", "english-term", "taiwan-form"},
        "004": {"term-english", "english-term", "taiwan-form"},
    }
    assert {doc_id: {item.kind for item in made(doc_id)} for doc_id in DOCS} == expected


def test_limits_keep_a_lesson() -> None:
    for doc_id in DOCS:
        per_kind = Counter(item.kind for item in made(doc_id))
        assert all(per_kind[kind] <= vocabulary.PER_DOCUMENT[kind] for kind in KINDS)
        per_section = Counter((item.section, item.kind) for item in made(doc_id))
        assert max(per_section.values()) <= vocabulary.PER_SECTION
        assert len({item.section for item in made(doc_id)}) >= 3


def test_ids_are_unique_and_generation_is_deterministic() -> None:
    ids = [item.id for item in ALL]
    assert len(ids) == len(set(ids))
    for doc_id in DOCS:
        assert tuple(vocabulary.generate(doc_id)) == tuple(vocabulary.generate(doc_id))


def test_the_answers_place_among_the_choices_varies() -> None:
    places = Counter(item.choices.index(item.answer) for item in ALL)
    assert len(places) >= 3 and max(places.values()) < len(ALL) / 2
