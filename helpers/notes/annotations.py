"""The reader's annotations, following the W3C Web Annotation model: add, list, edit, delete.

An annotation targets a span of a document's normalised text (helpers.corpus.repairs): the sentence
reference where it starts ('003:p2.s1'), a TextQuoteSelector (exact, and up to 32 characters of
prefix and suffix) and a TextPositionSelector (start, end). Its body is a note and tags. Each call
opens the store for one transaction (helpers.notes.store).
"""

from __future__ import annotations

import bisect
import re
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, get_args

from helpers.core.errors import CorpusError, check_choice
from helpers.corpus.segments import Sentence, segmented
from helpers.notes.store import StoreError, open_store, writing

Motivation = Literal["highlighting", "commenting", "tagging", "bookmarking"]
MOTIVATIONS: tuple[Motivation, ...] = get_args(Motivation)
CONTEXT = 32
"""Characters of prefix and suffix kept around the exact quote."""
MAX_NOTE = 20_000
"""The longest note, in characters (a page of text); a longer one is refused."""
MAX_TAG = 64
REF = re.compile(r"(?P<doc>\d{3}):p(?P<paragraph>\d+)\.s(?P<sentence>\d+)")
FIELDS = (
    ("id", "id"), ("created", "created"), ("modified", "modified"),
    ("motivation", "motivation"), ("note", "note"), ("doc", "doc"), ("ref", "ref"),
    ("exact", "exact"), ("prefix", "prefix"), ("suffix", "suffix"),
    ("start", "start_offset"), ("end", "end_offset"),
)  # fmt: skip
"""(attribute, column) of every stored field but the tags, in the order of the columns."""
COLUMNS = ", ".join(column for _, column in FIELDS)
ORDER = "ORDER BY doc, start_offset, created, id"


class AnnotationError(CorpusError):
    """An annotation that cannot be stored as given (reference, quote, note, tag), and why."""


@dataclass(frozen=True)
class Annotation:
    """One annotation, W3C Web Annotation fields flattened.

    Attributes:
        id: a UUID4 string.
        created, modified: UTC, ISO 8601 with Z, second precision.
        motivation: why it was made.
        note: the body text ('' for none).
        tags: the tag bodies, sorted.
        doc: the document id; ref: the sentence reference where the span starts.
        exact, prefix, suffix: the TextQuoteSelector.
        start, end: the TextPositionSelector, characters into the normalised text.
    """

    id: str
    created: str
    modified: str
    motivation: Motivation
    note: str
    tags: tuple[str, ...]
    doc: str
    ref: str
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    def as_dict(self) -> dict[str, object]:
        """The annotation as a JSON-ready dict with its attribute names as keys, tags a list."""
        return {
            "id": self.id,
            "created": self.created,
            "modified": self.modified,
            "motivation": self.motivation,
            "note": self.note,
            "tags": list(self.tags),
            "doc": self.doc,
            "ref": self.ref,
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
        }


def now() -> str:
    """The current UTC time as ISO 8601 with Z, second precision ('2026-03-01T09:30:00Z')."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_note(note: str) -> str:
    """The note as given, refused when longer than MAX_NOTE characters.

    Raises:
        AnnotationError: the note is too long (its length and the limit named).
    """
    if len(note) > MAX_NOTE:
        raise AnnotationError(
            f"a note of {len(note):,} characters is too long; the limit is {MAX_NOTE:,}"
        )
    return note


def check_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags stripped, de-duplicated and sorted.

    Raises:
        AnnotationError: an empty tag, one with spaces or one longer than MAX_TAG characters.
    """
    found = set()
    for tag in tags:
        tag = tag.strip()
        if not tag or len(tag) > MAX_TAG or any(char.isspace() for char in tag):
            raise AnnotationError(f"tag {tag!r}: a tag is 1 to {MAX_TAG} characters without spaces")
        found.add(tag)
    return tuple(sorted(found))


