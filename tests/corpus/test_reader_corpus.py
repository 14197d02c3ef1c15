"""Tests for a reader's corpus beside the curated one: documents from both, per-document problems,
the 'encoding' field and its logged repair, and `corpus --check` (the reader_corpus fixture of
tests/conftest.py: 100 UTF-8, 101 GB18030, 102 UTF-16, 103 Big5 declared UTF-8)."""

import json
import os

import pytest

from helpers.core.caching import reload
from helpers.core.errors import CorpusError
from helpers.core.home import CORPUS_VARIABLE, reader_corpus_dir
from helpers.corpus.documents import (
    corpus_problems,
    decode_text,
    document,
    documents,
    read_raw,
)
from helpers.corpus.problems import check_corpus
from helpers.corpus.repairs import normalized, restore_raw
from helpers.corpus.segments import segmented
from tests.conftest import READER_TEXTS, reader_metadata_row

CURATED = ["000", "001", "002", "003", "004"]
BIG5_FILE = "texts/103_big5_declared_utf8.txt"


def test_the_test_session_sees_no_reader_corpus():
    assert CORPUS_VARIABLE not in os.environ and reader_corpus_dir() is None
    assert list(documents()) == CURATED and corpus_problems() == ()


def test_documents_come_from_both_corpora_and_the_bad_one_is_left_out(reader_corpus):
    assert reader_corpus_dir() == reader_corpus.resolve()
    assert list(documents()) == [*CURATED, "100", "101", "102"]
    assert {doc.corpus for doc_id, doc in documents().items() if doc_id in CURATED} == {"curated"}
    assert [documents()[doc_id].corpus for doc_id in ("100", "101", "102")] == ["reader"] * 3
    assert [documents()[doc_id].encoding for doc_id in ("100", "101", "102")] == [
        "utf-8",
        "gb18030",
        "utf-16",
    ]
    assert documents()["102"].language == "zh-TW"
    assert documents()["102"].source == "texts/102_utf16_plain.txt"
    assert documents()["003"].source == "corpus/texts/003_moonshots_diamandis.txt"
    (problem,) = corpus_problems()
    assert problem.doc_id == "103" and problem.file == reader_corpus / BIG5_FILE
    assert "not UTF-8" in problem.message and "big5" in problem.message


@pytest.mark.parametrize("doc_id", ["100", "101", "102"])
def test_the_good_reader_documents_segment_losslessly(reader_corpus, doc_id):
    text, doc = normalized(doc_id), document(doc_id)
    assert doc.path.read_bytes() == READER_TEXTS[doc.path.relative_to(reader_corpus).as_posix()][0]
    assert restore_raw(text.text, text.repairs) == text.raw == read_raw(doc.path, doc.encoding)
    assert text.raw == decode_text(doc.path.read_bytes(), doc.encoding, "test")
    segmentation = segmented(doc_id)
    assert "".join(sentence.text for sentence in segmentation.sentences) == text.text
    assert len(segmentation.sections) == 1 and len(segmentation.sentences) >= 3
    assert "\r" not in text.text and "\ufeff" not in text.text


def test_a_non_utf8_text_logs_its_decoding_as_a_zero_width_repair(reader_corpus):
    repairs = [repair.as_dict() for repair in normalized("101").repairs]
    assert repairs[0] == {
        "rule": "encoding",
        "raw_start": 0,
        "start": 0,
        "before": "",
        "after": "",
        "reason": "decoded from GB18030; the file is kept byte for byte as received",
    }
    assert [repair["rule"] for repair in repairs] == ["encoding", "line_ending"]
    utf16 = normalized("102").repairs
    assert [repair.rule for repair in utf16] == ["encoding", "byte_order_mark"]
    assert utf16[1].reason == "a UTF-16 byte order mark is not text"
    assert [repair.rule for repair in normalized("100").repairs] == ["line_ending"]


def test_a_broken_document_raises_its_own_problem(reader_corpus):
    with pytest.raises(CorpusError, match=r"103_big5_declared_utf8\.txt: not UTF-8.*big5"):
        document("103")
    with pytest.raises(CorpusError, match="not UTF-8"):
        segmented("103")
    with pytest.raises(CorpusError, match=r"unknown document '999'; known: 000, .*, 102$"):
        document("999")


def test_the_curated_documents_are_unaffected_by_the_reader_corpus(reader_corpus):
    with_reader = {doc_id: segmented(doc_id).sentences for doc_id in CURATED}
    os.environ.pop(CORPUS_VARIABLE)
    reload()
    assert {doc_id: segmented(doc_id).sentences for doc_id in CURATED} == with_reader
    os.environ[CORPUS_VARIABLE] = str(reader_corpus)


def _rewrite(reader_corpus, name, text):
    (reader_corpus / name).write_text(text, encoding="utf-8")
    reload()


