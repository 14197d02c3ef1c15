"""Where quantities are: offsets into the raw file text and the normalised text, the sentence and
speaker, the JSON schema and the command line."""

import json

import pytest

from helpers.corpus.documents import document, documents
from helpers.corpus.repairs import normalize, normalized
from helpers.corpus.segments import segmented
from helpers.numbers.extract import FIELDS, find_quantities, quantities, traced


@pytest.mark.parametrize("doc_id", list(documents()))
def test_every_quantity_is_at_its_offsets_in_both_texts_and_inside_its_sentence(doc_id):
    raw = document(doc_id).path.read_text(encoding="utf-8")
    text = normalized(doc_id).text
    sentences = {sentence.ref: sentence for sentence in segmented(doc_id).sentences}
    differing = []
    for q in quantities(doc_id):
        assert q.start < q.end and q.norm_start < q.norm_end
        assert raw[q.start : q.end] == q.surface
        sentence = sentences[q.sentence]
        assert sentence.start <= q.norm_start < q.norm_end <= sentence.end, (q, sentence)
        if text[q.norm_start : q.norm_end] != q.surface:
            differing.append((q.surface, text[q.norm_start : q.norm_end]))
    # Only the two 數(shù)萬億美元 of 001 hold a repair (the pinyin after 數 is removed); by grep,
    # the raw text of 001 has it twice and no other quantity span holds a repaired character.
    expected = [("數(shù)萬億美元", "數萬億美元")] * 2 if doc_id == "001" else []
    assert differing == expected


def test_in_001_raw_and_normalised_offsets_part_after_the_first_repairs():
    # 001 has 94 repairs, so raw offsets run ahead of normalised ones; the sentence is found by the
    # normalised offsets. Raw offsets found with str.find on the file, normalised ones on the text.
    raw = document("001").path.read_text(encoding="utf-8")
    text = normalized("001").text
    first = next(q for q in quantities("001") if q.surface == "數(shù)萬億美元")
    assert (first.start, first.end) == (
        raw.find("數(shù)萬億美元"),
        raw.find("數(shù)萬億美元") + 10,
    )
    assert (first.norm_start, first.norm_end) == (
        text.find("數萬億美元"),
        text.find("數萬億美元") + 5,
    )
    assert first.start - first.norm_start > 0 and first.sentence == "001:p68.s0"
    assert first.value is None and first.approx and first.unit == "USD"


def test_base_values_are_si_or_usd():
    by_surface = {q.surface: q for q in quantities("004")}
    assert by_surface["1GW"].base_value == 1e9
    assert by_surface["12-18 个月"].base_value is None
    assert by_surface["20 分钟"].base_value == 1200
    assert by_surface["约 9.5 万亿千瓦时"].base_value == pytest.approx(9.5e15 * 3600)


def test_rows_carry_sentence_and_speaker():
    row = next(q for q in quantities("003") if q.surface == "三到七年")
    assert row.sentence.startswith("003:p") and row.speaker == "elon_musk"
    assert all(q.speaker is None for q in quantities("000"))


def test_cli_prints_the_fixed_schema(cli):
    result = cli("numbers", "--doc", "004")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0
    assert all(list(row) == list(FIELDS) for row in rows)
    # The stable schema; norm_start and norm_end were added at the end.
    assert list(FIELDS) == [
        *("doc", "start", "end", "surface", "value", "low", "high", "unit", "base_value"),
        *("kind", "approx", "sentence", "speaker", "norm_start", "norm_end"),
    ]
    # 33万块 is written once in 004, at character 513 (str.find on the file); 004 has no repairs,
    # so both offsets agree. 33万 = 330,000, a count.
    [row] = [row for row in rows if row["surface"] == "33万块"]
    assert row == {
        **row,
        **{"doc": "004", "start": 513, "end": 517, "value": 330000, "low": None, "high": None},
        **{"unit": "count", "base_value": 330000, "kind": "count", "approx": False},
        **{"speaker": None, "norm_start": 513, "norm_end": 517},
    }


def test_cli_filters_one_document_and_rejects_an_unknown_one(cli):
    rows = [json.loads(line) for line in cli("numbers", "--doc", "002").stdout.splitlines()]
    assert rows and {row["doc"] for row in rows} == {"002"}
    result = cli("numbers", "--doc", "005")
    assert result.returncode == 2 and result.stdout == ""
    assert "error: unknown document" in result.stderr


@pytest.mark.parametrize(
    "raw, expected",
    [
        # (surface, start, end, norm_start, norm_end), counted by hand in the raw string.
        ("有5个(gè)人", [("5个", 1, 3, 1, 3)]),
        ("增长了100%?/span>。", [("100%", 3, 7, 3, 7)]),
        ("过了三年 之后", [("三年", 2, 4, 2, 4)]),
        ("有數(shù)萬億美元", [("數(shù)萬億美元", 1, 11, 1, 6)]),
    ],
)
def test_a_span_ending_where_a_deletion_starts_leaves_the_deleted_text_out(raw, expected):
    text = normalize("t", raw)
    rows = [traced(text, quantity) for quantity in find_quantities(text.text)]
    assert [(q.surface, q.start, q.end, q.norm_start, q.norm_end) for q in rows] == expected
