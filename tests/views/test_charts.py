"""Tests for helpers.views.charts: the corpus charts draw hand-checked numbers with every glyph."""

from collections.abc import Callable
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import pytest
from matplotlib.figure import Figure

from helpers.views import charts
from helpers.views.charts import plot_corpus_size, plot_speaker_turns

CHARTS = [plot_corpus_size, lambda: plot_speaker_turns("003")]


def bar_widths(figure: Figure, panel: int) -> list[int]:
    """The lengths of the horizontal bars in one panel, top to bottom."""
    return [round(bar.get_width()) for bar in figure.axes[panel].patches]


def bar_texts(figure: Figure, panel: int) -> list[str]:
    """The labels written at the bars' ends in one panel, top to bottom."""
    return [text.get_text() for text in figure.axes[panel].texts]


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


def test_corpus_size_shows_characters_and_sentences_per_document() -> None:
    figure = plot_corpus_size()
    # Characters: `wc -m` of corpus/texts/000, 003 and 004, which no repair touches; 001 and 002
    # lose 463 and 2 characters to their repairs (4,904 − 463 and 5,060 − 2).
    assert bar_widths(figure, 0) == [4218, 4441, 5058, 50953, 15719]
    assert bar_texts(figure, 0) == ["4,218", "4,441", "5,058", "50,953", "15,719"]
    # Sentences of running text as the corpus overview counts them (tests/corpus checks them).
    assert bar_widths(figure, 1) == [120, 127, 173, 2358, 386]
    assert bar_texts(figure, 1) == ["120", "127", "173", "2,358", "386"]
    assert tick_labels(figure, 0) == [
        "000 kamath debt ai robots",
        "001 space ai converted",
        "002 x takeover 2025",
        "003 moonshots diamandis",
        "004 dwarkesh collison digest",
    ]
    assert figure.axes[0].get_title() == "Characters per document 各文檔字數"
    assert figure.axes[1].get_title() == "Sentences per document 各文檔句數"
    assert figure.axes[1].get_xlabel() == "sentences of running text 句數"
    assert figure.get_suptitle() == "Corpus size 語料規模"
    assert any(
        text.startswith("Source: corpus/texts, normalised text") for text in figure_texts(figure)
    )


def test_speaker_turns_chart_puts_the_busiest_speaker_on_top() -> None:
    figure = plot_speaker_turns("003")
    # 613 turns in 003: Musk 299, the host 179, Diamandis 127, Grok 7, Blunden 1.
    assert bar_widths(figure, 0) == [299, 179, 127, 7, 1]
    assert bar_texts(figure, 0) == ["299", "179", "127", "7", "1"]
    assert tick_labels(figure, 0) == [
        "Elon Musk\n埃隆·马斯克",
        "Host\n主持人",
        "Peter Diamandis\n彼得·戴曼迪斯",
        "Grok",
        "Dave Blunden\n戴夫·布伦登",
    ]
    assert figure.axes[0].get_title() == "Turns per speaker in 003 各說話人發言次數"
    assert any("corpus/texts/003_moonshots_diamandis.txt" in text for text in figure_texts(figure))


def test_a_document_without_speakers_is_refused() -> None:
    with pytest.raises(ValueError, match="document 004 is not a transcript"):
        plot_speaker_turns("004")


def test_the_source_line_names_the_text_without_its_folder_path(monkeypatch) -> None:
    # Document.source: the file as corpus/texts/NAME (curated) or texts/NAME (a reader's corpus),
    # whatever folder or system the corpus is on.
    monkeypatch.setattr(
        charts, "document", lambda doc_id: SimpleNamespace(source="texts/103_my_text.txt")
    )
    assert any(
        text.startswith("Source: texts/103_my_text.txt,")
        for text in figure_texts(plot_speaker_turns("003"))
    )
