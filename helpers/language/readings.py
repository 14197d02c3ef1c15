"""Pronunciation of every character of a text, in pinyin or zhuyin, from pypinyin's character and
phrase data.

A whole text is read at once, so pypinyin's phrase dictionary settles polyphonic characters from
their word (重新 chóng, 重量 zhòng). That dictionary is keyed on Simplified words, so it misses many
Traditional ones (銀行 comes out yín xíng): readings_via reads a Traditional text through its
Simplified conversion.

pypinyin's phrase dictionary belongs to the whole process. Importing this module puts the phrases
of corpus/reading_overrides.toml into it, in place of pypinyin's own reading where it has one
(还款 hái kuǎn becomes huán kuǎn), and teaches pypinyin's word splitter the new phrases. From then
on every pypinyin call in the process, this module's or any other code's, reads those phrases the
curated way, whatever was called first. helpers.reload() applies the file again: a phrase it no
longer lists gets pypinyin's own entry back (or none, if pypinyin had none).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, get_args

from pypinyin import Style, pinyin
from pypinyin.constants import PHRASES_DICT
from pypinyin.seg import mmseg

from helpers.core.caching import after_reload, data_cache, read_only
from helpers.core.datafiles import check_fields, table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.language.conversion import converter
from helpers.language.opencc_tables import st_characters

READING_OVERRIDES_FILE = CORPUS_DIR / "reading_overrides.toml"
ReadingStyle = Literal["pinyin", "zhuyin"]
"""How a reading is written: tone-marked pinyin ('zhòng') or zhuyin ('ㄓㄨㄥˋ')."""
READING_STYLES: tuple[ReadingStyle, ...] = get_args(ReadingStyle)
STYLES: Mapping[ReadingStyle, Style] = read_only({"pinyin": Style.TONE, "zhuyin": Style.BOPOMOFO})
"""pypinyin's style for each reading style."""
NO_READING = "\x00"
NEUTRAL_TONE = "˙"

_replaced: dict[str, list[list[str]] | None] = {}
"""pypinyin's own entry for each phrase the overrides put in its dictionary (None: it had none)."""


def load_reading_overrides(path: Path | None = None) -> dict[str, list[list[str]]]:
    """The curated phrase readings of a reading overrides file, validated.

    Args:
        path: a file in the format of corpus/reading_overrides.toml ([[phrase]] rows of text in
            Simplified characters, pinyin with one tone-marked syllable per character, reason, and
            an optional in_corpus flag); by default that file.

    Returns:
        Each phrase with its readings in pypinyin's phrase-dictionary format: one single-item list
        per character ('还款' → [['huán'], ['kuǎn']]).

    Raises:
        CorpusError: the file is missing or not TOML, has no [[phrase]] rows, or a row has a
            missing, empty or unknown field, a non-boolean in_corpus, a duplicate phrase, a
            syllable count that differs from its character count, or a syllable that pypinyin does
            not know as a reading of its character (file and row named).
    """
    phrases: dict[str, list[list[str]]] = {}
    for _, where, row in table_rows(path or READING_OVERRIDES_FILE, "phrase"):
        check_fields(where, row, ("text", "pinyin", "reason"), optional=("in_corpus",))
        if not isinstance(row.get("in_corpus", True), bool):
            raise CorpusError(f"{where}: field 'in_corpus' must be true or false")
        text, syllables = row["text"], row["pinyin"].split()
        if text in phrases:
            raise CorpusError(f"{where}: duplicate phrase {text}")
        if len(syllables) != len(text):
            raise CorpusError(
                f"{where}: {len(syllables)} syllables for the {len(text)} characters of {text}"
            )
        for char, syllable in zip(text, syllables, strict=True):
            if syllable not in pinyin(char, style=Style.TONE, heteronym=True)[0]:
                raise CorpusError(f"{where}: '{syllable}' is not a reading of {char}")
        phrases[text] = [[syllable] for syllable in syllables]
    return phrases


