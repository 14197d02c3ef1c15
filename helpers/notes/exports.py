"""Annotations out: W3C JSON-LD, CSV and Markdown, written by SQLite from the store's rows.

Each layout is defined once, as SQL over the store's tables (annotations, tags), so an export of
100,000 annotations streams from one query without building an object per annotation. The W3C
item of each annotation is kept in its row by the store (helpers.notes.w3c_layout defines it), so
a W3C export joins stored text. The same queries serve annotations given in Python (to_w3c,
to_csv, to_markdown): they are copied into an in-memory database of the store's schema, whose
triggers write their W3C items, then read by the same SQL.

W3C export is an AnnotationCollection (http://www.w3.org/ns/anno.jsonld) with its items in an
embedded first AnnotationPage.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

from helpers.notes.annotations import ORDER, Annotation, store_annotations
from helpers.notes.store import MIGRATIONS, open_store

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
LABEL = "Reading Musk in Chinese: my notes"
CSV_FIELDS = (
    "id", "created", "modified", "motivation", "doc", "ref", "start", "end",
    "exact", "prefix", "suffix", "note", "tags",
)  # fmt: skip
_SORTED_TAGS = "SELECT tag FROM tags WHERE annotation = id ORDER BY tag"
W3C_QUERY = f"SELECT CAST(w3c AS BLOB) FROM annotations {ORDER}"
"""One W3C Web Annotation a row as UTF-8 bytes (no decoding and encoding again on the way to a
file), in document order: the items the store keeps (helpers.notes.w3c_layout)."""
CSV_QUERY = (
    "SELECT id, created, modified, motivation, doc, ref, start_offset, end_offset, exact, "
    f"prefix, suffix, note, coalesce((SELECT group_concat(tag, ' ') FROM ({_SORTED_TAGS})), '') "
    f"FROM annotations {ORDER}"
)
"""The CSV_FIELDS of each annotation a row (tags separated by spaces), in document order."""


def _in_memory(annotations: Iterable[Annotation]) -> sqlite3.Connection:
    """An in-memory database of the store's schema holding the annotations."""
    db = sqlite3.connect(":memory:")
    for migration in MIGRATIONS:
        db.executescript(migration)
    store_annotations(db, annotations)
    return db


def _w3c_head(total: int) -> str:
    """The AnnotationCollection around the items, up to the opening of the items list."""
    page = {"type": "AnnotationPage", "startIndex": 0}
    head = {"@context": CONTEXT, "type": "AnnotationCollection", "label": LABEL, "total": total}
    return json.dumps({**head, "first": page}, ensure_ascii=False)[:-2] + ', "items": [\n'


def _w3c_from(db: sqlite3.Connection) -> bytes:
    """The W3C collection of a database's annotations as UTF-8 JSON, one item a line."""
    head = _w3c_head(db.execute("SELECT count(*) FROM annotations").fetchone()[0])
    items = b",\n".join(item for (item,) in db.execute(W3C_QUERY))
    return head.encode() + items + b"\n]}}\n"


def to_w3c(annotations: Iterable[Annotation]) -> dict[str, Any]:
    """Annotations as one W3C AnnotationCollection (JSON-LD), items in an embedded first page."""
    return dict(json.loads(w3c_text(annotations)))


def w3c_text(annotations: Iterable[Annotation]) -> str:
    """to_w3c as JSON text, one annotation a line."""
    with closing(_in_memory(annotations)) as db:
        return _w3c_from(db).decode()


def _csv_text(rows: Iterable[tuple[Any, ...]]) -> str:
    """A header of CSV_FIELDS, then the rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    writer.writerows(rows)
    return out.getvalue()


def to_csv(annotations: Iterable[Annotation]) -> str:
    """Annotations as CSV: a header of CSV_FIELDS, one row each, tags separated by spaces."""
    with closing(_in_memory(annotations)) as db:
        return _csv_text(db.execute(CSV_QUERY))


def _markdown_text(rows: Iterable[tuple[Any, ...]]) -> str:
    """Markdown from CSV_QUERY rows: a section per document, the quote, the note and the tags."""
    lines, shown = ["# My notes"], None
    for _, _, modified, motivation, doc, ref, _, _, exact, _, _, note, tags in rows:
        if doc != shown:
            shown = doc
            lines += ["", f"## {doc}"]
        lines += ["", f"- **{ref}** ({motivation}, {modified}): «{' '.join(exact.split())}»"]
        lines += [f"  {line}" for line in note.splitlines()]
        if tags:
            lines.append("  tags: " + " ".join(f"`{tag}`" for tag in tags.split(" ")))
    return "\n".join(lines) + "\n"


def to_markdown(annotations: Iterable[Annotation]) -> str:
    """Annotations as Markdown: a section per document, the quote, the note and the tags."""
    with closing(_in_memory(annotations)) as db:
        return _markdown_text(db.execute(CSV_QUERY))


def export_bytes(kind: str, path: Path | None = None) -> bytes:
    """Every annotation of the store as an export file's UTF-8 text, straight from SQLite.

    Args:
        kind: "w3c" (JSON-LD AnnotationCollection), "csv" or "markdown".
        path: the database file (default: the reader's store).

    Returns:
        The file's content, UTF-8, ending with a line break.

    Raises:
        StoreError: the store cannot be opened. ValueError: an unknown kind.
    """
    with closing(open_store(path)) as db:
        db.row_factory = None
        if kind == "w3c":
            return _w3c_from(db)
        rows = db.execute(CSV_QUERY)
        if kind == "csv":
            return _csv_text(rows).encode()
        if kind == "markdown":
            return _markdown_text(rows).encode()
    raise ValueError(f"unknown export format {kind!r}: w3c, csv or markdown")
