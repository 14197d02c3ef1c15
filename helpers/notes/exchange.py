"""Annotations in and out: import merged by id, backup; the exports (W3C JSON-LD, CSV, Markdown)
are defined in helpers.notes.exports and named here too.

Import reads what export writes (W3C JSON-LD: a collection, a page, a list or one annotation; or
the CSV), checks every record first and refuses the whole file, naming the lines of the bad records,
if any is malformed. It merges by id in one transaction: a new id is added, a later `modified`
replaces the stored annotation, an equal or older one leaves it unchanged.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers.core.errors import CorpusError
from helpers.corpus.documents import documents
from helpers.notes.annotations import (
    MOTIVATIONS,
    REF,
    Annotation,
    check_note,
    check_tags,
    store_annotations,
)
from helpers.notes.exports import CSV_FIELDS, to_csv, to_markdown, to_w3c
from helpers.notes.store import StoreError, open_store, writing
from helpers.notes.w3c_layout import SOURCE

__all__ = [
    "ImportRefusedError", "ImportReport", "backup", "import_file", "merge", "read_file",
    "to_csv", "to_markdown", "to_w3c", "write_text",
]  # fmt: skip

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


class ImportRefusedError(CorpusError):
    """A file that cannot be imported; nothing of it was stored."""


@dataclass(frozen=True)
class ImportReport:
    """What an import did: how many annotations were added, updated and left unchanged."""

    added: int
    updated: int
    unchanged: int


def _record(fields: Mapping[str, Any], tags: Iterable[str]) -> Annotation:
    """An annotation from its flat fields, every one checked.

    Raises:
        CorpusError: a missing or malformed field (the field named).
    """
    try:
        start, end = int(fields["start"]), int(fields["end"])
        values = {k: fields[k] for k in ("id", "created", "modified", "motivation", "doc", "ref")}
        texts = {k: fields.get(k) or "" for k in ("exact", "prefix", "suffix", "note")}
    except KeyError as missing:
        raise CorpusError(f"no {missing.args[0]}") from None
    except (TypeError, ValueError):
        raise CorpusError("start and end must be whole numbers") from None
    if not all(isinstance(value, str) for value in [*values.values(), *texts.values()]):
        raise CorpusError("a field that should be text is not")
    try:
        if uuid.UUID(values["id"]).version != 4:
            raise ValueError
    except ValueError:
        raise CorpusError(f"id {values['id']!r} is not a UUID4") from None
    for stamp in ("created", "modified"):
        if not STAMP.fullmatch(values[stamp]):
            raise CorpusError(f"{stamp} {values[stamp]!r} is not UTC ISO 8601 (…T09:30:00Z)")
    if values["motivation"] not in MOTIVATIONS:
        raise CorpusError(f"unknown motivation {values['motivation']!r}")
    if values["doc"] not in documents():
        raise CorpusError(f"unknown document {values['doc']!r}")
    match = REF.fullmatch(values["ref"])
    if not match or match["doc"] != values["doc"]:
        raise CorpusError(f"sentence reference {values['ref']!r} is not one of {values['doc']}")
    if not 0 <= start <= end or not texts["exact"]:
        raise CorpusError("the span is empty or its start and end are out of order")
    return Annotation(
        values["id"], values["created"], values["modified"], values["motivation"],
        check_note(texts["note"]), check_tags(tags), values["doc"], values["ref"],
        texts["exact"], texts["prefix"], texts["suffix"], start, end,
    )  # fmt: skip


def _from_w3c(item: Any) -> Annotation:
    """An annotation from one W3C JSON-LD item as to_w3c writes it."""
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise CorpusError("not an object of type Annotation")
    target = item.get("target")
    if not isinstance(target, dict) or not str(target.get("source", "")).startswith(SOURCE):
        raise CorpusError(f"target source is not {SOURCE}DOC")
    selectors = {s.get("type"): s for s in target.get("selector", []) if isinstance(s, dict)}
    quote = selectors.get("TextQuoteSelector", {})
    position = selectors.get("TextPositionSelector", {})
    bodies = [b for b in item.get("body", []) if isinstance(b, dict)]
    notes = [b.get("value", "") for b in bodies if b.get("purpose") != "tagging"]
    fields = {
        **{key: item.get(key) for key in ("created", "modified", "motivation")},
        "id": str(item.get("id", "")).removeprefix("urn:uuid:"),
        "doc": str(target["source"]).removeprefix(SOURCE),
        "ref": target.get("sentence"),
        **{key: quote.get(key) for key in ("exact", "prefix", "suffix")},
        "start": position.get("start"),
        "end": position.get("end"),
        "note": notes[0] if notes else "",
    }
    return _record(fields, [b.get("value", "") for b in bodies if b.get("purpose") == "tagging"])


def _w3c_items(text: str) -> list[tuple[str, Any]]:
    """(where, item) for every annotation of a W3C JSON-LD document; where names its line."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRefusedError(f"not JSON: line {error.lineno}: {error.msg}") from None
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        data = data.get("first", {})
    if isinstance(data, dict) and data.get("type") == "AnnotationPage":
        data = data.get("items", [])
    items = data if isinstance(data, list) else [data]
    found = []
    for number, item in enumerate(items, 1):
        at = text.find(json.dumps(item.get("id"))) if isinstance(item, dict) else -1
        line = f", line {text.count(chr(10), 0, at) + 1}" if at >= 0 else ""
        found.append((f"annotation {number}{line}", item))
    return found


