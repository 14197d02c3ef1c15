"""Number exercises: generated from the quantities of the five documents, typed English read back.

Hand-checked values: 38兆美元 is in 000 (sentence 000:p1.s0; 兆 = 10^12 in Taiwan usage, the
document's metadata note says so); 二十亿分之一 is in 003 (003:p56.s4), one in 2 × 10^9 = 5e-10.
"""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.classroom import number_reading
from helpers.classroom.model import Exercise
from helpers.classroom.registry import check, exercise, exercises
from helpers.numbers.extract import find_quantities
from helpers.views.number_format import value_text

DOCS = ("000", "001", "002", "003", "004")
NUMBER_EXERCISES = [ex for doc in DOCS for ex in exercises(doc) if ex.kind == "number"]


def _wrong(ex: Exercise) -> str:
    """The right amount a thousand times too large, written the same way."""
    return number_reading.answer_text(ex.unit, float(ex.value or 0) * 1000)


@pytest.mark.parametrize("ex", NUMBER_EXERCISES, ids=lambda ex: ex.id)
def test_each_exercise_accepts_its_answer_and_refuses_a_wrong_one(ex: Exercise) -> None:
    assert check(ex, ex.answer).correct
    wrong = check(ex, _wrong(ex))
    assert not wrong.correct and wrong.usable
    assert ex.answer not in wrong.message and wrong.hint


def test_every_document_has_number_exercises_two_per_section_at_most() -> None:
    for doc in DOCS:
        made = [ex for ex in exercises(doc) if ex.kind == "number"]
        assert 1 <= len(made) <= number_reading.PER_DOCUMENT, doc
        sections = [ex.section for ex in made]
        assert all(sections.count(s) <= 2 for s in sections), doc
        assert len({ex.prompt.split(" (")[0] for ex in made}) == len(made), "a surface twice"


def test_the_issue_examples_are_exercises() -> None:
    debt = exercise("000.number.p1.s0.q0")
    assert debt.prompt.startswith("How much is 38兆美元")
    assert (debt.answer, debt.unit, debt.value) == ("US$38 trillion", "USD", 38e12)
    share = exercise("003.number.p56.s4.q0")
    assert share.prompt.startswith("How much is 二十亿分之一")
    assert (share.answer, share.unit, share.value) == ("1 in 2 billion", "ratio", 5e-10)


@pytest.mark.parametrize(
    "typed",
    [
        "US$38 trillion",
        "38 trillion dollars",
        "$38T",
        "38,000,000,000,000 USD",
        "３８ trillion USD",  # full-width digits, NFKC'd by tidy
        "3.8e13 usd",
        "us$ 38 tn",
        "38 trillion US dollars",
    ],
)
def test_typed_forms_of_38_trillion_dollars_are_accepted(typed: str) -> None:
    assert check("000.number.p1.s0.q0", typed).correct


@pytest.mark.parametrize(
    ("typed", "message", "usable"),
    [
        ("38 billion dollars", "off by a factor of 1,000", True),
        ("380 trillion dollars", "off by a factor of 10", True),
        # the unit is required where the amount has one: a bare 38 trillion could be anything
        ("38 trillion", "The unit is missing", True),
        ("38 trillion watts", "Wrong unit", True),
        ("38 trillion yen", "Wrong unit", True),
        ("US$37 trillion", "Not that amount", True),
        ("thirty-eight", "No number read", False),
        ("a lot of money", "No number read", False),
        ("   ", "No answer given", False),
    ],
)
def test_wrong_amounts_get_their_own_feedback(typed: str, message: str, usable: bool) -> None:
    feedback = check("000.number.p1.s0.q0", typed)
    assert not feedback.correct
    assert message in feedback.message and feedback.usable is usable
    assert "US$38 trillion" not in feedback.message


@pytest.mark.parametrize(
    "typed", ["one in two billion", "1 in 2 billion", "1/2,000,000,000", "5e-10", "0.00000005%"]
)
def test_one_in_two_billion_is_read_in_each_form(typed: str) -> None:
    assert check("003.number.p56.s4.q0", typed).correct


def test_a_ratio_at_the_wrong_scale_is_told_so() -> None:
    feedback = check("003.number.p56.s4.q0", "one in two million")
    assert "off by a factor of 1,000" in feedback.message


@pytest.mark.parametrize(
    ("sentence", "answer", "typed"),
    [
        ("他们花了五千亿美元。", "US$500 billion", "500bn USD"),  # 5 × 10^3 × 10^8
        ("建一座100兆瓦的电厂。", "100 MW", "0.1 GW"),  # mainland 兆瓦 is a megawatt
        ("产量达到100万吨。", "1 million tonnes", "1,000,000 t"),
        ("1.5 吉瓦", "1.5 GW", "1500 megawatts"),
    ],
)
def test_amounts_beyond_the_corpus(sentence: str, answer: str, typed: str) -> None:
    (quantity,) = find_quantities(sentence)
    assert number_reading.askable(quantity)
    assert number_reading.answer_text(quantity.unit, float(quantity.value or 0)) == answer
    ex = replace(exercise("000.number.p1.s0.q0"), unit=quantity.unit, value=quantity.value)
    assert number_reading.check(ex, typed).correct


