"""Tests for helpers.notes.store: where the database lives, what it refuses, its migrations."""

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from helpers.notes.store import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    STORE_FILE,
    StoreError,
    diagnose,
    open_store,
    store_path,
)


def test_the_store_is_one_file_in_the_reader_home(home: Path) -> None:
    assert store_path() == home / "notes.sqlite3"
    with closing(open_store()) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000
        assert db.execute("PRAGMA user_version").fetchone()[0] == 5
    assert (home / STORE_FILE).is_file()


def test_a_version_1_database_is_migrated_and_keeps_its_rows(home: Path) -> None:
    home.mkdir()
    with closing(sqlite3.connect(home / STORE_FILE)) as db, db:
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version = 1")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(
            "INSERT INTO annotations VALUES ('a', '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z', 'highlighting', '', '003', '003:p0.s0', 'x', '', '', 0, 1)"
        )
    with closing(open_store()) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 5
        assert [tuple(row) for row in db.execute("SELECT id FROM annotations")] == [("a",)]
        # version 3: the annotation waits to be placed (text '') in the placements table
        assert [tuple(row) for row in db.execute("SELECT annotation, text FROM placements")] == [
            ("a", "")
        ]
        columns = [row[1] for row in db.execute("PRAGMA table_info(words)")]
        assert columns == ["word", "status", "gloss", "note", "created", "modified"]
        # version 5: an empty answers table
        columns = [row[1] for row in db.execute("PRAGMA table_info(answers)")]
        assert columns == ["exercise", "doc", "answer", "correct", "attempt", "answered"]
        assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0


def _refused(path: Path, content: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no -wal, no -shm
    return str(caught.value)


def test_a_file_that_is_not_sqlite_is_refused_untouched_and_named(home: Path) -> None:
    message = _refused(home / STORE_FILE, "我的筆記\n".encode() * 100)
    assert str(home / STORE_FILE) in message and "not an SQLite database" in message
    assert "notes backup" in message


def test_a_damaged_database_is_refused_untouched(home: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    with closing(open_store(good)):
        pass
    # A valid header followed by garbage where the schema page should be.
    damaged = good.read_bytes()[:100] + b"\xff" * 4000
    message = _refused(home / STORE_FILE, damaged)
    assert "damaged" in message or "not an SQLite" in message


def test_another_programs_database_is_refused_untouched(home: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as db, db:
        db.execute("CREATE TABLE cookies (name TEXT)")
    message = _refused(home / STORE_FILE, other.read_bytes())
    assert "another program" in message


def test_a_newer_schema_is_refused_untouched(home: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    with closing(open_store(newer)) as db:
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    message = _refused(home / STORE_FILE, newer.read_bytes())
    assert f"schema version {SCHEMA_VERSION + 1}" in message


def _read_only_folder(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    # root writes anywhere chmod allows; /sys is a read-only file system in containers.
    if os.access("/sys", os.W_OK) and Path("/sys").stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("no read-only folder to test with")
    return Path("/sys")


def test_a_read_only_folder_gives_a_clear_error(tmp_path: Path) -> None:
    folder = _read_only_folder(tmp_path)
    with pytest.raises(StoreError, match="read-only") as caught:
        open_store(folder / STORE_FILE)
    assert str(folder) in str(caught.value)


def test_doctor_reports_a_healthy_store_and_a_missing_one(home: Path) -> None:
    assert diagnose()["ok"] is True and diagnose()["annotations"] is None
    with closing(open_store()):
        pass
    report = diagnose()
    # Five migrations: annotations, words, placements, W3C items, answers.
    assert report["ok"] is True and report["annotations"] == 0 and report["schema"] == 5


def test_doctor_says_how_to_recover_a_foreign_file(home: Path) -> None:
    home.mkdir()
    (home / STORE_FILE).write_text("not a database", encoding="utf-8")
    report = diagnose()
    assert report["ok"] is False and "not an SQLite database" in str(report["problem"])
    assert "notes backup" in str(report["advice"]) and ".broken" in str(report["advice"])
    assert (home / STORE_FILE).read_text(encoding="utf-8") == "not a database"


def test_migration_4_stores_the_w3c_item_of_existing_rows(home: Path) -> None:
    home.mkdir()
    with closing(sqlite3.connect(home / STORE_FILE)) as db, db:
        for migration in MIGRATIONS[:3]:
            db.executescript(migration)
        db.execute("PRAGMA user_version = 3")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for id, note in (("a", "n"), ("b", "")):
            db.execute(
                f"INSERT INTO annotations VALUES ('{id}', '2026-01-01T00:00:00Z', "
                f"'2026-01-02T00:00:00Z', 'commenting', '{note}', '003', '003:p0.s0', 'x', "
                "'', '', 0, 1)"
            )
        db.execute("INSERT INTO tags VALUES ('a', 't')")
    with closing(open_store()) as db:
        stored = dict(tuple(row) for row in db.execute("SELECT id, w3c FROM annotations"))
    # Written out by hand from the W3C layout: the note, then the tag; no body without either.
    target = (
        '"target":{"source":"urn:musk-interviews-reader:doc:003","sentence":"003:p0.s0",'
        '"selector":[{"type":"TextQuoteSelector","exact":"x","prefix":"","suffix":""},'
        '{"type":"TextPositionSelector","start":0,"end":1}]}}'
    )
    head = '"type":"Annotation","created":"2026-01-01T00:00:00Z","modified":"2026-01-02T00:00:00Z"'
    assert stored == {
        "a": '{"id":"urn:uuid:a",' + head + ',"motivation":"commenting","body":['
        '{"type":"TextualBody","value":"n","format":"text/plain"},'
        '{"type":"TextualBody","value":"t","purpose":"tagging"}],' + target,
        "b": '{"id":"urn:uuid:b",' + head + ',"motivation":"commenting",' + target,
    }
