"""My words: the reader's own word list, with a learning status, gloss and note per word, in the
words table of the notes store; and the share of a document's words the reader knows.

A word is one entry whatever the script it is entered in: its key is its Simplified form by the
project's conversion (晶片 and 芯片 are one entry). Its zh-TW form, pinyin (of the Simplified form)
and zhuyin (of the zh-TW form, as the aligned view reads zh-TW) come from helpers.language, so
they are never stored and follow the conversion and reading overrides.

Whether a word is in the curated glossary is the caller's to say (glossary_forms): the glossary is
on this package's own layer, which may not import it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Container, Iterable, Mapping
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, get_args

from helpers.core.caching import data_cache, read_only
from helpers.core.errors import CorpusError, check_choice
from helpers.corpus.repair_rules import HAN
from helpers.language.conversion import convert
from helpers.language.readings import char_readings, readings_via
from helpers.notes.store import open_store
from helpers.notes.tokens import document_tokens, known_share_of_tokens, simplified_form

Status = Literal["1", "2", "3", "4", "known", "ignored"]
"""A word's learning status, as language readers use them: 1 to 4, then known; or ignored."""
STATUSES: tuple[Status, ...] = get_args(Status)
LABELS = ("new", "recognised", "familiar", "learned", "known", "ignored")
STATUS_LABELS: Mapping[Status, str] = read_only(dict(zip(STATUSES, LABELS, strict=True)))
KNOWN_STATUSES: frozenset[Status] = frozenset({"4", "known"})
"""The statuses of a word the reader knows."""
MAX_WORD_LENGTH = 32
SEPARATOR = "·"
"""The one non-Han character a word may have, between parts of a name (伊隆·马斯克)."""
WORD = re.compile(rf"[{HAN}]+(?:{SEPARATOR}[{HAN}]+)*")
# The hyphenation point Taiwan writes in names and the Japanese middle dot mean the same.
SAME_SEPARATORS = str.maketrans({"‧": SEPARATOR, "・": SEPARATOR})


@dataclass(frozen=True)
class MyWord:
    """One word of the reader's list.

    Attributes:
        word: the entry's key, its Simplified form (the words table has no column for the form as
            typed; see add_word).
        simplified: the word in Simplified (zh-Hans), the same as word.
        traditional: the word in Traditional with Taiwan vocabulary (zh-TW): 芯片 → 晶片.
        pinyin: the reading of the Simplified form, tone-marked syllables separated by spaces.
        zhuyin: the reading of the zh-TW form in zhuyin, syllables separated by spaces.
        status: the learning status (STATUSES).
        gloss: the reader's own gloss ('' for none).
        note: the reader's note ('' for none).
        created: when it was added, UTC ISO 8601 with Z, second precision.
        modified: when it last changed, in the same form.
        in_glossary: whether either form is a form of a curated glossary entry (False when the
            caller gave no glossary forms).
    """

    word: str
    simplified: str
    traditional: str
    pinyin: str
    zhuyin: str
    status: Status
    gloss: str
    note: str
    created: str
    modified: str
    in_glossary: bool

    @property
    def status_label(self) -> str:
        """The status in words: 'new', 'recognised', 'familiar', 'learned', 'known', 'ignored'."""
        return STATUS_LABELS[self.status]

    def as_dict(self) -> dict[str, Any]:
        """The entry as a JSON-ready dict: the attributes by name, then status_label."""
        return asdict(self) | {"status_label": self.status_label}


def check_word(word: str) -> str:
    """A word as the list keeps it as typed: surrounding spaces dropped, ‧ and ・ read as ·.

    Args:
        word: Chinese text in either script: Han characters, optionally parts joined by ·.

    Returns:
        The word, cleaned.

    Raises:
        CorpusError: the word is empty, longer than MAX_WORD_LENGTH characters, or has anything
            but Han characters and · between them (Latin letters, digits, punctuation, spaces).
    """
    cleaned = word.strip().translate(SAME_SEPARATORS)
    if not cleaned:
        raise CorpusError("empty word: give a Chinese word such as 芯片")
    if len(cleaned) > MAX_WORD_LENGTH:
        raise CorpusError(f"a word has at most {MAX_WORD_LENGTH} characters, not {len(cleaned)}")
    if not WORD.fullmatch(cleaned):
        raise CorpusError(
            f"{cleaned!r} is not a Chinese word: only Han characters, with {SEPARATOR} between "
            "the parts of a name"
        )
    return cleaned


