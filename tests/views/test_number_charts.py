"""Tests for helpers.number_charts: every chart renders its Chinese, cites its sentences and is reproducible."""

from collections.abc import Callable
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import pytest
from matplotlib.figure import Figure

from helpers.views import number_charts
from helpers.views.number_charts import (
    plot_cross_checks,
    plot_document_numbers,
    plot_energy_ladder,
    plot_power_budget,
    plot_predictions,
    plot_revenue,
    plot_selloff,
)

CHARTS = {
    "power_budget": plot_power_budget,
    "selloff": plot_selloff,
    "energy_ladder": plot_energy_ladder,
    "predictions": plot_predictions,
    "revenue": plot_revenue,
    "cross_checks": plot_cross_checks,
    "document_003": lambda: plot_document_numbers("003"),
    "document_002": lambda: plot_document_numbers("002"),
}


def source_line(figure: Figure) -> str:
    """The text drawn under the chart."""
    return next(text.get_text() for text in figure.texts if text.get_text().startswith("Source:"))


@pytest.mark.parametrize("chart", CHARTS.values(), ids=CHARTS.keys())
def test_charts_render_without_missing_glyphs(
    chart: Callable[[], Figure], font_problems: Callable[[Callable[[], Figure]], list[str]]
) -> None:
    assert font_problems(chart) == []


@pytest.mark.parametrize("chart", CHARTS.values(), ids=CHARTS.keys())
def test_charts_are_titled_in_both_languages(chart: Callable[[], Figure]) -> None:
    figure = chart()
    title = figure.get_suptitle()
    assert any(char.isascii() and char.isalpha() for char in title) and any(
        "\u4e00" <= char <= "\u9fff" for char in title
    )
    assert all(axes.get_xlabel() or axes.get_ylabel() or not axes.axison for axes in figure.axes)


def test_sources_name_documents_and_sentence_refs() -> None:
    assert "corpus/texts/004_dwarkesh_collison_digest.txt" in source_line(plot_power_budget())
    assert "004:p67.s1" in source_line(plot_power_budget())
    assert "000:p88.s0" in source_line(plot_selloff())
    assert "003:p113.s2" in source_line(plot_cross_checks()).replace("\n", " ")


def test_energy_ladder_is_log_scaled_and_spans_six_orders() -> None:
    axes = plot_energy_ladder().axes[0]
    values = [line.get_xdata()[0] for line in axes.lines]
    assert axes.get_xscale() == "log"
    assert (min(values), max(values)) == (1e8, 1e14)


def test_selloff_bars_are_the_claimed_dollars() -> None:
    axes = plot_selloff().axes[0]
    assert [bar.get_width() for bar in axes.patches] == [5.8e9, 1e8, 9.2e6, 6e9]
    assert axes.get_xscale() == "log"


def test_cross_check_chart_marks_the_two_flags_in_red() -> None:
    axes = plot_cross_checks().axes[0]
    flagged = [text.get_text() for text in axes.texts]
    assert flagged == ["1.1太瓦 / 1000GW = 1.1", "三倍 / 约 2.4 倍 = 1.25"]


def test_document_overview_counts_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    figure = plot_document_numbers("004")
    assert figure.axes[0].get_title() == "Quantities by kind 各類數量"
    assert "004:p67.s1" in figure.axes[1].texts[0].get_text()
    assert (
        "120 億美元  xAI 債務融資 · 002:p6.s0"
        in plot_document_numbers("002").axes[1].texts[0].get_text()
    )
    monkeypatch.setattr(number_charts, "claims", lambda: SimpleNamespace(claims={}))
    assert "no key figures" in plot_document_numbers("002").axes[1].texts[0].get_text()
