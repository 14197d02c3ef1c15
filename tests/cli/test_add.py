"""Tests for `python -m helpers add`: a text of one's own into a corpus outside the repository,
every bad input refused with one line and nothing written. The texts are written for these tests."""

from pathlib import Path

import pytest

from helpers.cli import main
from helpers.core.caching import reload
from helpers.corpus.documents import documents
from helpers.corpus.repairs import normalized
from helpers.corpus.segments import segmented
from helpers.corpus.structure import speakers_of

TRANSCRIPT = """# 訪談：電動車的明年

**主持人：** 你好，今天聊聊電動車。<b>粗體</b>

**王小明：** 好的，我們今年賣了三萬台。

**主持人：** 明年呢？

**王小明：** 希望增加一倍，達到六萬台。
"""
ARTICLE = "马斯克说，人工智能将在三年内改变一切。\n我们需要更多的电力和芯片。\n"


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty corpus folder of one's own, named by READER_CORPUS."""
    folder = tmp_path / "mine"
    monkeypatch.setenv("READER_CORPUS", str(folder))
    reload()
    yield folder
    reload()


def _add(tmp_path: Path, name: str, data: bytes, *flags: str) -> int:
    path = tmp_path / name
    path.write_bytes(data)
    return main(["add", str(path), *flags])


def _files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def test_a_transcript_is_copied_described_and_structured(corpus, tmp_path, capsys):
    data = TRANSCRIPT.replace("\n", "\r\n").encode("utf-8")
    assert (
        _add(tmp_path, "talk.md", data, "--title-en", "EV talk", "--published", "2026-11-01") == 0
    )
    out = capsys.readouterr().out
    assert "added document 100 (ev_talk)" in out and "format: markdown" in out
    assert (corpus / "texts" / "100_ev_talk.md").read_bytes() == data  # byte for byte
    doc = documents()["100"]
    assert (doc.corpus, doc.script, doc.region, doc.published) == (
        "reader",
        "Traditional",
        "Taiwan",
        "2026-11-01",
    )
    assert [speaker.name_zh for speaker in speakers_of("100")] == ["主持人", "王小明"]
    assert [turn.speaker for turn in segmented("100").turns][:2] == ["zhuchiren", "wangxiaoming"]
    text = normalized("100")
    # The file keeps its CRLFs, the normalised text loses them as logged repairs; markup is text.
    assert "<b>粗體</b>" in text.raw and "<b>粗體</b>" in text.text
    assert {repair.rule for repair in text.repairs} == {"line_ending"}


def test_a_gb18030_file_is_kept_as_it_came_and_its_decoding_logged(corpus, tmp_path):
    assert _add(tmp_path, "article.txt", ARTICLE.encode("gb18030")) == 0
    doc = documents()["100"]
    assert (doc.encoding, doc.script, doc.region, doc.format) == (
        "gb18030",
        "Simplified",
        "mainland",
        "plain",
    )
    assert doc.path.read_bytes() == ARTICLE.encode("gb18030")
    assert normalized("100").text == ARTICLE
    assert normalized("100").repairs[0].rule == "encoding"


@pytest.mark.parametrize(
    "name, data, flags, message",
    [
        ("empty.txt", b" \n\t\n", (), "empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", (), "not a text file"),
        ("english.txt", b"hello world\n", (), "no Chinese"),
        ("big.txt", ("中" * 700_000).encode("utf-8"), (), "2"),
        ("date.txt", ARTICLE.encode(), ("--published", "2026-13-01"), "published"),
        ("url.txt", ARTICLE.encode(), ("--url", "ftp://example.com"), "url"),
        ("id.txt", ARTICLE.encode(), ("--id", "004"), "100-999"),
    ],
)
def test_bad_input_is_one_line_exit_two_and_nothing_written(
    corpus, tmp_path, capsys, name, data, flags, message
):
    assert _add(tmp_path, name, data, *flags) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err
    assert not corpus.exists() or _files(corpus) == []


def test_the_same_text_an_id_or_a_slug_already_taken_is_refused(corpus, tmp_path, capsys):
    assert _add(tmp_path, "a.txt", ARTICLE.encode()) == 0
    before = _files(corpus)
    # The same text in another encoding and line endings is the same text.
    same = ARTICLE.replace("\n", "\r\n").encode("gb18030")
    assert _add(tmp_path, "b.txt", same) == 2
    assert "already in the corpus as document 100" in capsys.readouterr().err
    other = "星舰明年将进行第十次试飞。\n".encode()
    assert _add(tmp_path, "c.txt", other, "--id", "100") == 2
    assert _add(tmp_path, "a.txt", other) == 2  # slug a taken
    assert _files(corpus) == before


def test_add_needs_a_corpus_outside_the_repository(tmp_path, monkeypatch, capsys):
    from helpers.core.paths import CORPUS_DIR

    monkeypatch.delenv("READER_CORPUS", raising=False)
    assert _add(tmp_path, "a.txt", ARTICLE.encode()) == 2
    assert "READER_CORPUS" in capsys.readouterr().err
    monkeypatch.setenv("READER_CORPUS", str(CORPUS_DIR))
    reload()
    assert _add(tmp_path, "a.txt", ARTICLE.encode()) == 2
    assert "outside the repository" in capsys.readouterr().err
    reload()
