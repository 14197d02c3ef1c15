"""`python -m helpers words`, run as a user would, against a store in a folder of its own."""

import csv
import json
import zipfile

import pytest


@pytest.fixture(autouse=True)
def fresh_store(home):
    """The store in a fresh folder (READER_HOME, which the subprocess inherits)."""


def test_add_prints_the_entry_and_a_second_add_in_the_other_script_is_refused(cli):
    done = cli("words", "add", "晶片", "--gloss", "chip", "--status", "2", "--note", "Taiwan")
    assert done.returncode == 0, done.stderr
    entry = json.loads(done.stdout)
    assert entry | {"created": "", "modified": ""} == {
        "word": "芯片",
        "simplified": "芯片",
        "traditional": "晶片",
        "pinyin": "xīn piàn",
        "zhuyin": "ㄐㄧㄥ ㄆㄧㄢˋ",
        "status": "2",
        "status_label": "recognised",
        "gloss": "chip",
        "note": "Taiwan",
        "created": "",
        "modified": "",
        "in_glossary": True,  # glossary entry "chip"
    }
    again = cli("words", "add", "芯片")
    assert (again.returncode, again.stdout) == (2, "")
    assert "芯片 is in your words already" in again.stderr


def test_set_list_remove(cli):
    for word in ("火箭", "数学"):
        assert cli("words", "add", word).returncode == 0
    changed = cli("words", "set", "數學", "--status", "known", "--gloss", "mathematics")
    assert json.loads(changed.stdout)["status"] == "known"
    assert json.loads(changed.stdout)["gloss"] == "mathematics"
    lines = cli("words", "list").stdout.splitlines()
    assert sorted(json.loads(line)["word"] for line in lines) == ["数学", "火箭"]
    known = cli("words", "list", "--status", "known").stdout.splitlines()
    assert [json.loads(line)["word"] for line in known] == ["数学"]
    assert cli("words", "remove", "火箭").returncode == 0
    assert len(cli("words", "list").stdout.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("words", "add", "chip"), "'chip' is not a Chinese word"),
        (("words", "set", "火箭", "--status", "1"), "火箭 is not in your words"),
        (("words", "remove", "火箭"), "火箭 is not in your words"),
        (("words", "known", "--doc", "999"), "unknown document '999'"),
        (("words", "set", "火箭"), "set needs --status, --gloss or --note"),
        (("words", "export"), "export needs --csv OUT, --anki OUT or both"),
        (("words", "add", "火箭", "--status", "learned"), "invalid choice: 'learned'"),
    ],
)
def test_problems_are_one_line_and_status_2(cli, args, message):
    done = cli(*args)
    assert done.returncode == 2
    assert message in done.stderr


def test_export_writes_both_files(cli, tmp_path):
    cli("words", "add", "芯片", "--gloss", "chip")
    csv_file, anki_file = tmp_path / "w.csv", tmp_path / "w.apkg"
    done = cli("words", "export", "--csv", str(csv_file), "--anki", str(anki_file))
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(csv_file.read_text(encoding="utf-8").splitlines()))
    assert [row[0] for row in rows] == ["simplified", "芯片"]
    assert "collection.anki2" in zipfile.ZipFile(anki_file).namelist()


def test_known_prints_a_sentence_or_json(cli):
    assert cli("words", "known", "--doc", "003").stdout == "you know 0% of the words in 003\n"
    cli("words", "add", "的", "--status", "known")
    share = json.loads(cli("words", "known", "--doc", "003", "--json").stdout)
    # 的 is about one word in fifteen of 003 (see tests/notes/test_words.py for bounds)
    assert share["doc"] == "003" and 0.03 < share["known_share"] < 0.1
