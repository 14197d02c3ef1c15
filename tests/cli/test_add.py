"""Tests for `python -m helpers add`: a text of one's own into a corpus outside the repository,
every bad input refused with one line and nothing written. The texts are written for these tests."""

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from helpers.cli import main
from helpers.core.caching import reload
from helpers.corpus.documents import documents
from helpers.corpus.repairs import normalized
from helpers.corpus.segments import segmented
from helpers.corpus.structure import speakers_of

ROOT = Path(__file__).resolve().parents[2]
SANITIZE = ROOT / "notebooks" / "nbval_sanitize.cfg"
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


def _add(tmp_path: Path, name: str, data: bytes, *flags: str, run: bool = False) -> int:
    """`add` one file; its walkthrough is written but not run unless run is True."""
    path = tmp_path / name
    path.write_bytes(data)
    return main(["add", str(path), *flags, *([] if run else ["--no-run"])])


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
    assert _add(tmp_path, "article.txt", ARTICLE.encode()) == 0
    before = _files(corpus)
    # The same text in another encoding and line endings is the same text.
    same = ARTICLE.replace("\n", "\r\n").encode("gb18030")
    assert _add(tmp_path, "b.txt", same) == 2
    assert "already in the corpus as document 100" in capsys.readouterr().err
    other = "星舰明年将进行第十次试飞。\n".encode()
    assert _add(tmp_path, "c.txt", other, "--id", "100") == 2
    assert _add(tmp_path, "article.txt", other) == 2  # slug article taken
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


# Two texts for the walkthrough tests: a Simplified markdown transcript with two speakers and a
# Traditional article in Taiwan usage with headings.
SIMPLIFIED_TRANSCRIPT = """# 访谈：火箭与电池

**主持人：** 欢迎回来。今天我们聊聊火箭和电池。

**李华：** 谢谢邀请。我们去年发射了十二次火箭。

**主持人：** 电池工厂呢？

**李华：** 电池工厂每年生产三百万块电池，明年还要翻一倍。
"""
TAIWAN_ARTICLE = """輝達的晶片

馬斯克表示，資料中心需要更多晶片與電力。
輝達今年的營收成長了百分之五十，達到六百億美元。
這些晶片大多在台灣製造。

機器人與網路

他認為機器人將改變製造業。
網路服務也會變得更便宜，這是一個新的時代。
"""


def test_add_writes_the_walkthrough_notebook_without_outputs(corpus, tmp_path, capsys):
    assert _add(tmp_path, "article.txt", TAIWAN_ARTICLE.encode(), "--title-en", "Chips") == 0
    out = capsys.readouterr().out
    path = corpus / "notebooks" / "100_chips.ipynb"
    assert f"walkthrough: {path}" in out and "not run (--no-run)" in out
    nb = nbformat.read(path, as_version=4)
    assert not any(cell.get("outputs") for cell in nb.cells)
    sources = "\n".join(cell.source for cell in nb.cells)
    assert 'open_reader_corpus("..")' in nb.cells[1].source
    assert "### 輝達的晶片" in sources and "### 機器人與網路" in sources
    assert "Speakers" not in sources and 'reading="zhuyin"' in sources


def test_a_failed_walkthrough_is_named_and_the_text_stays(corpus, tmp_path, capsys, monkeypatch):
    import helpers.notebook_runner as runner

    def failing(path: Path) -> None:
        error = runner.CellExecutionError("traceback", "ValueError", "boom")
        error.add_note("cell 7 (id w100-overview)")
        raise error

    monkeypatch.setattr(runner, "run_notebook", failing)
    assert _add(tmp_path, "article.txt", TAIWAN_ARTICLE.encode(), run=True) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cell 7 (id w100-overview) failed (ValueError: boom)" in err
    assert "100" in documents() and (corpus / "notebooks" / "100_article.ipynb").is_file()


@pytest.mark.nbval
def test_added_texts_walkthroughs_run_and_pass_nbval(corpus, tmp_path, capsys):
    """add runs each walkthrough; nbval then re-runs them, READER_CORPUS unset, from elsewhere."""
    transcript = SIMPLIFIED_TRANSCRIPT.encode()
    assert _add(tmp_path, "talk.md", transcript, "--title-en", "Rockets", run=True) == 0
    assert "walkthrough ran clean" in capsys.readouterr().out
    assert _add(tmp_path, "chips.txt", TAIWAN_ARTICLE.encode(), run=True) == 0
    notebooks = sorted((corpus / "notebooks").glob("*.ipynb"))
    assert [path.name for path in notebooks] == ["100_rockets.ipynb", "101_chips.ipynb"]
    talk = nbformat.read(notebooks[0], as_version=4)
    assert any("Speakers" in cell.source for cell in talk.cells)
    shown = [cell.id for cell in talk.cells if cell.get("outputs")]
    assert {"w100-speaker_turns", "w100-view0", "w100-drive", "w100-check"} <= set(shown)
    environment = {k: v for k, v in os.environ.items() if k != "READER_CORPUS"}
    environment["PYTHONPATH"] = str(ROOT)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.startup", "-p", "no:cacheprovider"]
        + ["--nbval", "--nbval-current-env", "--nbval-sanitize-with", str(SANITIZE), "-q"]
        + [str(path) for path in notebooks],
        cwd=elsewhere,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:]


