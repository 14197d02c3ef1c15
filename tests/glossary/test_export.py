"""helpers.glossary.export: a document's vocabulary as CSV and as an Anki deck."""

import csv
import sqlite3
import zipfile
from pathlib import Path

import pytest

from helpers.cli import main
from helpers.core.errors import CorpusError
from helpers.glossary import export as glossary_export
from helpers.glossary.entries import Entry
from helpers.glossary.export import export_anki, export_csv

# chip as corpus/glossary.toml gives it; in 002 晶片 occurs 3 times (grep -o), first in line 7
# of 002_x_takeover_2025.txt (paragraph 6, its first sentence), and 芯片 never.
CHIP_IN_002 = {
    "id": "chip",
    "simplified": "芯片",
    "traditional": "芯片",
    "taiwan": "晶片",
    "taiwan_zhuyin": "ㄐㄧㄥ ㄆㄧㄢˋ",
    "pinyin": "xīn piàn",
    "zhuyin": "ㄒㄧㄣ ㄆㄧㄢˋ",
    "english": "chip, integrated circuit",
    "category": "technology",
    "hsk": "",
    "note": "Mainland 芯片 vs Taiwan 晶片: 001, 003, 004 write 芯片, 000 and 002 write 晶片.",
    "first_ref": "002:p6.s0",
    "count": "3",
}


def anki_fields(path: Path, tmp_path: Path) -> list[list[str]]:
    """The fields of every note of an .apkg, as Anki stores them."""
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        (tmp_path / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "collection.anki2") as connection:
        rows = connection.execute("select flds from notes").fetchall()
    return [fields.split("\x1f") for (fields,) in rows]


def test_csv_export_is_deterministic_and_holds_each_entry(tmp_path):
    export_csv("002", tmp_path / "a.csv")
    export_csv("002", tmp_path / "b.csv")
    data = (tmp_path / "a.csv").read_bytes()
    assert data == (tmp_path / "b.csv").read_bytes()
    assert b"\r" not in data
    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert next(row for row in rows if row["id"] == "chip") == CHIP_IN_002


def test_anki_fields_are_escaped_html(tmp_path, monkeypatch):
    item = Entry(
        "x",
        "<b>芯片</b>",
        "芯片",
        "",
        "xīn piàn",
        "ㄒㄧㄣ ㄆㄧㄢˋ",
        "chip & <i>wafer</i>",
        "technology",
        'a "note"',
        ("芯片",),
        "",
    )
    monkeypatch.setattr(glossary_export, "vocabulary", lambda doc_id: [(item, "002:p0.s0", 1)])
    export_anki("002", tmp_path / "deck.apkg")
    assert anki_fields(tmp_path / "deck.apkg", tmp_path) == [
        [
            "&lt;b&gt;芯片&lt;/b&gt;",
            "芯片",
            "",
            "xīn piàn",
            "ㄒㄧㄣ ㄆㄧㄢˋ",
            "chip &amp; &lt;i&gt;wafer&lt;/i&gt;",
            "a &quot;note&quot;",
            "002:p0.s0",
        ]
    ]


def test_anki_export_is_deterministic_and_valid(tmp_path):
    export_anki("002", tmp_path / "a.apkg")
    export_anki("002", tmp_path / "b.apkg")
    assert (tmp_path / "a.apkg").read_bytes() == (tmp_path / "b.apkg").read_bytes()
    notes = anki_fields(tmp_path / "a.apkg", tmp_path)
    chip = CHIP_IN_002
    assert [
        chip["simplified"],
        chip["traditional"],
        "晶片 ㄐㄧㄥ ㄆㄧㄢˋ",
        chip["pinyin"],
        chip["zhuyin"],
        chip["english"],
        chip["note"],
        chip["first_ref"],
    ] in notes


@pytest.mark.parametrize("export", [export_csv, export_anki])
def test_an_unknown_document_is_refused_before_writing(tmp_path, export):
    with pytest.raises(CorpusError, match="unknown document '009'"):
        export("009", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_cli_export(tmp_path, capsys):
    assert main(["glossary", "--export", "001", "--csv", str(tmp_path / "v.csv")]) == 0
    assert (tmp_path / "v.csv").read_text(encoding="utf-8").startswith("id,simplified,traditional")
    assert main(["glossary", "--export", "001"]) == 2
    assert "--csv" in capsys.readouterr().err
