"""Curated structure from corpus/structure.toml (and a reader's corpus's structure.toml): the
heading lines of the plain-text documents and the speakers of the transcripts, with every label
each speaker goes by.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from helpers.core.caching import data_cache, read_only
from helpers.core.datafiles import read_toml, text_list
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.corpus.documents import Problem, corpus_folder, corpus_roots, documents

STRUCTURE_FILE = CORPUS_DIR / "structure.toml"


@dataclass(frozen=True)
class HeadingGroup:
    """A heading of a plain-text document.

    Attributes:
        lines: the consecutive whole lines it occupies in the normalised text, without their
            surrounding spaces (a title and its subtitle are two lines).
        level: 1 for a section, 2 for a sub-section.
    """

    lines: tuple[str, ...]
    level: int


@dataclass(frozen=True)
class Speaker:
    """A transcript speaker.

    Attributes:
        id: a stable identifier ('elon_musk', 'host').
        name: the English name, optionally with a note in brackets ('Grok (xAI's AI assistant)').
        name_zh: the Chinese name as the transcript writes it.
        labels: every label the transcript uses for them, as written before the colon
            ('Elon Musk', '埃隆·马斯克（Elon Musk）').
    """

    id: str
    name: str
    name_zh: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class DocumentStructure:
    """What corpus/structure.toml says about one document (either part may be empty)."""

    headings: tuple[HeadingGroup, ...] = ()
    speakers: tuple[Speaker, ...] = ()


def _headings(where: str, rows: object) -> tuple[HeadingGroup, ...]:
    """Validated heading groups of one document."""
    if not isinstance(rows, list):
        raise CorpusError(f"{where}: 'headings' must be a list")
    groups = []
    for number, row in enumerate(rows, start=1):
        lines = row.get("lines") if isinstance(row, dict) else None
        level = row.get("level") if isinstance(row, dict) else None
        if (
            not isinstance(lines, list)
            or not lines
            or not all(isinstance(line, str) and line.strip() == line and line for line in lines)
        ):
            raise CorpusError(
                f"{where}: heading #{number} needs 'lines', "
                "a list of non-empty lines without surrounding spaces"
            )
        if level not in (1, 2):
            raise CorpusError(f"{where}: heading #{number} needs 'level' 1 or 2")
        groups.append(HeadingGroup(tuple(lines), level))
    return tuple(groups)


def _speakers(where: str, rows: object) -> tuple[Speaker, ...]:
    """Validated speakers of one transcript."""
    if not isinstance(rows, list) or not rows:
        raise CorpusError(f"{where}: 'speakers' must be a non-empty list")
    speakers: list[Speaker] = []
    seen_labels: set[str] = set()
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise CorpusError(f"{where}: speaker #{number} is not a table")
        for name in ("id", "name", "name_zh"):
            if not isinstance(row.get(name), str) or not row[name]:
                raise CorpusError(f"{where}: speaker #{number}: field '{name}' is missing or empty")
        labels = text_list(
            row.get("labels"),
            f"{where}: speaker #{number}: 'labels' must be a non-empty list of labels",
        )
        if any(speaker.id == row["id"] for speaker in speakers):
            raise CorpusError(f"{where}: speaker #{number}: duplicate id {row['id']}")
        clash = seen_labels.intersection(labels)
        if clash:
            raise CorpusError(
                f"{where}: speaker #{number}: label(s) {sorted(clash)} "
                "already belong to another speaker"
            )
        seen_labels.update(labels)
        speakers.append(Speaker(row["id"], row["name"], row["name_zh"], labels))
    return tuple(speakers)


def scan_structure(
    path: Path, known: Collection[str]
) -> tuple[dict[str, DocumentStructure], list[Problem]]:
    """The good tables of a structure file and a problem for each bad one.

    Args:
        path: a file in the format of corpus/structure.toml: one table per document id, with
            'headings' (a list of {lines, level}) and/or 'speakers' (a list of {id, name, name_zh,
            labels}).
        known: the ids of the documents the file may name.

    Returns:
        (structure by document id, problems in file order). A file that cannot be read or is not
        TOML is one problem with no document id. A table that names an unknown document, has a
        key other than 'headings' and 'speakers', a malformed heading or speaker, a duplicate
        speaker id, or a label given to two speakers is a problem of that document.
    """
    try:
        tables = read_toml(path)
    except CorpusError as error:
        return {}, [Problem(path, None, str(error))]
    loaded: dict[str, DocumentStructure] = {}
    problems: list[Problem] = []
    for doc_id, table in tables.items():
        where = f'{path}: ["{doc_id}"]'
        try:
            if doc_id not in known:
                raise CorpusError(f"{where}: unknown document id")
            if not isinstance(table, dict) or set(table) - {"headings", "speakers"}:
                raise CorpusError(f"{where}: only 'headings' and 'speakers' may be given")
            loaded[doc_id] = DocumentStructure(
                _headings(where, table["headings"]) if "headings" in table else (),
                _speakers(where, table["speakers"]) if "speakers" in table else (),
            )
        except CorpusError as error:
            problems.append(Problem(path, doc_id, str(error)))
    return loaded, problems


def load_structure(path: Path = STRUCTURE_FILE) -> Mapping[str, DocumentStructure]:
    """Headings and speakers by document from a structure file, validated.

    Args:
        path: a file in the format of corpus/structure.toml (see scan_structure).

    Returns:
        A read-only mapping from document id to its structure, for the documents the file names.

    Raises:
        CorpusError: the file is missing or not TOML, names a document that is not one of
            documents(), has a key other than 'headings' and 'speakers', a malformed
            heading or speaker, a duplicate speaker id, or a label given to two speakers.
            Whether the heading lines occur in their document is checked on segmentation.
    """
    loaded, problems = scan_structure(path, documents())
    if problems:
        raise CorpusError(problems[0].message)
    return read_only(loaded)


@data_cache
def structure() -> Mapping[str, DocumentStructure]:
    """The structure of every document that can be used, by document id: corpus/structure.toml's
    and the reader's corpus's structure.toml (optional), each for its own corpus's documents."""
    known = documents()
    merged: dict[str, DocumentStructure] = {}
    for corpus, folder in corpus_roots():
        path = folder / "structure.toml"
        if corpus == "curated" or path.is_file():
            loaded, _ = scan_structure(path, known)  # problems: see corpus_problems()
            merged.update(
                (doc_id, table)
                for doc_id, table in loaded.items()
                if known[doc_id].corpus == corpus
            )
    return read_only(merged)