@after_reload
def _apply_reading_overrides() -> None:
    """Put the phrases of the reading overrides file into pypinyin's phrase dictionary, in place of
    those put there before, and update pypinyin's word splitter to match."""
    phrases = load_reading_overrides()  # an invalid file changes nothing
    gone = [phrase for phrase, own in _replaced.items() if own is None and phrase not in phrases]
    for phrase, own in _replaced.items():
        if own is None:
            del PHRASES_DICT[phrase]
        else:
            PHRASES_DICT[phrase] = own
    _replaced.clear()
    _replaced.update({phrase: PHRASES_DICT.get(phrase) for phrase in phrases})
    PHRASES_DICT.update(phrases)
    if gone:
        # The splitter has no way to forget a word, and the prefixes of a word that is gone would
        # still change how it cuts other text: build it again from the dictionary, as pypinyin does.
        prefixes = mmseg.PrefixSet()
        prefixes.train(iter(PHRASES_DICT))
        mmseg.p_set, mmseg.seg = prefixes, mmseg.Seg(prefixes, no_non_phrases=True)
    else:
        mmseg.seg.train(iter(phrases))


def _style(style: str) -> Style:
    """pypinyin's style for a reading style name."""
    for name, pypinyin_style in STYLES.items():
        if name == style:
            return pypinyin_style
    raise CorpusError(f"unknown reading style '{style}'; valid styles: {', '.join(READING_STYLES)}")


def _zhuyin_order(reading: str) -> str:
    """A zhuyin syllable with the neutral-tone dot in front, as Taiwan writes it (pypinyin puts it
    last)."""
    return NEUTRAL_TONE + reading[:-1] if reading.endswith(NEUTRAL_TONE) else reading


def _no_readings(run: str) -> Any:
    """One NO_READING item per character of a run without readings, so items and characters line
    up (pypinyin accepts a list here, though its type stub says str)."""
    return [NO_READING] * len(run)


def char_readings(text: str, style: ReadingStyle) -> list[str | None]:
    """One reading per character of a text, from pypinyin with the curated phrase readings.

    Args:
        text: any text; pypinyin's phrase data is keyed on Simplified words (see readings_via).
        style: 'pinyin' (tone-marked, 'zhòng') or 'zhuyin' (neutral-tone dot first, '˙ㄉㄜ').

    Returns:
        A list as long as the text: each character's reading, or None for a character without
        one (punctuation, Latin letters, digits, spaces).

    Raises:
        CorpusError: an unknown style; the message lists the valid ones.
    """
    items = pinyin(text, style=_style(style), errors=_no_readings)
    if len(items) != len(text):
        raise RuntimeError(f"pypinyin gave {len(items)} readings for {len(text)} characters")
    readings = [None if item[0] == NO_READING else item[0] for item in items]
    return [
        _zhuyin_order(reading) if style == "zhuyin" and reading else reading for reading in readings
    ]


@data_cache
def _corresponds(traditional: str, simplified: str) -> bool:
    """Whether a Traditional and a Simplified character are the same character in the two scripts
    (by OpenCC's STCharacters.txt, or t2s)."""
    return (
        traditional == simplified
        or traditional in st_characters().get(simplified, ())
        or converter("t2s").convert(traditional) == simplified
    )


def readings_via(text: str, simplified: str, style: ReadingStyle) -> list[str | None]:
    """One reading per character of a Traditional text, read through its Simplified form.

    Where the two forms match character for character, a character takes the reading of its
    Simplified counterpart in context; where the conversion replaced the word (晶片 → 芯片) or the
    lengths differ, the Traditional text is read as written.

    Args:
        text: the Traditional text.
        simplified: its conversion to zh-Hans.
        style: 'pinyin' or 'zhuyin'.

    Returns:
        A list as long as text, as char_readings gives it.

    Raises:
        CorpusError: an unknown style.
    """
    direct = char_readings(text, style)
    if len(simplified) != len(text):
        return direct
    via = char_readings(simplified, style)
    return [
        other_reading if _corresponds(char, other) else own
        for char, other, other_reading, own in zip(text, simplified, via, direct, strict=True)
    ]


_apply_reading_overrides()
