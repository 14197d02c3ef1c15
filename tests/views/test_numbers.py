"""Tests for helpers.views.numbers and number_table: filters, table, static view and widget."""

import base64
import re
import struct

import pytest

from helpers.core.errors import CorpusError
from helpers.numbers.extract import all_quantities, quantities
from helpers.views.document_numbers import kind_chart
from helpers.views.number_table import quantity_table, speaker_html
from helpers.views.numbers import (
    ALL,
    NumberExplorer,
    explorer_html,
    filtered,
    rows_label,
    speakers,
    static_explorer_view,
)

ROW = re.compile(r"<tr><td>(.*?)</td></tr>")
TAGS = re.compile(r"<[^>]+>")


def rows_of(html: str) -> list[list[str]]:
    """The body rows of the tables in html, each cell's text without its markup."""
    return [[TAGS.sub("", cell) for cell in row.split("</td><td>")] for row in ROW.findall(html)]


def test_filters_narrow_by_document_kind_and_speaker() -> None:
    assert len(filtered()) == len(list(all_quantities()))
    power = filtered("003", "power")
    assert power and all(q.doc == "003" and q.kind == "power" for q in power)
    musk = filtered("003", "power", "elon_musk")
    assert 0 < len(musk) < len(power) and {q.speaker for q in musk} == {"elon_musk"}
    assert all(q.speaker is None for q in filtered("003", ALL, "none"))


def test_speaker_options_follow_the_document() -> None:
    assert speakers("004") == ["all", "none"]
    # 003's speakers in the order they first say a number: Musk opens the transcript.
    assert speakers("003")[:3] == ["all", "none", "elon_musk"]


def test_unknown_filter_values_are_errors() -> None:
    with pytest.raises(ValueError, match="unknown kind 'weight'; valid choices: 'all', "):
        filtered(kind="weight")
    with pytest.raises(ValueError, match="unknown document '009'"):
        filtered("009")
    with pytest.raises(ValueError, match="unknown speaker 'host'"):
        filtered("004", speaker="host")


def test_the_first_ten_paragraphs_of_002_as_a_reader_counts_them() -> None:
    # Read in corpus/texts/002_x_takeover_2025.txt, paragraphs 0–10: 17 quantities ("X Takeover
    # 2025" is a name, not a number). +67% is written with its sign outside the quantity.
    expected = [
        ["002:p0.s0", "—", "7 月 27 日", "—", "date"],
        ["002:p3.s0", "—", "三件", "3", "count"],
        ["002:p4.s0", "—", "80%", "80%", "percent"],
        ["002:p4.s0", "—", "20%", "20%", "percent"],
        ["002:p5.s0", "—", "三根", "3", "count"],
        ["002:p6.s0", "—", "120 億美元", "US$12 billion", "money"],
        ["002:p7.s0", "—", "2024 年", "2024", "date"],
        ["002:p7.s0", "—", "31.4 GWh", "31.4 GWh", "energy"],
        ["002:p7.s0", "—", "約 101 億美元", "≈ US$10.1 billion", "money"],
        ["002:p7.s0", "—", "67%", "67%", "percent"],
        ["002:p7.s0", "—", "26%+", "≈ 26%", "percent"],
        ["002:p7.s1", "—", "二季度", "—", "date"],
        ["002:p8.s2", "—", "2025 年", "2025", "date"],
        ["002:p8.s2", "—", "5000 台", "5,000", "count"],
        ["002:p8.s2", "—", "2026 年", "2026", "date"],
        ["002:p10.s0", "—", "五年", "5 years", "duration"],
        ["002:p10.s0", "—", "10 萬台", "100,000", "count"],
    ]
    rows = rows_of(static_explorer_view("002"))
    assert [row[:5] for row in rows[:17]] == expected
    assert rows[17][0] == "002:p20.s0"  # the next quantity is ten paragraphs on
    # The sentence column: the whole sentence, the quantity marked.
    assert rows[9][5] == (
        "特斯拉披露 2024 年儲能部署達 31.4 GWh,能源發電與儲能營收約 101 億美元,"
        "同比增長 +67%,毛利率 26%+。"
    )
    assert '同比增長 +<mark class="mr-quantity">67%</mark>,毛利率' in static_explorer_view("002")


def test_static_view_shows_every_row_in_a_scrolling_box() -> None:
    html = static_explorer_view("003")
    # 003 has 342 quantities (the reviewer saw 335 before its 5 ranks and 2 一个数量级 were read).
    assert len(rows_of(html)) == len(quantities("003")) == 342
    assert (
        '<p class="mr-caption">342 quantities · document 003 · all kinds · all speakers</p>' in html
    )
    box = (
        '<div class="mr-numbers-box" lang="en" tabindex="0" role="region" aria-label="quantities">'
    )
    assert box in html and "the first" not in html
    assert "e+" not in "".join(row[3] for row in rows_of(html))