def find_sentence(ref: str) -> Sentence:
    """The sentence a reference names.

    Raises:
        AnnotationError: the reference is malformed or names no sentence of a corpus document.
    """
    match = REF.fullmatch(ref)
    if not match:
        raise AnnotationError(f"sentence reference {ref!r} is not of the form 003:p2.s1")
    try:
        sentences = segmented(match["doc"]).sentences
    except CorpusError:
        raise AnnotationError(f"sentence reference {ref!r}: no document {match['doc']}") from None
    found = [sentence for sentence in sentences if sentence.ref == ref]
    if not found:
        raise AnnotationError(f"unknown sentence reference {ref!r}: no such sentence in {ref[:3]}")
    return found[0]


def _span(ref: str, quote: str | None, end_ref: str | None) -> tuple[str, str, int, int]:
    """The document, starting sentence reference and offsets of a quote in ref..end_ref."""
    first = find_sentence(ref)
    last = find_sentence(end_ref) if end_ref else first
    if last.doc != first.doc or last.end < first.end:
        raise AnnotationError(f"{end_ref} does not come after {ref} in the same document")
    text = segmented(first.doc).text
    if quote is None:
        start, end = first.start, first.start + len(text[first.start : last.end].rstrip())
    else:
        if not quote:
            raise AnnotationError("the quote is empty")
        found = text.find(quote, first.start, last.end)
        if found < 0:
            where = f"{ref}..{end_ref}" if end_ref else ref
            raise AnnotationError(f"the quote {quote!r} is not in {where}")
        start, end = found, found + len(quote)
    sentences = segmented(first.doc).sentences
    starts = [sentence.start for sentence in sentences]
    return first.doc, sentences[bisect.bisect_right(starts, start) - 1].ref, start, end


def add_annotation(
    ref: str,
    note: str = "",
    tags: Iterable[str] = (),
    quote: str | None = None,
    motivation: Motivation | None = None,
    end_ref: str | None = None,
    path: Path | None = None,
) -> Annotation:
    """Annotate a sentence, several sentences or a span inside them, and store it.

    Args:
        ref: the sentence reference where the span starts ('003:p2.s1').
        note: the note ('' for a plain highlight), at most MAX_NOTE characters.
        tags: tags, 1 to 64 characters without spaces.
        quote: the exact text highlighted, found in the sentences ref..end_ref (first occurrence);
            None for the whole sentences (trailing spaces and line breaks left out).
        motivation: default commenting with a note, else highlighting.
        end_ref: the last sentence of a span over several sentences (default ref).
        path: the database file (default: the reader's store).

    Returns:
        The stored annotation (a new UUID4, created = modified = now).

    Raises:
        AnnotationError: an unknown or malformed reference, a quote not there, a note too long,
            a bad tag or motivation.
        StoreError: the store cannot be opened (see helpers.notes.store.open_store).
    """
    note, tags = check_note(note), check_tags(tags)
    chosen = motivation or ("commenting" if note else "highlighting")
    check_choice(MOTIVATIONS, chosen, "motivation")
    doc, start_ref, start, end = _span(ref, quote, end_ref)
    text, stamp = segmented(doc).text, now()
    annotation = Annotation(
        str(uuid.uuid4()), stamp, stamp, chosen, note, tags, doc, start_ref, text[start:end],
        text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT], start, end,
    )  # fmt: skip
    with writing(path) as db:
        store_annotations(db, [annotation])
    return annotation


def store_annotations(db: sqlite3.Connection, annotations: Iterable[Annotation]) -> None:
    """Insert or replace annotations and their tags in an open transaction."""
    annotations = list(annotations)
    db.executemany(
        f"INSERT OR REPLACE INTO annotations ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (a.id, a.created, a.modified, a.motivation, a.note, a.doc, a.ref, a.exact,
             a.prefix, a.suffix, a.start, a.end)
            for a in annotations
        ],
    )  # fmt: skip
    db.executemany("DELETE FROM tags WHERE annotation = ?", [(a.id,) for a in annotations])
    db.executemany(
        "INSERT INTO tags (annotation, tag) VALUES (?, ?)",
        [(a.id, tag) for a in annotations for tag in a.tags],
    )


