"""The command line as a user runs it: `python -m helpers …` from a folder outside the project.

Expected values are read off the files: the first lines of corpus/texts/002, the first repair of 001
(found by searching the raw file for 數(shù)), the documented set of 003's speakers.
"""

import json

import pytest

from helpers.cli import main

SENTENCE_KEYS = ["doc", "section", "paragraph", "sentence", "speaker", "start", "end", "text"]
RAW_002 = "corpus/texts/002_x_takeover_2025.txt"


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_corpus_json_prints_every_sentence_losslessly(cli, project_root):
    result = cli("corpus", "--json")
    assert result.returncode == 0, result.stderr
    rows = json_lines(result.stdout)
    assert all(list(row)[: len(SENTENCE_KEYS)] == SENTENCE_KEYS for row in rows)
    assert [row["doc"] for row in rows] == sorted(row["doc"] for row in rows)
    # 000 has no repairs, so its sentences concatenate to the file as it is on disk.
    raw = (project_root / "corpus/texts/000_kamath_debt_ai_robots.txt").read_text("utf-8")
    assert "".join(row["text"] for row in rows if row["doc"] == "000") == raw
    speakers = {row["speaker"] for row in rows if row["doc"] == "003" and row["kind"] == "text"}
    assert speakers == {"elon_musk", "peter_diamandis", "dave_blunden", "host", "grok"}
    assert {row["speaker"] for row in rows if row["doc"] != "003"} == {None}


def test_corpus_json_for_one_document(cli):
    rows = json_lines(cli("corpus", "--json", "--doc", "002").stdout)
    assert {row["doc"] for row in rows} == {"002"}
    # The file's first sentence ends at the first full stop: "…Elon Musk。"
    assert rows[0]["ref"] == "002:p0.s0" and rows[0]["start"] == 0
    assert rows[0]["text"].startswith("7 月 27 日中午前後,灣區 X Takeover 2025")
    assert rows[0]["text"].endswith("Elon Musk。")


def test_corpus_normalized_prints_the_normalised_text(cli, project_root):
    result = cli("corpus", "--normalized", "001")
    raw = (project_root / "corpus/texts/001_space_ai_converted.txt").read_text("utf-8")
    assert result.returncode == 0
    assert "指數(shù)級" in raw and "(shù)" not in result.stdout and "指數級" in result.stdout
    assert result.stdout.splitlines()[0] == raw.splitlines()[0]  # the title line needs no repair


def test_corpus_repairs_prints_the_log(cli, project_root):
    rows = json_lines(cli("corpus", "--repairs", "001").stdout)
    raw = (project_root / "corpus/texts/001_space_ai_converted.txt").read_text("utf-8")
    first_gloss = raw.index("指數(shù)級") + 2
    assert (
        len(rows) == 94
    )  # README: 89 pinyin glosses, 1 HTML remnant, 1 quote pair, 1 space, 2 curated
    assert rows[0] == {
        "rule": "pinyin_gloss",
        "raw_start": first_gloss,
        "start": first_gloss,
        "before": "(shù)",
        "after": "",
        "reason": rows[0]["reason"],
    }


@pytest.mark.parametrize(
    "args", [("corpus", "--normalized", "7"), ("corpus", "--json", "--doc", "005")]
)
def test_an_unknown_document_is_a_clear_error(cli, args):
    result = cli(*args)
    assert result.returncode == 2 and result.stdout == ""
    assert "error: unknown document" in result.stderr
    assert "known: 000, 001, 002, 003, 004" in result.stderr


def test_convert_reads_standard_input(cli):
    assert cli("convert", "--to", "zh-TW", stdin="芯片、数据中心和软件\n").stdout == (
        "晶片、資料中心和軟體\n"
    )
    args = ("convert", "--to", "zh-Hans", "--from", "Traditional", "--region", "Taiwan")
    result = cli(*args, stdin="輝達的晶片")
    assert result.returncode == 0 and result.stdout == "英伟达的芯片"


def test_convert_keeps_everything_around_a_nul(cli):
    # The example: OpenCC alone printed 測試三個字。
    result = cli("convert", "--to", "zh-TW", stdin="测试\0文本，一共三个字。".encode())
    assert result.returncode == 0 and result.stdout == "測試\0文本，一共三個字。"