def test_added_texts_go_through_the_whole_suite(corpus, tmp_path):
    """The two texts written for these tests, added, then read by every part of the suite. The
    expected values are read off the texts above by hand."""
    from helpers.glossary.search import concordance
    from helpers.language.readings import char_readings
    from helpers.numbers.extract import quantities
    from helpers.views.reader_pages import reader_rows

    assert _add(tmp_path, "talk.md", SIMPLIFIED_TRANSCRIPT.encode()) == 0
    assert _add(tmp_path, "chips.txt", TAIWAN_ARTICLE.encode()) == 0
    talk, chips = documents()["100"], documents()["101"]
    assert (talk.script, talk.region, talk.format) == ("Simplified", "mainland", "markdown")
    assert (chips.script, chips.region, chips.format) == ("Traditional", "Taiwan", "plain")
    for doc in ("100", "101"):  # lossless: sentences and sections rebuild the normalised text
        text = segmented(doc)
        assert "".join(sentence.text for sentence in text.sentences) == normalized(doc).text
        assert "".join(text.text[s.start : s.end] for s in text.sections) == text.text
    assert [speaker.name_zh for speaker in speakers_of("100")] == ["主持人", "李华"]
    assert [turn.speaker for turn in segmented("100").turns] == ["zhuchiren", "lihua"] * 2
    assert [section.title for section in segmented("101").sections] == [
        "輝達的晶片",
        "機器人與網路",
    ]
    zh_tw = dict(zip(reader_rows("100")["ref"], reader_rows("100")["zh-TW"], strict=True))
    assert zh_tw["100:p4.s1"] == "電池工廠每年生產三百萬塊電池，明年還要翻一倍。\n"
    zh_hans = dict(zip(reader_rows("101")["ref"], reader_rows("101")["zh-Hans"], strict=True))
    assert zh_hans["101:p1.s0"] == "马斯克表示，数据中心需要更多芯片与电力。\n"
    # 101:p2.s0's 成長了 in Taiwan zhuyin: ㄔㄥˊ ㄓㄤˇ, and 了 neutral, its ˙ written first.
    original = dict(zip(reader_rows("101")["ref"], reader_rows("101")["original"], strict=True))
    sentence = original["101:p2.s0"]
    at = sentence.index("成長了")
    readings = char_readings(sentence, "zhuyin", region="Taiwan")[at : at + 3]
    assert readings == ["ㄔㄥˊ", "ㄓㄤˇ", "˙ㄌㄜ"]
    hits = [(hit.ref, hit.match) for hit in concordance("芯片") if hit.doc == "101"]
    assert hits == [("101:p0.s0", "晶片"), ("101:p1.s0", "晶片"), ("101:p3.s0", "晶片")]
    found = [(q.surface, q.value, q.unit, q.sentence) for q in quantities("101")]
    assert found == [
        ("百分之五十", 50.0, "percent", "101:p2.s0"),
        ("六百億美元", 6e10, "USD", "101:p2.s0"),
    ]
    launches = quantities("100")[0]
    assert (launches.surface, launches.value, launches.sentence) == ("十二次", 12.0, "100:p2.s2")
    assert talk.path.read_text(encoding="utf-8")[launches.start : launches.end] == "十二次"


OTHER = "星舰明年将进行第十次试飞，工程师们已经准备了好几个月。\n"


def _rows(folder: Path) -> list[dict]:
    import tomllib

    return tomllib.loads((folder / "metadata.toml").read_text(encoding="utf-8"))["document"]