def read_file(file: Path) -> list[Annotation]:
    """Every annotation of an exported file (W3C JSON-LD or CSV), all checked.

    Raises:
        ImportRefusedError: the file cannot be read, or some records are malformed (each named
            by its line, at most ten listed).
    """
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportRefusedError(f"cannot read {file}: {error}") from None
    found, problems = [], []
    if text.lstrip()[:1] in ("{", "["):
        for where, item in _w3c_items(text):
            try:
                found.append(_from_w3c(item))
            except CorpusError as error:
                problems.append(f"{where}: {error}")
    else:
        reader = csv.DictReader(io.StringIO(text))
        if tuple(reader.fieldnames or ()) != CSV_FIELDS:
            raise ImportRefusedError(f"{file}: the CSV header is not {','.join(CSV_FIELDS)}")
        line = reader.line_num + 1
        for row in reader:
            try:
                if None in row or None in row.values():
                    raise CorpusError(f"{len(CSV_FIELDS)} fields expected")
                found.append(_record(row, row["tags"].split()))
            except CorpusError as error:
                problems.append(f"line {line}: {error}")
            line = reader.line_num + 1
    if problems:
        raise ImportRefusedError(
            f"{file}: {len(problems)} malformed record(s), nothing imported: "
            + "; ".join(problems[:10])
        )
    return found


def merge(db: sqlite3.Connection, annotations: list[Annotation]) -> ImportReport:
    """Merge annotations by id in an open transaction: new added, later modified replaces."""
    stored = dict(db.execute("SELECT id, modified FROM annotations").fetchall())
    newer = [a for a in annotations if a.id in stored and a.modified > stored[a.id]]
    new = list({a.id: a for a in annotations if a.id not in stored}.values())
    store_annotations(db, new + newer)
    return ImportReport(len(new), len(newer), len(annotations) - len(new) - len(newer))


def import_file(file: Path, path: Path | None = None) -> ImportReport:
    """Import an exported file into the store, merging by id, all or nothing.

    Args:
        file: a W3C JSON-LD export (collection, page, list, one annotation) or the CSV.
        path: the database file (default: the reader's store).

    Returns:
        How many annotations were added, updated and left unchanged.

    Raises:
        ImportRefusedError: see read_file. StoreError: the store cannot be opened.
    """
    annotations = read_file(file)
    with writing(path) as db:
        db.row_factory = None
        return merge(db, annotations)


def write_text(out: Path, text: str | bytes) -> None:
    """Write a file whole (text, or its UTF-8 bytes): a temporary file beside it, then an atomic
    rename.

    Raises:
        CorpusError: the folder is missing or cannot be written.
    """
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(text if isinstance(text, bytes) else text.encode())
        os.replace(temporary, out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CorpusError(f"cannot write {out}: {error.strerror}") from None


def backup(out: Path, path: Path | None = None) -> None:
    """Copy the store to a new file with SQLite's online backup API (safe while others write).

    Args:
        out: the backup file to create; restore it by copying it to the store's path.
        path: the database file (default: the reader's store).

    Raises:
        StoreError: out exists already, or cannot be written, or the store cannot be opened.
    """
    if out.exists():
        raise StoreError(f"{out} exists already; choose a new file for the backup")
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with closing(open_store(path)) as db, closing(sqlite3.connect(temporary)) as copy:
            db.backup(copy)
        os.replace(temporary, out)
    except (OSError, sqlite3.Error) as error:
        temporary.unlink(missing_ok=True)
        raise StoreError(f"cannot write the backup {out}: {error}") from None
