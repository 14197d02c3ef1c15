"""The corpus documents: metadata from corpus/metadata.toml and their raw text, both validated."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from helpers.core.caching import data_cache, read_only
from helpers.core.datafiles import table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.core.types import FORMATS, REGIONS, SCRIPTS, UNKNOWN, Format, Region, Script, Target
from helpers.corpus.encodings import decode_utf8

METADATA_FILE = CORPUS_DIR / "metadata.toml"
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
    """The interview a document reports on, as corpus/metadata.toml records it.

    Attributes:
        venue: where or on which programme it took place.
        date: when, as the document gives it ('unknown' if it does not).
        interviewers: their names, in the file's order (empty if the document names none).
        interviewee: who was interviewed.
        length: how long it ran, as the document gives it.
    """

    venue: str
    date: str
    interviewers: tuple[str, ...]
    interviewee: str
    length: str


@dataclass(frozen=True)
class Document:
    """One corpus document's metadata, from its [[document]] row of corpus/metadata.toml.

    Every text field is non-empty; a fact the document does not give is 'unknown'.

    Attributes:
        id: three digits ('000' … '004').
        slug: lower-case words joined by '_', naming the walkthrough notebook.
        path: the raw text file (absolute).
        title, title_en: the title as written and in English.
        label_en: the project's short English description.
        publisher: the publisher as the document states it.
        url: a web address, or 'unknown'.
        published: an ISO date (YYYY-MM-DD), or 'unknown'.
        script, region: the script and regional usage of the text.
        format: 'plain' (one paragraph a line) or 'markdown'.
        notes: free text.
        interview: the interview the document reports on.
    """

    id: str
    slug: str
    path: Path
    title: str
    title_en: str
    label_en: str
    publisher: str
    url: str
    published: str
    script: Script
    region: Region
    format: Format
    notes: str
    interview: Interview

    @property
    def language(self) -> Target:
        """The text's BCP 47 language tag (language_tag of its script and region)."""
        return language_tag(self.script, self.region)


def language_tag(script: Script, region: Region) -> Target:
    """The BCP 47 language tag of a text, which browsers use to pick glyph forms and fonts.

    Args:
        script, region: as corpus/metadata.toml records them.

    Returns:
        "zh-Hans" for Simplified text, "zh-TW" for Traditional text with Taiwan usage, "zh-Hant"
        for other Traditional text (such as a mainland article converted to Traditional).
    """
    if script == "Simplified":
        return "zh-Hans"
    return "zh-TW" if region == "Taiwan" else "zh-Hant"


def _text_field(where: str, row: Mapping[str, Any], name: str) -> str:
    """A field that must be a non-empty string."""
    value = row.get(name)
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(f"{where}: field '{name}' is missing or empty")
    return value


def _interview(where: str, row: Mapping[str, Any]) -> Interview:
    """The validated [document.interview] table of one row."""
    table = row.get("interview")
    if not isinstance(table, dict):
        raise CorpusError(f"{where}: field 'interview' is missing or not a table")
    for name in INTERVIEW_FIELDS:
        if name not in table:
            raise CorpusError(f"{where}: field 'interview.{name}' is missing")
    interviewers = table["interviewers"]
    if not isinstance(interviewers, list) or not all(
        isinstance(name, str) and name for name in interviewers
    ):
        raise CorpusError(
            f"{where}: field 'interview.interviewers' must be a list of names ([] if unknown)"
        )
    return Interview(
        venue=_text_field(f"{where} interview", table, "venue"),
        date=_text_field(f"{where} interview", table, "date"),
        interviewers=tuple(interviewers),
        interviewee=_text_field(f"{where} interview", table, "interviewee"),
        length=_text_field(f"{where} interview", table, "length"),
    )


def _document(where: str, row: Mapping[str, Any], corpus_dir: Path) -> Document:
    """One validated [[document]] row; its text file must exist under corpus_dir."""
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
    for name, valid in (("script", SCRIPTS), ("region", REGIONS), ("format", FORMATS)):
        if text[name] not in valid:
            raise CorpusError(f"{where}: {name} '{text[name]}' is not one of {', '.join(valid)}")
    if text["url"] != UNKNOWN and not re.fullmatch(r"https?://\S+", text["url"]):
        raise CorpusError(f"{where}: url '{text['url']}' is neither a web address nor '{UNKNOWN}'")
    if text["published"] != UNKNOWN:
        try:
            date.fromisoformat(text["published"])
        except ValueError:
            raise CorpusError(
                f"{where}: published '{text['published']}' is neither YYYY-MM-DD nor '{UNKNOWN}'"
            ) from None
    path = corpus_dir / text["file"]
    if not path.is_file():
        raise CorpusError(f"{where}: text file {path} does not exist")
    return Document(
        id=text["id"],
        slug=text["slug"],
        path=path,
        title=text["title"],
        title_en=text["title_en"],
        label_en=text["label_en"],
        publisher=text["publisher"],
        url=text["url"],
        published=text["published"],
        script=row["script"],  # checked against SCRIPTS above, as the next two
        region=row["region"],
        format=row["format"],
        notes=text["notes"],
        interview=_interview(where, row),
    )


def load_metadata(path: Path = METADATA_FILE) -> Mapping[str, Document]:
    """Every document's metadata from a metadata file, validated.

    Args:
        path: a metadata file in the format of corpus/metadata.toml; each row's 'file' is read
            relative to the file's folder.

    Returns:
        A read-only mapping from document id to Document, in file order.

    Raises:
        CorpusError: the file is missing or not TOML, has no [[document]] rows, or a row has a
            missing, empty, unknown or malformed field, a duplicate id or slug, or names a text
            file that does not exist (file and row named).
    """
    loaded: dict[str, Document] = {}
    for _, where, row in table_rows(path, "document"):
        document = _document(where, row, path.parent)
        if document.id in loaded:
            raise CorpusError(f"{where}: duplicate id {document.id}")
        if any(other.slug == document.slug for other in loaded.values()):
            raise CorpusError(f"{where}: duplicate slug {document.slug}")
        loaded[document.id] = document
    return read_only(loaded)


@data_cache
def documents() -> Mapping[str, Document]:
    """The project's documents from corpus/metadata.toml, by id in file order ('000' … '004').

    Returns:
        A read-only mapping from document id to Document.

    Raises:
        CorpusError: corpus/metadata.toml is malformed (see load_metadata).
    """
    return load_metadata()


def document(doc_id: str) -> Document:
    """One document's metadata from corpus/metadata.toml.

    Args:
        doc_id: a document id such as '003'.

    Returns:
        The document's metadata.

    Raises:
        CorpusError: the id is not a corpus document; the message lists the known ids.
    """
    known = documents()
    if doc_id not in known:
        raise CorpusError(f"unknown document '{doc_id}'; known: {', '.join(known)}")
    return known[doc_id]


def read_raw(path: Path) -> str:
    """A text file's content, decoded as strict UTF-8 and otherwise as it is (a BOM or CRs kept).

    Args:
        path: the file, usually a corpus text under corpus/texts/.

    Returns:
        The raw text.

    Raises:
        CorpusError: the file does not exist, is empty (or only whitespace) or is not UTF-8 (GBK,
            Big5 …); the message names the file and, for bad bytes, the first one, its offset and
            the likely encoding (decode_utf8).
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"{path}: file not found") from None
    if not data.strip():
        raise CorpusError(f"{path}: file is empty")
    return decode_utf8(data, str(path))
