"""Tests for helpers.charts: the charts show the overview's numbers, render every glyph and are reproducible."""

from collections.abc import Callable
from pathlib import PureWindowsPath
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import pytest
from matplotlib.figure import Figure

from helpers.corpus.overview import corpus_overview, speaker_turns
from helpers.views import charts
from helpers.views.charts import plot_corpus_size, plot_speaker_turns

CHARTS = [plot_corpus_size, lambda: plot_speaker_turns("003")]


def bar_widths(figure: Figure, panel: int) -> list[int]:
    """The lengths of the horizontal bars in one panel, top to bottom."""
    return [round(bar.get_width()) for bar in figure.axes[panel].patches]


def tick_labels(figure: Figure, panel: int) -> list[str]:
    """The category labels of one panel, top to bottom."""
    axes = figure.axes[panel]
    assert axes.yaxis_inverted(), "the first category should be drawn on top"
    return [
        label.get_text()
        for label in sorted(axes.get_yticklabels(), key=lambda label: label.get_position()[1])
    ]


def figure_texts(figure: Figure) -> list[str]:
    """Every piece of text drawn on the figure itself (suptitle and source line)."""
    return [text.get_text() for text in figure.texts]


@pytest.mark.parametrize("chart", CHARTS)
def test_charts_render_without_font_warnings(
    chart: Callable[[], Figure], font_problems: Callable[[Callable[[], Figure]], list[str]]
) -> None:
    assert font_problems(chart) == []
    assert matplotlib.rcParams["font.sans-serif"][0] == "Noto Sans CJK SC"


def test_corpus_size_shows_characters_and_sentences_per_document() -> None:
    figure, overview = plot_corpus_size(), corpus_overview()
    assert bar_widths(figure, 0) == overview["characters"].tolist()
    assert bar_widths(figure, 1) == overview["sentences"].tolist()
    assert tick_labels(figure, 0)[0] == "000 kamath debt ai robots"
    assert [label[:3] for label in tick_labels(figure, 0)] == overview["id"].tolist()
    assert figure.axes[0].get_title() == "Characters per document 各文檔字數"
    assert figure.axes[1].get_title() == "Sentences per document 各文檔句數"
    assert all(axes.get_xlabel() for axes in figure.axes)
    assert any(
        text.startswith("Source: corpus/texts, normalised text") for text in figure_texts(figure)
    )


def test_speaker_turns_chart_puts_the_busiest_speaker_on_top() -> None:
    figure = plot_speaker_turns("003")
    assert (
        bar_widths(figure, 0)
        == sorted(speaker_turns("003")["turns"].tolist(), reverse=True)
        == [299, 179, 127, 7, 1]
    )
    assert tick_labels(figure, 0)[:3] == [
        "Elon Musk\n埃隆·马斯克",
        "Host\n主持人",
        "Peter Diamandis\n彼得·戴曼迪斯",
    ]
    assert "各說話人發言次數" in figure.axes[0].get_title()
    assert any("corpus/texts/003_moonshots_diamandis.txt" in text for text in figure_texts(figure))


def test_the_source_path_uses_forward_slashes_everywhere(monkeypatch) -> None:
    root = PureWindowsPath("C:/reader")
    monkeypatch.setattr(charts, "PROJECT_ROOT", root)
    monkeypatch.setattr(
        charts,
        "document",
        lambda doc_id: SimpleNamespace(path=root / "corpus" / "texts" / "003.txt"),
    )
    assert any(
        text.startswith("Source: corpus/texts/003.txt,")
        for text in figure_texts(plot_speaker_turns("003"))
    )
