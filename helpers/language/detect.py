"""Which script a text is written in, and whether its words show mainland or Taiwan usage.

Script: a character counts as Simplified-only when OpenCC's STCharacters maps it to other
characters only (头 → 頭), as Traditional-only when TSCharacters does (頭 → 头); characters written
alike in both (人, 口, 乾 of 乾坤) count for neither. Both kinds present: mixed; neither: either.

Usage: the words of OpenCC's TWPhrases table (mainland 軟件 ↔ Taiwan 軟體, in both scripts) and the
glossary's cross-strait pairs (芯片 ↔ 晶片), longest first and without overlaps. Words ordinary in
both regions do not count: a Taiwan word that OpenCC's reverse table keeps as it is (模擬), a word
both sides claim, and those of corpus/shared_usage_words.toml (執行, which the table pairs with
mainland 運行, is also the mainland's word for carrying out an order). A side decides when its
words are at least MIN_DISTINCT different words and occur more often than the other side's;
otherwise (one word, a tie, or none) nothing is decided, and the text's script gives its usage
(Detection.source).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import opencc

from helpers.core.caching import data_cache, read_only
from helpers.core.datafiles import read_toml, text_list
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.core.types import DetectedScript, Region, Script, Target
from helpers.language.opencc_tables import opencc_dictionary
from helpers.language.phrases import glossary_phrases

MIN_DISTINCT = 2
"""How many different words of one side it takes to decide a text's usage: one word never does."""
SHARED_WORDS_FILE = CORPUS_DIR / "shared_usage_words.toml"
HAN_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")


@data_cache
def shared_words() -> frozenset[str]:
    """Words, in Simplified characters, that OpenCC's TWPhrases pairs across the strait but that
    are ordinary in both regions' writing, so they show neither usage (the taiwan_side and
    mainland_side lists of corpus/shared_usage_words.toml).

    Raises:
        CorpusError: the file is missing or not TOML, a list is missing or empty, a word is not two
            or more Han characters, or the file has another key (file and key named).
    """
    data = read_toml(SHARED_WORDS_FILE)
    unknown = sorted(set(data) - {"taiwan_side", "mainland_side"})
    if unknown:
        raise CorpusError(f"{SHARED_WORDS_FILE}: unknown key '{unknown[0]}'")
    words: set[str] = set()
    for key in ("taiwan_side", "mainland_side"):
        problem = f"{SHARED_WORDS_FILE}: '{key}' must be a non-empty list of words"
        for word in text_list(data.get(key), problem):
            if not HAN_WORD.fullmatch(word):
                raise CorpusError(f"{SHARED_WORDS_FILE}: {key}: '{word}' is not a Chinese word")
            words.add(word)
    return frozenset(words)


@dataclass(frozen=True)
class Detection:
    """What detect_script found in a text.

    Attributes:
        script: Simplified, Traditional, mixed or either (module docstring).
        region: mainland or Taiwan where the words show it, else None.
        simplified: the Simplified-only characters, each once, in text order.
        traditional: the Traditional-only characters, each once, in text order.
        mainland_words: the mainland-usage words found, in text order (repeats kept).
        taiwan_words: the Taiwan-usage words found, in text order (repeats kept).
    """

    script: DetectedScript
    region: Region | None
    simplified: tuple[str, ...]
    traditional: tuple[str, ...]
    mainland_words: tuple[str, ...]
    taiwan_words: tuple[str, ...]

    def source(self, target: Target) -> tuple[Script, Region]:
        """The script and region to convert the text from, for a target.

        A mixed text goes into zh-Hans as Traditional and into a Traditional target as
        Simplified, so that the characters of the other script are the ones converted; a text
        written alike in both reads as Simplified. Without evidence, a Traditional text reads as
        Taiwan usage, a Simplified one as mainland usage.
        """
        traditional = self.script == "Traditional" or (
            self.script == "mixed" and target == "zh-Hans"
        )
        script: Script = "Traditional" if traditional else "Simplified"
        return script, self.region or ("Taiwan" if traditional else "mainland")

    def summary(self) -> str:
        """One line for a reader: 'Traditional, Taiwan usage (晶片, 本益比)'."""
        usage = f"{self.region} usage" if self.region else "usage not shown by the words"
        words = self.taiwan_words if self.region == "Taiwan" else self.mainland_words
        evidence = f" ({', '.join(dict.fromkeys(words))})" if self.region else ""
        script = "written alike in both scripts" if self.script == "either" else self.script
        return f"{script}, {usage}{evidence}"


@data_cache
def _only_in_own_script(table: str) -> frozenset[str]:
    """The keys of an OpenCC character table that are not among their own conversions."""
    return frozenset(key for key, values in opencc_dictionary(table).items() if key not in values)


@data_cache
def _usage_words() -> Mapping[str, Region]:
    """Each usage word and the side it shows, in both scripts; words claimed by both, words
    OpenCC's reverse table keeps as they are and shared_words() dropped."""
    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    kept = {
        taiwan
        for taiwan, values in opencc_dictionary("TWPhrasesRev.txt").items()
        if taiwan in values
    }
    pairs = [
        (mainland, values[0])
        for mainland, values in opencc_dictionary("TWPhrases.txt").items()
        if len(mainland) > 1 and values and mainland not in values
    ]
    pairs += [(e.phrase, e.conversion) for e in glossary_phrases() if e.target == "zh-TW"]
    sides: dict[str, set[Region]] = {}
    for mainland, taiwan in pairs:
        for word in (mainland, t2s.convert(mainland), s2t.convert(mainland)):
            sides.setdefault(word, set()).add("mainland")
        for word in (taiwan, t2s.convert(taiwan)):
            sides.setdefault(word, set()).add("Taiwan")
    ordinary = shared_words() | {t2s.convert(word) for word in kept}
    return read_only(
        {
            word: side.pop()
            for word, side in sides.items()
            if len(side) == 1 and t2s.convert(word) not in ordinary
        }
    )


@data_cache
def _usage_pattern() -> re.Pattern[str]:
    """The usage words as one pattern, longest first."""
    return re.compile("|".join(map(re.escape, sorted(_usage_words(), key=len, reverse=True))))


def detect_script(text: str) -> Detection:
    """The script and regional usage of a text (rules in the module docstring).

    Args:
        text: any text.

    Returns:
        The detection, with the characters and words that decided it.
    """
    simplified_only = _only_in_own_script("STCharacters.txt")
    traditional_only = _only_in_own_script("TSCharacters.txt")
    simplified = tuple(dict.fromkeys(c for c in text if c in simplified_only))
    traditional = tuple(dict.fromkeys(c for c in text if c in traditional_only))
    script: DetectedScript = (
        ("mixed" if traditional else "Simplified")
        if simplified
        else ("Traditional" if traditional else "either")
    )
    found = [match.group() for match in _usage_pattern().finditer(text)]
    words = _usage_words()
    mainland = tuple(word for word in found if words[word] == "mainland")
    taiwan = tuple(word for word in found if words[word] == "Taiwan")
    region: Region | None = None
    if len(mainland) > len(taiwan) and len(set(mainland)) >= MIN_DISTINCT:
        region = "mainland"
    elif len(taiwan) > len(mainland) and len(set(taiwan)) >= MIN_DISTINCT:
        region = "Taiwan"
    return Detection(script, region, simplified, traditional, mainland, taiwan)
