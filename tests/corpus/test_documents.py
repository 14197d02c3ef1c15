"""Tests for helpers.corpus.documents: the verbatim corpus, its metadata and clear errors on bad
input."""

import hashlib
from pathlib import Path

import pytest

from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR, PROJECT_ROOT
from helpers.corpus.documents import document, documents, language_tag, load_metadata, read_raw

# SHA-256 of the five documents as received (computed with sha256sum over ../shared/seeds).
SEED_SHA256 = {
    "000": "968421325b3abe5683a35177add198d053a77b6df469bc752c3ae40054cf8363",
    "001": "db4523f0e83b53340f759ce94c67aeebd1fa5bff3e044c7f42c0d998d2984e3d",
    "002": "14d5b8ab1297c8489fe2fa7b1128eb0cb626c801c9a51dfb671370fbbca3df12",
    "003": "5b21ae53dca7b98a1f8713c157d36cfc5aafeb4d4c3747242b5cd97cb611a57c",
    "004": "cea99a5f4b779fcf55208ca46235e7620a3a7fc494ebaf71e45f0711c3863a7a",
}
SEEDS_DIR = PROJECT_ROOT.parent / "shared" / "seeds"
METADATA = (CORPUS_DIR / "metadata.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("doc_id", sorted(SEED_SHA256))
def test_corpus_files_are_the_documents_as_received(doc_id):
    assert hashlib.sha256(document(doc_id).path.read_bytes()).hexdigest() == SEED_SHA256[doc_id]


@pytest.mark.skipif(
    not SEEDS_DIR.is_dir(), reason="the shared seeds folder is not beside this checkout"
)
def test_corpus_files_match_the_seed_folder_byte_for_byte():
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        assert seed.read_bytes() == document(seed.name[:3]).path.read_bytes(), seed.name


def test_metadata_lists_the_five_documents_with_facts_from_the_texts():
    docs = documents()
    assert list(docs) == ["000", "001", "002", "003", "004"]
    assert {doc_id: doc.script for doc_id, doc in docs.items()} == {
        "000": "Traditional",
        "001": "Traditional",
        "002": "Traditional",
        "003": "Simplified",
        "004": "Simplified",
    }
    assert docs["001"].region == "mainland" and docs["000"].region == "Taiwan"
    assert docs["004"].published == "2026-02-05"
    assert docs["004"].url == "https://baoyu.io/blog/2026/02/05/musk-ai-space-energy"
    assert docs["004"].interview.interviewers == ("Dwarkesh Patel", "John Collison")
    assert docs["003"].interview.interviewers == ("Peter Diamandis", "Dave Blunden")
    assert "Giga Texas" in docs["003"].interview.venue
    assert docs["002"].interview.date.startswith("2025-07-27")
    assert docs["000"].interview.interviewers == ("Nikhil Kamath",)
    assert docs["000"].publisher == "新智元" and docs["000"].title == "unknown"


def _write_metadata(tmp_path: Path, text: str) -> Path:
    (tmp_path / "texts").mkdir(exist_ok=True)
    for doc in documents().values():
        (tmp_path / "texts" / doc.path.name).write_bytes(b"x")
    path = tmp_path / "metadata.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_copy_of_the_metadata_loads_with_paths_beside_it(tmp_path):
    loaded = load_metadata(_write_metadata(tmp_path, METADATA))
    assert list(loaded) == ["000", "001", "002", "003", "004"]
    assert loaded["003"].path == tmp_path / "texts" / "003_moonshots_diamandis.txt"
    assert loaded["003"].interview.interviewee == "Elon Musk"


def test_the_documents_cannot_be_changed_in_place():
    with pytest.raises(TypeError):
        documents()["005"] = documents()["000"]  # type: ignore[index]


@pytest.mark.parametrize(
    "line, problem",
    [
        ('publisher = "新智元"\n', "field 'publisher' is missing"),
        ('interviewee = "Elon Musk"\n', "field 'interview.interviewee' is missing"),
        ('script = "Simplified"\n', "field 'script' is missing"),
    ],
)
def test_metadata_with_a_missing_field_names_the_document_and_field(tmp_path, line, problem):
    with pytest.raises(CorpusError, match=problem) as error:
        load_metadata(_write_metadata(tmp_path, METADATA.replace(line, "", 1)))
    assert "metadata.toml" in str(error.value) and "document #" in str(error.value)


@pytest.mark.parametrize(
    "old, new, problem",
    [
        ('id = "001"', 'id = "000"', "duplicate id 000"),
        ('id = "002"', 'id = "2"', "id '2' is not three digits"),
        ('script = "Simplified"', 'script = "simplified"', "script 'simplified' is not one of"),
        ('published = "2026-02-05"', 'published = "5 Feb 2026"', "published '5 Feb 2026'"),
        (
            'file = "texts/000_kamath_debt_ai_robots.txt"',
            'file = "texts/000_missing.txt"',
            "does not exist",
        ),
        ('slug = "x_takeover_2025"', 'slug = "X Takeover"', "slug 'X Takeover'"),
        ('notes = """The text', 'colour = "red"\nnotes = """The text', "unknown field"),
        ('[[document]]\nid = "000"', '[[document]\nid = "000"', "not valid TOML"),
    ],
)
def test_malformed_metadata_is_rejected_with_a_clear_message(tmp_path, old, new, problem):
    assert old in METADATA
    with pytest.raises(CorpusError, match=problem):
        load_metadata(_write_metadata(tmp_path, METADATA.replace(old, new, 1)))


def test_an_unknown_document_id_lists_the_known_ones():
    with pytest.raises(
        CorpusError, match=r"unknown document '009'; known: 000, 001, 002, 003, 004"
    ):
        document("009")


@pytest.mark.parametrize("encoding", ["gbk", "big5"])
def test_a_file_that_is_not_utf8_is_rejected_naming_the_file(tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes("馬斯克談人工智慧與機器人。".encode(encoding))
    with pytest.raises(CorpusError, match="not UTF-8") as error:
        read_raw(path)
    assert str(path) in str(error.value)


def test_a_missing_file_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="file not found"):
        read_raw(tmp_path / "missing.txt")


@pytest.mark.parametrize("content", [b"", b" \n\r\n\t"])
def test_an_empty_file_is_rejected_naming_the_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(CorpusError, match="empty") as error:
        read_raw(path)
    assert str(path) in str(error.value)


def test_a_row_that_is_not_a_table_is_named(tmp_path):
    path = tmp_path / "metadata.toml"
    path.write_text("document = [1]\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"document #1 is not a table"):
        load_metadata(path)


def test_language_tags_follow_script_and_region():
    assert language_tag("Simplified", "mainland") == "zh-Hans"
    assert language_tag("Traditional", "Taiwan") == "zh-TW"
    assert language_tag("Traditional", "mainland") == "zh-Hant"
    # corpus/metadata.toml: 000 and 002 Traditional with Taiwan usage, 001 a mainland article
    # converted to Traditional, 003 and 004 Simplified.
    tags = [document(doc).language for doc in ("000", "001", "002", "003", "004")]
    assert tags == ["zh-TW", "zh-Hant", "zh-TW", "zh-Hans", "zh-Hans"]
