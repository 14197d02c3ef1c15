"""HTML of the reader's own notes and words: annotations by document and by tag, progress per
document, and the reader's words beside the glossary's entries.

Annotations come from helpers.notes.annotations, words and known shares from helpers.notes.words
(the store in helpers.core.home.reader_home()); documents from corpus/metadata.toml and their
normalised texts. Every piece of the reader's text is escaped here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path

import pandas as pd

from helpers.corpus.documents import document, documents
from helpers.corpus.repairs import normalized
from helpers.notes.annotations import Annotation
from helpers.notes.exchange import import_file
from helpers.notes.words import MyWord, add_word, known_share, list_words
from helpers.views.page import CAPTION_CSS, NOTES_CSS, html_table, style

STATUS_LABELS = {
    "1": "1 new",
    "2": "2 recognised",
    "3": "3 familiar",
    "4": "4 learned",
    "known": "known",
    "ignored": "ignored",
}
"""Each word status with its label, in the order the progress table shows them."""
KINDS = {
    "highlighting": "highlight",
    "commenting": "note",
    "tagging": "tags",
    "bookmarking": "bookmark",
}
UNTAGGED = "(no tag)"
FIXTURE_FILES = ("annotations.jsonld", "words.csv")
"""The files of a notes fixture folder: W3C JSON-LD annotations, and words (word, status, gloss,
note) as CSV."""


def _zh(text: str, lang: str) -> str:
    """Escaped Chinese text in a span carrying its language tag."""
    return f'<span lang="{escape(lang)}">{escape(text)}</span>'


def _note_row(item: Annotation) -> list[str]:
    """One annotation's cells: reference, kind, quote (document's language), note, tags."""
    language = document(item.doc).language
    return [
        f'<span class="mr-note-ref">{escape(item.ref)}</span>',
        escape(KINDS.get(item.motivation, item.motivation)),
        _zh(item.exact, language) if item.exact else "",
        escape(item.note),
        " ".join(f'<span class="mr-tag">#{escape(tag)}</span>' for tag in item.tags),
    ]


HEADER = ("ref", "kind", "quote 引文", "note 筆記", "tags 標籤")


def notes_by_document(annotations: Sequence[Annotation]) -> str:
    """Annotations grouped by document, each group a table in the order given.

    Args:
        annotations: annotations as list_annotations gives them (document order).

    Returns:
        The <style> block, then per document a caption ("003 · <label> · 4 annotations") and a
        table of reference, kind, quote, note and tags; a caption saying there are none when
        empty. All text escaped.
    """
    parts = [style(CAPTION_CSS, NOTES_CSS)]
    groups: dict[str, list[Annotation]] = {}
    for item in annotations:
        groups.setdefault(item.doc, []).append(item)
    if not groups:
        parts.append('<p class="mr-caption" lang="en">no annotations</p>')
    for doc, items in groups.items():
        count = f"{len(items)} annotation{'' if len(items) == 1 else 's'}"
        label = f"{doc} · {document(doc).label_en} · {count}"
        parts.append(f'<p class="mr-caption" lang="en">{escape(label)}</p>')
        parts.append(html_table(HEADER, map(_note_row, items), "mr-notes-table"))
    return "\n".join(parts)


def notes_by_tag(annotations: Sequence[Annotation]) -> str:
    """Annotations grouped by tag (an annotation under each of its tags), tags in alphabetical
    order, UNTAGGED last.

    Returns:
        The <style> block and one table: tag, then the cells of notes_by_document; all escaped.
    """
    tagged = sorted(
        ((tag, item) for item in annotations for tag in item.tags or (UNTAGGED,)),
        key=lambda pair: (pair[0] == UNTAGGED, pair[0]),
    )
    rows = [
        [f'<span class="mr-tag">{escape(tag)}</span>', *_note_row(item)] for tag, item in tagged
    ]
    return f"{style(NOTES_CSS)}\n" + html_table(("tag", *HEADER), rows, "mr-notes-table")


def document_progress(words: Iterable[MyWord] | None = None) -> pd.DataFrame:
    """Per document: the share of its words the reader knows, and the reader's words in it.

    Args:
        words: the reader's words; None reads them from the store (list_words()).

    Returns:
        One row per corpus document: doc, "known share" (known_share(doc), 0 to 1), then one
        column per STATUS_LABELS label counting the reader's words that occur in its normalised
        text (Simplified or Traditional form).

    Raises:
        StoreError (a CorpusError): the store cannot be opened.
    """
    mine = tuple(list_words() if words is None else words)
    rows = []
    for doc in documents():
        text = normalized(doc).text
        counts = dict.fromkeys(STATUS_LABELS.values(), 0)
        for word in mine:
            if word.simplified in text or word.traditional in text:
                counts[STATUS_LABELS[word.status]] += 1
        rows.append({"doc": doc, "known share": known_share(doc), **counts})
    return pd.DataFrame(rows)


def progress_table(progress: pd.DataFrame) -> str:
    """The progress table as HTML.

    Args:
        progress: document_progress().

    Returns:
        The <style> block and a table: document (id and English label), "known" as a percentage
        with one decimal ("63.4%"), then the word counts by status, numbers right-aligned.
    """
    header = ["document", "known 已知", *STATUS_LABELS.values()]
    rows = [
        [
            escape(f"{row['doc']} · {document(row['doc']).label_en}"),
            f'<td class="mr-count">{row["known share"]:.1%}</td>',
            *(f'<td class="mr-count">{int(row[label])}</td>' for label in STATUS_LABELS.values()),
        ]
        for _, row in progress.iterrows()
    ]
    return f"{style(NOTES_CSS)}\n" + html_table(header, rows, "mr-notes-table")


def my_words_line(words: Sequence[MyWord], where: Iterable[str]) -> str:
    """The reader's own words that occur in some texts, beside the glossary's entries.

    Args:
        words: the reader's words (list_words()).
        where: the texts to look in: the entries' Simplified forms in the glossary explorer,
            the sentences of a page in the reader.

    Returns:
        A <p class="mr-my-words"> "My words 我的生詞:" then each of the reader's words whose
        Simplified or Traditional form is in one of the texts, by Simplified form: the word
        (zh-Hans), its status label and own gloss; "none here" when there are none. All escaped.
    """
    texts = tuple(where)
    found = [
        word
        for word in sorted(words, key=lambda word: word.simplified)
        if any(word.simplified in text or word.traditional in text for text in texts)
    ]
    items = [
        f'<span class="mr-my-word">{_zh(word.simplified, "zh-Hans")} '
        f"({escape(STATUS_LABELS[word.status])}{': ' + escape(word.gloss) if word.gloss else ''})"
        "</span>"
        for word in found
    ]
    listed = "; ".join(items) if items else "none here"
    return (
        f'<p class="mr-my-words" lang="en"><b>My words <span lang="zh-Hant">我的生詞</span>:</b> '
        f"{listed}</p>"
    )


def load_notes_fixture(folder: Path) -> str:
    """Fill the reader's store (reader_home(), a fresh one) from a fixture folder, so a notebook
    shows the same notes and words on every run.

    Args:
        folder: a folder holding FIXTURE_FILES (corpus/fixtures/notes).

    Returns:
        What was loaded: "8 annotations added, 7 words".

    Raises:
        CorpusError: a file is missing or refused (ImportRefusedError names its bad lines), or a
            word or status is refused by add_word.
    """
    report = import_file(folder / FIXTURE_FILES[0])
    with (folder / FIXTURE_FILES[1]).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        add_word(row["word"], gloss=row["gloss"], status=row["status"], note=row["note"])  # type: ignore[arg-type]
    return f"{report.added} annotations added, {len(rows)} words"
