"""The corpus documents: metadata from corpus/metadata.toml and their raw text, both validated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from helpers.core.datafiles import table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.core.types import FORMATS, REGIONS, SCRIPTS, UNKNOWN

DOCUMENT_FIELDS = (
    "id",
    "slug",
    "file",
    "title",
    "title_en",
    "label_en",
    "publisher",
    "url",
    "published",
    "script",
    "region",
    "format",
    "notes",
    "interview",
)
INTERVIEW_FIELDS = ("venue", "date", "interviewers", "interviewee", "length")


@dataclass(frozen=True)
class Interview:
    """The interview a document reports on."""

    venue: str
    date: str
    interviewers: tuple[str, ...]
    interviewee: str
    length: str


@dataclass(frozen=True)
class Document:
    """One corpus document's metadata."""

    id: str
    slug: str
    path: Path
    title: str
    title_en: str
    label_en: str
    publisher: str
    url: str
    published: str
    script: str
    region: str
    format: str
    notes: str
    interview: Interview


def _text_field(where: str, row: dict, name: str) -> str:
    value = row.get(name)
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(f"{where}: field '{name}' is missing or empty")
    return value


def _interview(where: str, row: dict) -> Interview:
    table = row.get("interview")
    if not isinstance(table, dict):
        raise CorpusError(f"{where}: field 'interview' is missing or not a table")
    for name in INTERVIEW_FIELDS:
        if name not in table:
            raise CorpusError(f"{where}: field 'interview.{name}' is missing")
    interviewers = table["interviewers"]
    if not isinstance(interviewers, list) or not all(
        isinstance(i, str) and i for i in interviewers
    ):
        raise CorpusError(
            f"{where}: field 'interview.interviewers' must be a list of names ([] if unknown)"
        )
    fields = {
        name: _text_field(f"{where} interview", table, name)
        for name in INTERVIEW_FIELDS
        if name != "interviewers"
    }
    return Interview(interviewers=tuple(interviewers), **fields)


def _document(where: str, row: dict, corpus_dir: Path) -> Document:
    for name in DOCUMENT_FIELDS:
        if name not in row:
            raise CorpusError(f"{where}: field '{name}' is missing")
    unexpected = sorted(set(row) - set(DOCUMENT_FIELDS))
    if unexpected:
        raise CorpusError(f"{where}: unknown field(s) {', '.join(unexpected)}")
    text = {name: _text_field(where, row, name) for name in DOCUMENT_FIELDS if name != "interview"}
    if not re.fullmatch(r"\d{3}", text["id"]):
        raise CorpusError(f"{where}: id '{text['id']}' is not three digits")
    if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", text["slug"]):
        raise CorpusError(f"{where}: slug '{text['slug']}' must be lower-case words joined by '_'")
    if text["script"] not in SCRIPTS:
        raise CorpusError(f"{where}: script '{text['script']}' is not one of {', '.join(SCRIPTS)}")
    if text["region"] not in REGIONS:
        raise CorpusError(f"{where}: region '{text['region']}' is not one of {', '.join(REGIONS)}")
    if text["format"] not in FORMATS:
        raise CorpusError(f"{where}: format '{text['format']}' is not one of {', '.join(FORMATS)}")
    if text["url"] != UNKNOWN and not re.fullmatch(r"https?://\S+", text["url"]):
        raise CorpusError(f"{where}: url '{text['url']}' is neither a web address nor '{UNKNOWN}'")
    if text["published"] != UNKNOWN:
        try:
            date.fromisoformat(text["published"])
        except ValueError:
            raise CorpusError(
                f"{where}: published '{text['published']}' is neither YYYY-MM-DD nor '{UNKNOWN}'"
            ) from None
    path = corpus_dir / text.pop("file")
    if not path.is_file():
        raise CorpusError(f"{where}: text file {path} does not exist")
    return Document(path=path, interview=_interview(where, row), **text)


def load_metadata(path: Path | None = None) -> dict[str, Document]:
    """All documents' metadata by id, validated."""
    path = path or CORPUS_DIR / "metadata.toml"
    documents: dict[str, Document] = {}
    for _, where, row in table_rows(path, "document"):
        document = _document(where, row, path.parent)
        if document.id in documents:
            raise CorpusError(f"{where}: duplicate id {document.id}")
        if any(other.slug == document.slug for other in documents.values()):
            raise CorpusError(f"{where}: duplicate slug {document.slug}")
        documents[document.id] = document
    return documents


@cache
def documents() -> dict[str, Document]:
    """The project's documents by id (loaded once)."""
    return load_metadata()


def document(doc_id: str) -> Document:
    """One document's metadata, or a clear error for an unknown id."""
    known = documents()
    if doc_id not in known:
        raise CorpusError(f"unknown document '{doc_id}'; known: {', '.join(known)}")
    return known[doc_id]


def read_raw(path: Path) -> str:
    """A text file decoded as strict UTF-8; an empty or mis-encoded file is an error."""
    data = path.read_bytes()
    if not data.strip():
        raise CorpusError(f"{path}: file is empty")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CorpusError(
            f"{path}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "the corpus expects UTF-8 text, so convert GBK or Big5 files first"
        ) from None
