"""The reader's notes database: one SQLite file in the reader's data folder, opened safely.

The file is notes.sqlite3 in helpers.core.home.reader_home() (the platform's user data folder, or
the folder READER_HOME names), never in the repository. Connections are short-lived, one per
operation, so two kernels or processes can write at once: WAL journal, foreign keys on, a busy
timeout, synchronous=FULL (a commit that returned is on disk, even if the process is killed next).
A file that is not a notes database of ours, or one written by a newer version, is refused and
never written to; `python -m helpers notes doctor` says how to recover.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from helpers.core.errors import CorpusError
from helpers.core.home import reader_home
from helpers.notes.w3c_layout import W3C_MIGRATION

STORE_FILE = "notes.sqlite3"
APPLICATION_ID = 0x4D524E54  # "MRNT": marks a database as a notes store of this project
BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"
RECOVERY = (
    "to recover, move it aside (mv '{path}' '{path}.broken') and restore a backup made by "
    "`python -m helpers notes backup` (cp BACKUP '{path}'), or start with an empty store"
)

MIGRATIONS: tuple[str, ...] = (
    # 1: annotations (W3C Web Annotation fields) and their tags.
    """
    CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        motivation TEXT NOT NULL
            CHECK (motivation IN ('highlighting', 'commenting', 'tagging', 'bookmarking')),
        note TEXT NOT NULL DEFAULT '',
        doc TEXT NOT NULL,
        ref TEXT NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset)
    );
    CREATE INDEX annotations_in_order ON annotations (doc, start_offset, created, id);
    CREATE TABLE tags (
        annotation TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (annotation, tag)
    ) WITHOUT ROWID;
    CREATE INDEX tags_by_tag ON tags (tag);
    """,
    # 2: the reader's own words (helpers.notes.words).
    """
    CREATE TABLE words (word TEXT PRIMARY KEY, status TEXT NOT NULL, gloss TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, modified TEXT NOT NULL);
    """,
    # 3: where each annotation was found in today's text (helpers.notes.anchoring), so a page
    # finds its annotations by a range query. text is a digest of the normalised text placed in,
    # '' for an annotation not placed yet (the triggers reset a new or changed one); placed keeps
    # per document the text digest of its placements and the longest span placed.
    """
    CREATE TABLE placements (
        annotation TEXT PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
        doc TEXT NOT NULL,
        text TEXT NOT NULL,
        start_offset INTEGER,
        end_offset INTEGER,
        how TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX placements_on_pages ON placements (doc, text, start_offset, end_offset);
    CREATE TABLE placed (doc TEXT PRIMARY KEY, text TEXT NOT NULL, longest INTEGER NOT NULL);
    CREATE TRIGGER placement_of_a_new_annotation AFTER INSERT ON annotations BEGIN
        INSERT OR REPLACE INTO placements VALUES (NEW.id, NEW.doc, '', NULL, NULL, 'orphan');
    END;
    CREATE TRIGGER placement_of_a_changed_span
    AFTER UPDATE OF doc, exact, prefix, suffix, start_offset, end_offset ON annotations BEGIN
        INSERT OR REPLACE INTO placements VALUES (NEW.id, NEW.doc, '', NULL, NULL, 'orphan');
    END;
    INSERT INTO placements SELECT id, doc, '', NULL, NULL, 'orphan' FROM annotations;
    """,
    # 4: each annotation's W3C item as text, kept by triggers (helpers.notes.w3c_layout).
    W3C_MIGRATION,
    # 5: the reader's answers to exercises (helpers.classroom.answers), every attempt kept;
    # attempt counts 1, 2 … per exercise, given inside the write transaction that inserts it.
    """
    CREATE TABLE answers (
        exercise TEXT NOT NULL,
        doc TEXT NOT NULL,
        answer TEXT NOT NULL,
        correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
        attempt INTEGER NOT NULL CHECK (attempt >= 1),
        answered TEXT NOT NULL,
        UNIQUE (exercise, attempt)
    );
    CREATE INDEX answers_by_doc ON answers (doc, answered);
    """,
)
"""Forward migrations: MIGRATIONS[i] brings a database of schema version i to version i + 1."""
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(CorpusError):
    """The notes store cannot be used; the message names the path and what to do."""


def store_path() -> Path:
    """The notes database file: notes.sqlite3 in the reader's data folder (it may not exist)."""
    return reader_home() / STORE_FILE


def _refuse_foreign_file(path: Path) -> None:
    """Refuse, without opening it, a file whose first bytes are not an SQLite header."""
    if path.is_dir():
        raise StoreError(f"the notes store {path} is a folder, not a database file")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(f"cannot read the notes store {path}: {error.strerror}") from None
    if header and header != SQLITE_HEADER:
        raise StoreError(
            f"{path} is not an SQLite database; it was left as it is; " + RECOVERY.format(path=path)
        )


def _check_folder(folder: Path) -> None:
    """Create the data folder if needed; refuse one that cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"cannot create the reader's data folder {folder}: {error.strerror}; "
            "set READER_HOME to a folder you can write"
        ) from None
    probe = folder / f".{STORE_FILE}.{os.getpid()}.probe"
    try:
        probe.touch()
        probe.unlink()
    except OSError:
        raise StoreError(
            f"the reader's data folder {folder} is read-only; the notes store needs to write "
            "there (notes.sqlite3 and its journal): make it writable or set READER_HOME to a "
            "folder you can write"
        ) from None


def _identify(db: sqlite3.Connection, path: Path) -> int:
    """The schema version of an open database, after checking that it is ours (nothing written).

    Raises:
        StoreError: the file is corrupt, another program's database, or from a newer schema.
    """
    try:
        application = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise StoreError(
            f"the notes store {path} is damaged ({error}); it was left as it is; "
            + RECOVERY.format(path=path)
        ) from None
    if tables and application != APPLICATION_ID:
        raise StoreError(
            f"{path} is an SQLite database of another program, not a notes store; it was left "
            "as it is; " + RECOVERY.format(path=path)
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the notes store {path} has schema version {version}, newer than this version of "
            f"the project understands ({SCHEMA_VERSION}); update the project, it was left as it is"
        )
    return int(version)


def _statements(script: str) -> list[str]:
    """The statements of an SQL script, a trigger's body (with its own semicolons) kept whole."""
    found, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            found.append(pending)
            pending = ""
    return [statement for statement in found if statement.strip().rstrip(";").strip()]


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    """Bring the database to SCHEMA_VERSION, each step in one transaction (a crash loses none)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        version = _identify(db, path)  # again, under the write lock: another process may have won
        for number in range(version, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[number]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number + 1}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def open_store(path: Path | None = None) -> sqlite3.Connection:
    """Open the notes database, creating the folder and the database when missing.

    Use it for one operation and close it: `with closing(open_store()) as db, db: ...`. The
    connection has isolation_level "IMMEDIATE", so a transaction that writes takes the write lock
    at its first statement and waits (busy timeout) for another writer; start a read-then-write
    transaction with `db.execute("BEGIN IMMEDIATE")` (or use `writing()`).

    Args:
        path: the database file (default: store_path()).

    Returns:
        An open connection at the current schema version (sqlite3.Row rows).

    Raises:
        StoreError: the folder cannot be created or written; the file is not an SQLite database,
            is damaged, is another program's database or has a newer schema (each left untouched,
            the message naming the path and how to recover).
    """
    path = path or store_path()
    _check_folder(path.parent)
    if path.exists():
        _refuse_foreign_file(path)
    try:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level="IMMEDIATE")
    except sqlite3.Error as error:
        raise StoreError(f"cannot open the notes store {path}: {error}") from None
    try:
        db.row_factory = sqlite3.Row
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if _identify(db, path) < SCHEMA_VERSION:
            _migrate(db, path)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as error:
        db.close()
        raise StoreError(f"cannot use the notes store {path}: {error}") from None
    except BaseException:
        db.close()
        raise
    return db


@contextmanager
def writing(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken with the write lock at once (BEGIN IMMEDIATE).

    Commits when the block ends, rolls back on an exception, and closes the connection.

    Raises:
        StoreError: see open_store.
    """
    with closing(open_store(path)) as db, db:
        db.execute("BEGIN IMMEDIATE")
        yield db