def test_ids_slugs_and_files_of_documents_left_out_are_taken(corpus, tmp_path, capsys):
    """A document left out (its text emptied, a bad row, a stray file) keeps its id, slug and
    file name: add picks the next free id and refuses those, checking before writing."""
    assert _add(tmp_path, "article.txt", ARTICLE.encode()) == 0
    (corpus / "texts" / "100_article.txt").write_bytes(b"")  # 100 is now left out
    with (corpus / "metadata.toml").open("a", encoding="utf-8") as file:
        file.write('\n[[document]]\nid = "101"\nslug = "broken"\nfile = "texts/broken.txt"\n')
    (corpus / "texts" / "102_stray.txt").write_text(OTHER, encoding="utf-8")
    reload()
    assert "100" not in documents() and "101" not in documents()
    before = _files(corpus)
    for flags, taken in (
        (("--id", "100"), "id 100"),
        (("--id", "101"), "id 101"),
        (("--id", "102"), "id 102"),
        (("--title-en", "Article"), "slug 'article'"),
        (("--title-en", "Broken"), "slug 'broken'"),
        (("--title-en", "Stray"), "slug 'stray'"),
    ):
        assert _add(tmp_path, "new.txt", OTHER.replace("。", "！").encode(), *flags) == 2
        assert taken in capsys.readouterr().err
        assert _files(corpus) == before
    assert _add(tmp_path, "new.txt", OTHER.replace("。", "！").encode()) == 0
    assert "added document 103 (new)" in capsys.readouterr().out
    assert [row["id"] for row in _rows(corpus)] == ["100", "101", "103"]
    assert "103" in documents()


def test_a_problem_of_another_document_does_not_stop_adding(corpus, tmp_path, capsys):
    assert _add(tmp_path, "article.txt", ARTICLE.encode()) == 0
    metadata = corpus / "metadata.toml"
    text = metadata.read_text(encoding="utf-8")
    metadata.write_text(text.replace('published = "unknown"', 'published = "20-11-2026"'))
    reload()
    assert "100" not in documents()
    capsys.readouterr()
    # The same text as the document left out is not compared (it does not load); its id is taken.
    assert _add(tmp_path, "other.txt", OTHER.encode()) == 0
    out = capsys.readouterr().out
    assert "added document 101 (other)" in out
    assert "1 other document(s) of your corpus have problems" in out and "--check" in out
    assert "101" in documents()


def test_concurrent_adds_take_turns(corpus, tmp_path):
    """Three adds started at once, real processes: ids 100, 101, 102 and a corpus that loads."""
    from helpers.corpus.documents import corpus_problems

    environment = os.environ | {"READER_CORPUS": str(corpus), "PYTHONPATH": str(ROOT)}
    texts = [TAIWAN_ARTICLE, TAIWAN_ARTICLE.replace("晶片", "電池"), SIMPLIFIED_TRANSCRIPT]
    paths = []
    for number, text in enumerate(texts):
        path = tmp_path / f"text{number}.{'md' if number == 2 else 'txt'}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "helpers", "add", str(path), "--no-run"],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in paths
    ]
    done = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], [err for _, err in done]
    assert sorted(row["id"] for row in _rows(corpus)) == ["100", "101", "102"]
    reload()
    assert not [problem for problem in corpus_problems() if problem.file.is_relative_to(corpus)]
    assert sorted(doc for doc in documents() if doc >= "100") == ["100", "101", "102"]
    assert sum(len(speakers_of(doc)) for doc in ("100", "101", "102")) == 2


def test_utf8_with_a_few_bad_bytes_is_named_as_such(corpus, tmp_path, capsys):
    data = "中文文本很好。".encode() + b"\xff\xfe" + "这是中间的坏字节，其他都好。".encode()
    assert _add(tmp_path, "broken.txt", data) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not UTF-8: byte 0xff at offset 21" in err
    assert "iconv -f UTF-8 -t UTF-8 -c" in err
    assert not corpus.exists()


@pytest.mark.parametrize("flag", ["--title", "--title-en", "--label-en", "--publisher", "--url"])
@pytest.mark.parametrize("bad", ["x\x1b[31m", "two\nlines", "nul\x00", "del\x7f", "sep\u2028"])
def test_control_characters_in_metadata_are_refused(corpus, tmp_path, capsys, flag, bad):
    value = f"https://example.com/{bad}" if flag == "--url" else bad
    assert _add(tmp_path, "article.txt", ARTICLE.encode(), flag, value) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"error: {flag}: a control character")
    assert not corpus.exists()


@pytest.mark.parametrize(
    "flags, label",
    [
        ((), "我的 文章 (1).txt"),
        (("--title", "我的文章"), "我的文章"),
        (("--title", "我的文章", "--title-en", "My article"), "My article"),
        (("--title-en", "My article", "--label-en", "Mine"), "Mine"),
    ],
)
def test_label_en_and_a_slug_without_letters(corpus, tmp_path, flags, label):
    assert _add(tmp_path, "我的 文章 (1).txt", ARTICLE.encode(), *flags) == 0
    row = _rows(corpus)[0]
    assert row["label_en"] == label
    assert row["slug"] == ("my_article" if "--title-en" in flags else "text_100")
