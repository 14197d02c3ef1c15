"""Tests for helpers.views.number_charts and document_numbers: every chart renders its Chinese,
draws the key figures of corpus/claims.toml as the text gives them, and cites its sentences."""

import dataclasses
from collections.abc import Callable
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import pytest
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from helpers.core.errors import CorpusError
from helpers.numbers.claims import claims
from helpers.views import document_numbers, number_charts
from helpers.views.chart_style import (
    AGREE_COLOR,
    BAR_COLOR,
    FLAG_COLOR,
    SECOND_COLOR,
    hbars,
    key_bar,
    legend_above,
)
from helpers.views.charts import plot_corpus_size, plot_speaker_turns
from helpers.views.document_numbers import kind_bars, kind_figure
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
EVERY_CHART = {**CHARTS, "corpus_size": plot_corpus_size, "speaker_turns": plot_speaker_turns}


def source_line(figure: Figure) -> str:
    """The text drawn under the chart, its lines joined."""
    text = next(text.get_text() for text in figure.texts if text.get_text().startswith("Source:"))
    return text.replace("\n", " ")


def texts(axes: Axes) -> list[str]:
    """The texts drawn in a panel (bar labels, annotations), in drawing order."""
    return [text.get_text() for text in axes.texts]


def legend_texts(axes: Axes) -> list[str]:
    """The entries of a panel's legend."""
    return [text.get_text() for text in axes.get_legend().get_texts()]


def ticks(labels: list) -> list[str]:
    """Tick label texts."""
    return [label.get_text() for label in labels]


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


def test_power_budget_draws_the_clusters_and_overheads_of_004() -> None:
    power, shares = plot_power_budget().axes
    # 004:p67: 300MW for 110,000 GB300 (2.7 kW each), 1GW for 330,000 (3.0 kW each).
    assert [bar.get_width() for bar in power.patches] == [300, 1000]
    assert texts(power) == ["300MW · 2.7 kW per chip", "1GW · 3.0 kW per chip"]
    assert ticks(power.get_yticklabels()) == ["110,000 块 GB300", "330,000 块 GB300"]
    # Cooling 40% (one value: both bars 40); maintenance 20%-25% (high end 25, low end 20).
    assert [bar.get_width() for bar in shares.patches] == [40, 40, 25, 20]
    assert texts(shares) == ["40%", "20%-25%"]


def test_selloff_bars_are_the_claimed_dollars() -> None:
    axes = plot_selloff().axes[0]
    # 000: SoftBank 58億美元, Thiel 約1億美元, Burry 920萬美元, the heading's 60億美元.
    assert [bar.get_width() for bar in axes.patches] == [5.8e9, 1e8, 9.2e6, 6e9]
    assert texts(axes) == [
        "58億美元 · US$5.8 billion",
        "約1億美元 · US$100 million",
        "920萬美元 · US$9.2 million",
        "60億美元 · US$6 billion",
    ]
    # The heading's total is set apart in the second colour, and the legend says so.
    assert [bar.get_facecolor() for bar in axes.patches] == [to_rgba(BAR_COLOR)] * 3 + [
        to_rgba(SECOND_COLOR)
    ]
    assert legend_texts(axes) == ["one seller 個別賣方", "the total the heading gives 標題所稱總額"]
    assert ticks(axes.get_yticklabels())[1].endswith("\n(537,742股)")
    assert axes.get_xscale() == "log"


def test_energy_ladder_climbs_from_100_megawatts_to_100_terawatts() -> None:
    axes = plot_energy_ladder().axes[0]
    points = [(line.get_xdata()[0], line.get_marker()) for line in axes.lines]
    # Bottom to top; squares are the rates per year (100GW/年, 每年 100 吉瓦, 每年 1 太瓦 …).
    assert points == [
        (1e8, "o"),
        (1e9, "o"),
        (1e10, "o"),
        (1e11, "s"),
        (1e11, "s"),
        (5e11, "o"),
        (1e12, "o"),
        (1e12, "s"),
        (1.1e12, "o"),
        (1.5e12, "s"),
        (4e12, "o"),
        (1e14, "s"),
    ]
    assert texts(axes)[:3] == ["100 兆瓦 (003)", "一吉瓦 (003)", "10 吉瓦 (003)"]
    formatter = axes.xaxis.get_major_formatter()
    assert [formatter(tick, 0) for tick in axes.get_xticks()] == [
        "100 MW",
        "1 GW",
        "10 GW",
        "100 GW",
        "1 TW",
        "10 TW",
        "100 TW",
    ]
    assert axes.get_xscale() == "log"


