"""Mainland readings of a Simplified text as numbered syllables, before regional readings and tone
display: the curated phrases of corpus/reading_overrides.toml, g2pM's polyphone model, pypinyin
with its phrase dictionary, and the word readings and grammar of helpers.language.word_readings.

A numbered syllable is pypinyin's TONE3 form with 5 for the neutral tone and v for ü: 'zhong4',
'de5', 'lv4'.

pypinyin's phrase dictionary belongs to the whole process. Importing this module puts the phrases
of corpus/reading_overrides.toml into it, in place of pypinyin's own reading where it has one
(还款 hái kuǎn becomes huán kuǎn), and teaches pypinyin's word splitter the new phrases. From then
on every pypinyin call in the process, this module's or any other code's, reads those phrases the
curated way, whatever was called first. helpers.reload() applies the file again: a phrase it no
longer lists gets pypinyin's own entry back (or none, if pypinyin had none).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pypinyin import Style, pinyin
from pypinyin.constants import PHRASES_DICT
from pypinyin.seg import mmseg
from pypinyin.seg.simpleseg import seg

from helpers.core.caching import after_reload, data_cache
from helpers.core.datafiles import check_fields, table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.language.grammar_readings import settle
from helpers.language.polyphone_model import Prediction, polyphone_readings, sentences_of

READING_OVERRIDES_FILE = CORPUS_DIR / "reading_overrides.toml"
NO_READING = "\x00"
TRUST_MODEL = 0.999
"""g2pM's probability from which its reading wins over a pypinyin phrase covering the character
(chosen on the tuning part of CPP dev: helpers.language.polyphone_score)."""

_replaced: dict[str, list[list[str]] | None] = {}
"""pypinyin's own entry for each phrase the overrides put in its dictionary (None: it had none);
its keys are the curated phrases in force."""


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
            not know as a reading of its character, in a tone or toneless (a neutral tone; file
            and row named).
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
            known = pinyin(char, style=Style.TONE, heteronym=True)[0]
            toneless = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
            if syllable not in known and syllable not in toneless:  # toneless: a neutral tone
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


def _no_readings(run: str) -> Any:
    """One NO_READING item per character of a run without readings, so items and characters line
    up (pypinyin accepts a list here, though its type stub says str)."""
    return [NO_READING] * len(run)


def pypinyin_syllables(text: str) -> list[str | None]:
    """pypinyin's numbered syllable for each character of a text (its phrase dictionary, with the
    curated phrases, then each character's most common reading); None for no reading.

    Raises:
        RuntimeError: pypinyin gave a list of another length than the text.
    """
    items = pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors=_no_readings)
    if len(items) != len(text):
        raise RuntimeError(f"pypinyin gave {len(items)} readings for {len(text)} characters")
    # neutral_tone_with_five writes NO_READING as "\x005"
    return [None if item[0].startswith(NO_READING) else item[0] for item in items]


def _phrase_cover(text: str) -> tuple[set[int], set[int]]:
    """The positions pypinyin reads from a multi-character phrase of its dictionary, and those it
    reads from a curated phrase, as its word splitter cuts the text."""
    covered: set[int] = set()
    curated: set[int] = set()
    start = 0
    for word in seg(text):
        if len(word) > 1 and word in PHRASES_DICT:
            covered.update(range(start, start + len(word)))
            if word in _replaced:
                curated.update(range(start, start + len(word)))
        start += len(word)
    return covered, curated


@data_cache
def _known(char: str, syllable: str) -> bool:
    """Whether pypinyin knows a numbered syllable as a reading of a character (g2pM's table has a
    few readings no dictionary gives, such as 檵 pān)."""
    readings = pinyin(char, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0]
    return syllable in readings or syllable.endswith("5")


def _combine(text: str, predictions: dict[int, Prediction], trust: float) -> list[str | None]:
    """pypinyin's syllables of a text with g2pM's readings of its polyphones put in where they
    win (see mainland_syllables)."""
    syllables = pypinyin_syllables(text)
    covered, curated = _phrase_cover(text)
    for index, (syllable, probability) in predictions.items():
        if syllables[index] is None or index in curated or not _known(text[index], syllable):
            continue
        if index not in covered or probability >= trust:
            syllables[index] = syllable
    start = 0
    for sentence in sentences_of(text):
        found = {
            index - start: predictions[index].probability
            for index in range(start, start + len(sentence))
            if index in predictions and syllables[index] is not None and index not in curated
        }
        for index, syllable in settle(sentence, found).items():
            syllables[start + index] = syllable
        start += len(sentence)
    return syllables


def mainland_syllables_of(
    texts: Sequence[str], *, trust: float = TRUST_MODEL
) -> list[list[str | None]]:
    """mainland_syllables of several texts, their sentences run through the model together (a
    reader page's sentences at once are several times faster than one by one).

    Args:
        texts: texts in Simplified characters.
        trust: the model's probability from which its reading wins over a pypinyin phrase (the
            default, TRUST_MODEL, is the engine's; others are for choosing it).

    Returns:
        One list per text, as mainland_syllables gives it.

    Raises:
        RuntimeError: pypinyin gave a list of another length than a text.
    """
    return [
        _combine(text, found, trust)
        for text, found in zip(texts, polyphone_readings(texts), strict=True)
    ]


def mainland_syllables(simplified: str) -> list[str | None]:
    """One numbered mainland syllable per character of a Simplified text.

    A phrase of corpus/reading_overrides.toml always gives its curated reading. Otherwise a
    character g2pM treats as polyphonic gets the model's reading in its sentence, unless pypinyin
    reads it from a multi-character phrase of its dictionary and the model's probability is below
    TRUST_MODEL; the grammar of two function words follows (地 de after a reduplicated word,
    the modal 得 děi after a pronoun). Last, the readings that the sentence's words (CC-CEDICT and
    pypinyin's phrases) and grammar settle replace the model's (helpers.language.word_readings).
    Every other character gets pypinyin's reading.

    Args:
        simplified: any text in Simplified characters (long texts are cut into sentences).

    Returns:
        A list as long as the text: 'zhong4', 'de5', 'lv4' per character, None for a character
        without a reading (punctuation, Latin letters, digits, spaces).

    Raises:
        RuntimeError: pypinyin gave a list of another length than the text.
    """
    return mainland_syllables_of([simplified])[0]


_apply_reading_overrides()
