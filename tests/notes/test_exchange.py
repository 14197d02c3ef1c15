"""Tests for helpers.notes.exchange: the W3C model's field names, round trips, merging by id,
all-or-nothing imports and backups."""

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from helpers.notes.annotations import add_annotation, list_annotations
from helpers.notes.exchange import (
    ImportRefusedError,
    ImportReport,
    backup,
    import_file,
    to_csv,
    to_markdown,
    to_w3c,
    write_text,
)
from helpers.notes.store import StoreError, open_store


@pytest.fixture
def two(home: Path):
    """A comment with tags on 003:p2.s1 and a plain highlight of 002's first sentence."""
    return (
        add_annotation("003:p2.s1", note="why 7?", tags=["ai", "time"], quote="三到七年"),
        add_annotation("002:p0.s0"),
    )


def test_w3c_uses_the_models_field_names(two) -> None:
    comment, _ = two
    collection = to_w3c([comment])
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 1
    item = collection["first"]["items"][0]
    assert item["id"] == f"urn:uuid:{comment.id}" and item["type"] == "Annotation"
    assert (item["created"], item["modified"], item["motivation"]) == (
        comment.created, comment.modified, "commenting",
    )  # fmt: skip
    assert item["body"] == [
        {"type": "TextualBody", "value": "why 7?", "format": "text/plain"},
        {"type": "TextualBody", "value": "ai", "purpose": "tagging"},
        {"type": "TextualBody", "value": "time", "purpose": "tagging"},
    ]
    target = item["target"]
    assert target["source"] == "urn:musk-interviews-reader:doc:003"
    assert target["sentence"] == "003:p2.s1"
    quote, position = target["selector"]
    assert quote == {
        "type": "TextQuoteSelector", "exact": "三到七年",
        "prefix": comment.prefix, "suffix": comment.suffix,
    }  # fmt: skip
    assert position == {"type": "TextPositionSelector", "start": 80, "end": 84}


@pytest.mark.parametrize("kind", ["w3c", "csv"])
def test_export_then_import_into_an_empty_store_gives_the_same_annotations(
    two, tmp_path: Path, kind: str
) -> None:
    stored = list_annotations()
    out = tmp_path / f"notes.{kind}"
    text = json.dumps(to_w3c(stored), ensure_ascii=False) if kind == "w3c" else to_csv(stored)
    write_text(out, text)
    other = tmp_path / "other.sqlite3"
    assert import_file(out, other) == ImportReport(added=2, updated=0, unchanged=0)
    assert list_annotations(path=other) == stored
    assert import_file(out, other) == ImportReport(added=0, updated=0, unchanged=2)
    assert list_annotations(path=other) == stored


def test_a_later_modified_replaces_an_equal_or_older_does_not(two, tmp_path: Path) -> None:
    comment, highlight = two
    newer = replace(comment, note="changed", tags=("x",), modified="2999-01-01T00:00:00Z")
    older = replace(highlight, note="old", modified="2000-01-01T00:00:00Z")
    out = tmp_path / "in.json"
    write_text(out, json.dumps([to_w3c([newer])["first"]["items"][0],
                                to_w3c([older])["first"]["items"][0]]))  # fmt: skip
    assert import_file(out) == ImportReport(added=0, updated=1, unchanged=1)
    assert list_annotations() == (highlight, newer)


def test_malformed_csv_rows_are_named_by_line_and_nothing_is_imported(two, tmp_path: Path) -> None:
    lines = to_csv(list_annotations()).splitlines()
    # Line 1 is the header; the note of 003's row spans lines 3-4 (its prefix has a line break).
    header, good = lines[0], lines[1]
    bad_motivation = good.replace("highlighting", "liking")
    bad_id = good.replace(good.split(",")[0], "not-a-uuid")
    out = tmp_path / "bad.csv"
    out.write_text("\n".join([header, good, bad_motivation, bad_id, "x,y"]) + "\n", "utf-8")
    other = tmp_path / "other.sqlite3"
    with pytest.raises(ImportRefusedError) as caught:
        import_file(out, other)
    message = str(caught.value)
    assert "3 malformed record(s), nothing imported" in message
    assert "line 3: unknown motivation 'liking'" in message
    assert "line 4: id 'not-a-uuid' is not a UUID4" in message and "line 5:" in message
    assert list_annotations(path=other) == ()


def test_a_malformed_w3c_item_is_named_by_its_line(two, tmp_path: Path) -> None:
    collection = to_w3c(list_annotations())
    collection["first"]["items"][1]["target"]["selector"][1]["start"] = "soon"
    out = tmp_path / "bad.json"
    out.write_text(json.dumps(collection, indent=1), "utf-8")
    # The line of the file that holds the second item's id (items are at depth 4, indent=1).
    line = out.read_text("utf-8").splitlines().index(
        f'    "id": "urn:uuid:{list_annotations()[1].id}",'
    ) + 1  # fmt: skip
    assert line > 20
    with pytest.raises(ImportRefusedError, match=f"annotation 2, line {line}: start and end"):
        import_file(out, tmp_path / "other.sqlite3")


def test_unknown_documents_and_non_json_are_refused(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    out.write_text("{not json", "utf-8")
    with pytest.raises(ImportRefusedError, match="not JSON: line 1"):
        import_file(out)


def test_markdown_lists_notes_by_document(two) -> None:
    text = to_markdown(list_annotations())
    assert text.index("## 002") < text.index("## 003")
    assert "- **003:p2.s1** (commenting, " in text and "«三到七年»" in text
    assert "  why 7?\n  tags: `ai` `time`\n" in text


def test_backup_is_a_store_that_opens_and_is_never_overwritten(two, tmp_path: Path) -> None:
    out = tmp_path / "backup.sqlite3"
    backup(out)
    assert list_annotations(path=out) == list_annotations()
    with closing(sqlite3.connect(out)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(StoreError, match="exists already"):
        backup(out)
    with closing(open_store(out)):
        pass


def test_w3c_body_holds_what_there_is_and_is_left_out_when_there_is_nothing(two) -> None:
    _, highlight = two
    tagged = add_annotation("003:p2.s3", tags=["b", "a"], motivation="tagging")
    noted = add_annotation("003:p2.s4", note='say "奇点"')
    items = {item["id"]: item for item in to_w3c([highlight, tagged, noted])["first"]["items"]}
    assert "body" not in items[f"urn:uuid:{highlight.id}"]
    assert items[f"urn:uuid:{tagged.id}"]["body"] == [
        {"type": "TextualBody", "value": "a", "purpose": "tagging"},
        {"type": "TextualBody", "value": "b", "purpose": "tagging"},
    ]
    assert items[f"urn:uuid:{noted.id}"]["body"] == [
        {"type": "TextualBody", "value": 'say "奇点"', "format": "text/plain"}
    ]
