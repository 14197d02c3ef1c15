"""A paging reader widget over a document's aligned sentences, and its first page as static HTML.

Rows come from helpers.language.alignment.document_table (one per sentence of a corpus document)
with the section and speaker turn of helpers.corpus.segments; pages are drawn by aligned_view.
"""

from __future__ import annotations

from html import escape
from typing import Literal

import ipywidgets as widgets
import pandas as pd

from helpers.core.caching import data_cache
from helpers.core.errors import CorpusError, check_choice
from helpers.corpus.documents import documents
from helpers.corpus.segments import segmented
from helpers.corpus.structure import speaker_names
from helpers.language.alignment import document_table
from helpers.language.readings import ReadingStyle
from helpers.views.aligned import Column, Layout, aligned_view

PAGE_SIZE = 10
"""Sentences per page."""
ANY = -1
"""The section or turn value that keeps every one; also the turn of a sentence outside turns."""
PairChoice = Literal[
    "original ↔ zh-TW", "original ↔ zh-Hans", "zh-Hans ↔ zh-TW", "original ↔ zh-HK"
]
"""The script pairs the reader offers, by their labels."""
PAIRS: dict[PairChoice, tuple[Column, Column]] = {
    "original ↔ zh-TW": ("original", "zh-TW"),
    "original ↔ zh-Hans": ("original", "zh-Hans"),
    "zh-Hans ↔ zh-TW": ("zh-Hans", "zh-TW"),
    "original ↔ zh-HK": ("original", "zh-HK"),
}
LAYOUT_BUTTONS: dict[str, Layout] = {"side by side": "side_by_side", "interlinear": "interlinear"}
READING_BUTTONS: dict[str, ReadingStyle | None] = {
    "none": None,
    "pinyin": "pinyin",
    "zhuyin": "zhuyin",
}


@data_cache
def _reader_rows(doc_id: str) -> pd.DataFrame:
    """reader_rows, computed once until helpers.reload(); never handed out uncopied."""
    sentences = segmented(doc_id).sentences
    return document_table(doc_id).assign(
        section=[sentence.section for sentence in sentences],
        turn=[ANY if sentence.turn is None else sentence.turn for sentence in sentences],
    )


def reader_rows(doc_id: str) -> pd.DataFrame:
    """A document's aligned table with each sentence's section and speaker turn.

    Args:
        doc_id: a document id ("000").

    Returns:
        A fresh copy of the document's rows of document_table, one per sentence in text order,
        with a "section" column (its index) and a "turn" column (ANY, -1, outside speaker turns).

    Raises:
        CorpusError: unknown document.
    """
    return _reader_rows(doc_id).copy()


def selected_rows(doc_id: str, section: int = ANY, turn: int = ANY) -> pd.DataFrame:
    """A document's reader rows in one section and one speaker turn.

    Args:
        doc_id: a document id.
        section: a section index of the document, or ANY.
        turn: a speaker turn index of the document (only 003 has turns), or ANY.

    Returns:
        The rows of reader_rows that are in both, in text order (a new frame).

    Raises:
        CorpusError: unknown document, or a section or turn the document does not have.
    """
    segmentation = segmented(doc_id)
    for name, value, count in (
        ("sections", section, len(segmentation.sections)),
        ("speaker turns", turn, len(segmentation.turns)),
    ):
        if value != ANY and not 0 <= value < count:
            have = f"{name} 0 to {count - 1}" if count else f"no {name}"
            raise CorpusError(f"document {doc_id} has {have}, not {value}")
    rows = _reader_rows(doc_id)
    keep = ((rows["section"] == section) | (section == ANY)) & (
        (rows["turn"] == turn) | (turn == ANY)
    )
    return rows[keep]