def test_approximate_and_vague_amounts_are_not_asked() -> None:
    (approximate,) = find_quantities("大约3千多亿美元。")
    assert approximate.approx and not number_reading.askable(approximate)
    (small,) = find_quantities("三件事")  # a count below SMALLEST_COUNT
    assert not number_reading.askable(small)


UNITS = ("USD", "W", "Wh", "percent", "times", "t", "count")


@given(
    st.sampled_from(UNITS),
    st.integers(1, 999_999),
    st.sampled_from((1e-3, 1.0, 1e3, 1e6, 1e9, 1e12)),
)
def test_any_formatted_amount_is_read_back(unit: str, digits: int, scale: float) -> None:
    value = digits * scale
    ex = replace(exercise("000.number.p1.s0.q0"), unit=unit, value=value)
    assert number_reading.check(ex, value_text(unit, value)).correct


@given(st.integers(2, 10**12))
def test_any_unit_fraction_is_read_back(whole: int) -> None:
    ex = replace(exercise("003.number.p56.s4.q0"), value=1 / whole)
    assert number_reading.check(ex, number_reading.answer_text("ratio", 1 / whole)).correct


# Scale characters as each document writes them: 000 and 001 are Traditional (萬, 億), 003 and 004
# Simplified (万, 亿); 兆瓦 is a megawatt, its 兆 no scale.
SCALE_CHARACTERS = {
    "000": "萬億兆",
    "001": "萬億兆",
    "002": "萬億兆",
    "003": "万亿兆",
    "004": "万亿兆",
}


@pytest.mark.parametrize("ex", NUMBER_EXERCISES, ids=lambda ex: ex.id)
def test_the_scale_hint_comes_with_a_scale_and_in_the_documents_script(ex: Exercise) -> None:
    surface = ex.prompt.removeprefix("How much is ").split(" (sentence")[0]
    written = {char for char in surface.replace("兆瓦", "") if char in "万萬亿億兆"}
    hinted = {char for char in ex.hint if char in "万萬亿億兆"}
    assert hinted == written
    assert hinted <= set(SCALE_CHARACTERS[ex.doc])
    assert ("a billion 10^9" in ex.hint) == bool(written or set(surface) & set("十百千"))


@pytest.mark.parametrize("ex", NUMBER_EXERCISES, ids=lambda ex: ex.id)
def test_the_prompts_example_is_in_the_answers_unit(ex: Exercise) -> None:
    example = ex.prompt.split("e.g. '")[1].split("'")[0]
    assert example != ex.answer
    said = check(ex, example).message  # read in the exercise's unit: only the amount is off
    assert said.startswith(("Not that amount", "Right digits")), (example, said)


def test_the_ratio_and_megawatt_examples_by_hand() -> None:
    # 004:p56.s0 200 兆瓦: a megawatt; no scale hint, a power example.
    power = exercise("004.number.p56.s0.q2")
    assert "'100 MW' or '2 GW'" in power.prompt and "10^12" not in power.hint + power.explanation
    # 000:p102.s0 920萬美元 (Traditional): 萬, not 万.
    assert exercise("000.number.p102.s0.q2").hint.startswith("萬 = 10^4;")


@pytest.mark.parametrize("surface", ["4倍", "兩倍", "25%", "1GW", "300MW", "5000 台", "1/10"])
def test_trivial_amounts_are_not_asked(surface: str) -> None:
    # a bare multiple, percentage, Latin unit or unscaled count: nothing to read into English
    found = [q for q in find_quantities(f"它是{surface}。") if q.surface == surface]
    assert found and not number_reading.askable(found[0])


@pytest.mark.parametrize("surface", ["一太瓦", "58億美元", "四分之一", "200 兆瓦", "10 萬台"])
def test_amounts_with_a_scale_or_a_unit_word_are_asked(surface: str) -> None:
    found = [q for q in find_quantities(f"它是{surface}。") if q.surface == surface]
    assert found and number_reading.askable(found[0])


def test_no_document_asks_a_trivial_multiple() -> None:
    # 000:p84.s0 has 4倍 (→ 4×): no longer an exercise.
    assert "000.number.p84.s0.q0" not in {ex.id for ex in NUMBER_EXERCISES}
    assert all(ex.unit != "times" or _has_scale(ex) for ex in NUMBER_EXERCISES)


def _has_scale(ex: Exercise) -> bool:
    """Whether the amount asked holds a Chinese scale character."""
    return any(char in ex.prompt.split(" (sentence")[0] for char in "十百千万萬亿億兆")
