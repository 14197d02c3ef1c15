"""Grammar readings: the function-word and verb readings that part of speech and the neighbouring
words decide, for the polyphones g2pM reads wrong outside its training domain (CPP is Wikipedia
prose; 他跑得很快, 这个箱子很重, 请你给我倒一杯水 are not), and settle, which applies them after the
word readings of helpers.language.word_readings.

Structural particles: 得 de after a verb, děi after its subject; 地 de after an adverbial, dì after
a measure word; 着 zháo before 了 or after 不; 了 liǎo after 不 or the particle 得. Verbs and
measure words: 中 zhòng before 了; 只 zhī after a numeral; 重 zhòng and 长 cháng after a degree
adverb; 长 zhǎng before 得 or 高; 为 wèi as a preposition beside a pronoun; 率 lǜ ending a word
(回报率); 觉 jiào after a numeral or 睡; 当 dàng in a 把 clause; 种 zhòng 'plant'; 还 huán before a
pronoun; 给 gěi alone; 倒 dào 'pour'; 卷 juǎn 'roll up'; 数, 量, 称 as tried verbs. A character
inside a dictionary word is left alone, but for the few rules that hold whatever word jieba cuts
(_fixed_reading). Chosen on the tuning rows of corpus/polyphone_testset.tsv and the tuning part of
CPP dev (helpers.language.polyphone_score).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from helpers.language.word_readings import (
    SHORT,
    Word,
    dictionary_words,
    in_dictionary,
    tagged_words,
    word_reading,
)

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
CLAUSE_END = re.compile(r"[，,。！？!?；;：:、]")


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