def test_predictions_fall_in_the_years_the_texts_give() -> None:
    axes = plot_predictions().axes[0]
    dots = [
        (line.get_xdata()[0], line.get_markerfacecolor() == "white")
        for line in axes.lines
        if line.get_marker() == "o"
    ]
    # Hollow: durations counted from the interview: 3年, 三年 from 2025; 36個月, 五年 from 2026.
    assert dots == [
        (2026, False),
        (2026, False),
        (2027, False),
        (2028, True),
        (2028, False),
        (2028, True),
        (2029, True),
        (2029, False),
        (2030, False),
        (2031, True),
    ]
    labels = ticks(axes.get_yticklabels())
    assert labels[0] == "AGI 通用人工智能" and labels[-1].startswith("AI compute launched each")
    durations = [line.get_xdata().tolist() for line in axes.lines if line.get_marker() == "None"]
    assert durations == [[2025, 2028], [2025, 2028], [2026, 2029], [2026, 2031]]


def test_revenue_bars_are_billions_of_dollars_per_write_up() -> None:
    axes = plot_revenue().axes[0]
    # 001 then 004: xAI 10億, OpenAI 200億, Anthropic 100億 US dollars in both.
    assert [bar.get_height() for bar in axes.patches] == [1, 20, 10, 1, 20, 10]
    assert texts(axes) == ["10億美元", "200億美元", "100億美元", "约 10 亿美元", "200 亿", "100 亿"]
    assert ticks(axes.get_xticklabels()) == ["xAI", "OpenAI", "Anthropic"]


def test_cross_check_chart_marks_the_two_flags_in_red() -> None:
    axes = plot_cross_checks().axes[0]
    assert texts(axes) == ["1.1太瓦 / 1000GW = 1.1", "三倍 / 约 2.4 倍 = 1.25"]
    colors = [line.get_color() for line in axes.lines if line.get_marker() == "o"]
    assert len(colors) == 20 and colors.count(FLAG_COLOR) == 2
    # Rows are named by the label and label_zh of each [[check]] in corpus/claims.toml.
    labels = ticks(axes.get_yticklabels())
    assert labels[0] == (
        "months until space is the cheapest place for AI 太空成為 AI 最便宜部署地點的月數 (001–004)"
    )
    assert labels[17] == "U.S. peak power 美國峰值電力 (003–004)"
    assert not any("_" in label for label in labels)
    assert legend_texts(axes) == ["agree 一致", "do not agree 不一致", "tolerance 容差"]
    keys = axes.get_legend().legend_handles
    assert [keys[0].get_color(), keys[1].get_color()] == [AGREE_COLOR, FLAG_COLOR]


def test_sources_name_documents_and_sentence_refs() -> None:
    assert "corpus/texts/004_dwarkesh_collison_digest.txt" in source_line(plot_power_budget())
    assert "004:p67.s1" in source_line(plot_power_budget())
    assert "000:p88.s0" in source_line(plot_selloff())
    assert "003:p113.s2" in source_line(plot_cross_checks())


def test_a_claim_without_the_number_a_chart_needs_is_named(monkeypatch) -> None:
    # 三年 is a duration: without the year it counts from, it has no year to draw.
    undated = dataclasses.replace(claims().claims["003_optimus_surgeons"], counted_from=None)
    monkeypatch.setattr(
        number_charts, "claims", lambda: SimpleNamespace(in_group=lambda _: [undated])
    )
    with pytest.raises(CorpusError, match="claim 003_optimus_surgeons has no year to draw"):
        plot_predictions()


