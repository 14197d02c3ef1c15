"""Charts of the quantities in a document: counted by kind, and listed beside its key figures.

Quantities come from helpers.numbers.extract (found in the corpus texts), key figures from
corpus/claims.toml through helpers.numbers.claims.
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from collections.abc import Sequence

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.corpus.documents import document
from helpers.numbers.claims import claims
from helpers.numbers.extract import KINDS, Quantity, quantities
from helpers.views.chart_style import finish, hbars, source_line

LISTED = 14
"""plot_document_numbers lists at most this many key figures."""


def kind_bars(axes: Axes, rows: Sequence[Quantity]) -> None:
    """Quantities counted by kind as horizontal bars, in the order of KINDS, empty kinds left out.

    Args:
        axes: the panel to draw in.
        rows: extracted quantities, of one document or several.
    """
    counts = Counter(q.kind for q in rows)
    kinds = [kind for kind in KINDS if counts[kind]]
    hbars(axes, kinds, [counts[kind] for kind in kinds], [str(counts[kind]) for kind in kinds])
    axes.set_xlabel("quantities found 數量")
    axes.set_title("Quantities by kind 各類數量")
    axes.margins(x=0.15)


def kind_figure(rows: Sequence[Quantity]) -> Figure:
    """A small figure of kind_bars, sized to the number of kinds, outside pyplot's figure list.

    Args:
        rows: extracted quantities, at least one.

    Returns:
        A 6-inch-wide figure at 80 dpi (480 pixels), 0.3 inch per kind plus 1.1 inch high.
    """
    figure = Figure(figsize=(6, 0.3 * len({q.kind for q in rows}) + 1.1), dpi=80)
    axes = figure.subplots()
    kind_bars(axes, rows)
    axes.title.set_fontsize(10)
    figure.tight_layout()
    return figure


def kind_chart(rows: Sequence[Quantity]) -> str:
    """The quantities counted by kind, as an image to put in HTML.

    Args:
        rows: the quantities, at least one.

    Returns:
        An <img> element holding a PNG of kind_figure(rows), written without a Software entry, so
        the same rows give the same bytes; its alt text gives the counts ("quantities by kind:
        money 10, power 15").
    """
    counts = Counter(q.kind for q in rows)
    alt = ", ".join(f"{kind} {counts[kind]}" for kind in KINDS if counts[kind])
    buffer = io.BytesIO()
    kind_figure(rows).savefig(buffer, format="png", metadata={"Software": None})
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="quantities by kind: {alt}" src="data:image/png;base64,{data}">'


def plot_document_numbers(doc_id: str) -> Figure:
    """A document's quantities counted by kind, beside a list of its key figures.

    Args:
        doc_id: a document id ("000" … "004").

    Returns:
        A pyplot figure: the counts of quantities(doc_id) per kind, and the first 14 key figures of
        corpus/claims.toml in that document (surface, Chinese label, sentence reference).

    Raises:
        CorpusError: the document is unknown.
    """
    doc = document(doc_id)
    figure, (bars, listing) = plt.subplots(
        1, 2, figsize=(12, 4.5), gridspec_kw={"width_ratios": [2, 3]}
    )
    kind_bars(bars, quantities(doc.id))
    items = [claim for claim in claims().claims.values() if claim.quantity.doc == doc.id]
    lines = [
        f"{claim.quantity.surface}  {claim.label_zh} · {claim.quantity.sentence}"
        for claim in items[:LISTED]
    ]
    if len(items) > LISTED:
        lines.append(f"… and {len(items) - LISTED} more in corpus/claims.toml")
    listing.text(
        0,
        1,
        "\n".join(lines) or "no key figures curated for this document 本文無關鍵數字",
        va="top",
        fontsize=9,
        linespacing=1.5,
        transform=listing.transAxes,
    )
    listing.set_title("Key figures 關鍵數字")
    listing.axis("off")
    finish(figure, f"Numbers in document {doc.id} 第 {doc.id} 篇的數字", 1)
    source_line(
        figure,
        f"Source: {doc.source}, quantities by helpers.numbers; key figures from corpus/claims.toml",
    )
    return figure
