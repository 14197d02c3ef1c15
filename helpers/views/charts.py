"""Bilingual matplotlib charts of the corpus, drawn with a font that has the Chinese glyphs."""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import StrMethodFormatter

from helpers.core.paths import PROJECT_ROOT
from helpers.corpus.documents import document, documents
from helpers.corpus.overview import corpus_overview, speaker_label, speaker_turns
from helpers.views.fonts import use_cjk_font

BAR_COLOR = "#4c72b0"


def _bars(
    axes: Axes, labels: Sequence[str], values: Sequence[int], title: str, xlabel: str
) -> None:
    """Horizontal bars, first label on top, each bar labelled with its value."""
    bars = axes.barh(labels, values, color=BAR_COLOR)
    if not axes.yaxis_inverted():  # axes sharing y are inverted together: once is enough
        axes.invert_yaxis()
    axes.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    axes.bar_label(bars, labels=[f"{value:,}" for value in values], padding=3, fontsize=9)
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.margins(x=0.15)
    axes.spines[["top", "right"]].set_visible(False)


def _source(figure: Figure, source: str) -> None:
    """A small source line under the chart."""
    figure.text(0.01, 0.01, source, fontsize=8, color="#555555", ha="left", va="bottom")


def plot_corpus_size() -> Figure:
    """Characters and sentences per document, side by side."""
    use_cjk_font()
    overview = corpus_overview()
    labels = [f"{doc.id} {doc.slug.replace('_', ' ')}" for doc in documents().values()]
    figure, (characters, sentences) = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
    _bars(
        characters,
        labels,
        overview["characters"].tolist(),
        "Characters per document 各文檔字數",
        "characters in the normalised text 字數",
    )
    _bars(
        sentences,
        labels,
        overview["sentences"].tolist(),
        "Sentences per document 各文檔句數",
        "sentences of running text 句數",
    )
    figure.suptitle("Corpus size 語料規模", fontsize=14)
    figure.tight_layout(rect=(0, 0.05, 1, 1))
    _source(
        figure,
        "Source: corpus/texts, normalised text; sentences exclude headings, speaker labels and markup",
    )
    return figure


def plot_speaker_turns(doc_id: str = "003") -> Figure:
    """Turns per speaker in a transcript, most frequent speaker on top."""
    use_cjk_font()
    table = speaker_turns(doc_id).sort_values("turns", ascending=False, kind="stable")
    labels = [
        speaker_label(name, name_zh, "\n") for name, name_zh in zip(table["name"], table["name_zh"])
    ]
    figure, axes = plt.subplots(figsize=(8, 4.5))
    _bars(
        axes,
        labels,
        table["turns"].tolist(),
        f"Turns per speaker in {doc_id} 各說話人發言次數",
        "speaker turns 發言次數",
    )
    figure.tight_layout(rect=(0, 0.05, 1, 1))
    path = document(doc_id).path.relative_to(PROJECT_ROOT)
    _source(
        figure,
        f"Source: {path.as_posix()}, speaker labels mapped to speakers by corpus/structure.toml",
    )
    return figure
