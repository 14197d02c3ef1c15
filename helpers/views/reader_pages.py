"""The reader's pages without the widget: its rows, what a page holds, sentence references to
pages, the menus' labels, and a page as static HTML with a header saying what is shown.

Rows come from helpers.language.alignment.document_table (one per sentence of a corpus document)
with the section and speaker turn of helpers.corpus.segments; section and turn labels from
helpers.corpus.labels; pages are drawn by helpers.views.aligned.aligned_view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Literal

import pandas as pd

from helpers.core.caching import data_cache
from helpers.core.errors import CorpusError, check_choice
from helpers.core.types import ReadingStyle, Tones
from helpers.corpus.documents import document, documents
from helpers.corpus.labels import section_labels, turn_label
from helpers.corpus.segments import Sentence, Turn, segmented
from helpers.corpus.structure import speaker_names
from helpers.language.alignment import document_table
from helpers.views.aligned import Column, Layout, aligned_view
from helpers.views.marks import Standard
from helpers.views.page import READER_CSS, style

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
LayoutChoice = Literal["side by side", "interlinear"]
ReadingChoice = Literal["none", "pinyin", "zhuyin"]
LAYOUT_BUTTONS: dict[LayoutChoice, Layout] = {
    "side by side": "side_by_side",
    "interlinear": "interlinear",
}
READING_BUTTONS: dict[ReadingChoice, ReadingStyle | None] = {
    "none": None,
    "pinyin": "pinyin",
    "zhuyin": "zhuyin",
}
ALL_SECTIONS = "all sections"
ALL_TURNS = "all turns"
REF = re.compile(r"(?P<doc>\d{3}):p(?P<paragraph>\d+)\.s(?P<sentence>\d+)")
"""A sentence reference as helpers.corpus.segments.Sentence.ref writes it ('003:p2.s1')."""


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
    """What the reader says of the page it shows.

    Args:
        page: the page shown, counted from 0.
        count: how many pages there are.

    Returns:
        "page 3 / 298" for page 2 of 298.
    """
    return f"page {page + 1} / {count}"


def find_sentence(ref: str) -> Sentence:
    """The corpus sentence a reference names.

    Args:
        ref: a reference such as "003:p2.s1" (document, paragraph, sentence; spaces around it are
            ignored).

    Returns:
        That sentence of segmented(document).

    Raises:
        CorpusError: the text is not a reference of that form, names an unknown document, or a
            paragraph or sentence the document does not have (the message says which).
    """
    match = REF.fullmatch(ref.strip())
    if match is None:
        raise CorpusError(f"{ref.strip()!r} is not a sentence reference such as 003:p2.s1")
    doc_id = match["doc"]
    check_choice(documents(), doc_id, "document")
    paragraphs = segmented(doc_id).paragraphs
    number = int(match["paragraph"])
    if number >= len(paragraphs):
        raise CorpusError(
            f"document {doc_id} has paragraphs p0 to p{len(paragraphs) - 1}, not p{number}"
        )
    sentences = paragraphs[number].sentences
    if int(match["sentence"]) >= len(sentences):
        raise CorpusError(
            f"paragraph {doc_id}:p{number} has sentences s0 to s{len(sentences) - 1}, "
            f"not s{match['sentence']}"
        )
    return sentences[int(match["sentence"])]


def section_options(doc_id: str) -> list[tuple[str, int]]:
    """The section menu: 'all sections', then each section by its label (section_labels).

    Raises:
        CorpusError: unknown document.
    """
    return [(ALL_SECTIONS, ANY)] + [
        (label, index) for index, label in enumerate(section_labels(segmented(doc_id)))
    ]


def _turn_option(turn: Turn, names: dict[str, str]) -> str:
    """A turn's menu label: where it starts, then turn_label ("p44 · Elon Musk 埃隆·马斯克: …")."""
    return f"p{turn.paragraphs[0].index} · {turn_label(turn, names)}"


def turn_options(doc_id: str, section: int) -> list[tuple[str, int]]:
    """The turn menu of one section: 'all turns', then each turn that starts in the section as
    "p44 · <speaker>: <opening words>" (its first paragraph, then turn_label); only 'all turns'
    when section is ANY or the document is not a transcript.

    Raises:
        CorpusError: unknown document.
    """
    segmentation = segmented(doc_id)
    names = speaker_names(segmentation.speakers)
    return [(ALL_TURNS, ANY)] + [
        (_turn_option(turn, names), turn.index)
        for turn in segmentation.turns
        if section != ANY and turn.paragraphs[0].section == section
    ]


