"""The text of one column of an aligned row as the reader sees it, where each of its characters
comes from in the raw text, and its readings in the reader's chosen standard and tones.

Rows come from helpers.language.alignment; readings from helpers.language.readings.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Literal

import pandas as pd

from helpers.core.types import Target
from helpers.corpus.documents import document
from helpers.language.readings import prepare_readings, readings_via
from helpers.views.marks import Ruby
from helpers.views.text import display_string

Column = Literal["original", Target]
"""A text column of the aligned table: the sentence as written, or one of its conversions."""
TRADITIONAL_TARGETS = ("zh-Hant", "zh-TW", "zh-HK")


def positions(raw: str, shown: str) -> list[int | None]:
    """For each character shown, its index in the raw text (None for text the display added)."""
    found: list[int | None] = [None] * len(shown)
    for tag, start, _, shown_start, shown_end in SequenceMatcher(
        None, raw, shown, autojunk=False
    ).get_opcodes():
        if tag == "equal":
            found[shown_start:shown_end] = range(start, start + shown_end - shown_start)
    return found


def shown_text(row: pd.Series, column: Column) -> str:
    """A column's text as the reader sees it, markdown stripped as in the document view."""
    markdown = document(row["doc"]).format == "markdown"
    return display_string(row[column], row["kind"], markdown, row["ref"].endswith(".s0"))


def taiwan_text(row: pd.Series, column: Column) -> bool:
    """Whether a column's text is Taiwan text: zh-TW, or a Taiwan document's original."""
    return column == "zh-TW" or (column == "original" and document(row["doc"]).region == "Taiwan")


def readings(row: pd.Series, column: Column, shown: str, choice: Ruby) -> list[str | None]:
    """Readings of a column's shown text in the chosen standard and tones; Traditional text is read
    through its zh-Hans form."""
    if choice.style is None:
        return [None] * len(shown)
    region = choice.region(taiwan_text(row, column))
    simplified = _read_through(row, column, shown)
    return readings_via(shown, simplified, choice.style, region=region, tones=choice.tones)


def _read_through(row: pd.Series, column: Column, shown: str) -> str:
    """The Simplified text a column's shown text is read through: zh-Hans for Traditional text."""
    traditional = column in TRADITIONAL_TARGETS or (
        column == "original" and document(row["doc"]).script == "Traditional"
    )
    return shown_text(row, "zh-Hans") if traditional else shown


def page_texts(rows: pd.DataFrame, columns: Sequence[Column]) -> list[tuple[str, str, bool]]:
    """The texts rows' columns show, each with the Simplified text it is read through and whether
    it is Taiwan text (taiwan_text); markup rows have none.

    Args:
        rows: rows of helpers.language.alignment.document_table.
        columns: the columns shown.

    Returns:
        (shown text, Simplified text, Taiwan text) per row and column, row by row.
    """
    texts = []
    for _, row in rows.iterrows():
        if row["kind"] != "markup":
            for column in columns:
                shown = shown_text(row, column)
                texts.append((shown, _read_through(row, column, shown), taiwan_text(row, column)))
    return texts


def prepare_texts(texts: Sequence[tuple[str, str, bool]], choice: Ruby) -> None:
    """Compute at once the readings of page_texts in the chosen standard and tones, before they are
    drawn one by one (helpers.language.readings.prepare_readings)."""
    if choice.style is not None:
        prepare_readings(
            (shown, simplified, choice.region(taiwan), choice.tones)
            for shown, simplified, taiwan in texts
        )


def prepare_page(rows: pd.DataFrame, columns: Sequence[Column], choice: Ruby) -> None:
    """Compute the readings of rows' columns in the chosen standard and tones together, before they
    are drawn one by one; markup rows have none."""
    if choice.style is not None:
        prepare_texts(page_texts(rows, columns), choice)
