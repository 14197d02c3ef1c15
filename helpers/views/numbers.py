"""A number explorer: the extracted quantities filtered by document, kind and speaker, as a table
and a chart of their kinds.

Quantities come from helpers.numbers.extract (every corpus document, in corpus order).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from html import escape

import ipywidgets as widgets

from helpers.core.errors import check_choice
from helpers.corpus.documents import documents
from helpers.numbers.extract import KINDS, Quantity, all_quantities
from helpers.views.document_numbers import kind_figure
from helpers.views.page import CAPTION_CSS, MAX_ROWS, NUMBERS_CSS, caption, html_table, style

STYLE = style(NUMBERS_CSS, CAPTION_CSS)

ALL = "all"
"""The filter value that keeps every document, kind or speaker."""
NONE = "none"
"""The speaker filter value that keeps quantities said by no speaker (outside the transcript)."""
COLUMNS = ("ref", "speaker", "surface 原文", "value", "unit", "kind", "approx ≈")


def speakers(doc: str = ALL) -> list[str]:
    """The speaker filter's options for a document filter.

    Args:
        doc: a document id, or ALL.

    Returns:
        ALL, NONE, then the speaker ids of the document's quantities in corpus order
        (["all", "none"] for a document without speakers).
    """
    found = dict.fromkeys(q.speaker for q in all_quantities() if doc in (ALL, q.doc) and q.speaker)
    return [ALL, NONE, *found]


def filtered(doc: str = ALL, kind: str = ALL, speaker: str = ALL) -> list[Quantity]:
    """The quantities that pass all three filters, in corpus order.

    Args:
        doc: a document id, or ALL.
        kind: one of helpers.numbers.extract.KINDS, or ALL.
        speaker: a speaker id that speakers(doc) offers, NONE for no speaker, or ALL.

    Returns:
        The quantities of every document the filters keep.

    Raises:
        CorpusError: a filter value is not one of its choices; the message lists them.
    """
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


def quantity_table(rows: Sequence[Quantity]) -> str:
    """Quantities as an HTML table, every value escaped, without a <style> block.

    Args:
        rows: the quantities, one table row each, in the order given.

    Returns:
        A <table class="mr-numbers"> with the columns of COLUMNS: sentence reference, speaker id
        (— for none), surface as written, value (a range as low–high, — for none), unit, kind,
        and ≈ for an approximate quantity.
    """
    cells = (
        (
            q.sentence,
            q.speaker or "—",
            q.surface,
            _value(q),
            q.unit,
            q.kind,
            "≈" if q.approx else "",
        )
        for q in rows
    )
    return html_table(COLUMNS, ([escape(cell) for cell in row] for row in cells), "mr-numbers")


def kind_chart(rows: Sequence[Quantity]) -> str:
    """The quantities counted by kind, as an image to put in HTML.

    Args:
        rows: the quantities, at least one.

    Returns:
        An <img> element holding a PNG of kind_figure(rows) (helpers.views.document_numbers),
        written without a Software entry, so the same rows give the same bytes.
    """
    buffer = io.BytesIO()
    kind_figure(rows).savefig(buffer, format="png", metadata={"Software": None})
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="quantities by kind" src="data:image/png;base64,{data}">'


def explorer_html(rows: Sequence[Quantity]) -> str:
    """What the explorer shows for the quantities its filters keep.

    Args:
        rows: the filtered quantities.

    Returns:
        The <style> block, a caption with the count, the kind chart (none for no rows) and the
        first MAX_ROWS quantities as a table.
    """
    chart = kind_chart(rows) if rows else ""
    head = caption(f"{len(rows)} quantities", len(rows))
    return f"{STYLE}\n{head}\n{chart}\n{quantity_table(rows[:MAX_ROWS])}"


def static_explorer_view(doc: str = ALL, kind: str = ALL, speaker: str = ALL) -> str:
    """The explorer's view for given filters, for reading without a kernel.

    Args:
        doc: a document id, or ALL.
        kind: one of helpers.numbers.extract.KINDS, or ALL.
        speaker: a speaker id, NONE or ALL (see speakers).

    Returns:
        The HTML that NumberExplorer shows with these filters.

    Raises:
        CorpusError: a filter value is not one of its choices.
    """
    return explorer_html(filtered(doc, kind, speaker))


class NumberExplorer(widgets.VBox):
    """Document, kind and speaker filters over a table and a chart of the quantities they keep.

    Args:
        doc: the document filter to start with (a document id, or ALL).
        kind: the kind filter to start with (one of KINDS, or ALL).
        speaker: the speaker filter to start with (see speakers).

    Raises:
        TraitError: a starting value is not one of its dropdown's options (from ipywidgets).
    """

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
        """The speaker options follow the document, keeping the choice if that speaker is there."""
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