def test_convert_detects_the_source_script_and_says_so(cli):
    result = cli("convert", "--to", "zh-Hans", stdin="頭髮很乾\n")
    assert result.returncode == 0 and result.stdout == "头发很干\n"
    assert result.stderr == (
        "detected: Traditional, usage not shown by the words; converted from Traditional\n"
    )
    result = cli("convert", "--to", "zh-TW", stdin="芯片的市盈率很高\n")
    assert result.stdout == "晶片的本益比很高\n"
    assert "mainland usage (芯片, 市盈率)" in result.stderr


def test_convert_json_gives_the_text_and_the_detection(cli):
    result = cli("convert", "--to", "zh-Hans", "--json", stdin="這款晶片的本益比很高")
    assert result.returncode == 0 and result.stderr == ""
    assert json.loads(result.stdout) == {
        "text": "这款芯片的市盈率很高",
        "target": "zh-Hans",
        "source": {"script": "Traditional", "region": "Taiwan"},
        "detected": {
            "script": "Traditional",
            "region": "Taiwan",
            "simplified": "",
            "traditional": "這",
            "mainland_words": [],
            "taiwan_words": ["晶片", "本益比"],
        },
    }


@pytest.mark.parametrize(
    "text, encoding, likely",
    [("测试文本，一共三个字。", "gbk", "gb18030"), ("頭髮很乾", "big5", "big5")],
)
def test_convert_rejects_input_that_is_not_utf8_in_one_line(cli, text, encoding, likely):
    result = cli("convert", "--to", "zh-TW", stdin=text.encode(encoding))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: standard input: not UTF-8 (byte 0x")
    assert f"likely {likely}" in result.stderr and "surrogates" not in result.stderr


def test_convert_a_whole_document(cli, project_root):
    result = cli("convert", "--to", "zh-Hant", "--doc", "004")
    raw = (project_root / "corpus/texts/004_dwarkesh_collison_digest.txt").read_text("utf-8")
    assert result.returncode == 0 and len(result.stdout) == len(raw)  # s2t maps char to char
    # The title line, converted by hand: 马斯克三小时访谈实录 → 馬斯克三小時訪談實錄.
    assert raw.splitlines()[1].startswith('title: "马斯克三小时访谈实录：36 个月后')
    assert result.stdout.splitlines()[1].startswith('title: "馬斯克三小時訪談實錄：36 個月後')


@pytest.mark.parametrize(
    "args, message",
    [
        (("--to", "zh-CN"), "error: unknown target 'zh-CN'"),
        (("--to", "zh-TW", "--doc", "005"), "error: unknown document '005'"),
        (
            ("--to", "zh-TW", "--doc", "000", "--region", "Taiwan"),
            "convert: --from and --region describe standard input",
        ),
        (("--to", "zh-TW", "--from", "Hanzi"), "invalid choice: 'Hanzi'"),
    ],
)
def test_convert_problems_are_clear_errors(cli, args, message):
    result = cli("convert", *args, stdin="软件")
    assert result.returncode == 2 and result.stdout == "" and message in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (("corpus", "--doc", "002"), "corpus: --doc only works with --json"),
        (("glossary", "--csv", "out.csv"), "glossary: --csv and --anki only work with --export"),
        (
            ("glossary", "--search", "chip", "--anki", "out.apkg"),
            "glossary: --csv and --anki only work with --export",
        ),
        (
            ("glossary", "--search", "chip", "--script", "zh-TW"),
            "glossary: --script only works with --concordance TERM",
        ),
        (("numbers", "--score", "--checks"), "not allowed with argument"),
        (("numbers", "--checks", "--doc", "001"), "numbers: --checks compares documents"),
        (("numbers", "--json"), "unrecognized arguments: --json"),
        (("glossary", "--json"), "unrecognized arguments: --json"),
        (("bench", "--repeat", "x"), "invalid int value"),
    ],
)
def test_flags_that_would_be_ignored_are_usage_errors(capsys, args, message):
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    captured = capsys.readouterr()
    assert exit_info.value.code == 2 and captured.out == "" and message in captured.err


def test_a_closed_pipe_ends_quietly(project_root, tmp_path):
    import subprocess
    import sys

    command = f"{sys.executable} -m helpers corpus --json | head -n 1"
    result = subprocess.run(
        ["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout)["ref"] == "000:p0.s0" and "Error" not in result.stderr
