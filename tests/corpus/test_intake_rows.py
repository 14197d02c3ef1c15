"""TOML rows for a new document, read back identically by load_metadata and load_structure
(helpers.corpus.writers)."""

import tomllib
from pathlib import Path

import pytest

import helpers.corpus.structure as structure_module
from helpers.core.errors import CorpusError
from helpers.corpus.documents import DOCUMENT_FIELDS, Document, Interview, load_metadata
from helpers.corpus.structure import DocumentStructure, HeadingGroup, Speaker, load_structure
from helpers.corpus.writers import (
    READER_METADATA_HEADER,
    READER_STRUCTURE_HEADER,
    metadata_row,
    structure_rows,
    toml_string,
)

TRICKY = 'A "quoted" \\ back slash <script>alert("馬斯克")</script> 𠀀 end'
"""A value TOML must escape (quotation marks, backslash) or keep (markup, an astral character);
control characters are refused (test_control_characters_are_refused_in_every_value)."""


def _row(doc_id: str = "100", **fields: str) -> str:
    """metadata_row for a Simplified, mainland, plain text, with the fields a test gives."""
    values = {"script": "Simplified", "region": "mainland", "format": "plain"} | fields
    return metadata_row(doc_id=doc_id, **values)  # type: ignore[arg-type]


def write_corpus(folder: Path, rows: list[str]) -> Path:
    """A reader's corpus folder with the rows in its metadata.toml and a text for each row."""
    (folder / "texts").mkdir(parents=True, exist_ok=True)
    for row in rows:
        file = tomllib.loads(row)["document"][0]["file"]
        (folder / file).write_text("马斯克说：我们要先把算力建好。\n", encoding="utf-8")
    path = folder / "metadata.toml"
    path.write_text(READER_METADATA_HEADER + "\n" + "\n".join(rows), encoding="utf-8")
    return path


def test_toml_string_round_trip() -> None:
    assert tomllib.loads(f"v = {toml_string(TRICKY)}")["v"] == TRICKY


def test_a_row_of_defaults_reads_back(tmp_path: Path) -> None:
    row = _row(slug="my_text", file="texts/100_my_text.txt", format="markdown")
    loaded = load_metadata(write_corpus(tmp_path, [row]))
    assert list(loaded) == ["100"]
    document = loaded["100"]
    assert document.path == tmp_path / "texts/100_my_text.txt"
    assert (document.slug, document.script, document.region, document.format) == (
        "my_text",
        "Simplified",
        "mainland",
        "markdown",
    )
    for field in ("title", "title_en", "label_en", "publisher", "url", "published", "notes"):
        assert getattr(document, field) == "unknown"
    assert document.interview == Interview("unknown", "unknown", (), "unknown", "unknown")


def test_every_value_reads_back_as_given(tmp_path: Path) -> None:
    interview = Interview("台北 podcast", "2025-07-27", ("Nikhil Kamath", "主持人"), "馬斯克", "1h")
    given = {
        "doc_id": "101",
        "slug": "taiwan_article_2",
        "file": "texts/101_taiwan_article_2.txt",
        "script": "Traditional",
        "region": "Taiwan",
        "format": "plain",
        "title": "馬斯克：「AI 會讓我們非常缺電」",
        "title_en": 'He said "power"',
        "label_en": TRICKY,
        "publisher": "新智元",
        "url": "https://example.org/a?b=1&c=%E4",
        "published": "2025-07-28",
        "notes": "Line one, line two \\ end",
    }
    second = metadata_row(**given, interview=interview)  # type: ignore[arg-type]
    first = _row(slug="first", file="texts/100.txt")
    loaded = load_metadata(write_corpus(tmp_path, [first, second]))
    assert list(loaded) == ["100", "101"]
    document = loaded["101"]
    expected = Document(
        id="101",
        slug=given["slug"],
        path=tmp_path / given["file"],
        title=given["title"],
        title_en=given["title_en"],
        label_en=TRICKY,
        publisher="新智元",
        url=given["url"],
        published="2025-07-28",
        script="Traditional",
        region="Taiwan",
        format="plain",
        notes=given["notes"],
        interview=interview,
    )
    # compare field by field so that fields the corpus adds later (corpus, encoding) do not matter
    for field in expected.__dataclass_fields__:
        assert getattr(document, field) == getattr(expected, field), field


def test_the_encoding_field_is_written_only_when_not_utf8() -> None:
    common = {"slug": "a", "file": "texts/a.txt"}
    assert "encoding" not in tomllib.loads(_row(**common))["document"][0]
    for encoding in ("gb18030", "big5", "utf-16"):
        row = tomllib.loads(_row(**common, encoding=encoding))["document"][0]
        assert row["encoding"] == encoding