@pytest.mark.parametrize(
    "content",
    ["[[document]\nid = ", "this is not toml", "document = 3"],
)
def test_a_broken_reader_metadata_file_never_stops_the_curated_documents(reader_corpus, content):
    _rewrite(reader_corpus, "metadata.toml", content)
    assert list(documents()) == CURATED
    (problem,) = corpus_problems()
    assert problem.file == reader_corpus / "metadata.toml" and problem.doc_id is None
    assert len(segmented("003").sentences) > 2000


def test_a_missing_reader_folder_is_a_problem_and_an_empty_one_is_not(reader_corpus, monkeypatch):
    monkeypatch.setenv(CORPUS_VARIABLE, str(reader_corpus / "missing"))
    reload()
    assert list(documents()) == CURATED
    assert "does not exist" in corpus_problems()[0].message
    monkeypatch.setenv(CORPUS_VARIABLE, str(reader_corpus / "notebooks"))
    reload()
    assert list(documents()) == CURATED and corpus_problems() == ()


@pytest.mark.parametrize(
    "doc_id, fields, problem",
    [
        ("050", {}, "ids of the reader corpus are 100-999"),
        ("104", {"slug": "x_takeover_2025"}, "slug x_takeover_2025 is taken by document 002"),
        ("100", {"slug": "another"}, "duplicate id 100"),
        ("104", {"published": "May 2026"}, "published 'May 2026'"),
        ("104", {"encoding": "latin-1"}, "encoding 'latin-1' is not one of"),
        ("104", {"encoding": "utf-16"}, "declared utf-16 but has no byte order mark"),
        ("104", {"encoding": "big5"}, "not Big5"),
        ("104", {"file": "texts/missing.txt"}, "does not exist"),
    ],
)
def test_a_bad_reader_row_is_a_problem_of_that_document_only(
    reader_corpus, doc_id, fields, problem
):
    if "file" not in fields:
        fields = {"file": "texts/104.txt", **fields}
        (reader_corpus / "texts" / "104.txt").write_bytes(
            b"\xff\xfe" if fields.get("encoding") == "big5" else "测试文本。".encode()
        )
    encoding = fields.pop("encoding", None)
    metadata = (reader_corpus / "metadata.toml").read_text(encoding="utf-8")
    _rewrite(
        reader_corpus,
        "metadata.toml",
        metadata + reader_metadata_row(doc_id, encoding=encoding, **fields),
    )
    assert list(documents()) == [*CURATED, "100", "101", "102"]
    found = [item for item in corpus_problems() if item.doc_id != "103"]
    assert len(found) == 1 and problem in found[0].message, found
    assert found[0].doc_id == doc_id


def test_bad_structure_rows_leave_out_their_document_only(reader_corpus):
    structure = (reader_corpus / "structure.toml").read_text(encoding="utf-8")
    _rewrite(
        reader_corpus,
        "structure.toml",
        structure.replace(
            '["101"]\nheadings = [{ lines = ["电池工厂"], level = 1 }]', '["101"]\nheadings = 3'
        )
        + '["003"]\nheadings = []\n',
    )
    assert list(documents()) == [*CURATED, "100", "102"]
    problems = {problem.doc_id: problem.message for problem in corpus_problems()}
    assert "'headings' must be a list" in problems["101"]
    assert "unknown document id" in problems["003"]
    assert len(segmented("003").sentences) > 2000


def test_a_problem_found_on_segmenting_is_listed_by_check_corpus(reader_corpus):
    structure = (reader_corpus / "structure.toml").read_text(encoding="utf-8")
    _rewrite(reader_corpus, "structure.toml", structure.replace("星舰试飞", "不在文中"))
    assert "100" in documents()
    problems = {problem.doc_id: problem for problem in check_corpus()}
    assert set(problems) == {"100", "103"}
    assert problems["100"].file == reader_corpus / "structure.toml"


def test_every_problem_of_a_readers_corpus_names_the_readers_file(reader_corpus, cli):
    transcript = "**王同学：** 老师好。\n\n李：你好。\n"
    (reader_corpus / "texts" / "104_talk.txt").write_text(transcript, encoding="utf-8")
    metadata = (reader_corpus / "metadata.toml").read_text(encoding="utf-8")
    metadata += reader_metadata_row("104", "texts/104_talk.txt")
    metadata += reader_metadata_row("105", "texts/105_missing.txt", title="")
    _rewrite(reader_corpus, "metadata.toml", metadata)
    structure = (reader_corpus / "structure.toml").read_text(encoding="utf-8")
    structure = structure.replace("星舰试飞", "不在文中")
    speaker = '{ id = "li", name = "Li", name_zh = "李老师", labels = ["李"] }'
    structure += f'["104"]\nspeakers = [{speaker}]\n'
    _rewrite(reader_corpus, "structure.toml", structure)
    repairs = '[[repair]]\ndoc = "101"\nbefore = "不在文中"\nafter = "在"\nreason = "test"\n'
    _rewrite(reader_corpus, "repairs.toml", repairs)
    problems = {problem.doc_id: problem for problem in check_corpus()}
    assert set(problems) == {"100", "101", "103", "104", "105"}
    files = {
        "100": "structure.toml",
        "101": "repairs.toml",
        "103": BIG5_FILE,
        "104": "structure.toml",
        "105": "metadata.toml",
    }
    for doc_id, name in files.items():
        problem = problems[doc_id]
        assert problem.file == reader_corpus / name, problem
        shown = str(problem).replace(str(reader_corpus), "READER")
        assert shown.startswith(f"READER/{name}") or f"to READER/{name}" in shown, shown
        assert "corpus/" not in shown, shown
    assert "unknown speaker label '王同学'" in problems["104"].message
    assert "heading line(s) ['不在文中']" in problems["100"].message
    check = cli("corpus", "--check")
    assert check.returncode == 1 and "corpus/structure.toml" not in check.stdout.replace(
        str(reader_corpus), "READER"
    )


