"""Pronunciation of every character of a text, in pinyin or zhuyin, in the mainland or Taiwan
standard, with citation tones or tone sandhi.

A text is read in steps, each in its own module: a Traditional text is turned into its Simplified
form with each character's identity settled (script_identity), the Simplified text gets mainland
numbered syllables (pinyin_engine), the Taiwan standard's readings replace them where asked
(taiwan_readings), tone sandhi is applied where asked, and each syllable is written in the style
asked for (tone_display).

pypinyin's phrase dictionary belongs to the whole process. Importing this module puts the phrases
of corpus/reading_overrides.toml into it, in place of pypinyin's own reading where it has one
(还款 hái kuǎn becomes huán kuǎn), and teaches pypinyin's word splitter the new phrases. From then
on every pypinyin call in the process, this module's or any other code's, reads those phrases the
curated way, whatever was called first. helpers.reload() applies the file again: a phrase it no
longer lists gets pypinyin's own entry back (or none, if pypinyin had none).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from pypinyin import Style, pinyin
from pypinyin.constants import PHRASES_DICT
from pypinyin.seg import mmseg

from helpers.core.caching import after_reload, data_cache
from helpers.core.datafiles import check_fields, table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.core.types import Region
from helpers.language.conversion import converter
from helpers.language.detect import detect_script
from helpers.language.opencc_tables import st_characters
from helpers.language.pinyin_engine import mainland_syllables
from helpers.language.script_identity import resolve_identities
from helpers.language.taiwan_readings import taiwan_syllables
from helpers.language.tone_display import apply_sandhi, citation_tones, render

READING_OVERRIDES_FILE = CORPUS_DIR / "reading_overrides.toml"
ReadingStyle = Literal["pinyin", "zhuyin"]
"""How a reading is written: tone-marked pinyin ('zhòng') or zhuyin ('ㄓㄨㄥˋ')."""
READING_STYLES: tuple[ReadingStyle, ...] = get_args(ReadingStyle)
Tones = Literal["citation", "sandhi"]
"""How tones are shown: each character's own (citation) tone, or tone sandhi applied (一, 不,
third-tone sandhi)."""
TONES: tuple[Tones, ...] = get_args(Tones)
REGIONS: tuple[Region, ...] = get_args(Region)

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


def _style(style: str) -> ReadingStyle:
    """A reading style name, checked."""
    for name in READING_STYLES:
        if name == style:
            return name
    raise CorpusError(f"unknown reading style '{style}'; valid styles: {', '.join(READING_STYLES)}")


def _simplified_form(text: str, simplified: str | None) -> str | None:
    """The Simplified text to read a text through, character for character, or None to read the
    text as written (the conversion changed its length)."""
    if simplified is None:
        if detect_script(text).script == "Simplified":
            return text
        simplified = converter("t2s").convert(text)
    if len(simplified) != len(text):
        return None
    return resolve_identities(text, simplified)


@data_cache
def _corresponds(traditional: str, simplified: str) -> bool:
    """Whether a Traditional and a Simplified character are the same character in the two scripts
    (by OpenCC's STCharacters.txt, or t2s)."""
    return (
        traditional == simplified
        or traditional in st_characters().get(simplified, ())
        or converter("t2s").convert(traditional) == simplified
    )


@data_cache
def _mainland(simplified: str) -> tuple[str | None, ...]:
    """The engine's mainland syllables of a Simplified text, computed once per text: the costly
    step, shared by every column read through the same Simplified form, both styles, both
    standards and both tone displays."""
    return tuple(mainland_syllables(simplified))


def _standard(simplified: str, region: Region, tones: Tones) -> list[str | None]:
    """The numbered syllables of a Simplified text in a standard and tone display."""
    syllables = list(_mainland(simplified))
    if region == "Taiwan":
        syllables = taiwan_syllables(simplified, syllables)
    if tones == "sandhi":
        return apply_sandhi(simplified, syllables)
    return citation_tones(simplified, syllables)


def syllables(
    text: str,
    simplified: str | None = None,
    *,
    region: Region = "mainland",
    tones: Tones = "citation",
) -> list[str | None]:
    """One numbered syllable per character of a text in either script.

    A Traditional text is read through its Simplified form, character for character, with each
    character's identity settled (意味著 is read as 意味着); a character the conversion replaced
    (晶片 → 芯片) keeps the reading of the character as written.

    Args:
        text: any text.
        simplified: its conversion to zh-Hans, if the caller has it; by default a text that is not
            plainly Simplified is converted with OpenCC's t2s.
        region: 'mainland' (Putonghua) or 'Taiwan' (the Ministry of Education's readings).
        tones: 'citation' (each character's own tone) or 'sandhi' (tones as spoken).

    Returns:
        A list as long as text: 'zhong4', 'de5', 'lv4' per character, None for a character
        without a reading (punctuation, Latin letters, digits, spaces).

    Raises:
        CorpusError: an unknown region or tones value.
    """
    if region not in REGIONS:
        raise CorpusError(f"unknown region '{region}'; valid regions: {', '.join(REGIONS)}")
    if tones not in TONES:
        raise CorpusError(f"unknown tones '{tones}'; valid: {', '.join(TONES)}")
    form = _simplified_form(text, simplified)
    if form is None:
        return _standard(text, region, tones)
    via = _standard(form, region, tones)
    if form == text:
        return via
    if all(_corresponds(char, other) for char, other in zip(text, form, strict=True)):
        return via
    direct = _standard(text, region, tones)
    return [
        other_reading if _corresponds(char, other) else own
        for char, other, other_reading, own in zip(text, form, via, direct, strict=True)
    ]


def char_readings(
    text: str,
    style: ReadingStyle,
    *,
    simplified: str | None = None,
    region: Region = "mainland",
    tones: Tones = "citation",
    numbers: bool = False,
) -> list[str | None]:
    """One reading per character of a text in either script, as a reader sees it.

    Readings are cached until helpers.reload() (the reading overrides are a data file): the
    engine's syllables per Simplified text, the readings per text and options, so a page read
    again costs a dictionary look-up and a second style or standard costs no engine call.

    Args:
        text, simplified, region, tones: as syllables takes them.
        style: 'pinyin' (tone-marked, 'zhòng') or 'zhuyin' (neutral-tone dot first, '˙ㄉㄜ').
        numbers: pinyin with tone numbers ('zhong4', 'de5') instead of tone marks.

    Returns:
        A new list as long as the text: each character's reading, or None for a character without
        one (punctuation, Latin letters, digits, spaces).

    Raises:
        CorpusError: an unknown style, region or tones value; the message lists the valid ones.
    """
    return list(_cached_readings(text, _style(style), simplified, region, tones, numbers))


@data_cache
def _cached_readings(
    text: str,
    style: ReadingStyle,
    simplified: str | None,
    region: Region,
    tones: Tones,
    numbers: bool,
) -> tuple[str | None, ...]:
    """char_readings, computed once per text and options."""
    return tuple(
        None if syllable is None else render(syllable, style, numbers)
        for syllable in syllables(text, simplified, region=region, tones=tones)
    )


def readings_via(
    text: str,
    simplified: str,
    style: ReadingStyle,
    *,
    region: Region = "mainland",
    tones: Tones = "citation",
) -> list[str | None]:
    """One reading per character of a Traditional text, read through its Simplified form
    (char_readings with simplified given).

    Args:
        text: the Traditional text.
        simplified: its conversion to zh-Hans.
        style: 'pinyin' or 'zhuyin'.
        region, tones: as syllables takes them.

    Returns:
        A list as long as text, as char_readings gives it.

    Raises:
        CorpusError: an unknown style, region or tones value.
    """
    return char_readings(text, style, simplified=simplified, region=region, tones=tones)


_apply_reading_overrides()
