"""A reader's new document's id, slug and file name: the first free id, a slug from its name, and
the refusal of a text, id, slug or file name the corpus already has, whether in a document that
loads or in any row or file of the reader's corpus folder (taken_in). Nothing is written here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from helpers.corpus.intake import IntakeError

READER_IDS = range(100, 1000)
"""The document ids of a reader's corpus (000-099 are the curated corpus's)."""


class TakenError(IntakeError):
    """The text, id or slug of a new document is already in the corpus."""


def next_reader_id(taken: Iterable[str]) -> str:
    """The first free id of a reader's corpus.

    Args:
        taken: the ids of every document already in either corpus.

    Returns:
        Three digits from READER_IDS.

    Raises:
        TakenError: all 900 ids are taken.
    """
    used = set(taken)
    for number in READER_IDS:
        if f"{number:03d}" not in used:
            return f"{number:03d}"
    raise TakenError("every reader's document id (100-999) is taken")


MIN_SLUG = 3
"""The fewest characters of a slug made from a name; a shorter one means nothing."""


def slug_from(name: str, fallback: str) -> str:
    """A slug from a file name or title: its Latin letters and digits, lower-cased, in words
    joined by '_' (at most six words), or `fallback` when that has no letter ('马斯克访谈.txt',
    '我的 文章 (1).txt') or is shorter than MIN_SLUG characters ('a.txt').

    Args:
        name: a file name (its extension is dropped) or a title.
        fallback: the slug when the name gives none (e.g. 'text_100').

    Returns:
        A slug matching helpers.corpus.writers.SLUG when fallback does.
    """
    stem = re.sub(r"\.(?:txt|md|markdown|text)$", "", name, flags=re.IGNORECASE)
    words = re.findall(r"[a-z0-9]+", stem.lower())
    slug = "_".join(words[:6])
    return slug if len(slug) >= MIN_SLUG and re.search("[a-z]", slug) else fallback


@dataclass(frozen=True)
class Taken:
    """What a reader's corpus folder already uses, whether or not its documents load.

    Attributes:
        ids: the ids of every row of metadata.toml (a bad one too), every table of
            structure.toml, and every file of texts/ named 'NNN_…'.
        slugs: the slugs of every row of metadata.toml and of every file of texts/ 'NNN_slug.…'.
        files: the names of every row's file and of every file in texts/, case-folded.
    """

    ids: frozenset[str] = frozenset()
    slugs: frozenset[str] = frozenset()
    files: frozenset[str] = frozenset()


_TEXT_NAME = re.compile(r"(\d{3})_([a-z0-9_]+)\.[^.]+")


def _toml_tables(path: Path) -> dict[str, object]:
    """A TOML file of a corpus folder parsed, {} if it does not exist.

    Raises:
        IntakeError: it cannot be read or is not TOML: a row appended to it would not load.
    """
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise IntakeError(
            f"{path}: cannot be read ({str(error).splitlines()[0]}); fix it before adding a text "
            "(python -m helpers corpus --check)"
        ) from None


def taken_in(folder: Path) -> Taken:
    """The ids, slugs and file names a reader's corpus folder already uses (see Taken): a new
    document may use none of them, even those of a row or file that does not load.

    Args:
        folder: the corpus folder (it may not exist yet).

    Returns:
        What is taken.

    Raises:
        IntakeError: metadata.toml or structure.toml cannot be read as TOML.
    """
    ids: set[str] = set()
    slugs: set[str] = set()
    files: set[str] = set()
    rows = _toml_tables(folder / "metadata.toml").get("document", [])
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        for field, into in (("id", ids), ("slug", slugs)):
            if isinstance(row.get(field), str):
                into.add(row[field])
        if isinstance(row.get("file"), str):
            files.add(PurePosixPath(row["file"].replace("\\", "/")).name.casefold())
    ids.update(_toml_tables(folder / "structure.toml"))
    texts = folder / "texts"
    for path in texts.iterdir() if texts.is_dir() else ():
        files.add(path.name.casefold())
        named = _TEXT_NAME.fullmatch(path.name)
        if named:
            ids.add(named[1])
            slugs.add(named[2])
    return Taken(frozenset(ids), frozenset(slugs), frozenset(files))


def refuse_taken(
    doc_id: str,
    slug: str,
    digest: str,
    existing: Iterable[tuple[str, str, str]],
    taken: Taken = Taken(),
    file: str = "",
) -> None:
    """Refuse a new document whose text, id, slug or file name is already in the corpus.

    Args:
        doc_id, slug: the new document's.
        digest: its content_hash (Intake.digest).
        existing: (id, slug, content_hash) of every document of both corpora that loads.
        taken: what the reader's corpus folder uses besides, in rows or files that may not load.
        file: the new document's file name under texts/.

    Raises:
        TakenError: one line naming the document that has the same text, id or slug, or the
            id, slug or file name taken.
    """
    for other_id, other_slug, other_digest in existing:
        if other_digest == digest:
            raise TakenError(f"the same text is already in the corpus as document {other_id}")
        if other_id == doc_id:
            raise TakenError(f"id {doc_id} is already taken (document {other_id})")
        if other_slug == slug:
            raise TakenError(f"slug '{slug}' is already taken by document {other_id}")
    if doc_id in taken.ids:
        raise TakenError(f"id {doc_id} is already taken (a row or file of your corpus uses it)")
    if slug in taken.slugs:
        raise TakenError(f"slug '{slug}' is already taken (a row or file of your corpus uses it)")
    if file.casefold() in taken.files:
        raise TakenError(f"texts/{file} is already taken (a row or file of your corpus uses it)")
