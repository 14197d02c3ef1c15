"""HTML of the reader's notes and words: by document, by tag, progress, words beside entries."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from helpers.core.errors import CorpusError
from helpers.notes.annotations import Annotation, add_annotation
from helpers.notes.words import MyWord
from helpers.views import notes_view
from helpers.views.notes_view import (
    UNTAGGED,
    document_progress,
    my_words_line,
    notes_by_document,
    notes_by_tag,
    progress_table,
)
from helpers.views.reader_notes import page_notes

NOTE = Annotation(
    id="00000000-0000-4000-8000-000000000001",
    created="2026-01-02T03:04:05Z",
    modified="2026-01-02T03:04:05Z",
    motivation="commenting",
    note="<script>alert(1)</script> & more",
    tags=("ai", "b<i>"),
    doc="003",
    ref="003:p2.s3",
    exact="人工智能",
    prefix="我把",
    suffix="和机器人",
    start=123,
    end=127,
)


def word(simplified: str, traditional: str, status: str, gloss: str = "") -> MyWord:
    """A word of the reader's list, as list_words gives it."""
    return MyWord(
        simplified,
        simplified,
        traditional,
        "",
        "",
        status,
        gloss,
        "",
        "",
        "",
        False,  # type: ignore[arg-type]
    )


def test_notes_by_document_groups_and_escapes() -> None:
    other = replace(NOTE, id="2", doc="001", ref="001:p6.s0", exact="", note="plain", tags=())
    html = notes_by_document([NOTE, replace(NOTE, id="3", note="second"), other])
    assert html.index("003 · ") < html.index("· 2 annotations") < html.index("001 · ")
    assert "· 1 annotation<" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "<script>" not in html
    assert '<span class="mr-tag">#b&lt;i&gt;</span>' in html
    assert '<span lang="zh-Hans">人工智能</span>' in html  # 003 is Simplified (metadata.toml)
    assert "no annotations" in notes_by_document([])


def test_notes_by_tag_lists_a_note_under_each_tag_untagged_last() -> None:
    html = notes_by_tag([NOTE, replace(NOTE, id="2", tags=(), note="untagged")])
    tags = [html.index(f'<span class="mr-tag">{name}</span>') for name in ("ai", "b&lt;i&gt;")]
    assert tags[0] < tags[1] < html.index(UNTAGGED) < html.index("untagged</td>")
    assert html.count("&lt;script&gt;") == 2


def test_progress_table_shows_percentages_and_counts() -> None:
    frame = pd.DataFrame(
        [
            {
                "doc": "003",
                "known share": 0.634,
                **dict.fromkeys(notes_view.STATUS_LABELS.values(), 0),
            }
        ]
    ).assign(**{"4 learned": 2})
    html = progress_table(frame)
    assert '<td class="mr-count">63.4%</td>' in html
    assert html.count('<td class="mr-count">2</td>') == 1
    assert html.count('<td class="mr-count">0</td>') == 5


def test_document_progress_counts_words_in_either_script(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notes_view, "known_share", lambda doc: 0.5)
    # grep: 海啸 is in 003 (Simplified) and 海嘯 in 002; 奇点 in 003 and 004, 奇點 in 001.
    frame = document_progress([word("海啸", "海嘯", "4"), word("奇点", "奇點", "1")])
    assert list(frame["4 learned"]) == [0, 0, 1, 1, 0]
    assert list(frame["1 new"]) == [0, 1, 0, 1, 1]
    assert set(frame["known share"]) == {0.5}


def test_my_words_line_lists_the_words_present_with_status_and_gloss() -> None:
    words = [
        word("芯片", "晶片", "known", "chip <b>"),
        word("奇点", "奇點", "2"),
        word("算力", "算力", "1"),
    ]
    html = my_words_line(words, ["这是晶片", "奇点来了"])
    assert '<span lang="zh-Hans">奇点</span> (2 recognised)' in html
    assert '<span lang="zh-Hans">芯片</span> (known: chip &lt;b&gt;)' in html
    assert html.index("奇点") < html.index("芯片")  # by Simplified form: U+5947 < U+82AF
    assert "算力" not in html
    assert "none here" in my_words_line(words, ["没有"])


def test_page_notes_sees_a_note_written_after_the_last_page(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv("READER_HOME", str(tmp_path))
    assert page_notes("003").anchors == ()
    added = add_annotation("003:p2.s3", note="new")
    assert [item.annotation.id for item in page_notes("003").anchors] == [added.id]


def test_page_notes_of_a_page_gives_its_annotations_and_the_documents_orphans(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv("READER_HOME", str(tmp_path))
    on_page = add_annotation("003:p2.s1", note="on the page")
    elsewhere = add_annotation("003:p2.s3", note="elsewhere")
    page = ["003:p2.s0", "003:p2.s1"]
    assert [item.annotation.id for item in page_notes("003", page).anchors] == [on_page.id]
    assert [item.annotation.id for item in page_notes("003").anchors] == [on_page.id, elsewhere.id]
    with pytest.raises(CorpusError, match=r"no sentence 003:p9\.s9 in document 003"):
        page_notes("003", ["003:p9.s9"])