def test_corpus_lists_both_corpora_and_check_lists_every_problem(reader_corpus, cli):
    listing = cli("corpus")
    assert listing.returncode == 0, listing.stderr
    rows = [line.split() for line in listing.stdout.splitlines()[1:]]
    assert [(row[0], row[1]) for row in rows] == [
        *((doc_id, "curated") for doc_id in CURATED),
        *((doc_id, "reader") for doc_id in ("100", "101", "102")),
    ]
    assert "1 problem(s) found" in listing.stderr
    check = cli("corpus", "--check")
    assert check.returncode == 1
    assert check.stdout.splitlines()[0].startswith(str(reader_corpus / BIG5_FILE))
    assert check.stdout.splitlines()[-1] == "1 problem(s)"
    sentences = [json.loads(line) for line in cli("corpus", "--json").stdout.splitlines()]
    assert {sentence["doc"] for sentence in sentences} >= {"000", "100", "101", "102"}
    refused = cli("corpus", "--json", "--doc", "103")
    assert refused.returncode == 2 and "not UTF-8" in refused.stderr


def test_corpus_dir_names_the_reader_corpus_before_or_after_the_subcommand(
    reader_corpus, monkeypatch, cli
):
    monkeypatch.delenv(CORPUS_VARIABLE)
    assert cli("corpus", "--check").stdout == "no problems\n"
    for args in (
        ("--corpus-dir", str(reader_corpus), "corpus"),
        ("corpus", "--corpus-dir", str(reader_corpus)),
    ):
        done = cli(*args, "--check")
        assert done.returncode == 1 and "103_big5" in done.stdout


def test_a_gb18030_byte_order_mark_and_crlf_are_logged_repairs():
    data = "\ufeff马斯克\r\n说。\r\n".encode("gb18030")
    raw = decode_text(data, "gb18030", "test")
    assert raw.startswith("\ufeff")
    from helpers.corpus.repairs import normalize

    text = normalize("100", raw, encoding="gb18030")
    assert [repair.rule for repair in text.repairs] == [
        "encoding",
        "byte_order_mark",
        "line_ending",
        "line_ending",
    ]
    assert text.repairs[1].reason == "a GB18030 byte order mark is not text"
    assert text.text == "马斯克\n说。\n" and restore_raw(text.text, text.repairs) == raw
    assert [repair.rule for repair in normalize("100", "\ufeff文\r\n").repairs] == [
        "byte_order_mark",
        "line_ending",
    ]


INTERVIEW = (
    "以下是本报记者与一位经济学家的对话，经过整理。\n\n"
    "记者：今年的经济怎么样？\n\n专家：比去年好一些。出口增长了。\n\n"
    "记者：明年呢？\n\n专家：还要再看。\n"
)
INTERVIEW_SPEAKERS = (
    '["100"]\nspeakers = [\n'
    '  { id = "reporter", name = "Reporter", name_zh = "记者", labels = ["记者"] },\n'
    '  { id = "expert", name = "Economist", name_zh = "专家", labels = ["专家"] },\n]\n'
)


def test_a_transcripts_introduction_before_the_first_label_belongs_to_no_speaker(
    one_text_corpus,
):
    from helpers.corpus.overview import speaker_turns

    doc_id = one_text_corpus(
        INTERVIEW, structure=INTERVIEW_SPEAKERS, script="Simplified", region="mainland"
    )
    assert check_corpus() == ()
    segmentation = segmented(doc_id)
    assert "".join(sentence.text for sentence in segmentation.sentences) == INTERVIEW
    intro = segmentation.paragraphs[0]
    assert intro.text.startswith("以下是本报记者") and (intro.turn, intro.speaker) == (None, None)
    assert [turn.speaker for turn in segmentation.turns] == ["reporter", "expert"] * 2
    counts = speaker_turns(doc_id).set_index("speaker")
    assert counts["turns"].to_dict() == {"reporter": 2, "expert": 2}
    assert counts["sentences"].to_dict() == {"reporter": 2, "expert": 3}
    spoken = "今年的经济怎么样？明年呢？"
    assert counts.loc["reporter", "characters"] == len(spoken)
