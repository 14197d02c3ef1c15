"""Tests for helpers.views.audit: every audit row shown, escaped, in a scrolling box."""

import pandas as pd
import pytest

from helpers.core.errors import CorpusError
from helpers.language.audit import AUDIT_COLUMNS
from helpers.views.audit import audit_view


def test_every_row_is_shown_escaped_and_tagged():
    rows = [
        ("001:p1.s0", "英偉達", "輝達", "過了英偉達或", "過了輝達或"),
        ("001:p2.s0", "<b>", "&", "a<b>c", "a&c"),
    ] * 20
    html = audit_view(pd.DataFrame(rows, columns=list(AUDIT_COLUMNS)))
    assert '<p class="mr-caption">40 differences</p>' in html
    assert html.count("<tr>") == 41  # the head row and all 40, none cut
    assert (
        '<td><span lang="zh-Hant">英偉達</span></td><td><span lang="zh-TW">輝達</span></td>' in html
    )
    assert "<b>" not in html and '<span lang="zh-Hant">a&lt;b&gt;c</span>' in html
    assert (
        '<div class="mr-scroll" tabindex="0" role="region" aria-label="conversion audit">' in html
    )


def test_a_table_without_the_audit_columns_is_refused():
    with pytest.raises(CorpusError, match="no column corrected_context"):
        audit_view(pd.DataFrame(columns=["ref", "original", "corrected", "context"]))
