"""`python -m helpers notes …` as a reader runs it, with READER_HOME pointing at a test folder."""

import json
from pathlib import Path

from helpers.notes.store import STORE_FILE


def test_add_list_edit_delete(home: Path, cli) -> None:
    added = cli("notes", "add", "--ref", "003:p2.s1", "--quote", "三到七年", "--note", "为什么?",
                "--tag", "ai", "--tag", "time")  # fmt: skip
    assert added.returncode == 0, added.stderr
    note = json.loads(added.stdout)
    assert (note["exact"], note["tags"], note["motivation"]) == ("三到七年", ["ai", "time"],
                                                                  "commenting")  # fmt: skip
    cli("notes", "add", "--ref", "002:p0.s0")
    listed = [json.loads(line) for line in cli("notes", "list").stdout.splitlines()]
    assert [row["doc"] for row in listed] == ["002", "003"]
    assert [row["id"] for row in map(json.loads, cli("notes", "list", "--tag", "ai").stdout
                                     .splitlines())] == [note["id"]]  # fmt: skip
    edited = json.loads(cli("notes", "edit", note["id"], "--no-tags").stdout)
    assert (edited["note"], edited["tags"]) == ("为什么?", [])
    assert cli("notes", "delete", note["id"]).returncode == 0
    assert len(cli("notes", "list").stdout.splitlines()) == 1


def test_export_import_backup(home: Path, cli, tmp_path: Path) -> None:
    cli("notes", "add", "--ref", "003:p2.s1", "--note", "x")
    for kind in ("w3c", "csv", "markdown"):
        assert cli("notes", "export", "--format", kind, str(tmp_path / kind)).returncode == 0
    assert json.loads((tmp_path / "w3c").read_text("utf-8"))["total"] == 1
    imported = cli("notes", "import", str(tmp_path / "w3c"))
    assert json.loads(imported.stdout) == {"added": 0, "updated": 0, "unchanged": 1}
    assert cli("notes", "backup", str(tmp_path / "b.sqlite3")).returncode == 0
    assert json.loads(cli("notes", "doctor").stdout)["annotations"] == 1


def test_problems_are_one_line_on_stderr_with_status_2(home: Path, cli) -> None:
    unknown = cli("notes", "add", "--ref", "003:p999.s0")
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("error: unknown sentence reference '003:p999.s0'")
    assert (
        cli("notes", "delete", "nope").stderr
        == "error: no annotation with id 'nope' in the notes store\n"
    )


def test_doctor_on_a_foreign_file_says_how_to_recover_and_leaves_it(home: Path, cli) -> None:
    home.mkdir()
    (home / STORE_FILE).write_bytes(b"PK\x03\x04 a zip file, not ours")
    listed = cli("notes", "list")
    assert listed.returncode == 2 and str(home / STORE_FILE) in listed.stderr
    doctor = cli("notes", "doctor")
    assert doctor.returncode == 2
    report = json.loads(doctor.stdout)
    assert report["ok"] is False and "notes backup" in report["advice"]
    assert (home / STORE_FILE).read_bytes() == b"PK\x03\x04 a zip file, not ours"