@dataclass(frozen=True)
class ReaderPage:
    """What the reader shows: a page of a document's selected sentences, and how.

    Attributes:
        doc: the document id.
        pair: the two columns shown.
        layout, reading, glossary: as aligned_view takes them.
        section, turn: as selected_rows takes them.
        page: the page, counted from 0.
        page_size: sentences per page.
        standard, tones: the readings' standard and tones, as aligned_view takes them.
    """

    doc: str
    pair: tuple[Column, Column] = ("original", "zh-TW")
    layout: Layout = "side_by_side"
    reading: ReadingStyle | None = None
    glossary: bool = False
    section: int = ANY
    turn: int = ANY
    page: int = 0
    page_size: int = PAGE_SIZE
    standard: Standard = "automatic"
    tones: Tones = "citation"

    @property
    def rows(self) -> pd.DataFrame:
        """The rows the document, section and turn select (selected_rows)."""
        return selected_rows(self.doc, self.section, self.turn)

    @property
    def page_rows(self) -> pd.DataFrame:
        """The rows on the page."""
        return self.rows.iloc[self.page * self.page_size : (self.page + 1) * self.page_size]

    def body(self) -> str:
        """The page as aligned_view draws it (its <style> block first)."""
        return aligned_view(
            self.page_rows,
            self.pair,
            self.layout,
            self.reading,
            self.glossary,
            standard=self.standard,
            tones=self.tones,
        )

    def header(self) -> str:
        """One line saying what is shown: document, section, turn, page and the settings in force.

        Returns:
            A <p class="mr-reader-head" lang="en">: "003 · <English label>", the section label
            ("all sections", or a label in a span tagged with the document's language) and the
            turn label if a turn is chosen (tagged likewise), "page 3 / 298", the pair, the layout,
            the reading and the glossary, all escaped.
        """
        chinese = f' lang="{escape(document(self.doc).language)}"'
        segmentation = segmented(self.doc)
        where = [
            ("", ALL_SECTIONS)
            if self.section == ANY
            else (chinese, section_labels(segmentation)[self.section])
        ]
        if self.turn != ANY:
            names = speaker_names(segmentation.speakers)
            where.append((chinese, _turn_option(segmentation.turns[self.turn], names)))
        count = page_count(self.rows, self.page_size)
        layout = next(label for label, value in LAYOUT_BUTTONS.items() if value == self.layout)
        settings = [
            f"{self.pair[0]} ↔ {self.pair[1]}",
            layout,
            f"reading: {self.reading or 'none'}"
            + (f" ({self.standard}, {self.tones} tones)" if self.reading else ""),
            f"glossary: {'on' if self.glossary else 'off'}",
        ]
        parts = [
            f'<span class="mr-reader-doc">{escape(self.doc)} · '
            f"{escape(document(self.doc).label_en)}</span>",
            *(f'<span class="mr-reader-where"{lang}>{escape(text)}</span>' for lang, text in where),
            f'<span class="mr-reader-page">{escape(page_label(self.page, count))}</span>',
            f'<span class="mr-reader-settings">{escape(" · ".join(settings))}</span>',
        ]
        return f'<p class="mr-reader-head" lang="en">{" · ".join(parts)}</p>'

    def static_html(self) -> str:
        """The page for reading without a kernel: READER_CSS, the header, then body().

        Raises:
            CorpusError: a section or turn the document lacks, or a pair, layout or reading
                aligned_view refuses (checked by body() before the header uses them).
        """
        body = self.body()
        return f"{style(READER_CSS)}\n{self.header()}\n{body}"


def static_first_page(
    doc_id: str,
    pair: tuple[Column, Column] = ("original", "zh-TW"),
    layout: Layout = "side_by_side",
    reading: ReadingStyle | None = None,
    section: int = ANY,
    turn: int = ANY,
    page_size: int = PAGE_SIZE,
    glossary: bool = False,
    standard: Standard = "automatic",
    tones: Tones = "citation",
) -> str:
    """The reader's first page as HTML, for reading without a kernel.

    Args:
        doc_id: a document id.
        pair, layout, reading, glossary: as aligned_view takes them.
        section, turn: as selected_rows takes them.
        page_size: sentences per page.
        standard, tones: the readings' standard and tones, as aligned_view takes them.

    Returns:
        ReaderPage.static_html of the first page: the header line, then aligned_view of the page.

    Raises:
        CorpusError: unknown document, section or turn, or an argument aligned_view refuses.
    """
    return ReaderPage(
        doc_id, pair, layout, reading, glossary, section, turn, 0, page_size, standard, tones
    ).static_html()
