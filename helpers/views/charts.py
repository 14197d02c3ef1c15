"""Bilingual matplotlib charts of the corpus: size per document, a transcript's speaker turns."""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import StrMethodFormatter

from helpers.corpus.documents import document, documents
from helpers.corpus.overview import corpus_overview, speaker_turns
from helpers.corpus.structure import speaker_label
from helpers.views.chart_style import hbars, source_line


def _bars(
    axes: Axes, labels: Sequence[str], values: Sequence[int], title: str, xlabel: str
) -> None:
    """Counts as horizontal bars, first label on top, each bar labelled with its value."""
    hbars(axes, labels, values, [f"{value:,}" for value in values])
    axes.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.margins(x=0.15)


def plot_corpus_size() -> Figure:
    """Characters and sentences per document, in two panels side by side.

    Data: corpus_overview() over corpus/texts: characters of each document's normalised text, and
    its sentences of running text (headings, speaker labels and markup left out).

    Returns:
        A pyplot figure (11 × 4 in) with one bar per document, in document order, in each panel.
    """
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
    source_line(
        figure,
        "Source: corpus/texts, normalised text; "
        "sentences exclude headings, speaker labels and markup",
    )
    return figure


def plot_speaker_turns(doc_id: str = "003") -> Figure:
    """Turns per speaker in a transcript, the speaker with the most turns on top.

    Args:
        doc_id: a transcript's document id (only 003 has speakers).

    Returns:
        A pyplot figure (8 × 4.5 in), one bar per speaker labelled in English and Chinese.

    Raises:
        CorpusError: the document is unknown or is not a transcript.
    """
    table = speaker_turns(doc_id).sort_values("turns", ascending=False, kind="stable")
    labels = [
        speaker_label(name, name_zh, "\n")
        for name, name_zh in zip(table["name"], table["name_zh"], strict=True)
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
    source_line(
        figure,
        f"Source: {document(doc_id).source}, "
        "speaker labels mapped to speakers by corpus/structure.toml",
    )
    return figure
