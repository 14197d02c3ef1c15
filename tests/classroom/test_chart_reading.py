"""Chart exercises: read off the key-figure charts of corpus/claims.toml.

Hand-checked values (corpus/claims.toml): in 000's Nvidia sell-off group the headline total
(000_selloff_total, 60億美元 = US$6 billion) is above SoftBank's 58億美元 (too close to offer),
Thiel's 約1億美元 and Burry's 920萬美元; in 003's energy ladder the U.S. peak power output
(1.1太瓦) is above 10 吉瓦, 一吉瓦 and 100 兆瓦.
"""

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure

from helpers.classroom import chart_reading
from helpers.classroom.checking import LETTERS
from helpers.classroom.model import Exercise
from helpers.classroom.registry import check, exercise, exercises
from helpers.core.errors import CorpusError
from helpers.numbers.claims import claims
from helpers.views.claim_style import claim_label

DOCS = ("000", "001", "002", "003", "004")
CHARTS = [ex for doc in DOCS for ex in exercises(doc) if ex.kind == "chart"]


@pytest.mark.parametrize("ex", CHARTS, ids=lambda ex: ex.id)
def test_each_exercise_accepts_its_answer_and_refuses_the_others(ex: Exercise) -> None:
    assert ex.answer in ex.choices and len(set(ex.choices)) == len(ex.choices)
    assert check(ex, ex.answer).correct
    assert check(ex, LETTERS[ex.choices.index(ex.answer)]).correct
    for choice in ex.choices:
        if choice != ex.answer:
            feedback = check(ex, choice)
            assert not feedback.correct and ex.answer not in feedback.message
    assert ex.source.startswith("corpus/claims.toml#") and ex.ref in ex.explanation


def test_every_document_with_key_figures_gets_one_or_two() -> None:
    for doc in DOCS:
        made = [ex for ex in CHARTS if ex.doc == doc]
        assert 1 <= len(made) <= 2, doc


def test_largest_of_the_sell_off() -> None:
    ex = exercise("000.chart.nvidia_selloff")
    assert ex.answer == "the sell-off in the heading 標題中的拋售總額"
    assert ex.value == 6e9 and "(plot_selloff)" in ex.prompt
    assert ex.source == "corpus/claims.toml#nvidia_selloff"
    # SoftBank's 58億美元 is too close to the 60億美元 sell-off to be told apart on the chart;
    # left are Burry's 920萬美元 and Thiel Macro's 約1億美元 (claims.toml, 000:p101-p102).
    assert not any(choice.startswith("SoftBank") for choice in ex.choices)
    assert len(ex.choices) == 3


def test_largest_on_the_energy_ladder_of_003() -> None:
    # 003_us_peak (claims.toml) is the group's largest figure in 003: 1.1太瓦.
    ex = exercise("003.chart.energy_ladder")
    assert ex.answer.startswith("U.S. peak power output") and ex.value == 1.1e12


def test_about_how_much_offers_the_value_and_scale_slips() -> None:
    # 000_softbank (58億美元) is the answer of 000.number.p88.s0.q0, so the next claim is asked:
    # Thiel Macro's stake, 約1億美元 (000:p101.s0).
    ex = exercise("000.chart.nvidia_selloff.000_thiel_value")
    assert ex.answer == "US$100 million"
    assert set(ex.choices) == {
        "US$100 million",
        "US$1 billion",
        "US$100 billion",
        "US$100,000",
    }


@pytest.mark.parametrize("ex", [ex for ex in CHARTS if ex.id.count(".") == 2], ids=str)
def test_the_largest_is_well_ahead_of_the_next(ex: Exercise) -> None:
    by_label = {
        claim_label(c, " "): c for c in claims().claims.values() if c.quantity.doc == ex.doc
    }
    if ex.unit == "year":
        years = sorted(by_label[choice].year for choice in ex.choices)
        assert years[-1] > years[-2]
    else:
        values = sorted(by_label[choice].value for choice in ex.choices)
        assert values[-1] >= 1.5 * values[-2], ex.choices


def test_a_group_without_a_chart_of_its_own_is_read_off_the_document_chart() -> None:
    ex = exercise("002.chart.x_takeover")
    assert "'Numbers in document 002' (plot_document_numbers)" in ex.prompt
    assert ex.answer == "AI outcome: prosperity AI 未來：繁榮"  # 80% against 20%, 26%, 67%


def test_choices_are_in_a_fixed_order() -> None:
    for ex in CHARTS:
        again = next(e for e in chart_reading.generate(ex.doc) if e.id == ex.id)
        assert again.choices == ex.choices


@pytest.mark.parametrize(
    ("exercise_id", "title"),
    [
        ("000.chart.nvidia_selloff", "Wall Street leaves Nvidia"),
        ("002.chart.x_takeover", "Numbers in document 002"),
        ("004.chart.power_budget", "xAI data-centre power budget"),
    ],
)
def test_chart_for_draws_the_chart_named(exercise_id: str, title: str) -> None:
    figure = chart_reading.chart_for(exercise(exercise_id))
    again = chart_reading.chart_for(exercise(exercise_id))
    try:
        assert isinstance(figure, Figure)
        texts = [text.get_text() for text in figure.texts]
        assert any(title in text for text in texts)
        assert texts == [text.get_text() for text in again.texts]
    finally:
        plt.close(figure)
        plt.close(again)


def test_chart_for_refuses_other_exercises() -> None:
    other = next(ex for ex in exercises("000") if ex.kind != "chart")
    with pytest.raises(CorpusError, match="not read off a chart"):
        chart_reading.chart_for(other)
