"""Nothing lost: a writer killed with SIGKILL mid-run, two writers at once, a 1 MB note.

The writers are separate Python processes using the store as a notebook kernel would: one
add_annotation call (its own connection and transaction) per note.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from helpers.core.errors import CorpusError
from helpers.notes.annotations import add_annotation, list_annotations
from helpers.notes.store import STORE_FILE

WRITER = """
import sys, time
from pathlib import Path
from helpers.notes.annotations import add_annotation
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.01)
for number in range(int(sys.argv[1])):
    note = add_annotation("003:p2.s1", note=f"note {number}", tags=["t"])
    print(note.id, flush=True)
"""


def _writer(count: int, go: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(count), str(go)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def test_a_writer_killed_mid_run_keeps_every_acknowledged_write(home: Path) -> None:
    go = home.parent / "go"
    go.touch()
    writer = _writer(100_000, go)
    assert writer.stdout is not None
    acknowledged = [writer.stdout.readline().strip() for _ in range(30)]
    os.kill(writer.pid, signal.SIGKILL)
    # What it printed before it died; a line cut short by the kill was not acknowledged.
    acknowledged += [line for line in writer.stdout.read().split() if len(line) == 36]
    assert writer.wait() == -signal.SIGKILL
    with closing(sqlite3.connect(home / STORE_FILE)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {a.id for a in list_annotations()}
    assert len(acknowledged) >= 30 and set(acknowledged) <= stored
    assert len(stored) <= len(acknowledged) + 1  # at most the one being written when killed


def test_two_processes_writing_200_each_at_once_store_400(home: Path) -> None:
    go = home.parent / "go"
    writers = [_writer(200, go) for _ in range(2)]
    time.sleep(0.5)  # both have imported and wait for the signal to start
    go.touch()
    printed = [writer.communicate(timeout=120)[0].split() for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0]
    assert [len(ids) for ids in printed] == [200, 200]
    assert {a.id for a in list_annotations()} == set(printed[0]) | set(printed[1])
    assert len(list_annotations(tag="t")) == 400


def test_a_1_mb_note_and_an_unknown_reference_are_refused(home: Path) -> None:
    with pytest.raises(CorpusError, match="too long"):
        add_annotation("003:p2.s1", note="x" * 1_048_576)
    with pytest.raises(CorpusError, match=r"unknown sentence reference '003:p2\.s999'"):
        add_annotation("003:p2.s999", note="x")
    assert list_annotations() == ()
