"""Tests for helpers.corpus.structure: the curated headings and speakers, and clear errors."""

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.structure import (
    HeadingGroup,
    heading_groups,
    load_structure,
    speaker_label,
    speaker_names,
    speakers_of,
    structure,
)

# Counted by hand in corpus/structure.toml.
HEADING_COUNTS = {"000": 6, "001": 14, "002": 12, "003": 0, "004": 0}


@pytest.mark.parametrize("doc_id, count", HEADING_COUNTS.items())
def test_heading_groups_per_document(doc_id, count):
    assert len(heading_groups(doc_id)) == count


def test_a_two_line_heading_keeps_both_lines():
    assert heading_groups("000")[0] == HeadingGroup(
        ("馬斯克的救國路", "解決危機,唯有AI和機器人"), 1
    )


def test_the_speakers_of_003_and_their_labels():
    speakers = {speaker.id: speaker for speaker in speakers_of("003")}
    assert list(speakers) == ["elon_musk", "peter_diamandis", "dave_blunden", "host", "grok"]
    assert "埃隆·马斯克（Elon Musk）" in speakers["elon_musk"].labels
    assert speakers["grok"].labels == ("Grok",)
    assert speakers_of("004") == () and speakers_of("009") == ()


def test_the_structure_cannot_be_changed_in_place():
    with pytest.raises(TypeError):
        structure()["004"] = structure()["000"]  # type: ignore[index]


@pytest.mark.parametrize(
    "content, message",
    [
        ('["009"]\nheadings = []\n', r'\["009"\]: unknown document id'),
        ('["000"]\nnotes = "x"\n', "only 'headings' and 'speakers' may be given"),
        ('["000"]\nheadings = "x"\n', "'headings' must be a list"),
        ('["000"]\nheadings = [{ level = 1, lines = [] }]\n', "heading #1 needs 'lines'"),
        ('["000"]\nheadings = [{ level = 1, lines = [" 標題"] }]\n', "without surrounding"),
        (
            '["000"]\nheadings = [{ level = 3, lines = ["標題"] }]\n',
            "heading #1 needs 'level' 1 or 2",
        ),
        ('["003"]\nspeakers = []\n', "'speakers' must be a non-empty list"),
        ('["003"]\nspeakers = [1]\n', "speaker #1 is not a table"),
        (
            '["003"]\nspeakers = [{ id = "a", name = "A", labels = ["A"] }]\n',
            "speaker #1: field 'name_zh' is missing or empty",
        ),
        (
            '["003"]\nspeakers = [{ id = "a", name = "A", name_zh = "甲", labels = [] }]\n',
            "speaker #1: 'labels' must be a non-empty list",
        ),
        (
            '["003"]\nspeakers = [\n'
            '  { id = "a", name = "A", name_zh = "甲", labels = ["A"] },\n'
            '  { id = "a", name = "B", name_zh = "乙", labels = ["B"] },\n]\n',
            "speaker #2: duplicate id a",
        ),
        (
            '["003"]\nspeakers = [\n'
            '  { id = "a", name = "A", name_zh = "甲", labels = ["A", "主持人"] },\n'
            '  { id = "b", name = "B", name_zh = "乙", labels = ["主持人"] },\n]\n',
            r"speaker #2: label\(s\) \['主持人'\] already belong to another speaker",
        ),
        ('["000"\n', "not valid TOML"),
    ],
)
def test_a_malformed_structure_file_is_rejected_naming_file_and_problem(tmp_path, content, message):
    path = tmp_path / "structure.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as error:
        load_structure(path)
    assert str(path) in str(error.value)


@pytest.mark.parametrize(
    "name, name_zh, separator, expected",
    [
        ("Elon Musk", "埃隆·马斯克", " ", "Elon Musk 埃隆·马斯克"),
        ("Host (not named: Peter Diamandis or Dave Blunden)", "主持人", " ", "Host 主持人"),
        ("Grok (xAI's AI assistant)", "Grok", " ", "Grok"),
        ("Peter Diamandis", "彼得·戴曼迪斯", "\n", "Peter Diamandis\n彼得·戴曼迪斯"),
    ],
)
def test_speaker_label(name, name_zh, separator, expected):
    assert speaker_label(name, name_zh, separator) == expected


def test_speaker_names_of_the_transcript_in_file_order():
    # corpus/structure.toml lists 003's speakers in this order, with these names.
    assert speaker_names(speakers_of("003")) == {
        "elon_musk": "Elon Musk 埃隆·马斯克",
        "peter_diamandis": "Peter Diamandis 彼得·戴曼迪斯",
        "dave_blunden": "Dave Blunden 戴夫·布伦登",
        "host": "Host 主持人",
        "grok": "Grok",
    }
    assert speaker_names(speakers_of("000")) == {}
