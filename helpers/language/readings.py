"""Pronunciation of every character of a text, in pinyin or zhuyin, in the mainland or Taiwan
standard, with citation tones or tone sandhi.

A text is read in steps, each in its own module: a Traditional text is turned into its Simplified
form with each character's identity settled (script_identity), the Simplified text gets mainland
numbered syllables (pinyin_engine), the Taiwan standard's readings replace them where asked
(taiwan_readings), tone sandhi is applied where asked, and each syllable is written in the style
asked for (tone_display).

Importing this module (through pinyin_engine) puts the curated phrases of
corpus/reading_overrides.toml into pypinyin's process-wide phrase dictionary; see pinyin_engine.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from helpers.core.caching import data_cache
from helpers.core.errors import CorpusError
from helpers.core.types import READING_STYLES, REGIONS, TONES, ReadingStyle, Region, Tones
from helpers.language.conversion import converter
from helpers.language.detect import detect_script
from helpers.language.opencc_tables import st_characters
from helpers.language.reading_cache import cached, mainland_cached, readings_fingerprint
from helpers.language.script_identity import identities, resolve_identities, written_syllables
from helpers.language.taiwan_readings import taiwan_syllables
from helpers.language.tone_display import apply_sandhi, citation_tones, render


def _style(style: str) -> ReadingStyle:
    """A reading style name, checked."""
    for name in READING_STYLES:
        if name == style:
            return name
    raise CorpusError(f"unknown reading style '{style}'; valid styles: {', '.join(READING_STYLES)}")


def _simplified_form(text: str, simplified: str | None) -> str | None:
    """The Simplified text to read a text through, character for character, or None to read the
    text as written (the conversion changed its length). A text given as its own Simplified form
    is read by its script: Simplified text as written (什么 is not the Traditional 什么 shí yāo)."""
    if simplified is None or simplified == text:
        if detect_script(text).script == "Simplified":
            return text
        simplified = converter("t2s").convert(text)
    if len(simplified) != len(text):
        return None
    return resolve_identities(text, simplified)


@data_cache
def _corresponds(traditional: str, simplified: str) -> bool:
    """Whether a Traditional and a Simplified character are the same character in the two scripts
    (by OpenCC's STCharacters.txt, t2s, or script_identity.identities)."""
    return (
        traditional == simplified
        or simplified in identities(traditional)
        or traditional in st_characters().get(simplified, ())
        or converter("t2s").convert(traditional) == simplified
    )


def _mainland(simplified: str) -> tuple[str | None, ...]:
    """The engine's mainland syllables of a Simplified text, computed once per text and kept
    across processes (helpers.language.reading_cache): the costly step, shared by every column
    read through the same Simplified form, both styles, both standards and both tone displays."""
    return mainland_cached([simplified])[0]


def prepare_readings(items: Iterable[tuple[str, str | None, Region, Tones]]) -> None:
    """Compute at once the readings of texts about to be read (a page's sentences): those neither
    read before in this process nor in the readings cache go through the engine together, several
    times faster than one by one.

    Args:
        items: (text, simplified, region, tones), as syllables takes them.
    """
    cached("readings", [_key(*item) for item in items], _computed, readings_fingerprint)


def _key(text: str, simplified: str | None, region: str, tones: str) -> str:
    """The readings cache's key of a text read one way."""
    return json.dumps([text, simplified, region, tones], ensure_ascii=False)


def _computed(keys: Sequence[str]) -> list[list[str | None]]:
    """The syllables of texts read as their keys say, the engine's part for all of them at once."""
    items = [json.loads(key) for key in keys]
    forms = [_simplified_form(text, simplified) for text, simplified, _, _ in items]
    mainland_cached([form or text for form, (text, *_) in zip(forms, items, strict=True)])
    return [
        _read(text, form, region, tones)
        for form, (text, _, region, tones) in zip(forms, items, strict=True)
    ]


def _standard(
    simplified: str, region: Region, tones: Tones, written: str | None = None
) -> list[str | None]:
    """The numbered syllables of a Simplified text in a standard and tone display; written: the
    Traditional text it is the form of, whose characters' own readings are kept."""
    syllables = list(_mainland(simplified))
    if written is not None:
        syllables = written_syllables(written, simplified, syllables)
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
    key = _key(text, simplified, region, tones)
    return list(cached("readings", [key], _computed, readings_fingerprint)[0])


def _read(text: str, form: str | None, region: Region, tones: Tones) -> list[str | None]:
    """syllables, computed; form: the text's _simplified_form."""
    if form is None:
        return _standard(text, region, tones)
    via = _standard(form, region, tones, None if form == text else text)
    if form == text:
        return via
    # A character the conversion replaced (晶片 → 芯片), or whose Simplified form has no reading
    # (鳽 → 𫛚, outside pypinyin's data), is read as written.
    keep = [
        _corresponds(char, other) and (reading is not None or char == other)
        for char, other, reading in zip(text, form, via, strict=True)
    ]
    if all(keep):
        return via
    direct = _standard(text, region, tones)
    return [
        other_reading if kept else own
        for kept, other_reading, own in zip(keep, via, direct, strict=True)
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
        CorpusError: an unknown style, region or tones value (the message lists the valid ones), or
            tone numbers asked for zhuyin.
    """
    if numbers and style == "zhuyin":
        raise CorpusError("tone numbers are for pinyin; zhuyin writes its tone marks")
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
