"""The checks of corpus/claims.toml computed: one figure in two places, compared in base units."""

from __future__ import annotations

from typing import Any

import pandas as pd

from helpers.core.errors import CorpusError
from helpers.numbers.claims import Check, Claim, claims

COLUMNS = (
    "check",
    "left_doc",
    "left_surface",
    "left_base",
    "left_ref",
    "right_doc",
    "right_surface",
    "right_base",
    "right_ref",
    "ratio",
    "agree",
    "tolerance",
    "note",
)


def _side(prefix: str, claim: Claim) -> dict[str, Any]:
    """One side of a comparison: document, surface as written, base value and sentence ref."""
    q = claim.quantity
    return {
        f"{prefix}_doc": q.doc,
        f"{prefix}_surface": q.surface,
        f"{prefix}_base": claim.base_value,
        f"{prefix}_ref": q.sentence,
    }


def compare(check: Check) -> dict[str, Any]:
    """One check of the project's claims computed.

    Args:
        check: a check of claims() (its left and right name claims of corpus/claims.toml).

    Returns:
        A row with the keys of COLUMNS: per side the document, raw surface, value in SI units or
        USD and sentence ref; the left/right ratio (6 decimals), whether |ratio − 1| is within
        the tolerance, the tolerance and a note saying how far apart the two are.

    Raises:
        CorpusError: a side names no claim of claims(), or has no non-zero base value.
    """
    known = claims().claims
    if check.left not in known or check.right not in known:
        raise CorpusError(f"check {check.id}: names a claim that corpus/claims.toml does not have")
    left, right = known[check.left], known[check.right]
    if left.base_value is None or not right.base_value:
        raise CorpusError(f"check {check.id}: both sides need a value in base units to compare")
    ratio = left.base_value / right.base_value
    agree = abs(ratio - 1) <= check.tolerance + 1e-9
    gap = (
        "same value"
        if abs(ratio - 1) < 1e-9
        else f"left is {ratio:.3g}× right ({abs(ratio - 1):.0%} apart)"
    )
    verdict = "within" if agree else "beyond"
    note = f"{gap}, {verdict} the {check.tolerance:.0%} tolerance; {check.note}"
    return {
        "check": check.id,
        **_side("left", left),
        **_side("right", right),
        "ratio": round(ratio, 6),
        "agree": agree,
        "tolerance": check.tolerance,
        "note": note,
    }


def cross_checks() -> pd.DataFrame:
    """Every check of corpus/claims.toml compared (see compare), in file order, columns COLUMNS.

    Raises:
        CorpusError: the claims file does not load (see helpers.numbers.claims.load_claims).
    """
    return pd.DataFrame(
        [compare(check) for check in claims().checks.values()], columns=list(COLUMNS)
    )
