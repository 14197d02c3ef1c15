"""The 001 conversion audit as HTML: every row, in a box that scrolls.

Rows come from helpers.language.audit.audit_001: 001's text as written (Traditional characters,
mainland vocabulary: zh-Hant) against its zh-TW conversion.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from helpers.core.errors import CorpusError
from helpers.language.audit import AUDIT_COLUMNS
from helpers.views.glossary import STYLE, zh
from helpers.views.page import caption, html_table

# Each column's header and the language of its text ("" for a reference).
COLUMNS = {
    "ref": ("ref", ""),
    "original": ("001 as written", "zh-Hant"),
    "corrected": ("zh-TW", "zh-TW"),
    "context": ("context as written", "zh-Hant"),
    "corrected_context": ("context in zh-TW", "zh-TW"),
}


def audit_view(table: pd.DataFrame) -> str:
    """Every row of an audit table, in a box that scrolls past about twenty rows.

    Args:
        table: the rows of helpers.language.audit.audit_001 (its columns; any rows, in the order
            to show).

    Returns:
        The <style> block, a caption with the number of differences and a <div class="mr-scroll">
        holding a table of all of them, every value escaped and tagged with its language. The box
        is focusable and named (role region, "conversion audit"), so it scrolls from the keyboard.

    Raises:
        CorpusError: the table lacks one of audit_001's columns.
    """
    missing = [name for name in AUDIT_COLUMNS if name not in table.columns]
    if missing:
        raise CorpusError(f"not an audit table: no column {', '.join(missing)}")
    rows = [
        [
            f'<span class="mr-ref">{escape(str(value))}</span>'
            if not COLUMNS[name][1]
            else zh(str(value), COLUMNS[name][1])
            for name, value in zip(AUDIT_COLUMNS, row, strict=True)
        ]
        for row in table[list(AUDIT_COLUMNS)].itertuples(index=False)
    ]
    count = caption(f"{len(rows)} differences", 0)
    body = html_table([COLUMNS[name][0] for name in AUDIT_COLUMNS], rows, "mr-glossary mr-audit")
    box = '<div class="mr-scroll" tabindex="0" role="region" aria-label="conversion audit">'
    return f"{STYLE}\n{count}\n{box}\n{body}\n</div>"
