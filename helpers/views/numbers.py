"""A number explorer: every extracted quantity filtered by document, kind and speaker, as a table and a chart."""

from __future__ import annotations

import base64
import io
from collections import Counter

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from helpers.core.errors import check_choice
from helpers.corpus.documents import documents
from helpers.numbers.extract import KINDS, Quantity, all_quantities
from helpers.views.fonts import use_cjk_font
from helpers.views.page import CAPTION_CSS, MAX_ROWS, NUMBERS_CSS, caption, style

STYLE = style(NUMBERS_CSS, CAPTION_CSS)

ALL = "all"
NONE = "none"


def speakers(doc: str = ALL) -> list[str]:
    """The speaker filter's options for a document filter: all, none (no speaker), then speakers in corpus order."""
    found = dict.fromkeys(q.speaker for q in all_quantities() if doc in (ALL, q.doc) and q.speaker)
    return [ALL, NONE, *found]


def filtered(doc: str = ALL, kind: str = ALL, speaker: str = ALL) -> list[Quantity]:
    """The quantities passing all three filters, in corpus order."""
    check_choice([ALL, *documents()], doc, "document")
    check_choice([ALL, *KINDS], kind, "kind")
    check_choice(speakers(doc), speaker, "speaker")
    return [
        q
        for q in all_quantities()
        if doc in (ALL, q.doc) and kind in (ALL, q.kind) and speaker in (ALL, q.speaker or NONE)
    ]


def _value(q: Quantity) -> str:
    """A quantity's value as text: the number, a range, or a dash when the text gives none."""
    if q.value is not None:
        return f"{q.value:,.12g}"
    return f"{q.low:,.12g}–{q.high:,.12g}" if q.low is not None and q.high is not None else "—"


def quantity_table(rows: list[Quantity]) -> str:
    """Quantities as an escaped HTML table: ref, speaker, surface, value, unit, kind, approximate."""
    table = pd.DataFrame(
        [
            {
                "ref": q.sentence,
                "speaker": q.speaker or "—",
                "surface 原文": q.surface,
                "value": _value(q),
                "unit": q.unit,
                "kind": q.kind,
                "approx ≈": "≈" if q.approx else "",
            }
            for q in rows
        ],
        columns=["ref", "speaker", "surface 原文", "value", "unit", "kind", "approx ≈"],
    )
    return table.to_html(index=False, escape=True, classes="mr-numbers", border=0)


def kind_chart(rows: list[Quantity]) -> str:
    """Counts by kind as an HTML <img> of a PNG drawn in memory (same bytes for the same rows)."""
    use_cjk_font()
    counts = Counter(q.kind for q in rows)
    kinds = [kind for kind in KINDS if counts[kind]]
    figure = Figure(figsize=(6, 0.3 * len(kinds) + 1.1), dpi=80)
    axes = figure.subplots()
    axes.barh(kinds, [counts[kind] for kind in kinds], color="#4c72b0")
    axes.invert_yaxis()
    axes.set_xlabel("quantities 數量")
    axes.set_title("Quantities by kind 各類數量", fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="quantities by kind" src="data:image/png;base64,{data}">'


def explorer_html(rows: list[Quantity]) -> str:
    """What the explorer shows: a caption, the chart of the filtered rows and the first of them as a table."""
    chart = kind_chart(rows) if rows else ""
    return f"{STYLE}\n{caption(f'{len(rows)} quantities', len(rows))}\n{chart}\n{quantity_table(rows[:MAX_ROWS])}"


def static_explorer_view(doc: str = ALL, kind: str = ALL, speaker: str = ALL) -> str:
    """The explorer's view for given filters, for reading without a kernel."""
    return explorer_html(filtered(doc, kind, speaker))


class NumberExplorer(widgets.VBox):
    """Document, kind and speaker filters over a table and a chart of the quantities they leave."""

    def __init__(self, doc: str = ALL, kind: str = ALL, speaker: str = ALL) -> None:
        self.doc = widgets.Dropdown(options=[ALL, *documents()], value=doc, description="document")
        self.kind = widgets.Dropdown(options=[ALL, *KINDS], value=kind, description="kind")
        self.speaker = widgets.Dropdown(options=speakers(doc), value=speaker, description="speaker")
        self.status = widgets.Label()
        self.html = widgets.HTML()
        self.rows: list[Quantity] = []
        self._quiet = False
        self.doc.observe(lambda _: self._new_document(), "value")
        for control in (self.kind, self.speaker):
            control.observe(lambda _: self._show(), "value")
        super().__init__(
            [widgets.HBox([self.doc, self.kind, self.speaker]), self.status, self.html]
        )
        self._show()

    def __repr__(self) -> str:
        return f"NumberExplorer({self.status.value})"

    def _new_document(self) -> None:
        """The speaker options follow the document, keeping the choice if that speaker is still there."""
        options = speakers(self.doc.value)
        self._quiet = True
        keep = self.speaker.value if self.speaker.value in options else ALL
        self.speaker.options = options
        self.speaker.value = keep
        self._quiet = False
        self._show()

    def _show(self) -> None:
        """Filter, then update the status line and the HTML view."""
        if self._quiet:
            return
        self.rows = filtered(self.doc.value, self.kind.value, self.speaker.value)
        self.status.value = (
            f"{len(self.rows)} quantities · document {self.doc.value} · kind {self.kind.value}"
            f" · speaker {self.speaker.value}"
        )
        self.html.value = explorer_html(self.rows)
