"""Curated structure from corpus/structure.toml: heading lines of plain-text documents and transcript speakers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from helpers.core.datafiles import read_toml
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.corpus.documents import documents


@dataclass(frozen=True)
class HeadingGroup:
    """A heading: the consecutive line(s) it occupies and its level."""

    lines: tuple[str, ...]
    level: int


@dataclass(frozen=True)
class Speaker:
    """A transcript speaker with every label the transcript uses for them."""

    id: str
    name: str
    name_zh: str
    labels: tuple[str, ...]


def _headings(where: str, rows: object) -> tuple[HeadingGroup, ...]:
    """Validated heading groups of one document."""
    if not isinstance(rows, list):
        raise CorpusError(f"{where}: 'headings' must be a list")
    groups = []
    for number, row in enumerate(rows, start=1):
        lines, level = (
            row.get("lines") if isinstance(row, dict) else None,
            row.get("level") if isinstance(row, dict) else None,
        )
        if (
            not isinstance(lines, list)
            or not lines
            or not all(isinstance(line, str) and line.strip() == line and line for line in lines)
        ):
            raise CorpusError(
                f"{where}: heading #{number} needs 'lines', a list of non-empty lines without surrounding spaces"
            )
        if level not in (1, 2):
            raise CorpusError(f"{where}: heading #{number} needs 'level' 1 or 2")
        groups.append(HeadingGroup(tuple(lines), level))
    return tuple(groups)


def _speakers(where: str, rows: object) -> tuple[Speaker, ...]:
    """Validated speakers of one transcript."""
    if not isinstance(rows, list) or not rows:
        raise CorpusError(f"{where}: 'speakers' must be a non-empty list")
    speakers, seen_ids, seen_labels = [], set(), set()
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise CorpusError(f"{where}: speaker #{number} is not a table")
        for name in ("id", "name", "name_zh"):
            if not isinstance(row.get(name), str) or not row[name]:
                raise CorpusError(f"{where}: speaker #{number}: field '{name}' is missing or empty")
        labels = row.get("labels")
        if (
            not isinstance(labels, list)
            or not labels
            or not all(isinstance(label, str) and label for label in labels)
        ):
            raise CorpusError(
                f"{where}: speaker #{number}: 'labels' must be a non-empty list of labels"
            )
        if row["id"] in seen_ids:
            raise CorpusError(f"{where}: speaker #{number}: duplicate id {row['id']}")
        clash = seen_labels.intersection(labels)
        if clash:
            raise CorpusError(
                f"{where}: speaker #{number}: label(s) {sorted(clash)} already belong to another speaker"
            )
        seen_ids.add(row["id"])
        seen_labels.update(labels)
        speakers.append(Speaker(row["id"], row["name"], row["name_zh"], tuple(labels)))
    return tuple(speakers)


def load_structure(
    path: Path | None = None,
) -> dict[str, tuple[tuple[HeadingGroup, ...], tuple[Speaker, ...]]]:
    """Heading groups and speakers by document id, validated."""
    path = path or CORPUS_DIR / "structure.toml"
    known = documents()
    structure = {}
    for doc_id, table in read_toml(path).items():
        where = f'{path}: ["{doc_id}"]'
        if doc_id not in known:
            raise CorpusError(f"{where}: unknown document id")
        if not isinstance(table, dict) or set(table) - {"headings", "speakers"}:
            raise CorpusError(f"{where}: only 'headings' and 'speakers' may be given")
        headings = _headings(where, table["headings"]) if "headings" in table else ()
        speakers = _speakers(where, table["speakers"]) if "speakers" in table else ()
        structure[doc_id] = (headings, speakers)
    return structure


@cache
def structure() -> dict[str, tuple[tuple[HeadingGroup, ...], tuple[Speaker, ...]]]:
    """The project's curated structure (loaded once)."""
    return load_structure()


def heading_groups(doc_id: str) -> tuple[HeadingGroup, ...]:
    """The curated headings of a document (none for markdown documents)."""
    return structure().get(doc_id, ((), ()))[0]


def speakers_of(doc_id: str) -> tuple[Speaker, ...]:
    """The speakers of a transcript document (none for other documents)."""
    return structure().get(doc_id, ((), ()))[1]
