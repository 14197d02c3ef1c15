"""Which Simplified character each character of a Traditional text is, where converting the text to
Simplified does not tell (著 is 着 in 意味著 and 著 in 著名)."""

from __future__ import annotations


def resolve_identities(traditional: str, simplified: str) -> str:
    """The Simplified form of a Traditional text with every character's identity settled.

    Args:
        traditional: a Traditional (or mixed) text.
        simplified: its OpenCC t2s conversion, as long as traditional.

    Returns:
        A Simplified text as long as traditional, character i the Simplified identity of
        traditional[i].
    """
    del traditional
    return simplified
