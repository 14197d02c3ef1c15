"""The curated checks of corpus/claims.toml computed: the same figure in two places, compared in base units."""

from __future__ import annotations

import pandas as pd

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


def _side(prefix: str, claim: Claim) -> dict:
    """One side of a comparison: document, surface as written, value in base units and sentence ref."""
    q = claim.quantity
    return {
        f"{prefix}_doc": q.doc,
        f"{prefix}_surface": q.surface,
        f"{prefix}_base": claim.base_value,
        f"{prefix}_ref": q.sentence,
    }


def compare(check: Check) -> dict:
    """One check's result: both sides, left/right ratio, whether it is within tolerance, and what that means."""
    left, right = claims().claims[check.left], claims().claims[check.right]
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
    """Every check of the claims file compared, in file order."""
    return pd.DataFrame(
        [compare(check) for check in claims().checks.values()], columns=list(COLUMNS)
    )
