"""Classroom export: a document's glossary vocabulary as CSV or as an Anki deck (genanki), both byte
for byte reproducible.
"""

from __future__ import annotations

import csv
import hashlib
import io
import tempfile
import zipfile
from html import escape
from pathlib import Path

import genanki

from helpers.glossary.terms import vocabulary

CSV_FIELDS = (
    "id",
    "simplified",
    "traditional",
    "taiwan",
    "taiwan_zhuyin",
    "pinyin",
    "zhuyin",
    "english",
    "category",
    "hsk",
    "note",
    "first_ref",
    "count",
)
# Anki reads ids as creation times; a fixed time keeps two exports identical.
FIXED_TIMESTAMP = 1_735_689_600.0
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def export_csv(doc_id: str, path: Path) -> None:
    """Write a document's glossary vocabulary as a CSV file.

    The file is UTF-8 with '\\n' line ends: a header row of CSV_FIELDS, then one row per entry in
    order of first appearance (see helpers.glossary.terms.vocabulary), with the ref of its first
    sentence and its count in the document.

    Args:
        doc_id: a document id ("002").
        path: the file to write (replaced if it exists).

    Raises:
        CorpusError: unknown document.
        OSError: the file cannot be written.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for item, ref, count in vocabulary(doc_id):
        row = item.as_dict() | {"first_ref": ref, "count": count}
        writer.writerow([row[name] for name in CSV_FIELDS])
    path.write_text(buffer.getvalue(), encoding="utf-8")


def stable_id(name: str) -> int:
    """A fixed Anki id for a name: the first 31 bits of its SHA-256, a positive integer."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:4], "big") >> 1


MODEL = genanki.Model(
    stable_id("musk-interviews-reader glossary model"),
    "Musk interviews glossary",
    fields=[
        {"name": name}
        for name in (
            "Simplified",
            "Traditional",
            "Taiwan",
            "Pinyin",
            "Zhuyin",
            "English",
            "Note",
            "Ref",
        )
    ],
    templates=[
        {
            "name": "Reading",
            "qfmt": "{{Simplified}}<br>{{Traditional}} {{Taiwan}}",
            "afmt": (
                "{{FrontSide}}<hr id=answer>{{Pinyin}} · {{Zhuyin}}<br>{{English}}<br>"
                "<small>{{Note}} ({{Ref}})</small>"
            ),
        }
    ],
)


def export_anki(doc_id: str, path: Path) -> None:
    """Write a document's glossary vocabulary as an Anki deck.

    One note per entry in order of first appearance, its fields HTML-escaped (Simplified;
    Traditional; Taiwan form with its Zhuyin; pinyin; Zhuyin; English; note; first ref), tagged with
    its category. Ids, guids, timestamps and zip dates are fixed, so two exports are identical.

    Args:
        doc_id: a document id ("002").
        path: the .apkg file to write (replaced if it exists).

    Raises:
        CorpusError: unknown document.
        OSError: the file cannot be written.
    """
    deck = genanki.Deck(
        stable_id(f"musk-interviews-reader deck {doc_id}"), f"Musk interviews::{doc_id}"
    )
    for item, ref, _ in vocabulary(doc_id):
        # Anki renders fields as HTML.
        taiwan = f"{item.taiwan} {item.taiwan_zhuyin}".strip()
        fields = [
            escape(text)
            for text in (
                item.simplified,
                item.traditional,
                taiwan,
                item.pinyin,
                item.zhuyin,
                item.english,
                item.note,
                ref,
            )
        ]
        deck.add_note(
            genanki.Note(
                model=MODEL, fields=fields, guid=genanki.guid_for(item.id), tags=[item.category]
            )
        )
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "draft.apkg"
        genanki.Package(deck).write_to_file(str(draft), timestamp=FIXED_TIMESTAMP)
        # genanki stamps zip members with the current time; rewrite them with a fixed date.
        with zipfile.ZipFile(draft) as source, zipfile.ZipFile(path, "w") as target:
            for name in source.namelist():
                target.writestr(
                    zipfile.ZipInfo(name, ZIP_TIME), source.read(name), zipfile.ZIP_DEFLATED
                )
