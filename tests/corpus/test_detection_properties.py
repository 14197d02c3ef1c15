"""Invariants of intake, detection and the TOML writers on any text (property-based)."""

import tomllib

from hypothesis import example, given, settings
from hypothesis import strategies as st

from helpers.corpus.detection import (
    detect_format,
    detect_headings,
    detect_speakers,
    detect_structure,
)
from helpers.corpus.intake import IntakeError, inspect_bytes
from helpers.corpus.writers import structure_rows, toml_string

# Lines mixing Chinese, punctuation, markdown marks and label colons, so the rules get exercised.
PIECES = st.sampled_from(
    ["马斯克", "臺灣", "人工智能", "AI", "Elon Musk", "：", ":", "，", "。", "？", "**", "# ",
     "> ", "1.", "一、", "第一章", " ", "（", "）", "—", "<b>", "主持人", "\u3000"]
)  # fmt: skip
LINE = st.lists(PIECES, max_size=12).map("".join)
TEXT = st.lists(LINE, max_size=20).map("\n".join)


@settings(deadline=None, max_examples=300)
@given(TEXT)
def test_detection_never_fails_and_finds_whole_lines(text: str) -> None:
    assert detect_format(text) in ("plain", "markdown")
    lines = [line.strip() for line in text.split("\n")]
    headings = detect_headings(text)
    for group in headings:
        assert group.level in (1, 2)
        assert all(lines.count(line) == 1 for line in group.lines)
    speakers = detect_speakers(text)
    # whatever is found can be written as structure rows and parsed back
    written = structure_rows("100", headings, speakers)
    assert written == "" or tomllib.loads(written)["100"]


@settings(deadline=None, max_examples=300)
@given(st.text())
def test_toml_strings_hold_any_text(value: str) -> None:
    assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value


@settings(deadline=None, max_examples=300)
@given(st.binary(max_size=400))
def test_inspect_bytes_refuses_or_decodes_any_bytes(data: bytes) -> None:
    try:
        intake = inspect_bytes(data)
    except IntakeError as error:
        assert "\n" not in str(error)
    else:
        assert data.decode(intake.encoding).removeprefix("\ufeff") == intake.text


# Lines of a plain text: possible headings of every kind, sentences, and blank lines between them.
PLAIN_LINES = st.sampled_from(
    ["社会观察报告", "城市交通", "记者王小明", "第一章 起步", "第二章 远方", "一、总论", "二、结论",
     "（一）背景", "1. 开始", "2. 结束", "  城市 ", "马斯克说，电力是最大的瓶颈。",
     "很多人并不相信这个判断，但他给出了时间表。", "他问：为什么？", "主持人：你好。", ""]
)  # fmt: skip
PLAIN_TEXT = st.lists(
    st.tuples(PLAIN_LINES, st.sampled_from(["\n", "\n\n"])), min_size=1, max_size=14
).map(
    lambda lines: "".join(line + end for line, end in lines) + "这是最后一句话，它是普通的句子。\n"
)


@settings(deadline=None, max_examples=150)
@given(PLAIN_TEXT)
@example("社会观察报告\n\n城市交通\n\n城市的交通越来越拥挤，很多人每天要花两个小时通勤。\n")
def test_whatever_detection_writes_the_loader_accepts(text: str) -> None:
    """A text added as add adds it: its structure detected on its normalised text and written
    to structure.toml, then the corpus loaded back: no problem, and the sections found are the
    headings detected."""
    import os
    import tempfile
    from pathlib import Path

    from helpers.core.caching import reload
    from helpers.corpus.problems import check_corpus
    from helpers.corpus.repairs import normalized
    from helpers.corpus.segments import segmented
    from helpers.corpus.writers import metadata_row

    before = os.environ.get("READER_CORPUS")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "texts").mkdir()
        (folder / "texts" / "100_text.txt").write_text(text, encoding="utf-8")
        (folder / "metadata.toml").write_text(
            metadata_row(
                doc_id="100",
                slug="text",
                file="texts/100_text.txt",
                script="Simplified",
                region="mainland",
                format="plain",
            ),
            encoding="utf-8",
        )
        os.environ["READER_CORPUS"] = str(folder)
        try:
            reload()
            normal = normalized("100").text
            headings, speakers = detect_structure("100", normal, markdown=False)
            assert headings == detect_headings(normal)  # the heading rules alone are loadable
            written = structure_rows("100", headings, speakers)
            (folder / "structure.toml").write_text(written, encoding="utf-8")
            reload()
            assert [problem for problem in check_corpus() if problem.doc_id == "100"] == []
            titles = [section.title for section in segmented("100").sections if section.title]
            assert titles == [" — ".join(group.lines) for group in headings]
        finally:
            if before is None:
                os.environ.pop("READER_CORPUS", None)
            else:
                os.environ["READER_CORPUS"] = before
            reload()