@data_cache
def word_forms(simplified: str) -> tuple[str, str, str]:
    """The zh-TW form, pinyin and zhuyin of a word in Simplified.

    Args:
        simplified: a checked word in Simplified ("芯片").

    Returns:
        (traditional, pinyin, zhuyin): ("晶片", "xīn piàn", "ㄐㄧㄥ ㄆㄧㄢˋ"); · has no reading.
    """
    traditional = convert(simplified, "zh-TW", "Simplified")
    pinyin = " ".join(filter(None, char_readings(simplified, "pinyin")))
    zhuyin = " ".join(filter(None, readings_via(traditional, simplified, "zhuyin")))
    return traditional, pinyin, zhuyin


def _key(word: str) -> str:
    """The key of a word as typed: its checked Simplified form."""
    return simplified_form(check_word(word))


def _now() -> str:
    """The time now, UTC ISO 8601 with Z, second precision."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry(row: sqlite3.Row | tuple[Any, ...], glossary_forms: Container[str]) -> MyWord:
    """A MyWord from a row of (word, status, gloss, note, created, modified)."""
    word, status, gloss, note, created, modified = row
    traditional, pinyin, zhuyin = word_forms(word)
    return MyWord(
        word=word,
        simplified=word,
        traditional=traditional,
        pinyin=pinyin,
        zhuyin=zhuyin,
        status=status,
        gloss=gloss,
        note=note,
        created=created,
        modified=modified,
        in_glossary=word in glossary_forms or traditional in glossary_forms,
    )


COLUMNS = "word, status, gloss, note, created, modified"


def _read(db: sqlite3.Connection, key: str, typed: str, glossary_forms: Container[str]) -> MyWord:
    """One entry by key, refused if it is not in the list."""
    row = db.execute(f"SELECT {COLUMNS} FROM words WHERE word = ?", (key,)).fetchone()
    if row is None:
        raise CorpusError(f"{typed} is not in your words; add it first (words add {typed})")
    return _entry(row, glossary_forms)


def add_word(
    word: str,
    gloss: str = "",
    status: Status = "1",
    note: str = "",
    path: Path | None = None,
    glossary_forms: Container[str] = frozenset(),
) -> MyWord:
    """Add a word to the reader's list.

    Args:
        word: the word in either script (see check_word); 晶片 and 芯片 are the same entry.
        gloss: the reader's gloss.
        status: the learning status, "1" (new) by default.
        note: the reader's note.
        path: the store file (default: helpers.notes.store.store_path()).
        glossary_forms: the curated glossary's forms, to set in_glossary.

    Returns:
        The new entry.

    Raises:
        CorpusError: an invalid word or status, or the word is in the list already.
        StoreError: the store cannot be opened.
    """
    key = _key(word)
    check_choice(STATUSES, status, "status")
    now = _now()
    with closing(open_store(path)) as db, db:
        try:
            db.execute(
                f"INSERT INTO words ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                (key, status, gloss, note, now, now),
            )
        except sqlite3.IntegrityError:
            raise CorpusError(
                f"{word.strip()} is in your words already (as {key}); change it with "
                "set_status or edit_word (words set)"
            ) from None
        return _read(db, key, word, glossary_forms)


def set_status(
    word: str,
    status: Status,
    path: Path | None = None,
    glossary_forms: Container[str] = frozenset(),
) -> MyWord:
    """Change a word's learning status.

    Args:
        word: the word in either script.
        status: the new status.
        path: the store file (default: the reader's store).
        glossary_forms: the curated glossary's forms, to set in_glossary.

    Returns:
        The changed entry (modified is now).

    Raises:
        CorpusError: an invalid word or status, or a word not in the list.
        StoreError: the store cannot be opened.
    """
    check_choice(STATUSES, status, "status")
    return _update(word, {"status": status}, path, glossary_forms)


def edit_word(
    word: str,
    gloss: str | None = None,
    note: str | None = None,
    path: Path | None = None,
    glossary_forms: Container[str] = frozenset(),
) -> MyWord:
    """Change a word's gloss or note (None leaves one as it is).

    Returns:
        The entry (modified is now, if anything was given).

    Raises:
        CorpusError: an invalid word, or a word not in the list.
        StoreError: the store cannot be opened.
    """
    given = (("gloss", gloss), ("note", note))
    changes = {name: value for name, value in given if value is not None}
    return _update(word, changes, path, glossary_forms)


def _update(
    word: str, changes: dict[str, str], path: Path | None, glossary_forms: Container[str]
) -> MyWord:
    """Set some columns (names from this module only) of one entry and return it."""
    key = _key(word)
    with closing(open_store(path)) as db, db:
        if changes:
            assignments = ", ".join(f"{name} = ?" for name in changes)
            db.execute(
                f"UPDATE words SET {assignments}, modified = ? WHERE word = ?",
                (*changes.values(), _now(), key),
            )
        return _read(db, key, word, glossary_forms)


def remove_word(word: str, path: Path | None = None) -> None:
    """Remove a word from the list.

    Raises:
        CorpusError: an invalid word, or a word not in the list.
        StoreError: the store cannot be opened.
    """
    key = _key(word)
    with closing(open_store(path)) as db, db:
        if db.execute("DELETE FROM words WHERE word = ?", (key,)).rowcount == 0:
            raise CorpusError(f"{word.strip()} is not in your words")


def list_words(
    status: Status | None = None,
    path: Path | None = None,
    glossary_forms: Container[str] = frozenset(),
) -> tuple[MyWord, ...]:
    """The reader's words in the order they were added (then by Simplified form).

    Args:
        status: only the words with this status (default: all).
        path: the store file (default: the reader's store).
        glossary_forms: the curated glossary's forms, to set in_glossary.

    Raises:
        CorpusError: an invalid status.
        StoreError: the store cannot be opened.
    """
    if status is not None:
        check_choice(STATUSES, status, "status")
    where, values = ("WHERE status = ?", (status,)) if status is not None else ("", ())
    with closing(open_store(path)) as db:
        rows = db.execute(
            f"SELECT {COLUMNS} FROM words {where} ORDER BY created, word", values
        ).fetchall()
    return tuple(_entry(row, glossary_forms) for row in rows)


def _words_with(statuses: Iterable[Status], path: Path | None) -> frozenset[str]:
    """The Simplified forms of the words with one of some statuses."""
    wanted = tuple(statuses)
    marks = ", ".join("?" * len(wanted))
    with closing(open_store(path)) as db:
        rows = db.execute(f"SELECT word FROM words WHERE status IN ({marks})", wanted)
        return frozenset(word for (word,) in rows)


def known_words(path: Path | None = None) -> frozenset[str]:
    """The Simplified forms of the words the reader knows (status 4 or known).

    Raises:
        StoreError: the store cannot be opened.
    """
    return _words_with(KNOWN_STATUSES, path)


def known_share(doc: str, path: Path | None = None) -> float:
    """The share of a document's words the reader knows ("you know 63% of the words in 003").

    Every occurrence counts: of the word tokens of the document's zh-Hans conversion
    (helpers.notes.tokens), those with status 4 or known are known; ignored words leave the count.

    Args:
        doc: a document id ("003").
        path: the store file (default: the reader's store).

    Returns:
        The share from 0 to 1.

    Raises:
        CorpusError: an unknown document.
        StoreError: the store cannot be opened.
    """
    tokens = document_tokens(doc)
    return known_share_of_tokens(tokens, known_words(path), _words_with(("ignored",), path))
