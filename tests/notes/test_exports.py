"""Tests for helpers.notes.exports: the W3C export follows every write to the store."""

import json
from pathlib import Path

from helpers.notes.annotations import add_annotation, delete_annotation, edit_annotation
from helpers.notes.exports import export_bytes


def _items() -> dict[str, dict[str, object]]:
    collection = json.loads(export_bytes("w3c"))
    return {item["id"]: item for item in collection["first"]["items"]}


def test_an_edit_and_a_tag_change_are_in_the_next_w3c_export(home: Path) -> None:
    added = add_annotation("003:p2.s1", note="first", tags=["old"], quote="三到七年")
    kept = add_annotation("002:p0.s0")
    key = f"urn:uuid:{added.id}"
    assert _items()[key]["body"] == [
        {"type": "TextualBody", "value": "first", "format": "text/plain"},
        {"type": "TextualBody", "value": "old", "purpose": "tagging"},
    ]
    edited = edit_annotation(added.id, note="second")
    assert _items()[key]["body"] == [
        {"type": "TextualBody", "value": "second", "format": "text/plain"},
        {"type": "TextualBody", "value": "old", "purpose": "tagging"},
    ]
    assert _items()[key]["modified"] == edited.modified
    edit_annotation(added.id, tags=["z", "a"])
    assert _items()[key]["body"] == [
        {"type": "TextualBody", "value": "second", "format": "text/plain"},
        {"type": "TextualBody", "value": "a", "purpose": "tagging"},
        {"type": "TextualBody", "value": "z", "purpose": "tagging"},
    ]
    edit_annotation(added.id, note="", tags=[])
    assert "body" not in _items()[key]
    # The selectors of 003:p2.s1's quote 三到七年 (80..84, as in test_exchange) are untouched.
    assert _items()[key]["target"]["selector"][1] == {  # type: ignore[index]
        "type": "TextPositionSelector", "start": 80, "end": 84,
    }  # fmt: skip
    delete_annotation(added.id)
    assert list(_items()) == [f"urn:uuid:{kept.id}"]
