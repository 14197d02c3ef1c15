"""Taiwan readings: where the Taiwan Ministry of Education standard reads a word or character
differently from the mainland standard (危 wéi, 期 qí, 垃圾 lè sè)."""

from __future__ import annotations


def taiwan_syllables(simplified: str, syllables: list[str | None]) -> list[str | None]:
    """Mainland numbered syllables of a Simplified text, changed to the Taiwan standard's.

    Args:
        simplified: the text in Simplified characters (each character's identity settled).
        syllables: its mainland numbered syllables, one per character (None: no reading).

    Returns:
        A new list as long as syllables, with the Taiwan syllable where the standards differ.
    """
    del simplified
    return list(syllables)
