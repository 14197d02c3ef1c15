"""PLACEHOLDER for the store owner's helpers/notes/store.py: when merging, take the store owner's
version of this file whole. It holds only what helpers/notes/words.py needs from the contract:
open_store with WAL, foreign keys, a busy timeout and the words table at schema version 2.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from helpers.core.errors import CorpusError
from helpers.core.home import reader_home

STORE_FILE = "notes.sqlite3"
MIGRATIONS: tuple[str, ...] = (
    "",  # version 1 (annotations and their tags) is the store owner's
    "CREATE TABLE words (word TEXT PRIMARY KEY, status TEXT NOT NULL, gloss TEXT NOT NULL "
    "DEFAULT '', note TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, modified TEXT NOT NULL)",
)


class StoreError(CorpusError):
    """A store that cannot be used, with its path and what to do."""


def store_path() -> Path:
    """The store's file: reader_home() / STORE_FILE."""
    return reader_home() / STORE_FILE


def open_store(path: Path | None = None) -> sqlite3.Connection:
    """A connection to the store, created and migrated as needed (placeholder, see above).

    Raises:
        StoreError: the database cannot be opened.
    """
    path = path or store_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=5000")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS[version:], start=version):
            db.executescript(f"{script}; PRAGMA user_version={number + 1}")
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"cannot open the notes store {path}: {error}") from None
    return db
