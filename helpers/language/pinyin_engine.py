"""Mainland readings of a Simplified text as numbered syllables, before regional readings and tone
display: pypinyin with its phrase dictionary and the curated phrases of reading_overrides.toml.

A numbered syllable is pypinyin's TONE3 form with 5 for the neutral tone and v for ü: 'zhong4',
'de5', 'lv4'.
"""

from __future__ import annotations

from typing import Any

from pypinyin import Style, pinyin

NO_READING = "\x00"


def _no_readings(run: str) -> Any:
    """One NO_READING item per character of a run without readings, so items and characters line
    up (pypinyin accepts a list here, though its type stub says str)."""
    return [NO_READING] * len(run)


def mainland_syllables(simplified: str) -> list[str | None]:
    """One numbered mainland syllable per character of a Simplified text.

    Args:
        simplified: any text in Simplified characters.

    Returns:
        A list as long as the text: 'zhong4', 'de5', 'lv4' per character, None for a character
        without a reading (punctuation, Latin letters, digits, spaces).
    """
    items = pinyin(simplified, style=Style.TONE3, neutral_tone_with_five=True, errors=_no_readings)
    if len(items) != len(simplified):
        raise RuntimeError(f"pypinyin gave {len(items)} readings for {len(simplified)} characters")
    return [None if item[0] == NO_READING else item[0] for item in items]
