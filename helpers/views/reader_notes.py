"""The reader's own notes, highlights and known words on a reader page, as HTML.

Annotations and their places in today's text come from helpers.notes.anchoring.anchors (those on
the page and the orphans, by a range query), the reader's words from helpers.notes.words.list_words
(the store in helpers.core.home.reader_home()); one query of each per page drawn. Sentence spans
come from helpers.corpus.segments. Every piece of the reader's text is escaped here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

import pandas as pd

from helpers.core.errors import CorpusError
from helpers.corpus.documents import document
from helpers.corpus.repair_rules import HAN_CHARACTER
from helpers.corpus.segments import segmented
from helpers.notes.anchoring import Anchor, anchors
from helpers.notes.words import MyWord, list_words
from helpers.views.aligned import HIGHLIGHT, Column, Mark, aligned_view
from helpers.views.notes_view import my_words_line
from helpers.views.page import READER_CSS, style
from helpers.views.reader_pages import ReaderPage

KNOWN = "mr-known"
"""The class of a word the reader knows (status 4 or known) in a page's text."""
KNOWN_STATUSES = ("4", "known")
ORPHANS = "Notes that no longer fit the text (orphans)"
ORPHANS_ZH = "無法定位的筆記"
LABELS = {
    "highlighting": "highlight",
    "commenting": "note",
    "tagging": "tags",
    "bookmarking": "bookmark",
}


@dataclass(frozen=True)
class PageNotes:
    """What the store holds for a document's pages.

    Attributes:
        anchors: the annotations of the page (or of the whole document) where they are in
            today's text, and the document's orphans.
        words: the reader's words.
    """

    anchors: tuple[Anchor, ...] = ()
    words: tuple[MyWord, ...] = ()

    @property
    def known(self) -> tuple[str, ...]:
        """The forms (as entered, Simplified, Traditional) of the words the reader knows (status
        4 or known), longest first."""
        forms = {
            form
            for word in self.words
            if word.status in KNOWN_STATUSES
            for form in (word.simplified, word.traditional, word.word)
            if form
        }
        return tuple(sorted(forms, key=lambda form: (-len(form), form)))


def page_notes(doc: str, refs: Iterable[str] | None = None) -> PageNotes:
    """The reader's annotations on a page of a document, and their words.

    Args:
        doc: a document id.
        refs: the sentence references of the page (None: the whole document).

    Returns:
        A PageNotes from anchors(doc, within=the page's span) (the annotations overlapping the
        page and the document's orphans; a range query in the store) and list_words().

    Raises:
        CorpusError: unknown document or reference; StoreError (a CorpusError) when the store
            cannot be opened.
    """
    words = list_words()  # first: it opens (creates, migrates) the store before it is looked at
    within = None
    if refs is not None:
        spans, wanted = _spans(doc), list(refs)
        unknown = [ref for ref in wanted if ref not in spans]
        if unknown:
            raise CorpusError(f"no sentence {unknown[0]} in document {doc}")
        starts, ends = [spans[ref][0] for ref in wanted], [spans[ref][1] for ref in wanted]
        within = (min(starts), max(ends)) if wanted else (0, 0)
    return PageNotes(anchors(doc, within=within), words)


def _spans(doc: str) -> dict[str, tuple[int, int]]:
    """Each sentence's span in the document's normalised text, by reference."""
    return {sentence.ref: (sentence.start, sentence.end) for sentence in segmented(doc).sentences}


def highlight_column(pair: tuple[Column, Column]) -> Column:
    """The column highlights are drawn on: the original if shown, else the first column."""
    return "original" if "original" in pair else pair[0]


def page_marks(
    rows: pd.DataFrame, pair: tuple[Column, Column], notes: PageNotes
) -> dict[tuple[str, Column], list[Mark]]:
    """The marks aligned_view draws for the reader on some rows.

    Args:
        rows: rows of one document's reader table (a page).
        pair: the two columns shown.
        notes: the document's PageNotes.

    Returns:
        By (reference, column): highlights (HIGHLIGHT) of anchored highlighting annotations on
        highlight_column(pair), in characters of that sentence; and the reader's known words
        (KNOWN) in both columns, leftmost longest match first.
    """
    marks: dict[tuple[str, Column], list[Mark]] = {}
    if rows.empty:
        return marks
    spans, shown = _spans(rows["doc"].iloc[0]), highlight_column(pair)
    first, last = spans[rows["ref"].iloc[0]][0], spans[rows["ref"].iloc[-1]][1]
    lit = [
        (item.start, item.end)
        for item in notes.anchors
        if item.annotation.motivation == "highlighting"
        and item.start is not None
        and item.end is not None
        and item.start < last
        and item.end > first
    ]
    pattern = re.compile("|".join(map(re.escape, notes.known))) if notes.known else None
    for _, row in rows.iterrows():
        begin, finish = spans[row["ref"]]
        for start, end in lit:
            if start < finish and end > begin:
                span = (max(start, begin) - begin, min(end, finish) - begin, HIGHLIGHT)
                marks.setdefault((row["ref"], shown), []).append(span)
        if pattern is None or row["kind"] == "markup":
            continue
        for column in pair:
            found = [(m.start(), m.end(), KNOWN) for m in pattern.finditer(row[column])]
            marks.setdefault((row["ref"], column), []).extend(found)
    return marks