def test_speakers_are_named_and_chinese_is_tagged() -> None:
    assert speaker_html("elon_musk") == 'Elon Musk <span lang="zh-Hans">埃隆·马斯克</span>'
    assert speaker_html(None) == "—"
    html = static_explorer_view("003", "power", "elon_musk")
    assert 'speaker Elon Musk <span lang="zh-Hans">埃隆·马斯克</span></p>' in html
    assert "elon_musk" not in html


def test_table_escapes_markup_and_writes_ranges(made_up) -> None:
    html = quantity_table(
        [made_up(surface="<b>", value=None, low=20.0, high=25.0, approx=True, unit="percent")]
    )
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert "<td>≈ 20–25%</td>" in html
    assert "style=" not in html


def test_chart_is_a_png_of_the_counted_kinds(made_up) -> None:
    rows = [made_up(kind=kind) for kind in ("percent", "money", "percent")]
    html = kind_chart(rows)
    prefix = '<img alt="quantities by kind: money 1, percent 2" src="data:image/png;base64,'
    assert html.startswith(prefix) and html.endswith('">')
    data = base64.b64decode(html[len(prefix) : -2])
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    # The IHDR chunk: 6 × (0.3 × 2 kinds + 1.1) inches at 80 dpi is 480 × 136 pixels.
    assert struct.unpack(">II", data[16:24]) == (480, 136)


def test_no_rows_no_chart() -> None:
    html = explorer_html([], "004", "mass", ALL)
    assert "<img" not in html
    assert (
        '<p class="mr-caption">0 quantities · document 004 · kind mass · all speakers</p>' in html
    )


def test_rows_label() -> None:
    assert rows_label(1, 335) == "rows 26–50 of 335"
    assert rows_label(13, 335) == "rows 326–335 of 335"
    assert rows_label(0, 0) == "no rows"


def test_widget_pages_through_every_row() -> None:
    explorer = NumberExplorer("003")
    assert explorer.status.value == "rows 1–25 of 342 · page 1 of 14"
    assert explorer.previous.disabled and not explorer.next.disabled
    explorer.next.click()
    assert explorer.status.value == "rows 26–50 of 342 · page 2 of 14"
    assert rows_of(explorer.html.value)[0][0] == quantities("003")[25].sentence
    explorer.page_number.value = 14
    assert explorer.status.value == "rows 326–342 of 342 · page 14 of 14"
    assert len(rows_of(explorer.html.value)) == 17 and explorer.next.disabled
    explorer.go(99)
    assert explorer.page_number.value == 14
    seen = []
    for page in range(explorer.page_count):
        explorer.go(page)
        seen += rows_of(explorer.html.value)
    assert [row[0] for row in seen] == [q.sentence for q in quantities("003")]


def test_widget_follows_its_filters() -> None:
    explorer = NumberExplorer()
    explorer.next.click()
    explorer.doc.value = "003"
    explorer.kind.value = "power"
    explorer.speaker.value = "elon_musk"
    assert explorer.page == 0
    assert explorer.rows and {(q.doc, q.kind, q.speaker) for q in explorer.rows} == {
        ("003", "power", "elon_musk")
    }
    assert (
        explorer.status.value
        == f"rows 1–{len(explorer.rows)} of {len(explorer.rows)} · page 1 of 1"
    )
    explorer.doc.value = "004"
    assert explorer.speaker.value == ALL
    assert explorer.speaker.options == (("all speakers", "all"), ("no speaker", "none"))
    assert {(q.doc, q.kind) for q in explorer.rows} == {("004", "power")}
    # 004:p211.s1: "美国峰值 1000GW 但平均只用 500GW".
    assert ["004:p211.s1", "—", "1000GW", "1 TW", "power"] in [
        row[:5] for row in rows_of(explorer.html.value)
    ]


def test_widget_static_view_is_every_row_of_its_filters() -> None:
    explorer = NumberExplorer("003", "power")
    explorer.go(1)
    assert explorer.static_html() == static_explorer_view("003", "power")
    bundle = explorer._repr_mimebundle_()
    assert bundle["text/html"] == explorer.static_html()
    assert NumberExplorer("003").static_html() == NumberExplorer("003").static_html()


def test_widget_controls_have_names() -> None:
    explorer = NumberExplorer()
    names = [
        control.description
        for control in (
            explorer.doc,
            explorer.kind,
            explorer.speaker,
            explorer.previous,
            explorer.page_number,
            explorer.next,
        )
    ]
    assert names == ["Document", "Kind", "Speaker", "Previous page", "Page", "Next page"]


def test_widget_refuses_unknown_starting_values() -> None:
    with pytest.raises(CorpusError, match="unknown speaker 'host'"):
        NumberExplorer("004", speaker="host")
