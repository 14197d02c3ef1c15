"""Tests for `python -m helpers readings`: one JSON list of readings per line of standard input."""

import json

import pytest


def _lists(stdout: str) -> list[list[str | None]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_one_list_per_line_one_reading_per_character(cli):
    # Readings checked by hand; null for the full stop, the space and Latin letters.
    result = cli("readings", "--style", "pinyin", stdin="中国。\nAI 时代\n")
    assert result.returncode == 0, result.stderr
    assert _lists(result.stdout) == [
        ["zhōng", "guó", None],
        [None, None, None, "shí", "dài"],
    ]


def test_tone_numbers_and_a_last_line_without_a_line_break(cli):
    result = cli("readings", "--style", "pinyin", "--numbers", stdin="中的\r\n绿")
    assert _lists(result.stdout) == [["zhong1", "de5"], ["lv4"]]


def test_zhuyin_writes_the_neutral_dot_first_and_sandhi_is_a_choice(cli):
    citation = cli("readings", "--style", "zhuyin", stdin="我的\n你好\n")
    assert _lists(citation.stdout) == [["ㄨㄛˇ", "˙ㄉㄜ"], ["ㄋㄧˇ", "ㄏㄠˇ"]]
    sandhi = cli("readings", "--style", "pinyin", "--tones", "sandhi", stdin="你好\n一定\n不是\n")
    assert _lists(sandhi.stdout) == [["ní", "hǎo"], ["yí", "dìng"], ["bú", "shì"]]


def test_each_line_is_read_in_its_own_script(cli):
    # 頭髮 (Traditional) and 头发 (Simplified): tóu fà either way; an empty line gives [].
    result = cli("readings", "--style", "pinyin", stdin="頭髮\n\n头发\n")
    assert _lists(result.stdout) == [["tóu", "fà"], [], ["tóu", "fà"]]


def test_input_that_is_not_utf8_is_one_line_error(cli):
    result = cli("readings", "--style", "pinyin", stdin="中\n".encode() + "頭髮".encode("big5"))
    assert result.returncode == 2
    assert _lists(result.stdout) == [["zhōng"]]
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: standard input, line 2: not UTF-8 (byte 0x")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--style", "zhuyin", "--numbers"), "--numbers writes pinyin tone numbers"),
        (("--style", "ipa"), "invalid choice: 'ipa'"),
        (("--style", "pinyin", "--region", "HK"), "invalid choice: 'HK'"),
        (("--style", "pinyin", "--tones", "spoken"), "invalid choice: 'spoken'"),
        ((), "--style pinyin or --style zhuyin is required"),
        (("--style", "pinyin", "--doc", "000"), "--doc applies to --warm-cache only"),
        (("--warm-cache", "--style", "pinyin"), "--style does not apply"),
    ],
)
def test_flags_that_do_not_apply_are_usage_errors(cli, args, message):
    result = cli("readings", *args, stdin="中")
    assert result.returncode == 2 and result.stdout == "" and message in result.stderr


def test_warm_cache_reports_each_document_it_read(cli):
    result = cli("readings", "--warm-cache", "--doc", "001")
    assert result.returncode == 0, result.stderr
    # 001 has 145 reader rows (sentences and markup lines); both standards × both tone displays.
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"doc": "001", "sentences": 145, "choices": 4}
    ]


def test_warm_cache_refuses_an_unknown_document(cli):
    result = cli("readings", "--warm-cache", "--doc", "777")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "777" in result.stderr