def test_a_non_utf8_row_reads_back_once_the_corpus_takes_the_field(tmp_path: Path) -> None:
    if "encoding" not in DOCUMENT_FIELDS and not hasattr(Document, "encoding"):
        pytest.skip("this corpus version has no 'encoding' metadata field yet")
    row = _row(slug="a", file="texts/a.txt", encoding="gb18030")
    document = load_metadata(write_corpus(tmp_path, [row]))["100"]
    assert vars(document)["encoding"] == "gb18030"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"doc_id": "1000"}, "'id': '1000' is not three digits"),
        ({"doc_id": "ab1"}, "'id'"),
        ({"slug": "My Text"}, "'slug': 'My Text' is not lower-case words joined by '_'"),
        ({"slug": "a__b"}, "'slug'"),
        ({"file": "../outside.txt"}, "'file'"),
        ({"file": "/etc/passwd"}, "'file'"),
        ({"url": "example.org"}, "'url': 'example.org' is not a web address"),
        ({"published": "2025/07/28"}, "'published': '2025/07/28' is not a date YYYY-MM-DD"),
        ({"published": "20250728"}, "'published'"),
        ({"published": "2025-02-30"}, "'published': '2025-02-30' is not a date"),
        ({"script": "simplified"}, "'script': 'simplified' is not one of Simplified, Traditional"),
        ({"region": "Hong Kong"}, "'region'"),
        ({"format": "html"}, "'format': 'html' is not one of plain, markdown"),
        ({"encoding": "shift_jis"}, "'encoding': 'shift_jis' is not one of"),
        ({"title": "  "}, "metadata field 'title' must be non-empty text"),
        ({"publisher": ""}, "'publisher'"),
        ({"interview": Interview("", "x", (), "x", "x")}, "'interview.venue'"),
        ({"interview": Interview("x", "x", ("",), "x", "x")}, "'interview.interviewers'"),
    ],
)
def test_a_value_of_the_wrong_form_is_refused_naming_its_field(
    change: dict[str, object], named: str
) -> None:
    given: dict[str, object] = {
        "doc_id": "100",
        "slug": "a",
        "file": "texts/a.txt",
        "script": "Simplified",
        "region": "mainland",
        "format": "plain",
    }
    with pytest.raises(CorpusError) as error:
        metadata_row(**(given | change))  # type: ignore[arg-type]
    assert named in str(error.value)
    assert "\n" not in str(error.value)


HEADINGS = [
    HeadingGroup(("馬斯克的救國路", "解決危機，唯有AI和機器人"), 1),
    HeadingGroup(('1. "引號" 與 \\ 反斜線',), 2),
]
SPEAKERS = [
    Speaker("elon_musk", "Elon Musk", "埃隆·马斯克", ("埃隆·马斯克", "Elon Musk")),
    Speaker("zhuchiren", "Zhuchiren", "主持人", ("主持人",)),
]


def test_structure_rows_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [
        _row(doc_id, slug=f"text_{doc_id}", file=f"texts/{doc_id}.txt")
        for doc_id in ("100", "101", "102")
    ]
    known = load_metadata(write_corpus(tmp_path, rows))
    monkeypatch.setattr(structure_module, "documents", lambda: known)
    text = READER_STRUCTURE_HEADER + "\n".join(
        part
        for part in (
            structure_rows("100", HEADINGS, ()),
            structure_rows("101", (), SPEAKERS),
            structure_rows("102", HEADINGS[:1], SPEAKERS[:1]),
        )
    )
    path = tmp_path / "structure.toml"
    path.write_text(text, encoding="utf-8")
    assert dict(load_structure(path)) == {
        "100": DocumentStructure(tuple(HEADINGS), ()),
        "101": DocumentStructure((), tuple(SPEAKERS)),
        "102": DocumentStructure(tuple(HEADINGS[:1]), tuple(SPEAKERS[:1])),
    }


def test_nothing_to_write() -> None:
    assert structure_rows("100", [], []) == ""


@pytest.mark.parametrize(
    ("headings", "speakers", "named"),
    [
        ([HeadingGroup((), 1)], [], "heading #1: 'lines' must be non-empty"),
        ([HeadingGroup((" 標題",), 1)], [], "heading #1: 'lines'"),
        ([HeadingGroup(("標題",), 3)], [], "heading #1: 'level' must be 1 or 2, not 3"),
        ([], [Speaker("Elon", "Elon", "埃隆", ("Elon",))], "speaker #1: id 'Elon'"),
        ([], [SPEAKERS[0], SPEAKERS[0]], "speaker #2: duplicate id elon_musk"),
        ([], [Speaker("a", "", "甲", ("甲",))], "speaker #1: field 'name'"),
        ([], [Speaker("a", "A", "甲", ())], "speaker #1: 'labels' must be a non-empty list"),
        (
            [],
            [SPEAKERS[0], Speaker("b", "B", "乙", ("Elon Musk",))],
            "speaker #2: label(s) ['Elon Musk'] already belong to another speaker",
        ),
    ],
)
def test_malformed_structure_is_refused(
    headings: list[HeadingGroup], speakers: list[Speaker], named: str
) -> None:
    with pytest.raises(CorpusError) as error:
        structure_rows("100", headings, speakers)
    assert named in str(error.value)


def test_a_malformed_structure_id_is_refused() -> None:
    with pytest.raises(CorpusError, match="'id': '1' is not three digits"):
        structure_rows("1", HEADINGS, [])


@pytest.mark.parametrize("bad", ["\x1b[31m", "a\nb", "\x00", "\x7f", "\u2028", "\x85", "\t"])
@pytest.mark.parametrize("field", ["title", "title_en", "label_en", "publisher", "notes"])
def test_control_characters_are_refused_in_every_value(field: str, bad: str) -> None:
    with pytest.raises(CorpusError, match=f"^metadata field '{field}': a control character"):
        _row(slug="text", file="texts/100_text.txt", **{field: f"x{bad}y"})
