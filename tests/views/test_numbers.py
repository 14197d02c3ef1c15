"""Tests for helpers.views.numbers: the filters, the escaped table, the chart and the explorer."""

import base64
import re
import struct

import pytest

from helpers.numbers.extract import all_quantities
from helpers.views.numbers import (
    ALL,
    NumberExplorer,
    explorer_html,
    filtered,
    kind_chart,
    quantity_table,
    speakers,
    static_explorer_view,
)

CELLS = re.compile(r"<td>([^<]*)</td>")


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


def test_table_shows_a_known_quantity() -> None:
    # 004:p67.s1 gives the power of 330,000 GB300 as 1GW.
    rows = [q for q in filtered("004", "power") if q.sentence == "004:p67.s1"]
    assert CELLS.findall(quantity_table(rows)) == [
        "004:p67.s1",
        "—",
        "1GW",
        "1,000,000,000",
        "W",
        "power",
        "",
    ]


def test_table_escapes_markup_and_writes_ranges(made_up) -> None:
    html = quantity_table(
        [made_up(surface="<b>", value=None, low=20.0, high=25.0, approx=True, speaker="a&b")]
    )
    assert "<b>" not in html and "&lt;b&gt;" in html and "a&amp;b" in html
    assert "<td>20–25</td>" in html and "<td>≈</td>" in html
    assert "style=" not in html


def test_chart_is_a_png_of_the_counted_kinds(made_up) -> None:
    rows = [made_up(kind=kind) for kind in ("percent", "money", "percent")]
    html = kind_chart(rows)
    prefix = '<img alt="quantities by kind" src="data:image/png;base64,'
    assert html.startswith(prefix) and html.endswith('">')
    data = base64.b64decode(html[len(prefix) : -2])
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    # The IHDR chunk: 6 × (0.3 × 2 kinds + 1.1) inches at 80 dpi is 480 × 136 pixels.
    assert struct.unpack(">II", data[16:24]) == (480, 136)


def test_no_rows_no_chart() -> None:
    html = explorer_html([])
    assert "<img" not in html and '<p class="mr-caption">0 quantities</p>' in html


def test_widget_follows_its_filters() -> None:
    explorer = NumberExplorer()
    explorer.doc.value = "003"
    explorer.kind.value = "power"
    explorer.speaker.value = "elon_musk"
    assert explorer.rows and {(q.doc, q.kind, q.speaker) for q in explorer.rows} == {
        ("003", "power", "elon_musk")
    }
    assert explorer.status.value == (
        f"{len(explorer.rows)} quantities · document 003 · kind power · speaker elon_musk"
    )
    explorer.doc.value = "004"
    assert explorer.speaker.value == ALL and explorer.speaker.options == ("all", "none")
    assert {(q.doc, q.kind) for q in explorer.rows} == {("004", "power")}
    # The widget shows what the static view of the same filters shows.
    assert explorer.html.value == static_explorer_view("004", "power")
    # 004:p211.s1: "美国峰值 1000GW 但平均只用 500GW".
    assert "<td>1000GW</td>" in explorer.html.value
