"""Tests for the command line, run as a researcher would from any folder."""

import json
import subprocess
import sys

import pytest

from helpers.corpus.repairs import normalized
from helpers.corpus.segments import all_sentences

SENTENCE_KEYS = ["doc", "section", "paragraph", "sentence", "speaker", "start", "end", "text"]


def run_helpers(tmp_path, *args):
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_corpus_json_prints_one_object_per_sentence(tmp_path):
    result = run_helpers(tmp_path, "corpus", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(all_sentences())
    assert all(list(row)[: len(SENTENCE_KEYS)] == SENTENCE_KEYS for row in rows)
    for doc_id in ("000", "003"):
        text = normalized(doc_id).text
        rows_of_doc = [row for row in rows if row["doc"] == doc_id]
        assert "".join(row["text"] for row in rows_of_doc) == text
        assert all(text[row["start"] : row["end"]] == row["text"] for row in rows_of_doc)
    assert {row["speaker"] for row in rows if row["doc"] == "003" and row["kind"] == "text"} == {
        "elon_musk",
        "peter_diamandis",
        "dave_blunden",
        "host",
        "grok",
    }
    assert {row["speaker"] for row in rows if row["doc"] != "003"} == {None}


def test_corpus_json_for_one_document(tmp_path):
    rows = [
        json.loads(line)
        for line in run_helpers(tmp_path, "corpus", "--json", "--doc", "002").stdout.splitlines()
    ]
    assert rows and {row["doc"] for row in rows} == {"002"}


def test_corpus_normalized_prints_the_normalised_text(tmp_path):
    result = run_helpers(tmp_path, "corpus", "--normalized", "001")
    assert result.returncode == 0 and result.stdout == normalized("001").text


def test_corpus_repairs_prints_the_log(tmp_path):
    rows = [
        json.loads(line)
        for line in run_helpers(tmp_path, "corpus", "--repairs", "001").stdout.splitlines()
    ]
    assert len(rows) == len(normalized("001").repairs) == 94
    first_gloss = normalized("001").raw.index("指數(shù)級") + 2
    assert (
        rows[0]["rule"] == "pinyin_gloss"
        and rows[0]["before"] == "(shù)"
        and rows[0]["after"] == ""
    )
    assert rows[0]["raw_start"] == rows[0]["start"] == first_gloss


@pytest.mark.parametrize(
    "args", [("corpus", "--normalized", "7"), ("corpus", "--json", "--doc", "005")]
)
def test_an_unknown_document_is_a_clear_error(tmp_path, args):
    result = run_helpers(tmp_path, *args)
    assert result.returncode == 2 and result.stdout == ""
    assert (
        "error: unknown document" in result.stderr
        and "known: 000, 001, 002, 003, 004" in result.stderr
    )


def run_convert(tmp_path, *args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "helpers", "convert", *args],
        cwd=tmp_path,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_convert_reads_standard_input(tmp_path):
    assert (
        run_convert(tmp_path, "--to", "zh-TW", stdin="芯片、数据中心和软件\n").stdout
        == "晶片、資料中心和軟體\n"
    )
    result = run_convert(
        tmp_path,
        "--to",
        "zh-Hans",
        "--from",
        "Traditional",
        "--region",
        "Taiwan",
        stdin="輝達的晶片",
    )
    assert result.returncode == 0 and result.stdout == "英伟达的芯片"


def test_convert_a_whole_document(tmp_path):
    from helpers.language.conversion import convert_document

    result = run_convert(tmp_path, "--to", "zh-TW", "--doc", "004")
    assert result.returncode == 0 and result.stdout == convert_document("004", "zh-TW")


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ("--to", "zh-CN"),
            "error: unknown target 'zh-CN'; valid targets: zh-Hans, zh-Hant, zh-TW, zh-HK",
        ),
        (
            ("--to", "zh-TW", "--doc", "005"),
            "error: unknown document '005'; known: 000, 001, 002, 003, 004",
        ),
        (
            ("--to", "zh-TW", "--doc", "000", "--region", "Taiwan"),
            "error: --from and --region describe standard input",
        ),
        (("--to", "zh-TW", "--from", "Hanzi"), "invalid choice: 'Hanzi'"),
    ],
)
def test_convert_problems_are_clear_errors(tmp_path, args, message):
    result = run_convert(tmp_path, *args, stdin="软件")
    assert result.returncode == 2 and result.stdout == "" and message in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (("corpus", "--doc", "002"), "corpus: --doc only works with --json"),
        (
            ("glossary", "--csv", "out.csv"),
            "glossary: --csv and --anki only work with --export DOC",
        ),
        (
            ("glossary", "--search", "chip", "--anki", "out.apkg"),
            "glossary: --csv and --anki only work with --export DOC",
        ),
        (
            ("glossary", "--search", "chip", "--script", "zh-TW"),
            "glossary: --script only works with --concordance TERM",
        ),
        (
            ("numbers", "--score", "--checks"),
            "numbers: --score and --checks are separate reports; give one",
        ),
    ],
)
def test_flags_that_would_be_ignored_are_usage_errors(capsys, args, message):
    from helpers.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    captured = capsys.readouterr()
    assert exit_info.value.code == 2 and captured.out == "" and f"error: {message}" in captured.err
