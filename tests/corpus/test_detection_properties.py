"""Invariants of intake, detection and the TOML writers on any text (property-based)."""

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.corpus.detection import detect_format, detect_headings, detect_speakers
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
