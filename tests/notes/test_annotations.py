"""Tests for helpers.notes.annotations. Expected spans are read off 003's normalised text:
003:p2.s1 is '我担心的不是长远未来，而是接下来的三到七年。' and 003:p2.s2 follows it."""

import json
import re
from pathlib import Path

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.segments import segmented
from helpers.notes.annotations import (
    AnnotationError,
    add_annotation,
    delete_annotation,
    edit_annotation,
    json_lines,
    list_annotations,
)
from helpers.notes.store import StoreError

S1 = "我担心的不是长远未来，而是接下来的三到七年。"
UTC_SECOND = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def test_a_quote_inside_a_sentence(home: Path) -> None:
    a = add_annotation("003:p2.s1", note="why seven?", tags=["time", "ai"], quote="三到七年")
    text = segmented("003").text
    assert UUID4.fullmatch(a.id) and UTC_SECOND.fullmatch(a.created)
    assert a.created == a.modified and a.motivation == "commenting"
    assert (a.doc, a.ref, a.exact, a.tags) == ("003", "003:p2.s1", "三到七年", ("ai", "time"))
    assert text[a.start : a.end] == "三到七年" and a.end - a.start == 4
    assert a.prefix == text[a.start - 32 : a.start] and a.prefix.endswith("而是接下来的")
    assert a.suffix.startswith("。我们如何确保") and len(a.suffix) == 32
    assert list_annotations() == (a,)


def test_a_whole_sentence_and_a_span_over_two(home: Path) -> None:
    whole = add_annotation("003:p2.s1")
    assert whole.exact == S1 and whole.motivation == "highlighting"
    two = add_annotation("003:p2.s1", quote="三到七年。我们如何", end_ref="003:p2.s2")
    assert two.ref == "003:p2.s1" and two.end - two.start == 9
    # A quote found in the second sentence starts there, so its reference is the second's.
    later = add_annotation("003:p2.s1", quote="我们如何确保", end_ref="003:p2.s2")
    assert later.ref == "003:p2.s2"


def test_listing_is_in_document_order_and_filters(home: Path) -> None:
    b = add_annotation("003:p2.s2", tags=["x"])
    a = add_annotation("003:p2.s1", tags=["x", "y"])
    c = add_annotation("002:p0.s0")
    assert [n.id for n in list_annotations()] == [c.id, a.id, b.id]
    assert [n.id for n in list_annotations(doc="003", tag="y")] == [a.id]
    assert [n.id for n in list_annotations(tag="x")] == [a.id, b.id]


def test_edit_and_delete(home: Path) -> None:
    a = add_annotation("003:p2.s1", note="first", tags=["x"])
    edited = edit_annotation(a.id, note="second")
    assert (edited.note, edited.tags, edited.created) == ("second", ("x",), a.created)
    assert edit_annotation(a.id, tags=[]).tags == ()
    delete_annotation(a.id)
    assert list_annotations() == ()
    with pytest.raises(StoreError, match="no annotation with id"):
        delete_annotation(a.id)
    with pytest.raises(StoreError, match="no annotation with id"):
        edit_annotation(a.id, note="x")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"ref": "003:p9999.s0"}, "unknown sentence reference"),
        ({"ref": "999:p0.s0"}, "no document 999"),
        ({"ref": "003-p2-s1"}, "not of the form"),
        ({"ref": "003:p2.s1", "quote": "火星"}, "is not in 003:p2.s1"),
        ({"ref": "003:p2.s1", "note": "长" * 1_000_000}, "1,000,000 characters is too long"),
        ({"ref": "003:p2.s1", "tags": ["two words"]}, "without spaces"),
        ({"ref": "003:p2.s1", "motivation": "liking"}, "unknown motivation"),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(home: Path, kwargs, message) -> None:
    with pytest.raises(CorpusError, match=message):
        add_annotation(**kwargs)
    assert list_annotations() == ()


def test_errors_are_corpus_errors() -> None:
    assert issubclass(AnnotationError, CorpusError) and issubclass(StoreError, CorpusError)


def test_json_lines_are_the_annotations_as_dicts(home: Path) -> None:
    add_annotation("003:p2.s2", tags=["b", "a"])
    add_annotation("003:p2.s1", note='含"引号"\n和换行')
    assert [json.loads(line) for line in json_lines()] == [a.as_dict() for a in list_annotations()]
    assert [json.loads(line)["tags"] for line in json_lines(tag="a")] == [["a", "b"]]
