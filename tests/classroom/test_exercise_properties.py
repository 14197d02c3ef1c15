"""Properties every real exercise of every document has, whatever generator made it: a
multiple-choice hint fits more than the answer, a comprehension answer is not given away by its
length, a chart choice does not show a number exercise's answer."""

import re

import pytest
from pypinyin import Style, lazy_pinyin

from helpers.classroom.model import Exercise
from helpers.classroom.registry import exercises
from helpers.glossary.entries import glossary_entries

DOCS = ("000", "001", "002", "003", "004")
ALL = [item for doc_id in DOCS for item in exercises(doc_id)]
CHOICE = [item for item in ALL if item.choices]
SHAPE = re.compile(r"(\d+) characters")
INITIAL = re.compile(r"starts with '(\w)'")
CATEGORY = re.compile(r"Category: ([a-z-]+)")


def _fitting(item: Exercise) -> int:
    """How many choices fit what the hint says of the answer's form or category (all of them
    when it says nothing of either)."""
    fits = list(item.choices)
    if length := SHAPE.search(item.hint):
        fits = [choice for choice in fits if len(choice) == int(length[1])]
    if initial := INITIAL.search(item.hint):
        fits = [c for c in fits if lazy_pinyin(c[0], style=Style.NORMAL)[0][:1] == initial[1]]
    if category := CATEGORY.search(item.hint):
        words = {
            text
            for entry in glossary_entries()
            if entry.category == category[1]
            for text in (entry.english, entry.simplified, entry.traditional, entry.taiwan)
        }
        fits = [choice for choice in fits if choice in words]
    return len(fits)


@pytest.mark.parametrize("item", CHOICE, ids=[item.id for item in CHOICE])
def test_a_choice_hint_fits_at_least_two_choices(item: Exercise) -> None:
    assert item.hint and _fitting(item) >= 2, item.hint


def test_the_fitting_count_reads_a_shape_hint() -> None:
    # The hint 000.english-term.public-debt had: of 出生率 / 公債 / 避險基金 / 財報 only 公債
    # (gōng zhài) has 2 characters and a syllable starting with 'g'.
    item = next(item for item in CHOICE if item.id == "000.english-term.public-debt")
    old = Exercise(
        **{
            **item.__dict__,
            "hint": "The word has 2 characters; its first syllable starts with 'g'.",
            "choices": ("出生率", "公債", "避險基金", "財報"),
        }
    )
    assert _fitting(old) == 1


def test_every_document_has_choice_exercises() -> None:
    assert {item.doc for item in CHOICE} == set(DOCS)


def test_a_student_is_not_given_the_hint_before_answering() -> None:
    item = CHOICE[0]
    assert "hint" not in item.as_dict() and "answer" not in item.as_dict()
    assert item.as_dict(teacher=True)["hint"] == item.hint


@pytest.mark.parametrize("doc_id", DOCS)
def test_no_chart_choice_shows_a_number_exercises_answer(doc_id: str) -> None:
    numbers = {item.answer for item in ALL if item.doc == doc_id and item.kind == "number"}
    charts = [item for item in ALL if item.doc == doc_id and item.kind == "chart"]
    assert numbers and charts
    assert not numbers & {choice for item in charts for choice in item.choices}