def annotation_rows(
    db: sqlite3.Connection, where: str, values: tuple[object, ...]
) -> tuple[Annotation, ...]:
    """Annotations matching a WHERE clause (its values), in document order, with their tags."""
    tags: dict[str, list[str]] = {}
    for annotation, tag in db.execute(
        f"SELECT annotation, tag FROM tags WHERE annotation IN (SELECT id FROM annotations "
        f"{where}) ORDER BY annotation, tag",
        values,
    ):
        tags.setdefault(annotation, []).append(tag)
    rows = db.execute(f"SELECT {COLUMNS} FROM annotations {where} {ORDER}", values)
    return tuple(
        Annotation(i, c, m, mo, n, tuple(tags.get(i, ())), d, r, e, p, s, start, end)
        for i, c, m, mo, n, d, r, e, p, s, start, end in rows
    )


def list_annotations(
    doc: str | None = None, tag: str | None = None, path: Path | None = None
) -> tuple[Annotation, ...]:
    """The stored annotations in document order (doc, start), then by creation time.

    Args:
        doc: only this document's; tag: only those with this tag.
        path: the database file (default: the reader's store).

    Raises:
        StoreError: the store cannot be opened.
    """
    with closing(open_store(path)) as db:
        db.row_factory = None
        return annotation_rows(db, *_filter(doc, tag))


def _filter(doc: str | None, tag: str | None) -> tuple[str, tuple[str, ...]]:
    """The WHERE clause and its values for a document and a tag (None: any)."""
    clauses = [c for c, v in (("doc = ?", doc), ("id IN (SELECT annotation FROM tags "
               "WHERE tag = ?)", tag)) if v is not None]  # fmt: skip
    values = tuple(v for v in (doc, tag) if v is not None)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), values


def json_lines(
    doc: str | None = None, tag: str | None = None, path: Path | None = None
) -> Iterator[str]:
    """list_annotations as JSON objects with as_dict's keys and values, one a string, made by
    SQLite's JSON functions (what `notes list` prints: 100,000 go out in well under a second).

    Raises:
        StoreError: the store cannot be opened.
    """
    pairs = [f"'{name}', {column}" for name, column in FIELDS]
    tags = (
        "'tags', (SELECT json_group_array(tag) FROM "
        "(SELECT tag FROM tags WHERE annotation = id ORDER BY tag))"
    )
    where, values = _filter(doc, tag)
    with closing(open_store(path)) as db:
        db.row_factory = None
        query = f"SELECT json_object({', '.join([*pairs[:5], tags, *pairs[5:]])}) FROM annotations"
        for (line,) in db.execute(f"{query} {where} {ORDER}", values):
            yield line


def get_annotation(db: sqlite3.Connection, id: str) -> Annotation:
    """One annotation by id from an open store.

    Raises:
        StoreError: no annotation has this id.
    """
    db.row_factory = None
    found = annotation_rows(db, "WHERE id = ?", (id,))
    if not found:
        raise StoreError(f"no annotation with id {id!r} in the notes store")
    return found[0]


def edit_annotation(
    id: str, note: str | None = None, tags: Iterable[str] | None = None, path: Path | None = None
) -> Annotation:
    """Change an annotation's note or tags (None: keep), and its modified time.

    Returns:
        The annotation as stored now.

    Raises:
        StoreError: no annotation has this id, or the store cannot be opened.
        AnnotationError: the note is too long or a tag is bad.
    """
    new_note = None if note is None else check_note(note)
    new_tags = None if tags is None else check_tags(tags)
    with writing(path) as db:
        old = get_annotation(db, id)
        changed = Annotation(
            old.id, old.created, now(), old.motivation,
            old.note if new_note is None else new_note,
            old.tags if new_tags is None else new_tags,
            old.doc, old.ref, old.exact, old.prefix, old.suffix, old.start, old.end,
        )  # fmt: skip
        store_annotations(db, [changed])
    return changed


def delete_annotation(id: str, path: Path | None = None) -> None:
    """Delete an annotation and its tags.

    Raises:
        StoreError: no annotation has this id, or the store cannot be opened.
    """
    with writing(path) as db:
        if db.execute("DELETE FROM annotations WHERE id = ?", (id,)).rowcount == 0:
            raise StoreError(f"no annotation with id {id!r} in the notes store")
