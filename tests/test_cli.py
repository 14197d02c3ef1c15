"""Tests for the command line, run as a researcher would from any folder."""
import json
import subprocess
import sys

import pytest

from helpers.repairs import normalized
from helpers.segments import all_sentences

SENTENCE_KEYS = ["doc", "section", "paragraph", "sentence", "speaker", "start", "end", "text"]


def run_helpers(tmp_path, *args):
    return subprocess.run([sys.executable, "-m", "helpers", *args], cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8")


def test_corpus_json_prints_one_object_per_sentence(tmp_path):
    result = run_helpers(tmp_path, "corpus", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(all_sentences())
    assert all(list(row)[:len(SENTENCE_KEYS)] == SENTENCE_KEYS for row in rows)
    for doc_id in ("000", "003"):
        text = normalized(doc_id).text
        rows_of_doc = [row for row in rows if row["doc"] == doc_id]
        assert "".join(row["text"] for row in rows_of_doc) == text
        assert all(text[row["start"]:row["end"]] == row["text"] for row in rows_of_doc)
    assert {row["speaker"] for row in rows if row["doc"] == "003" and row["kind"] == "text"} == {
        "elon_musk", "peter_diamandis", "dave_blunden", "host", "grok"}
    assert {row["speaker"] for row in rows if row["doc"] != "003"} == {None}


def test_corpus_json_for_one_document(tmp_path):
    rows = [json.loads(line) for line in run_helpers(tmp_path, "corpus", "--json", "--doc", "002").stdout.splitlines()]
    assert rows and {row["doc"] for row in rows} == {"002"}


def test_corpus_normalized_prints_the_normalised_text(tmp_path):
    result = run_helpers(tmp_path, "corpus", "--normalized", "001")
    assert result.returncode == 0 and result.stdout == normalized("001").text


def test_corpus_repairs_prints_the_log(tmp_path):
    rows = [json.loads(line) for line in run_helpers(tmp_path, "corpus", "--repairs", "001").stdout.splitlines()]
    assert len(rows) == len(normalized("001").repairs) == 94
    first_gloss = normalized("001").raw.index("指數(shù)級") + 2
    assert rows[0]["rule"] == "pinyin_gloss" and rows[0]["before"] == "(shù)" and rows[0]["after"] == ""
    assert rows[0]["raw_start"] == rows[0]["start"] == first_gloss


@pytest.mark.parametrize("args", [("corpus", "--normalized", "7"), ("corpus", "--json", "--doc", "005")])
def test_an_unknown_document_is_a_clear_error(tmp_path, args):
    result = run_helpers(tmp_path, *args)
    assert result.returncode == 2 and result.stdout == ""
    assert "error: unknown document" in result.stderr and "known: 000, 001, 002, 003, 004" in result.stderr
