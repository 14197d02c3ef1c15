"""Fixtures shared across the test folders."""

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project_root() -> Path:
    """The checkout's root folder (holding corpus/, notebooks/, helpers/)."""
    return ROOT


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run `python -m helpers ARGS…` as a user would, from a folder outside the project.

    Call it as cli("corpus", "--json") or cli("convert", "--to", "zh-TW", stdin="芯片"); stdin may
    be bytes (to send another encoding). stdout and stderr come back decoded as UTF-8.
    """

    def run(*args: str, stdin: str | bytes = b"") -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "helpers", *args],
            cwd=tmp_path,
            input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
            capture_output=True,
        )
        out, err = (
            stream.decode("utf-8", errors="replace") for stream in (done.stdout, done.stderr)
        )
        return subprocess.CompletedProcess(done.args, done.returncode, out, err)

    return run


READER_TEXTS = {
    # file name → (bytes, encoding field or None)
    "texts/100_utf8_plain.txt": (
        "星舰试飞\n\n马斯克说，星舰明年将进行第十次试飞。\r\n他认为火星城市需要一百万吨货物。\n".encode(),
        None,
    ),
    "texts/101_gb18030_plain.txt": (
        "电池工厂\n\n特斯拉的电池工厂每年生产大量电池。马斯克认为能源是关键。\r\n".encode(
            "gb18030"
        ),
        "gb18030",
    ),
    "texts/102_utf16_plain.txt": (
        "\ufeff人工智慧\n\n馬斯克說，人工智慧將改變世界。他希望機器人能幫助人類。\n".encode(
            "utf-16-le"
        ),
        "utf-16",
    ),
    "texts/103_big5_declared_utf8.txt": ("這是一篇繁體中文的文章。".encode("big5"), None),
}


def reader_metadata_row(doc_id: str, file: str, encoding: str | None = None, **fields: str) -> str:
    """A [[document]] row of a reader's metadata.toml, 'unknown' where the test gives nothing."""
    values = {
        "id": doc_id,
        "slug": f"reader_{doc_id}",
        "file": file,
        "title": "unknown",
        "title_en": "unknown",
        "label_en": f"Reader text {doc_id}",
        "publisher": "unknown",
        "url": "unknown",
        "published": "unknown",
        "script": "Traditional" if doc_id == "102" else "Simplified",
        "region": "Taiwan" if doc_id == "102" else "mainland",
        "format": "plain",
        "notes": "A text written for the tests.",
        **fields,
    }
    if encoding:
        values["encoding"] = encoding
    lines = ["[[document]]", *(f'{name} = "{value}"' for name, value in values.items())]
    lines += [
        "[document.interview]",
        'venue = "unknown"',
        'date = "unknown"',
        "interviewers = []",
        'interviewee = "unknown"',
        'length = "unknown"',
    ]
    return "\n".join(lines) + "\n\n"


@pytest.fixture
def reader_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small reader's corpus in a temporary folder, named by READER_CORPUS for the test.

    It holds 100 (UTF-8 with a CRLF), 101 (GB18030), 102 (UTF-16 with a BOM, Traditional, Taiwan),
    each with a heading in structure.toml, and 103: Big5 bytes declared UTF-8, a problem. The
    caches are cleared on entry and on exit, so no other test sees it.
    """
    from helpers.core.caching import reload

    folder = tmp_path / "reader corpus"
    (folder / "texts").mkdir(parents=True)
    (folder / "notebooks").mkdir()
    rows = []
    for number, (file, (data, encoding)) in enumerate(READER_TEXTS.items()):
        (folder / file).write_bytes(data)
        rows.append(reader_metadata_row(f"10{number}", file, encoding))
    (folder / "metadata.toml").write_text("".join(rows), encoding="utf-8")
    (folder / "structure.toml").write_text(
        "".join(
            f'["{doc_id}"]\nheadings = [{{ lines = ["{line}"], level = 1 }}]\n\n'
            for doc_id, line in (("100", "星舰试飞"), ("101", "电池工厂"), ("102", "人工智慧"))
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("READER_CORPUS", str(folder))
    reload()
    yield folder
    monkeypatch.delenv("READER_CORPUS", raising=False)
    reload()


@pytest.fixture
def one_text_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., str]]:
    """A function that makes a reader's corpus of one text, document 100, in a temporary folder
    named by READER_CORPUS, and returns its id; the caches are cleared then and at the end.

    Call it as one_text_corpus(text, structure=TOML rows or "", title="…", …): the text is written
    as UTF-8 to texts/100_text.txt, Traditional and Taiwan unless script= and region= say otherwise.
    """
    from helpers.core.caching import reload
    from helpers.corpus.writers import metadata_row

    def make(text: str, structure: str = "", **fields: str) -> str:
        folder = tmp_path / "one text"
        (folder / "texts").mkdir(parents=True)
        (folder / "texts" / "100_text.txt").write_text(text, encoding="utf-8")
        values = {"script": "Traditional", "region": "Taiwan", "format": "plain", **fields}
        row = metadata_row(doc_id="100", slug="text", file="texts/100_text.txt", **values)
        (folder / "metadata.toml").write_text(row, encoding="utf-8")
        if structure:
            (folder / "structure.toml").write_text(structure, encoding="utf-8")
        monkeypatch.setenv("READER_CORPUS", str(folder))
        reload()
        return "100"

    yield make
    monkeypatch.delenv("READER_CORPUS", raising=False)
    reload()
