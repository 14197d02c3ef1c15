"""Amounts as a student types them, read by helpers.classroom.english_amounts and judged by the
number exercise 000.number.p1.s0.q0 (38兆美元 = US$38 trillion, sentence 000:p1.s0); and any text
at all given to one exercise of each kind gets feedback, never an exception."""

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.classroom import number_reading
from helpers.classroom.answers import answer_exercise, answer_history
from helpers.classroom.english_amounts import read_amount
from helpers.classroom.model import EXERCISE_KINDS, Exercise
from helpers.classroom.registry import check, exercises

DEBT = "000.number.p1.s0.q0"


@pytest.mark.parametrize(
    "typed",
    [
        "USD 38 trillion",  # the code before the number
        "usd38 trillion",
        "about US$38 trillion",  # words of approximation are ignored
        "around $38 trillion",
        "approximately 38 trillion dollars",
        "roughly 38 trillion USD",
        "~38 trillion USD",
        "≈ US$38 trillion",
        "$38 trillions",  # a plural scale word
        "38 trillions dollars",
        "38,000 billions USD",
    ],
)
def test_forms_a_student_types_are_accepted(typed: str) -> None:
    assert check(DEBT, typed).correct


@pytest.mark.parametrize(
    ("typed", "message", "usable"),
    [
        # a sign: read, and refused for it, not as no number
        ("-38 trillion dollars", "This amount is negative", True),
        ("US$-38 trillion", "This amount is negative", True),
        ("−$38 trillion", "This amount is negative", True),  # U+2212 MINUS SIGN
        ("about -38 trillion USD", "This amount is negative", True),
        # another currency: the message names the one asked (ASKED_UNITS["USD"])
        ("NT$38 trillion", "Wrong unit: this amount is money in US dollars", True),
        ("38 trillion NT dollars", "Wrong unit: this amount is money in US dollars", True),
        ("€38 trillion", "Wrong unit: this amount is money in US dollars", True),
        ("38 trillion euros", "Wrong unit: this amount is money in US dollars", True),
        ("£38 trillion", "Wrong unit: this amount is money in US dollars", True),
        ("¥38 trillion", "Wrong unit: this amount is money in US dollars", True),
        ("RMB 38 trillion", "Wrong unit: this amount is money in US dollars", True),
        ("CNY 38 trillion", "Wrong unit: this amount is money in US dollars", True),
        ("38 trillion yuan", "Wrong unit: this amount is money in US dollars", True),
        ("38 trillion yen", "Wrong unit: this amount is money in US dollars", True),
        # a Chinese scale word: the exercise is reading it into English
        ("US$38兆", "Write the scale word in English", False),
        ("38兆美元", "Write the scale word in English", False),
        ("38 亿 dollars", "Write the scale word in English", False),
        # absurd numbers: no amount of the texts, told so instead of a crash
        ("1e400 dollars", "far too large", False),
        ("9" * 5000 + " dollars", "far too large", False),
        ("1e31 USD", "far too large", False),  # just over LARGEST = 1e30
        ("1 in 1e400", "far too large", False),
        ("US$38 trillion trillion", "not the unit", True),
    ],
)
def test_amounts_refused_with_their_reason(typed: str, message: str, usable: bool) -> None:
    feedback = check(DEBT, typed)
    assert not feedback.correct
    assert message in feedback.message and feedback.usable is usable
    assert "US$38 trillion" not in feedback.message


@pytest.mark.parametrize(
    ("typed", "value", "unit"),
    [
        ("USD 38 trillion", 38e12, "USD"),
        ("about 2 billions", 2e9, ""),
        ("€5", 5.0, "EUR"),
        ("5 yuan", 5.0, "CNY"),
        ("NT$5", 5.0, "TWD"),
        ("-5 GW", -5e9, "W"),
        ("1e-400 dollars", 0.0, "USD"),  # underflows to 0: a wrong amount, not a problem
    ],
)
def test_values_and_units_read(typed: str, value: float, unit: str) -> None:
    amount = read_amount(typed)
    assert amount is not None
    assert (amount.value, amount.unit) == (value, unit)


def test_a_minus_in_other_text_is_no_sign() -> None:
    assert read_amount("abc-38") is None
    assert read_amount("-") is None


def test_an_absurd_amount_counts_as_an_attempt(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    feedback = answer_exercise(DEBT, "1e400 dollars", path=store)
    assert feedback.message and not feedback.usable
    assert answer_history(path=store)["answer"].tolist() == ["1e400 dollars"]


@pytest.mark.parametrize(
    ("given_value", "right", "power"),
    [
        (math.inf, 38e12, 0),  # not finite: no factor (this overflowed before)
        (math.nan, 1.0, 0),
        (5.0, 0.0, 0),
        (1e300, 1e-300, 600),  # the quotient would overflow; the difference of logs does not
        (38e15, 38e12, 3),
        (39e12, 38e12, 0),  # not a power of ten
    ],
)
def test_the_scale_factor_of_any_pair(given_value: float, right: float, power: int) -> None:
    assert number_reading._factor(given_value, right, 0.01) == power


def _one_of_each_kind() -> list[Exercise]:
    found: dict[str, Exercise] = {}
    for doc in ("000", "001", "002", "003", "004"):
        for item in exercises(doc):
            found.setdefault(item.kind, item)
    return [found[kind] for kind in EXERCISE_KINDS if kind in found]


ONE_OF_EACH_KIND = _one_of_each_kind()
NUMBER_LIKE = st.builds(
    "{}{}{}{}{}{}".format,
    st.sampled_from(("", "about ", "-", "~", "US$", "NT$", "€", "USD ", "$-", "1 in ", "1/")),
    st.one_of(
        st.integers(-(10**400), 10**400).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.from_regex(r"[0-9]{1,600}(,[0-9]{3})*(\.[0-9]+)?(e[+-]?[0-9]{1,4})?", fullmatch=True),
    ),
    st.sampled_from(("", " ", "  ")),
    st.sampled_from(("", "trillion", "trillions", "bn", "T", "兆", "亿", "k", "thousand")),
    st.sampled_from(("", " ", " dollars", " USD", " GW", " %", "×", " tonnes", " yuan")),
    st.sampled_from(("", ".", "!", "?")),
)


def test_every_kind_is_present() -> None:
    assert {item.kind for item in ONE_OF_EACH_KIND} == set(EXERCISE_KINDS)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ONE_OF_EACH_KIND), st.one_of(st.text(), NUMBER_LIKE))
def test_check_never_raises_and_always_gives_feedback(item: Exercise, typed: str) -> None:
    feedback = check(item, typed)
    assert feedback.message
    assert not (feedback.correct and not feedback.usable)


@settings(deadline=None)
@given(NUMBER_LIKE)
def test_any_number_read_is_finite_or_a_problem(typed: str) -> None:
    amount = read_amount(typed)
    assert amount is None or amount.problem or math.isfinite(amount.value)