def _lang(text: str, doc: str) -> str:
    """The lang tag of a reader's text: the document's language if it holds Han, else en."""
    return document(doc).language if HAN_CHARACTER.search(text) else "en"


def note_item(item: Anchor, doc: str) -> str:
    """One annotation as a list item: what it is, its reference, the quote, the note, the tags.

    Args:
        item: an anchored annotation.
        doc: its document id (for the language of its quote).

    Returns:
        '<li class="mr-note-item mr-<motivation>">' with a label ("highlight", "note", "tags",
        "bookmark"), the reference, the quote in «» (tagged with the document's language), the
        note and "#tag" spans, all escaped.
    """
    note = item.annotation
    parts = [
        f'<span class="mr-note-kind">{escape(LABELS.get(note.motivation, note.motivation))}</span>',
        f'<span class="mr-note-ref">{escape(note.ref)}</span>',
    ]
    if note.exact:
        language = _lang(note.exact, doc)
        parts.append(f'<q class="mr-note-quote" lang="{language}">{escape(note.exact)}</q>')
    if note.note:
        parts.append(
            f'<span class="mr-note-text" lang="{_lang(note.note, doc)}">{escape(note.note)}</span>'
        )
    parts += [f'<span class="mr-tag">#{escape(tag)}</span>' for tag in note.tags]
    return f'<li class="mr-note-item mr-{escape(note.motivation)}">{" ".join(parts)}</li>'


def note_lists(refs: Iterable[str], notes: PageNotes, doc: str) -> dict[str, str]:
    """The notes to show under each sentence: the anchored annotations that start in it.

    Args:
        refs: the sentence references on the page.
        notes: the document's PageNotes.
        doc: the document id.

    Returns:
        By reference, a <ul class="mr-notes" lang="en"> of note_item lines in store order;
        references without annotations are left out.
    """
    wanted, found = set(refs), dict[str, list[str]]()
    for item in notes.anchors:
        where = item.refs[0] if item.refs else None
        if item.how != "orphan" and where in wanted:
            found.setdefault(where, []).append(note_item(item, doc))
    return {
        ref: f'<ul class="mr-notes" lang="en">{"".join(lines)}</ul>' for ref, lines in found.items()
    }


def orphan_list(notes: PageNotes, doc: str) -> str:
    """The annotations of a document that cannot be placed in today's text, under a clear label.

    Returns:
        A <section class="mr-orphans"> with a heading (English and Chinese) and a list of
        note_item lines; "" when there are none.
    """
    items = [note_item(item, doc) for item in notes.anchors if item.how == "orphan"]
    if not items:
        return ""
    return (
        f'<section class="mr-orphans" lang="en"><p class="mr-orphans-head">{escape(ORPHANS)} '
        f'<span lang="zh-Hant">{ORPHANS_ZH}</span> · {len(items)}</p>'
        f'<ul class="mr-notes">{"".join(items)}</ul></section>'
    )


def annotated_body(view: ReaderPage, notes: PageNotes) -> str:
    """A reader page with the reader's highlights, known words, notes and orphans.

    Args:
        view: the page and settings shown.
        notes: the document's PageNotes (page_notes(view.doc)).

    Returns:
        aligned_view of the page with page_marks and note_lists, the reader's
        words on the page (my_words_line), then orphan_list.
    """
    rows = view.page_rows
    body = aligned_view(
        rows,
        view.pair,
        view.layout,
        view.reading,
        view.glossary,
        marks=page_marks(rows, view.pair, notes),
        notes=note_lists(rows["ref"], notes, view.doc),
        standard=view.standard,
        tones=view.tones,
    )
    texts = [text for column in view.pair for text in rows[column]]
    mine = my_words_line(notes.words, texts) if notes.words else ""
    return "\n".join(part for part in (body, mine, orphan_list(notes, view.doc)) if part)


def annotated_static(view: ReaderPage, notes: PageNotes) -> str:
    """The page for reading without a kernel: READER_CSS, the header, then annotated_body."""
    body = annotated_body(view, notes)
    return f"{style(READER_CSS)}\n{view.header()}\n{body}"


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed in a box: separated by commas or spaces, a leading # dropped, once each."""
    return tuple(
        dict.fromkeys(tag.lstrip("#") for tag in re.split(r"[,\s]+", text) if tag.lstrip("#"))
    )


def choice_label(item: Anchor) -> str:
    """An annotation's label in the reader's list: reference, kind, quote or note (40 chars)."""
    note = item.annotation
    what = note.note or note.exact or ", ".join(note.tags)
    return f"{note.ref} · {LABELS.get(note.motivation, note.motivation)} · {what}"[:60]


def page_choices(refs: Sequence[str], notes: PageNotes) -> list[tuple[str, str]]:
    """The annotations a reader can edit from a page: those starting on it, then the orphans.

    Returns:
        (label, annotation id) pairs for a dropdown, in store order.
    """
    wanted = set(refs)
    return [
        (choice_label(item), item.annotation.id)
        for item in notes.anchors
        if item.how == "orphan" or (item.refs and item.refs[0] in wanted)
    ]


def by_id(notes: PageNotes) -> Mapping[str, Anchor]:
    """The anchored annotations by annotation id."""
    return {item.annotation.id: item for item in notes.anchors}