def page_count(rows: pd.DataFrame, page_size: int = PAGE_SIZE) -> int:
    """How many pages some rows fill.

    Args:
        rows: the rows to page through.
        page_size: rows per page.

    Returns:
        The number of pages, the last one possibly short; 1 (an empty page) for no rows.
    """
    return max(1, -(-len(rows) // page_size))


def page_label(page: int, count: int) -> str:
    """What the reader's page label says.

    Args:
        page: the page shown, counted from 0.
        count: how many pages there are.

    Returns:
        "page 1 of 13" for page 0 of 13.
    """
    return f"page {page + 1} of {count}"


def static_first_page(
    doc_id: str,
    pair: tuple[Column, Column] = ("original", "zh-TW"),
    layout: Layout = "side_by_side",
    reading: ReadingStyle | None = None,
    section: int = ANY,
    turn: int = ANY,
    page_size: int = PAGE_SIZE,
    glossary: bool = False,
) -> str:
    """The reader's first page as HTML, for reading without a kernel.

    Args:
        doc_id: a document id.
        pair, layout, reading, glossary: as aligned_view takes them.
        section, turn: as selected_rows takes them.
        page_size: sentences per page.

    Returns:
        A bold caption (document · pair · page 1 of N), then aligned_view of the first page.

    Raises:
        CorpusError: unknown document, section or turn, or an argument aligned_view refuses.
    """
    rows = selected_rows(doc_id, section, turn)
    caption = f"{doc_id} · {pair[0]} ↔ {pair[1]} · {page_label(0, page_count(rows, page_size))}"
    view = aligned_view(rows.iloc[:page_size], pair, layout, reading, glossary)
    return f"<p><b>{escape(caption)}</b></p>\n{view}"


def _section_options(doc_id: str) -> list[tuple[str, int]]:
    """Dropdown options for a document's sections, 'all sections' first."""
    return [("all sections", ANY)] + [
        (f"§{section.index} {section.title or 'untitled'}"[:60], section.index)
        for section in segmented(doc_id).sections
    ]


def _turn_options(doc_id: str, section: int) -> list[tuple[str, int]]:
    """Dropdown options for a document's turns (in one section unless ANY), 'all turns' first."""
    segmentation = segmented(doc_id)
    names = speaker_names(segmentation.speakers)
    turns = dict.fromkeys(
        (sentence.turn, sentence.speaker)
        for sentence in segmentation.sentences
        if sentence.turn is not None
        and sentence.speaker is not None
        and section in (ANY, sentence.section)
    )
    return [("all turns", ANY)] + [
        (f"turn {turn} · {names[speaker]}", turn) for turn, speaker in turns
    ]


class ReaderWidget(widgets.VBox):
    """Document, section, turn, script pair, layout, reading, glossary and page controls over
    aligned_view of the selected sentences, a page at a time.

    Args:
        doc_id: the document to open at its first page.
        pair: the label of the script pair to start with (one of PAIRS).
        page_size: sentences per page.

    Raises:
        CorpusError: unknown document or pair.
    """

    def __init__(
        self, doc_id: str = "000", pair: PairChoice = "original ↔ zh-TW", page_size: int = PAGE_SIZE
    ) -> None:
        check_choice(documents(), doc_id, "document")
        check_choice(PAIRS, pair, "pair")
        self.page_size, self.page, self._quiet = page_size, 0, True
        self.document = widgets.Dropdown(
            options=[(f"{doc.id} · {doc.label_en}", doc.id) for doc in documents().values()],
            value=doc_id,
            description="document",
        )
        self.section = widgets.Dropdown(
            options=_section_options(doc_id), value=ANY, description="section"
        )
        self.turn = widgets.Dropdown(
            options=_turn_options(doc_id, ANY), value=ANY, description="turn"
        )
        self.pair = widgets.Dropdown(options=list(PAIRS), value=pair, description="scripts")
        self.layout_choice = widgets.ToggleButtons(
            options=list(LAYOUT_BUTTONS), description="layout"
        )
        self.reading = widgets.ToggleButtons(options=list(READING_BUTTONS), description="reading")
        self.glossary = widgets.Checkbox(value=False, description="glossary", indent=False)
        self.previous = widgets.Button(description="◀ previous")
        self.next = widgets.Button(description="next ▶")
        self.label = widgets.Label()
        self.html = widgets.HTML()
        self.document.observe(self._document_changed, "value")
        self.section.observe(self._section_changed, "value")
        self.turn.observe(self._render, "value")
        for control in (self.pair, self.layout_choice, self.reading, self.glossary):
            control.observe(lambda _: self._show(), "value")
        self.previous.on_click(lambda _: self.go(self.page - 1))
        self.next.on_click(lambda _: self.go(self.page + 1))
        super().__init__(
            [
                widgets.HBox([self.document, self.section, self.turn]),
                widgets.HBox([self.pair, self.layout_choice]),
                widgets.HBox([self.reading, self.glossary]),
                widgets.HBox([self.previous, self.label, self.next]),
                self.html,
            ]
        )
        self._quiet = False
        self._document_changed()

    def __repr__(self) -> str:
        return f"ReaderWidget({self.document.value}, {self.pair.value}, {self.page_label})"

    @property
    def rows(self) -> pd.DataFrame:
        """The rows the current document, section and turn select."""
        return selected_rows(self.document.value, self.section.value, self.turn.value)

    @property
    def page_count(self) -> int:
        """How many pages the selected rows fill."""
        return page_count(self.rows, self.page_size)

    @property
    def page_label(self) -> str:
        """'page 1 of N' for the current page."""
        return page_label(self.page, self.page_count)

    @property
    def page_rows(self) -> pd.DataFrame:
        """The rows on the current page."""
        return self.rows.iloc[self.page * self.page_size : (self.page + 1) * self.page_size]

    @property
    def refs(self) -> list[str]:
        """The sentence references on the current page."""
        return list(self.page_rows["ref"])

    def go(self, page: int) -> None:
        """Show a page of the selected rows.

        Args:
            page: the page to show, counted from 0; a page before the first shows the first,
                one after the last shows the last.
        """
        self.page = min(max(page, 0), self.page_count - 1)
        self._show()

    def _document_changed(self, _: object = None) -> None:
        """New section and turn choices (turns only for a transcript), then the first page."""
        self._quiet = True
        doc_id = self.document.value
        self.section.options = _section_options(doc_id)
        self.section.value = ANY
        self._quiet = False
        self.turn.layout.display = None if segmented(doc_id).speakers else "none"
        self._section_changed()

    def _section_changed(self, _: object = None) -> None:
        """New turn choices for the section, then its first page."""
        if self._quiet:
            return
        self._quiet = True
        self.turn.options = _turn_options(self.document.value, self.section.value)
        self.turn.value = ANY
        self._quiet = False
        self._render()

    def _render(self, _: object = None) -> None:
        """Back to the first page of what the controls select."""
        if not self._quiet:
            self.go(0)

    def _show(self) -> None:
        """Put the current page into the HTML view, the label and the buttons' state."""
        pair, layout, reading = (
            PAIRS[self.pair.value],
            LAYOUT_BUTTONS[self.layout_choice.value],
            READING_BUTTONS[self.reading.value],
        )
        self.html.value = aligned_view(self.page_rows, pair, layout, reading, self.glossary.value)
        self.label.value = self.page_label
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page == self.page_count - 1
