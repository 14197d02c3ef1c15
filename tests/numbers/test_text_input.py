"""`python -m helpers numbers --text`: the quantities of standard input, in the corpus schema."""

import json

from helpers.numbers.extract import FIELDS


def test_text_prints_quantities_with_offsets_into_the_input(cli):
    text = "他花了一万二千元，涨了 3.5%。"
    result = cli("numbers", "--text", stdin=text)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [list(row) for row in rows] == [list(FIELDS)] * 2
    # Counted by hand: 一万二千元 after 他花了 (3 characters), 3.5% after ，涨了 and a space.
    assert [(row["start"], row["end"], row["surface"]) for row in rows] == [
        (3, 8, "一万二千元"),
        (12, 16, "3.5%"),
    ]
    assert [row["value"] for row in rows] == [12000.0, 3.5]
    assert {row["doc"] for row in rows} == {None}


def test_text_that_is_not_utf8_is_one_line_and_status_2(cli):
    result = cli("numbers", "--text", stdin="一万二千元".encode("gbk"))
    assert result.returncode == 2
    assert result.stdout == ""
    # In GBK 一 is 0xd2 0xbb (which happens to be valid UTF-8, U+04BB) and 万 is 0xcd 0xf2.
    assert result.stderr.strip().splitlines() == [
        "error: standard input: not UTF-8 (byte 0xcd at offset 2, likely gb18030); "
        "convert it to UTF-8 first (iconv -f gb18030 -t UTF-8)"
    ]


def test_text_refuses_corpus_reports(cli):
    result = cli("numbers", "--text", "--score")
    assert result.returncode == 2
    assert "drop --text" in result.stderr
