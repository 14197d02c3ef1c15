"""The corpus documents of both corpora side by side, checked, and their raw text.

The curated corpus is the repository's corpus/ (ids 000-099); a reader's corpus is a folder outside
the repository with the same layout, named by READER_CORPUS (ids 100-999; the rows are read by
helpers.corpus.metadata). documents() holds every document that can be used; a document with a
problem is left out and its problem recorded (corpus_problems), so one bad document never stops
the others, and a broken reader's corpus never stops the curated documents.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from helpers.core.caching import data_cache, read_only
from helpers.core.errors import CorpusError
from helpers.core.home import CORPUS_VARIABLE, reader_corpus_dir
from helpers.core.paths import CORPUS_DIR
from helpers.corpus.encodings import decode_utf8, likely_encoding
from helpers.corpus.metadata import (
    DOCUMENT_FIELDS,
    ENCODING_NAMES,
    ENCODINGS,
    ID_RANGES,
    INTERVIEW_FIELDS,
    METADATA_FILE,
    Corpus,
    Document,
    Interview,
    Problem,
    language_tag,
    load_metadata,
    scan_metadata,
)

__all__ = [
    "DOCUMENT_FIELDS",
    "ENCODINGS",
    "ENCODING_NAMES",
    "ID_RANGES",
    "INTERVIEW_FIELDS",
    "METADATA_FILE",
    "Corpus",
    "Document",
    "Interview",
    "Problem",
    "corpus_folder",
    "corpus_problems",
    "corpus_roots",
    "decode_text",
    "document",
    "documents",
    "language_tag",
    "load_metadata",
    "read_raw",
    "scan_metadata",
]


def corpus_roots() -> tuple[tuple[Corpus, Path], ...]:
    """The corpora the suite shows: the curated one, then the reader's if READER_CORPUS names one.

    Returns:
        (corpus, folder) pairs; the reader's folder may not exist (that is a corpus problem).
    """
    reader = reader_corpus_dir()
    curated: tuple[Corpus, Path] = ("curated", CORPUS_DIR)
    return (curated, ("reader", reader)) if reader else (curated,)


def corpus_folder(corpus: Corpus) -> Path:
    """The folder of a corpus (the reader's: READER_CORPUS, which must be set).

    Raises:
        CorpusError: the reader's corpus is asked for but READER_CORPUS is not set.
    """
    if corpus == "curated":
        return CORPUS_DIR
    folder = reader_corpus_dir()
    if folder is None:
        raise CorpusError(f"no reader's corpus: {CORPUS_VARIABLE} is not set")
    return folder


@dataclass(frozen=True)
class _Catalogue:
    """The documents that can be used, and the problems of those that cannot."""

    documents: Mapping[str, Document]
    problems: tuple[Problem, ...]


def _check_document(document: Document, taken: Mapping[str, Document], where: Path) -> None:
    """Refuse a document whose id is outside its corpus's range or whose id or slug is taken, or
    whose text cannot be read.

    Raises:
        CorpusError: naming the document and what is wrong.
    """
    low, high = ID_RANGES[document.corpus]
    if not low <= int(document.id) <= high:
        raise CorpusError(
            f"{where}: document {document.id}: ids of the {document.corpus} corpus are "
            f"{low:03d}-{high:03d}"
        )
    for other in taken.values():
        if other.id == document.id or other.slug == document.slug:
            what = "id" if other.id == document.id else "slug"
            raise CorpusError(
                f"{where}: document {document.id}: {what} {getattr(document, what)} is taken by "
                f"document {other.id} of the {other.corpus} corpus"
            )
    read_raw(document.path, document.encoding)


@data_cache
def _catalogue(roots: tuple[tuple[Corpus, Path], ...]) -> _Catalogue:
    """Every corpus's documents checked: metadata rows, ids, texts and structure rows."""
    from helpers.corpus.structure import scan_structure  # structure imports this module

    found: dict[str, Document] = {}
    problems: list[Problem] = []
    for corpus, folder in roots:
        metadata = folder / "metadata.toml"
        if corpus == "reader" and not folder.is_dir():
            problems.append(
                Problem(
                    folder, None, f"{folder}: the folder {CORPUS_VARIABLE} names does not exist"
                )
            )
            continue
        if corpus == "reader" and not metadata.is_file():
            continue  # a reader's corpus before its first document
        loaded, row_problems = scan_metadata(metadata, corpus)
        problems.extend(row_problems)
        kept: dict[str, Document] = {}
        for document in loaded.values():
            try:
                _check_document(document, found | kept, metadata)
            except CorpusError as error:
                file = document.path if str(document.path) in str(error) else metadata
                problems.append(Problem(file, document.id, str(error)))
                continue
            kept[document.id] = document
        structure_file = folder / "structure.toml"
        named = set(loaded) | {problem.doc_id for problem in row_problems if problem.doc_id}
        if named and (corpus == "curated" or structure_file.is_file()):
            _, structure_problems = scan_structure(structure_file, named)
            problems.extend(structure_problems)
            if any(problem.doc_id is None for problem in structure_problems):
                kept = {}  # the whole file is unreadable: no document's structure is known
            for problem in structure_problems:
                kept.pop(problem.doc_id or "", None)
        found.update(kept if corpus == "curated" else sorted(kept.items()))
    return _Catalogue(read_only(found), tuple(problems))


def documents() -> Mapping[str, Document]:
    """The documents that can be used: the curated corpus's in file order ('000' … '004'), then the
    reader's corpus's (READER_CORPUS) by id. A document with a problem is left out
    (see corpus_problems).

    Returns:
        A read-only mapping from document id to Document.
    """
    return _catalogue(corpus_roots()).documents


def corpus_problems() -> tuple[Problem, ...]:
    """Every problem found loading the corpora (metadata, texts, structure), in file order.

    Returns:
        One Problem per bad row, text or file; none when every document can be used. Problems
        that show only on normalising or segmenting a text are found by
        helpers.corpus.problems.check_corpus.
    """
    return _catalogue(corpus_roots()).problems


def document(doc_id: str) -> Document:
    """One document's metadata.

    Args:
        doc_id: a document id such as '003'.

    Returns:
        The document's metadata.

    Raises:
        CorpusError: the document has a problem (its own message), or the id is not a document
            of either corpus; the message lists the known ids.
    """
    known = documents()
    if doc_id not in known:
        for problem in corpus_problems():
            if problem.doc_id == doc_id:
                raise CorpusError(str(problem))
        raise CorpusError(f"unknown document '{doc_id}'; known: {', '.join(known)}")
    return known[doc_id]


def decode_text(data: bytes, encoding: str, where: str) -> str:
    """A text file's bytes decoded in its declared encoding, a BOM and CRs kept (they are logged
    repairs).

    Args:
        data: the bytes.
        encoding: one of ENCODINGS; utf-16 needs a byte order mark.
        where: what the bytes are, for the message.

    Returns:
        The text.

    Raises:
        CorpusError: the bytes are not in that encoding; one line naming where, the first bad
            byte, its offset and the likely encoding.
    """
    if encoding in ("utf-8", "utf-8-sig"):
        return decode_utf8(data, where)
    codec = encoding
    if encoding == "utf-16":
        codec = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}.get(data[:2], "")
        if not codec:
            raise CorpusError(
                f"{where}: declared utf-16 but has no byte order mark; convert it to UTF-8 first "
                "(iconv -f UTF-16LE -t UTF-8)"
            )
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        likely = likely_encoding(data)
        hint = f", likely {likely}" if likely and likely != encoding else ""
        raise CorpusError(
            f"{where}: not {ENCODING_NAMES.get(encoding, encoding)} "
            f"(byte 0x{data[error.start]:02x} at offset {error.start}{hint}); "
            "correct its 'encoding' or convert it to UTF-8"
        ) from None


def read_raw(path: Path, encoding: str = "utf-8") -> str:
    """A text file's content, decoded in its encoding and otherwise as it is (a BOM or CRs kept).

    Args:
        path: the file, usually a corpus text under texts/.
        encoding: its encoding, one of ENCODINGS (Document.encoding).

    Returns:
        The raw text.

    Raises:
        CorpusError: the file does not exist, is empty (or only whitespace) or is not in that
            encoding (GBK, Big5 … for a UTF-8 file); the message names the file and, for bad bytes,
            the first one, its offset and the likely encoding (decode_utf8).
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"{path}: file not found") from None
    if not data.strip():
        raise CorpusError(f"{path}: file is empty")
    text = decode_text(data, encoding, str(path))
    if not text.replace("\ufeff", "").strip():
        raise CorpusError(f"{path}: file is empty")
    return text
