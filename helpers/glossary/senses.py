"""CC-CEDICT's entries for a word in the order a learner needs them, cross-references followed.

The ranking rule: a word's entries are sorted by kind, then by how common the reading is, then by
how productive the written form is, then by CC-CEDICT's file order:

1. kind: common entries first; then proper nouns (capitalised pinyin: surnames, place names,
   names, 加 [Jia1] "Canada; surname Jia"); then variant rows (the first sense is a cross-reference:
   "variant of X", "old variant of X", "see X", "see also X", "also written X"; 从 [cong2]
   "variant of 從", 袴子 "variant of 褲子"). (CC-CEDICT has no classifier-only rows, none whose
   every sense is "CL:…", so they need no kind of their own.)
2. for a one-character word, its usual reading first (usual_reading: pypinyin's reading of the
   character alone), so 还 hái "still" comes before huán "to pay back", 都 dōu "all" before dū
   "capital", 着 zhe before zhuó and zháo;
3. then, for a one-character word, the number of CC-CEDICT words (two or more characters, names
   left out) that hold the character as that entry's Traditional headword writes it, with that
   entry's reading, most first: this picks the Traditional form among entries of one reading,
   後 hou4 (326 words) before 后 hou4 "empress" (14), 臺 "platform" (118) before 檯 "desk" (22).
   For a longer Simplified word whose entries differ in their Traditional headword, the entry
   written as OpenCC converts the word comes first: its phrase tables hold the usual form, so
   台风 is 颱風 "typhoon" before 臺風 "stage presence".
4. CC-CEDICT's file order.

A variant row is followed one level: the entries it points to (the Traditional headword, and the
reading when the reference gives one) come right after it unless they are already listed; their
own cross-references are not followed, so a loop cannot arise. The Traditional form a learner
needs for a Simplified word is the Traditional headword of its first-ranked entry (裤子 → 褲子).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, get_args

from pypinyin import Style, pinyin

from helpers.core.caching import data_cache
from helpers.glossary.cedict import Line, Sense, cedict_lines, to_sense, traditional_word_count
from helpers.language.conversion import convert

REFERENCE = re.compile(
    r"^(?:[\w-]+ )*(?:variant of|see(?: also)?|also written) "
    r"(?P<traditional>[^\s|\[,;]+)(?:\|[^\s\[,;]+)?(?:\[(?P<reading>[^\]]+)\])?"
)
"""A sense pointing at another headword: 'variant of 從|从[cong2]', 'see 一樣|一样[yi1 yang4]'."""
Kind = Literal["common", "proper noun", "variant"]
"""The kinds of entry, in ranking order (see the module docstring)."""
KINDS: tuple[Kind, ...] = get_args(Kind)


def kind(line: Line) -> Kind:
    """Which of KINDS a CC-CEDICT line is (see the module docstring for the rule)."""
    if REFERENCE.match(line.english[0]):
        return "variant"
    if line.numbered[0][:1].isupper():
        return "proper noun"
    return "common"


def usual_reading(char: str) -> str:
    """A character's most common reading, numbered as CC-CEDICT writes it ("hai2", "le5", "lu:4").

    Source: pypinyin's reading of the character alone (the first of its readings in pinyin-data,
    which is built from Unicode's Unihan readings and hand corrections).
    """
    reading = pinyin(char, style=Style.TONE3, neutral_tone_with_five=True)[0][0]
    return reading.replace("v", "u:")


def _rank(line: Line, position: int, word: str) -> tuple[int, bool, int, int]:
    """The sort key of a word's line at a position in file order (see the module docstring)."""
    unusual, productive = False, 0
    if len(line.traditional) == 1 and len(line.numbered) == 1:
        reading = line.numbered[0].lower()
        unusual = reading != usual_reading(line.simplified)
        productive = traditional_word_count(line.traditional).get(reading, 0)
    elif line.simplified == word != line.traditional:
        unusual = line.traditional != opencc_traditional(word)
    return KINDS.index(kind(line)), unusual, -productive, position


@data_cache
def opencc_traditional(word: str) -> str:
    """A Simplified word in OpenCC's standard Traditional (zh-Hant), by the project's conversion."""
    return convert(word, "zh-Hant", "Simplified")


def _referenced(line: Line) -> Iterator[Line]:
    """The lines a variant row points at, in the order of its references."""
    for english in line.english:
        found = REFERENCE.match(english)
        if not found:
            continue
        reading = found["reading"]
        for target in cedict_lines(found["traditional"]):
            wanted = reading is None or " ".join(target.numbered) == reading
            if target.traditional == found["traditional"] and wanted:
                yield target


@data_cache
def ranked_lines(word: str) -> tuple[Line, ...]:
    """A word's CC-CEDICT lines ranked, each variant row followed by what it points at.

    Args:
        word: a headword in either script ("从", "裤子", "後").

    Returns:
        The word's lines in ranking order (module docstring), each variant row followed by the
        lines it references that are not listed already; empty if CC-CEDICT lacks the word.
    """
    own = cedict_lines(word)
    ranked = (
        sorted(own, key=lambda line: _rank(line, own.index(line), word)) if len(own) > 1 else own
    )
    shown: list[Line] = []
    for line in ranked:
        shown.append(line)
        if kind(line) == "variant":
            shown.extend(
                target
                for target in dict.fromkeys(_referenced(line))
                if target not in own and target not in shown
            )
    return tuple(shown)


def learner_senses(word: str) -> tuple[Sense, ...]:
    """A word's CC-CEDICT entries in the order a learner needs them (see the module docstring).

    Args:
        word: a headword in either script.

    Returns:
        Its entries ranked, with the entries its variant rows point at (their headwords differ
        from the word's: 甚麼 "see 什麼" is followed by 什麼's entry); empty if CC-CEDICT lacks
        the word.
    """
    return tuple(to_sense(line) for line in ranked_lines(word))


def traditional_form(word: str) -> str | None:
    """The Traditional form of a word a learner needs: that of its first-ranked CC-CEDICT entry.

    Args:
        word: a headword in either script ("裤子", "后", "褲子").

    Returns:
        The Traditional headword of the first-ranked entry whose Simplified headword is the word
        (裤子 → 褲子, not the variant 袴子; 后 → 後, not 后 "empress"); a word that is only a
        Traditional headword (褲子) as given; None if CC-CEDICT lacks the word.
    """
    lines = ranked_lines(word)
    simplified = [line for line in lines if line.simplified == word]
    if simplified:
        return simplified[0].traditional
    return word if any(line.traditional == word for line in lines) else None
