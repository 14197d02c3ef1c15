"""A number explorer: the extracted quantities filtered by document, kind and speaker, as a table
and a chart of their kinds.

Quantities come from helpers.numbers.extract (every corpus document, in corpus order). The widget
shows a page of rows at a time; its static view, and static_explorer_view, show every row in a
scrolling box, so a notebook read without a kernel, printed or exported loses none.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import ipywidgets as widgets

from helpers.core.errors import check_choice
from helpers.corpus.documents import documents
from helpers.numbers.extract import KINDS, Quantity, all_quantities
from helpers.views.document_numbers import kind_chart
from helpers.views.number_table import quantity_table, speaker_html, speaker_text
from helpers.views.page import CAPTION_CSS, MAX_ROWS, NUMBERS_CSS, StaticFallback, style

STYLE = style(NUMBERS_CSS, CAPTION_CSS)

ALL = "all"
"""The filter value that keeps every document, kind or speaker."""
NONE = "none"
"""The speaker filter value that keeps quantities said by no speaker (outside the transcript)."""
PAGE_SIZE = MAX_ROWS
"""Rows on one page of the widget."""


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


def _speaker_choice(speaker: str) -> str:
    """A speaker filter value as the dropdown names it."""
    return {ALL: "all speakers", NONE: "no speaker"}.get(speaker) or speaker_text(speaker)


def filters_html(doc: str, kind: str, speaker: str) -> str:
    """The filters of a view, as escaped HTML: "document 003 · all kinds · speaker Elon Musk …".

    Args:
        doc, kind, speaker: the filter values (see filtered).

    Returns:
        Each filter as "all documents" (kinds, speakers) or its value named; a speaker by name,
        its Chinese name tagged with its language.
    """
    who = _speaker_choice(speaker) if speaker in (ALL, NONE) else None
    return " · ".join(
        (
            "all documents" if doc == ALL else f"document {escape(doc)}",
            "all kinds" if kind == ALL else f"kind {escape(kind)}",
            escape(who) if who else f"speaker {speaker_html(speaker)}",
        )
    )


def explorer_html(rows: Sequence[Quantity], doc: str, kind: str, speaker: str) -> str:
    """What the explorer's static view shows: every quantity its filters keep.

    Args:
        rows: the filtered quantities.
        doc, kind, speaker: the filter values that kept them (see filtered).

    Returns:
        The <style> block, a caption with the count and the filters, the kind chart (none for no
        rows) and every row as a table in a <div class="mr-numbers-box"> that scrolls past about
        30 rows (not in print), its head row staying in view.
    """
    chart = kind_chart(rows) if rows else ""
    head = f'<p class="mr-caption">{len(rows)} quantities · {filters_html(doc, kind, speaker)}</p>'
    # Focusable, so a keyboard can scroll it; named, so a screen reader says what it holds.
    box = (
        '<div class="mr-numbers-box" lang="en" tabindex="0" role="region" aria-label="quantities">'
    )
    table = f"{box}\n{quantity_table(rows)}\n</div>"
    return f"{STYLE}\n{head}\n{chart}\n{table}"


def static_explorer_view(doc: str = ALL, kind: str = ALL, speaker: str = ALL) -> str:
    """The explorer's view for given filters, for reading without a kernel.

    Args:
        doc: a document id, or ALL.
        kind: one of helpers.numbers.extract.KINDS, or ALL.
        speaker: a speaker id, NONE or ALL (see speakers).

    Returns:
        explorer_html of the quantities these filters keep: every row, in a scrolling box.

    Raises:
        CorpusError: a filter value is not one of its choices.
    """
    return explorer_html(filtered(doc, kind, speaker), doc, kind, speaker)


def rows_label(page: int, count: int, page_size: int = PAGE_SIZE) -> str:
    """Which rows a page shows.

    Args:
        page: the page, counted from 0.
        count: how many rows there are in all.
        page_size: rows per page.

    Returns:
        "rows 26–50 of 335"; "no rows" for none.
    """
    if not count:
        return "no rows"
    first = page * page_size + 1
    return f"rows {first}–{min(first + page_size - 1, count)} of {count}"


class NumberExplorer(StaticFallback, widgets.VBox):
    """Document, kind and speaker filters over the quantities they keep, a page at a time.

    Controls, by their accessible names: comboboxes "Document", "Kind" and "Speaker"; buttons
    "Previous page" and "Next page"; a number field "Page". Under them a status line ("rows 26–50
    of 335 · page 2 of 14"), then the kind chart and the page's rows.

    Args:
        doc: the document filter to start with (a document id, or ALL).
        kind: the kind filter to start with (one of KINDS, or ALL).
        speaker: the speaker filter to start with (see speakers).
        page_size: rows per page.

    Raises:
        CorpusError: a starting value is not one of its filter's choices.
    """

    def __init__(
        self, doc: str = ALL, kind: str = ALL, speaker: str = ALL, page_size: int = PAGE_SIZE
    ) -> None:
        filtered(doc, kind, speaker)  # refuses unknown values with a CorpusError
        self.page_size, self._chart, self._quiet = page_size, "", True
        self.rows: list[Quantity] = []
        docs = [(f"{d.id} · {d.label_en}", d.id) for d in documents().values()]
        self.doc = widgets.Dropdown(
            options=[("all documents", ALL), *docs], value=doc, description="Document"
        )
        self.kind = widgets.Dropdown(
            options=[("all kinds", ALL), *((k, k) for k in KINDS)], value=kind, description="Kind"
        )
        self.speaker = widgets.Dropdown(description="Speaker")
        self.previous = widgets.Button(description="Previous page")
        self.page_number = widgets.BoundedIntText(value=1, min=1, max=1, description="Page")
        self.next = widgets.Button(description="Next page")
        self.status = widgets.Label()
        self.html = widgets.HTML()
        self._set_speakers(speaker)
        self.doc.observe(lambda _: self._new_document(), "value")
        for control in (self.kind, self.speaker):
            control.observe(lambda _: self._filter(), "value")
        self.page_number.observe(lambda _: self._show(), "value")
        self.previous.on_click(lambda _: self.go(self.page - 1))
        self.next.on_click(lambda _: self.go(self.page + 1))
        super().__init__(
            [
                widgets.HBox([self.doc, self.kind, self.speaker]),
                widgets.HBox([self.previous, self.page_number, self.next, self.status]),
                self.html,
            ]
        )
        self._quiet = False
        self._filter()

    def __repr__(self) -> str:
        return f"NumberExplorer({self.status.value})"

    @property
    def page(self) -> int:
        """The page shown, counted from 0."""
        return int(self.page_number.value) - 1

    @property
    def page_count(self) -> int:
        """How many pages the filtered rows fill (1 for none)."""
        return max(1, -(-len(self.rows) // self.page_size))

    @property
    def page_rows(self) -> list[Quantity]:
        """The rows on the page shown."""
        return self.rows[self.page * self.page_size : (self.page + 1) * self.page_size]

    def go(self, page: int) -> None:
        """Show a page; one before the first shows the first, one after the last the last.

        Args:
            page: the page, counted from 0.
        """
        self.page_number.value = min(max(page, 0), self.page_count - 1) + 1

    def static_html(self) -> str:
        """The static view of the current filters: every row they keep (static_explorer_view)."""
        return explorer_html(self.rows, self.doc.value, self.kind.value, self.speaker.value)

    def _set_speakers(self, keep: str) -> None:
        """The speaker choices of the document, keeping a speaker that is still there."""
        options = speakers(self.doc.value)
        self.speaker.options = [(_speaker_choice(speaker), speaker) for speaker in options]
        self.speaker.value = keep if keep in options else ALL

    def _new_document(self) -> None:
        """New speaker choices for the document, then filter once."""
        self._quiet = True
        self._set_speakers(self.speaker.value)
        self._quiet = False
        self._filter()

    def _filter(self) -> None:
        """Filter, draw the kind chart of what is kept, and show the first page."""
        if self._quiet:
            return
        self.rows = filtered(self.doc.value, self.kind.value, self.speaker.value)
        self._chart = kind_chart(self.rows) if self.rows else ""
        self._quiet = True
        self.page_number.max = self.page_count
        self.page_number.value = 1
        self._quiet = False
        self._show()

    def _show(self) -> None:
        """The status line, the buttons' states and the page's rows."""
        if self._quiet:
            return
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page == self.page_count - 1
        where = rows_label(self.page, len(self.rows), self.page_size)
        self.status.value = f"{where} · page {self.page + 1} of {self.page_count}"
        filters = filters_html(self.doc.value, self.kind.value, self.speaker.value)
        head = f'<p class="mr-caption">{escape(where)} · {filters}</p>'
        table = f'<div lang="en">\n{quantity_table(self.page_rows)}\n</div>'
        self.html.value = f"{STYLE}\n{head}\n{self._chart}\n{table}"