@pytest.mark.parametrize("chart", EVERY_CHART.values(), ids=EVERY_CHART.keys())
def test_no_legend_covers_data_or_a_label(
    chart: Callable[[], Figure], legend_overlaps: Callable[[Figure], list[str]]
) -> None:
    assert legend_overlaps(chart()) == []


def test_the_overlap_check_sees_a_legend_over_a_bar(
    legend_overlaps: Callable[[Figure], list[str]],
) -> None:
    figure = Figure(figsize=(4, 3))
    axes = figure.subplots()
    axes.bar([0, 1], [1, 1])
    axes.legend([key_bar(BAR_COLOR)], ["bars"], loc="center")
    assert any(problem.startswith("legend covers bar") for problem in legend_overlaps(figure))
    axes.get_legend().remove()
    legend_above(axes, [(key_bar(BAR_COLOR), "bars")])
    assert legend_overlaps(figure) == []


def test_every_colour_of_a_chart_is_in_its_legend() -> None:
    # Power budget: the light bar is a range's high end (maintenance 20%-25%).
    shares = plot_power_budget().axes[1]
    assert legend_texts(shares) == [
        "a value, or a range's low end 數值或區間下限",
        "up to its high end 至區間上限",
    ]
    assert {bar.get_facecolor() for bar in shares.patches} == {
        to_rgba(BAR_COLOR),
        to_rgba(SECOND_COLOR),
    }
    revenue = legend_texts(plot_revenue().axes[0])
    assert revenue == ["write-up 001 記錄 001", "write-up 004 記錄 004"]
    assert legend_texts(plot_energy_ladder().axes[0]) == [
        "power 功率",
        "power added per year 每年新增",
    ]
    assert len(legend_texts(plot_predictions().axes[0])) == 3


def test_kind_bars_count_each_kind_in_the_order_of_kinds(made_up) -> None:
    rows = [made_up(kind=kind) for kind in ("percent", "power", "money", "power", "percent")]
    figure = kind_figure(rows)
    axes = figure.axes[0]
    # KINDS order is money, power, energy, percent …; energy has none and is left out.
    assert ticks(axes.get_yticklabels()) == ["money", "power", "percent"]
    assert [bar.get_width() for bar in axes.patches] == [1, 2, 2]
    assert texts(axes) == ["1", "2", "2"]
    assert {bar.get_facecolor() for bar in axes.patches} == {to_rgba(BAR_COLOR)}
    # 6 × (0.3 × 3 kinds + 1.1) inches at 80 dpi.
    assert list(figure.get_size_inches() * figure.dpi) == [480, 160]


def test_document_overview_lists_its_key_figures(monkeypatch, made_up) -> None:
    figure = plot_document_numbers("002")
    assert figure.axes[0].get_title() == "Quantities by kind 各類數量"
    listing = figure.axes[1].texts[0].get_text().split("\n")
    # The first key figures of 002 in corpus/claims.toml: the 80%/20% outlook, then the loan.
    assert listing[:3] == [
        "80%  AI 未來：繁榮 · 002:p4.s0",
        "20%  AI 未來：災難性風險 · 002:p4.s0",
        "120 億美元  xAI 債務融資 · 002:p6.s0",
    ]
    assert "004:p67.s1" in plot_document_numbers("004").axes[1].texts[0].get_text()
    monkeypatch.setattr(document_numbers, "claims", lambda: SimpleNamespace(claims={}))
    monkeypatch.setattr(document_numbers, "quantities", lambda doc_id: [made_up(kind="date")])
    figure = plot_document_numbers("002")
    assert "no key figures" in figure.axes[1].texts[0].get_text()
    assert [bar.get_width() for bar in figure.axes[0].patches] == [1]


def test_bars_refuse_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="2 labels, 1 values and 1 texts"):
        hbars(Figure().subplots(), ["a", "b"], [1], ["1"])


def test_kind_bars_with_no_quantities_draw_nothing() -> None:
    axes = Figure().subplots()
    kind_bars(axes, [])
    assert list(axes.patches) == []
