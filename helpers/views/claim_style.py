"""How the charts of key figures read a claim: the numbers they need, its label, its citation.

Claims come from corpus/claims.toml through helpers.numbers.claims; a number a chart needs but the
claim lacks is a CorpusError that names the claim.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import Literal

from matplotlib.figure import Figure

from helpers.core.errors import CorpusError
from helpers.corpus.documents import document
from helpers.numbers.claims import Claim
from helpers.views.chart_style import source_line

Measure = Literal["value", "base_value", "year"]
"""What a chart reads of a claim: its value in its unit, in base units (W, s, USD …), its year."""


def claim_number(claim: Claim, measure: Measure) -> float:
    """A number of a claim that a chart cannot be drawn without.

    Args:
        claim: a claim of corpus/claims.toml.
        measure: "value" (in the claim's unit; a range's midpoint), "base_value" (in SI units or
            USD) or "year" (a date's year, or a duration counted from its counted_from year).

    Returns:
        The number.

    Raises:
        CorpusError: the claim has no such number (a unit without a base, a duration without a
            year to count from).
    """
    number = getattr(claim, measure)
    if number is None:
        raise CorpusError(
            f"corpus/claims.toml: claim {claim.id} has no {measure.replace('_', ' ')} to draw"
        )
    return float(number)


def claim_extent(claim: Claim) -> tuple[float, float]:
    """The low and high ends of a claim's quantity, in the quantity's unit.

    Args:
        claim: a claim of corpus/claims.toml.

    Returns:
        A range's two ends, or its single value twice.

    Raises:
        CorpusError: the quantity has neither a value nor both ends of a range.
    """
    q = claim.quantity
    if q.value is not None:
        return q.value, q.value
    if q.low is None or q.high is None:
        raise CorpusError(f"corpus/claims.toml: claim {claim.id} has neither a value nor a range")
    return q.low, q.high


def claim_label(claim: Claim, separator: str = "\n") -> str:
    """A claim's label in both languages.

    Args:
        claim: a claim of corpus/claims.toml.
        separator: what goes between the English and the Chinese label.

    Returns:
        "AGI 通用人工智能" with separator " "; the two on two lines by default.
    """
    return f"{claim.label}{separator}{claim.label_zh}"


def cite_claims(figure: Figure, claims: Iterable[Claim]) -> None:
    """Write the source line of a chart of claims: files, sentence refs, and the claims file.

    Args:
        figure: the chart.
        claims: the claims drawn; their documents' files are listed in path order, their sentence
            references in the order given, each once, wrapped at 170 characters.
    """
    items = list(claims)
    files = sorted({document(claim.quantity.doc).source for claim in items})
    refs = ", ".join(dict.fromkeys(claim.quantity.sentence for claim in items))
    text = f"Source: {'; '.join(files)}; sentences {refs}; figures listed in corpus/claims.toml"
    source_line(figure, "\n".join(textwrap.wrap(text, 170)))
