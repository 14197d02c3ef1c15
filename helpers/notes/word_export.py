"""My words out of the store: a CSV file, and an Anki deck that Anki updates rather than duplicates
when it is imported again after an edit.

Anki matches an imported note to one it has by the note's GUID, and a deck and a note type by
their ids, so all three are fixed: the ids are constants, and a note's GUID comes from the word's
Simplified form, the entry's key, which no edit changes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from html import escape
from pathlib import Path

import genanki

from helpers.notes.words import MyWord, list_words

CSV_FIELDS = (
    "simplified",
    "traditional",
    "pinyin",
    "zhuyin",
    "status",
    "status_label",
    "gloss",
    "note",
    "created",
    "modified",
)
# Anki knows a deck and a note type by id, so these never change (both are the first 31 bits of
# the SHA-256 of "musk-interviews-reader my words deck" and "... my words model").
DECK_ID = 253_619_350
MODEL_ID = 995_456_995
DECK_NAME = "Musk interviews::My words"
# genanki numbers notes and cards from the export's timestamp; a fixed one keeps them the same.
FIXED_TIMESTAMP = 1_735_689_600.0

MODEL = genanki.Model(
    MODEL_ID,
    "Musk interviews my words",
    fields=[
        {"name": name}
        for name in ("Simplified", "Traditional", "Pinyin", "Zhuyin", "Gloss", "Note", "Status")
    ],
    templates=[
        {
            "name": "Reading",
            "qfmt": '<span lang="zh-Hans">{{Simplified}}</span> '
            '<span lang="zh-TW">{{Traditional}}</span>',
            "afmt": (
                "{{FrontSide}}<hr id=answer>{{Pinyin}} · {{Zhuyin}}<br>{{Gloss}}<br>"
                "<small>{{Note}} ({{Status}})</small>"
            ),
        }
    ],
)


def words_csv(words: Iterable[MyWord]) -> str:
    """Words as CSV text: a header row of CSV_FIELDS, then one row a word, '\\n' line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for word in words:
        row = word.as_dict()
        writer.writerow([row[name] for name in CSV_FIELDS])
    return buffer.getvalue()


def export_words_csv(out: Path, path: Path | None = None) -> int:
    """Write the reader's words (list_words order) to a UTF-8 CSV file (see words_csv).

    Args:
        out: the file to write (replaced if it exists).
        path: the store file (default: the reader's store).

    Returns:
        The number of words written.

    Raises:
        StoreError: the store cannot be opened.
        OSError: the file cannot be written.
    """
    words = list_words(path=path)
    out.write_text(words_csv(words), encoding="utf-8")
    return len(words)


def anki_note(word: MyWord) -> genanki.Note:
    """The Anki note of a word: fields HTML-escaped, tagged with its status label ("learned"),
    GUID genanki.guid_for(simplified form)."""
    fields = [
        escape(text)
        for text in (
            word.simplified,
            word.traditional,
            word.pinyin,
            word.zhuyin,
            word.gloss,
            word.note,
            word.status_label,
        )
    ]
    return genanki.Note(
        model=MODEL, fields=fields, guid=genanki.guid_for(word.simplified), tags=[word.status_label]
    )


def export_words_anki(out: Path, path: Path | None = None) -> int:
    """Write the reader's words (list_words order) as an Anki deck, DECK_NAME.

    Importing a later export into Anki updates the notes of words already there (same GUID, same
    note type id) instead of adding copies.

    Args:
        out: the .apkg file to write (replaced if it exists).
        path: the store file (default: the reader's store).

    Returns:
        The number of words written.

    Raises:
        StoreError: the store cannot be opened.
        OSError: the file cannot be written.
    """
    words = list_words(path=path)
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    for word in words:
        deck.add_note(anki_note(word))
    genanki.Package(deck).write_to_file(str(out), timestamp=FIXED_TIMESTAMP)
    return len(words)
