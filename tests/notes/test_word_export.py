"""My words out: CSV with a header, and an Anki deck whose notes keep their GUIDs and ids across
exports, so Anki updates them."""

import csv
import json
import sqlite3
import zipfile
from pathlib import Path

import genanki

from helpers.notes.word_export import (
    CSV_FIELDS,
    DECK_ID,
    MODEL_ID,
    export_words_anki,
    export_words_csv,
)
from helpers.notes.words import add_word, edit_word


def anki_notes(apkg: Path, folder: Path) -> dict[str, object]:
    """The notes of a deck file by GUID: (note id, note type id, fields joined by Anki's \\x1f);
    plus the deck and note type ids the collection holds, as sets of strings under the keys
    'decks' and 'models'."""
    with zipfile.ZipFile(apkg) as package:
        package.extract("collection.anki2", folder)
    db = sqlite3.connect(folder / "collection.anki2")
    try:
        notes = {
            guid: (id_, mid, flds)
            for id_, guid, mid, flds in db.execute("SELECT id, guid, mid, flds FROM notes")
        }
        decks, models = db.execute("SELECT decks, models FROM col").fetchone()
    finally:
        db.close()
    return notes | {"decks": set(json.loads(decks)), "models": set(json.loads(models))}


def test_the_csv_has_a_header_and_one_utf8_row_a_word(home, tmp_path):
    add_word("晶片", gloss="chip, die", note='say "xīn"', status="4")
    out = tmp_path / "words.csv"
    assert export_words_csv(out) == 1
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == list(CSV_FIELDS)
    assert rows[1][:8] == [
        "芯片",
        "晶片",
        "xīn piàn",
        "ㄐㄧㄥ ㄆㄧㄢˋ",
        "4",
        "learned",
        "chip, die",
        'say "xīn"',
    ]


def test_exporting_again_after_an_edit_keeps_guids_and_ids(home, tmp_path):
    add_word("芯片", gloss="chip")
    add_word("火箭", gloss="<rocket>")
    first = anki_notes(_export(tmp_path / "first.apkg"), tmp_path / "a")
    edit_word("晶片", gloss="integrated circuit")
    second = anki_notes(_export(tmp_path / "second.apkg"), tmp_path / "b")
    assert str(DECK_ID) in first["decks"] and str(MODEL_ID) in first["models"]
    assert first.keys() == second.keys()
    chip = genanki.guid_for("芯片")  # the GUID from the Simplified form
    assert {chip, genanki.guid_for("火箭")} <= first.keys()
    assert first[chip][:2] == second[chip][:2]  # same note id, same note type
    assert first[chip][2].split("\x1f")[4] == "chip"
    assert second[chip][2].split("\x1f")[4] == "integrated circuit"
    assert second[genanki.guid_for("火箭")][2].split("\x1f")[4] == "&lt;rocket&gt;"


def _export(out: Path) -> Path:
    export_words_anki(out)
    return out