def diagnose(path: Path | None = None) -> dict[str, object]:
    """What `notes doctor` reports: whether the store opens and is intact, and how to recover.

    Args:
        path: the database file (default: store_path()).

    Returns:
        {"path", "ok", "problem" (None when ok), "advice", "schema", "annotations", "words"};
        the counts are None when the store cannot be opened.
    """
    path = path or store_path()
    report: dict[str, object] = {"path": str(path), "ok": False, "problem": None}
    report.update(schema=None, annotations=None, words=None)
    if not path.exists():
        report.update(ok=True, advice="no store yet; the first note or word creates it")
        return report
    try:
        with closing(open_store(path)) as db:
            problems = [row[0] for row in db.execute("PRAGMA integrity_check")]
            report.update(
                schema=db.execute("PRAGMA user_version").fetchone()[0],
                annotations=db.execute("SELECT count(*) FROM annotations").fetchone()[0],
                words=db.execute("SELECT count(*) FROM words").fetchone()[0],
            )
    except StoreError as error:
        report.update(problem=str(error), advice=RECOVERY.format(path=path))
        return report
    if problems != ["ok"]:
        report.update(problem="integrity check: " + "; ".join(problems[:5]))
        report.update(advice=RECOVERY.format(path=path))
        return report
    report.update(ok=True, advice="nothing to do")
    return report