def corpus_file(doc_id: str, name: str) -> str:
    """The file of a document's corpus that holds its rows, as a message names it.

    Args:
        doc_id: a document id.
        name: the file's name in its corpus folder ('structure.toml', 'repairs.toml').

    Returns:
        'corpus/<name>' for a curated document (or an id of no corpus); for a reader's document,
        the path of that file in the reader's corpus.
    """
    doc = documents().get(doc_id)
    if doc is None or doc.corpus == "curated":
        return f"corpus/{name}"
    return str(corpus_folder(doc.corpus) / name)


def heading_groups(doc_id: str) -> tuple[HeadingGroup, ...]:
    """The curated headings of a document, in file order (none for markdown documents).

    Args:
        doc_id: a document id; an id the file does not name has no curated headings.

    Returns:
        The document's heading groups from its corpus's structure.toml.
    """
    return structure().get(doc_id, DocumentStructure()).headings


def speakers_of(doc_id: str) -> tuple[Speaker, ...]:
    """The speakers of a transcript, in file order (none for a document that is not a transcript).

    Args:
        doc_id: a document id; an id the file does not name has no speakers.

    Returns:
        The document's speakers from its corpus's structure.toml.
    """
    return structure().get(doc_id, DocumentStructure()).speakers


def speaker_label(name: str, name_zh: str, separator: str = " ") -> str:
    """A speaker's display label: the English name without its note, then the Chinese name.

    Args:
        name: the English name, perhaps with a note in brackets ('Host (not named: …)').
        name_zh: the Chinese name; left out when it is the English name ('Grok').
        separator: what goes between the two names.

    Returns:
        The label, e.g. 'Host 主持人' or 'Grok'.
    """
    english = name.split(" (")[0]
    return english if name_zh == english else f"{english}{separator}{name_zh}"


def speaker_names(speakers: Iterable[Speaker]) -> dict[str, str]:
    """Each speaker with its display label (see speaker_label).

    Args:
        speakers: a transcript's speakers (speakers_of(doc_id), or a segmentation's .speakers).

    Returns:
        Speaker id → label, in the order given (empty for a text without speakers).
    """
    return {speaker.id: speaker_label(speaker.name, speaker.name_zh) for speaker in speakers}
