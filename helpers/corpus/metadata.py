"""Corpus metadata: the rows of a metadata.toml (corpus/metadata.toml or a reader's corpus's),
validated row by row, and the Problem a bad row, text or file is reported as.

The curated corpus is the repository's corpus/ (ids 000-099). A reader's corpus is a folder outside
the repository with the same layout (metadata.toml, texts/, structure.toml and repairs.toml, both
optional, notebooks/), named by READER_CORPUS (helpers.core.home; ids 100-999). A document with a
problem (a bad metadata row, a missing, empty or undecodable text, bad structure rows, an id outside
its corpus's range, an id or slug another document has) is left out and its problem recorded
(helpers.corpus.documents.corpus_problems); the other documents keep working.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from helpers.core.caching import read_only
from helpers.core.datafiles import read_toml
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.core.types import FORMATS, REGIONS, SCRIPTS, UNKNOWN, Format, Region, Script, Target

METADATA_FILE = CORPUS_DIR / "metadata.toml"
Corpus = Literal["curated", "reader"]
"""Which corpus a document belongs to: the repository's corpus/ or the reader's own folder."""
ID_RANGES: dict[Corpus, tuple[int, int]] = {"curated": (0, 99), "reader": (100, 999)}
"""The document ids each corpus may use, inclusive."""
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "gb18030", "big5")
"""The values of the optional metadata field 'encoding' (default 'utf-8'); utf-16 needs a BOM."""
ENCODING_NAMES = {"utf-16": "UTF-16", "gb18030": "GB18030", "big5": "Big5"}
"""The encodings that are not UTF-8, as a message names them."""
OPTIONAL_FIELDS = ("encoding",)
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
        corpus: 'curated' (the repository's corpus/) or 'reader' (READER_CORPUS).
        encoding: the text file's encoding, one of ENCODINGS (metadata field 'encoding', optional).
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
    corpus: Corpus = "curated"
    encoding: str = "utf-8"

    @property
    def source(self) -> str:
        """The text file as a page may name it without a full path: 'corpus/texts/NAME' for a
        curated document, 'texts/NAME' (inside the reader's corpus) for a reader's."""
        return (
            f"corpus/texts/{self.path.name}"
            if self.corpus == "curated"
            else f"texts/{self.path.name}"
        )

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


def _document(
    where: str, row: Mapping[str, Any], corpus_dir: Path, corpus: Corpus = "curated"
) -> Document:
    """One validated [[document]] row; its text file must exist under corpus_dir."""
    for name in DOCUMENT_FIELDS:
        if name not in row:
            raise CorpusError(f"{where}: field '{name}' is missing")
    unexpected = sorted(set(row) - set(DOCUMENT_FIELDS) - set(OPTIONAL_FIELDS))
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
    encoding = row.get("encoding", "utf-8")
    if encoding not in ENCODINGS:
        raise CorpusError(f"{where}: encoding {encoding!r} is not one of {', '.join(ENCODINGS)}")
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
        corpus=corpus,
        encoding=encoding,
    )


@dataclass(frozen=True)
class Problem:
    """Why a document (or a whole corpus file) cannot be used.

    Attributes:
        file: the file at fault (a metadata, structure or repairs file, or a text).
        doc_id: the document it concerns, or None for a problem with a whole file.
        message: one line saying what is wrong (it names the file).
    """

    file: Path
    doc_id: str | None
    message: str

    def __str__(self) -> str:
        return self.message if str(self.file) in self.message else f"{self.file}: {self.message}"

    def as_dict(self) -> dict[str, str | None]:
        """The problem as a JSON-ready dict: file, doc and message."""
        return {"file": str(self.file), "doc": self.doc_id, "message": str(self)}


def scan_metadata(
    path: Path, corpus: Corpus = "curated"
) -> tuple[dict[str, Document], list[Problem]]:
    """The good rows of a metadata file and a problem for each bad one.

    Args:
        path: a metadata file in the format of corpus/metadata.toml; each row's 'file' is read
            relative to the file's folder.
        corpus: which corpus the rows belong to (Document.corpus).

    Returns:
        (documents by id in file order, problems in file order). A file that cannot be read or is
        not TOML is one problem and no documents; a file without rows is a problem for the curated
        corpus and an empty reader's corpus otherwise. A row with a missing, empty, unknown or
        malformed field, a text file that does not exist, or the id or slug of an earlier row is
        a problem (file and row named) and is left out.
    """
    try:
        rows = read_toml(path).get("document", [])
    except CorpusError as error:
        return {}, [Problem(path, None, str(error))]
    if not isinstance(rows, list) or (corpus == "curated" and not rows):
        return {}, [Problem(path, None, f"{path}: no [[document]] entries")]
    loaded: dict[str, Document] = {}
    problems: list[Problem] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            problems.append(Problem(path, None, f"{path}: document #{number} is not a table"))
            continue
        doc_id = row["id"] if isinstance(row.get("id"), str) else None
        where = f"{path}: document #{number}" + (f" (id {doc_id})" if doc_id else "")
        try:
            document = _document(where, row, path.parent, corpus)
            if document.id in loaded:
                raise CorpusError(f"{where}: duplicate id {document.id}")
            if any(other.slug == document.slug for other in loaded.values()):
                raise CorpusError(f"{where}: duplicate slug {document.slug}")
        except CorpusError as error:
            problems.append(Problem(path, doc_id, str(error)))
            continue
        loaded[document.id] = document
    return loaded, problems


def load_metadata(path: Path = METADATA_FILE, corpus: Corpus = "curated") -> Mapping[str, Document]:
    """Every document's metadata from a metadata file, validated; the first problem is an error.

    Args:
        path: a metadata file in the format of corpus/metadata.toml; each row's 'file' is read
            relative to the file's folder.
        corpus: which corpus the rows belong to (Document.corpus).

    Returns:
        A read-only mapping from document id to Document, in file order.

    Raises:
        CorpusError: the file is missing or not TOML, has no [[document]] rows, or a row has a
            missing, empty, unknown or malformed field, a duplicate id or slug, or names a text
            file that does not exist (file and row named).
    """
    loaded, problems = scan_metadata(path, corpus)
    if problems:
        raise CorpusError(problems[0].message)
    if not loaded:
        raise CorpusError(f"{path}: no [[document]] entries")
    return read_only(loaded)
