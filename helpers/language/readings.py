"""Pronunciation of every character of a text, in pinyin or zhuyin, from pypinyin's character and phrase data.

A whole text is read at once, so pypinyin's phrase dictionary settles polyphonic characters from their word
(重新 chóng, 重量 zhòng). That dictionary is keyed on Simplified words, so it misses many Traditional ones
(銀行 comes out yín xíng): readings_via reads a Traditional text through its Simplified conversion.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pypinyin import Style, load_phrases_dict, pinyin
from pypinyin.seg.mmseg import retrain, seg

from helpers.core.datafiles import table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.language.conversion import converter
from helpers.language.opencc_tables import st_characters

STYLES = {"pinyin": Style.TONE, "zhuyin": Style.BOPOMOFO}
NO_READING = "\x00"
NEUTRAL_TONE = "˙"
OVERRIDE_FIELDS = {"text", "pinyin", "reason", "in_corpus"}


def _style(style: str) -> Style:
    """pypinyin's style for a reading style name."""
    if style not in STYLES:
        raise ValueError(f"unknown reading style '{style}'; valid styles: {', '.join(STYLES)}")
    return STYLES[style]


def _zhuyin_order(reading: str) -> str:
    """A zhuyin syllable with the neutral-tone dot in front, as Taiwan writes it (pypinyin puts it last)."""
    return NEUTRAL_TONE + reading[:-1] if reading.endswith(NEUTRAL_TONE) else reading


def load_reading_overrides(path: Path | None = None) -> dict[str, list[list[str]]]:
    """The curated phrase readings, validated: one known reading of each character per syllable."""
    path = path or CORPUS_DIR / "reading_overrides.toml"
    phrases: dict[str, list[list[str]]] = {}
    for _, where, row in table_rows(path, "phrase"):
        unknown = sorted(set(row) - OVERRIDE_FIELDS)
        if unknown:
            raise CorpusError(f"{where}: unknown field(s) {', '.join(unknown)}")
        for name in ("text", "pinyin", "reason"):
            if not isinstance(row.get(name), str) or not row[name].strip():
                raise CorpusError(f"{where}: field '{name}' is missing or empty")
        if not isinstance(row.get("in_corpus", True), bool):
            raise CorpusError(f"{where}: field 'in_corpus' must be true or false")
        text, syllables = row["text"], row["pinyin"].split()
        if text in phrases:
            raise CorpusError(f"{where}: duplicate phrase {text}")
        if len(syllables) != len(text):
            raise CorpusError(
                f"{where}: {len(syllables)} syllables for the {len(text)} characters of {text}"
            )
        for char, syllable in zip(text, syllables):
            if syllable not in pinyin(char, style=Style.TONE, heteronym=True)[0]:
                raise CorpusError(f"{where}: '{syllable}' is not a reading of {char}")
        phrases[text] = [[syllable] for syllable in syllables]
    return phrases


@cache
def _use_reading_overrides() -> None:
    """Add the curated phrase readings to pypinyin's phrase dictionary (once)."""
    load_phrases_dict(load_reading_overrides())
    retrain(seg)  # pypinyin's word splitter must learn the new phrases too


def char_readings(text: str, style: str) -> list[str | None]:
    """One reading per character of text in a style ('pinyin' or 'zhuyin'), None where pypinyin has none."""
    _use_reading_overrides()
    # Characters without a reading come back through errors, one item each, so items and characters line up.
    items = pinyin(text, style=_style(style), errors=lambda run: [NO_READING] * len(run))
    if len(items) != len(text):
        raise RuntimeError(f"pypinyin gave {len(items)} readings for {len(text)} characters")
    readings = [None if item[0] == NO_READING else item[0] for item in items]
    return [
        _zhuyin_order(reading) if style == "zhuyin" and reading else reading for reading in readings
    ]


@cache
def corresponds(traditional: str, simplified: str) -> bool:
    """Whether a Traditional character and a Simplified one are the same character in the two scripts."""
    return (
        traditional == simplified
        or traditional in st_characters().get(simplified, ())
        or converter("t2s").convert(traditional) == simplified
    )


def readings_via(text: str, simplified: str, style: str) -> list[str | None]:
    """Readings of a Traditional text taken from its Simplified form wherever the two match character for character."""
    direct = char_readings(text, style)
    if len(simplified) != len(text):
        return direct
    # Where the conversion changed the word itself (晶片 → 芯片), the Simplified reading is of another word.
    return [
        via if corresponds(char, other) else own
        for char, other, via, own in zip(text, simplified, char_readings(simplified, style), direct)
    ]
