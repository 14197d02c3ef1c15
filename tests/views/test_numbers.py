"""Tests for helpers.number_widgets: the filters, the escaped table, the chart and the static view."""

import pytest

from helpers.numbers.extract import Quantity, all_quantities
from helpers.views.numbers import (
    ALL,
    NumberExplorer,
    filtered,
    kind_chart,
    quantity_table,
    speakers,
    static_explorer_view,
)


def test_filters_narrow_by_document_kind_and_speaker() -> None:
    assert len(filtered()) == len(list(all_quantities()))
    power = filtered("003", "power")
    assert power and all(q.doc == "003" and q.kind == "power" for q in power)
    musk = filtered("003", "power", "elon_musk")
    assert 0 < len(musk) < len(power) and {q.speaker for q in musk} == {"elon_musk"}
    assert all(q.speaker is None for q in filtered("003", ALL, "none"))


def test_speaker_options_follow_the_document() -> None:
    assert speakers("004") == ["all", "none"]
    assert speakers("003")[:3] == ["all", "none", "elon_musk"]


def test_unknown_filter_values_are_errors() -> None:
    with pytest.raises(ValueError, match="unknown kind 'weight'; valid choices: 'all', "):
        filtered(kind="weight")
    with pytest.raises(ValueError, match="unknown document '009'"):
        filtered("009")


def test_table_escapes_markup() -> None:
    row = Quantity(
        "004", 0, 3, "<b>", 1.0, None, None, "count", 1.0, "count", False, "004:p1.s0", None
    )
    html = quantity_table([row])
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_chart_is_a_png_and_the_same_every_time() -> None:
    rows = filtered("004", "percent")
    assert kind_chart(rows).startswith(
        '<img alt="quantities by kind" src="data:image/png;base64,iVBOR'
    )
    assert kind_chart(rows) == kind_chart(rows)


def test_widget_follows_its_filters() -> None:
    explorer = NumberExplorer()
    explorer.doc.value = "003"
    explorer.kind.value = "power"
    explorer.speaker.value = "elon_musk"
    assert explorer.rows == filtered("003", "power", "elon_musk")
    assert explorer.status.value.startswith(
        f"{len(explorer.rows)} quantities · document 003 · kind power"
    )
    explorer.doc.value = "004"
    assert explorer.speaker.value == ALL and explorer.speaker.options == ("all", "none")
    assert explorer.rows == filtered("004", "power")
    assert explorer.html.value == static_explorer_view("004", "power")
    assert "1000GW" in explorer.html.value
