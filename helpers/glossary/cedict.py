"""CC-CEDICT as the look-up reads it: entries as a learner sees them, and reading counts.

The file and its index by headword are helpers.language.cedict_data's (re-exported here: Line,
cedict_lines, headwords).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pypinyin.contrib.tone_convert import to_tone

from helpers.core.caching import data_cache, read_only
from helpers.language.cedict_data import Line as Line
from helpers.language.cedict_data import cedict_index, word_readings_of_line
from helpers.language.cedict_data import cedict_lines as cedict_lines
from helpers.language.cedict_data import headwords as headwords
from helpers.language.cedict_data import traditional_word_count as traditional_word_count


@dataclass(frozen=True)
class Sense:
    """One CC-CEDICT entry.

    Attributes:
        traditional: the Traditional headword.
        simplified: the Simplified headword.
        pinyin: the reading with tone marks, syllables separated by spaces ("suàn lì"); capitals
            of proper names kept.
        english: the English senses in CC-CEDICT's order.
    """

    traditional: str
    simplified: str
    pinyin: str
    english: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        """The entry as a JSON-ready dict with the attribute names as keys, english as a list."""
        return {
            "traditional": self.traditional,
            "simplified": self.simplified,
            "pinyin": self.pinyin,
            "english": list(self.english),
        }


def to_sense(line: Line) -> Sense:
    """A CC-CEDICT line as shown to a learner, its pinyin with tone marks."""
    return Sense(line.traditional, line.simplified, _marked(line.numbered), line.english)


def _marked(numbered: tuple[str, ...]) -> str:
    """CC-CEDICT's numbered pinyin syllables ('suan4', 'lu:4') with tone marks; capitals kept."""
    return " ".join(
        to_tone(syllable.replace("u:", "ü").replace("U:", "Ü")) for syllable in numbered
    )


def cedict_senses(word: str) -> tuple[Sense, ...]:
    """The CC-CEDICT entries whose Simplified or Traditional headword is a word.

    Args:
        word: a headword in either script ("晶片", "数学").

    Returns:
        Its entries in CC-CEDICT's file order (one per reading and Traditional form); empty if
        CC-CEDICT lacks the word. helpers.glossary.senses.learner_senses ranks them.
    """
    return tuple(to_sense(line) for line in cedict_lines(word))


def word_readings(char: str) -> Mapping[str, int]:
    """How many CC-CEDICT words of two or more characters read a character each way.

    Names (entries whose pinyin is capitalised) are left out, so a reading used only in a surname
    or a transcribed foreign name does not count.

    Args:
        char: one Han character, Simplified or Traditional.

    Returns:
        Numbered pinyin, lower case ('zhang3', 'lu:4') → the number of words, in either headword
        form, with that reading of char; empty when CC-CEDICT has no such word.
    """
    return _reading_counts().get(char, read_only({}))


@data_cache
def _reading_counts() -> Mapping[str, Mapping[str, int]]:
    """word_readings for every character, counted in one pass over CC-CEDICT."""
    counts: defaultdict[str, dict[str, int]] = defaultdict(dict)
    lines = {line for joined in cedict_index().values() for line in joined.split("\n")}
    for line in lines:
        traditional, simplified = word_readings_of_line(line)
        for char, reading in traditional | simplified:
            counts[char][reading] = counts[char].get(reading, 0) + 1
    return read_only({char: read_only(found) for char, found in counts.items()})
