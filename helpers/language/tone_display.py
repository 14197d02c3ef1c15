"""How a numbered syllable is shown: tone-marked pinyin, tone numbers or zhuyin, with citation tones
or with tone sandhi (一, 不, third-tone sandhi) applied.

pypinyin ships tone sandhi (pypinyin.contrib.tone_sandhi.ToneSandhiMixin), but it works on
pypinyin's own converter output, not on numbered syllables from another engine, and it lacks what a
learner needs: it leaves 一定 as yīdìng (its rule looks for a 4 in yī), reads 第一 and 一九九〇 with
yì, and applies third-tone sandhi to whole pypinyin words only. The rules are therefore here, on
numbered syllables; jieba's words (word_readings.tagged_words) give the word boundaries.
"""

from __future__ import annotations

from itertools import pairwise

from pypinyin import Style
from pypinyin.contrib.tone_convert import to_tone
from pypinyin.style import convert

from helpers.language.word_readings import tagged_words

NEUTRAL_TONE = "˙"
CITATION = {"一": "1", "不": "4"}
"""The citation tone of the two characters whose tone sandhi dictionaries write (yī, bù)."""
DIGITS = frozenset("〇零一二三四五六七八九0123456789０１２３４５６７８９")
"""Characters after which, or before which, 一 is read as a digit (十一, 一九九〇)."""
COUNTING = DIGITS | frozenset("十百千万亿第周期月")
"""Characters after which 一 is a number, an ordinal or a date (十一, 第一, 星期一, 五月一日)."""
WORD_FINAL = frozenset("统唯之逐专单")
"""Characters after which 一 ends a word and keeps yī (统一, 唯一, 之一, 逐一, 专一, 单一), where
the word splitter may cut otherwise (统一了 as 统 / 一了)."""


def _tone(syllable: str | None) -> str:
    """A numbered syllable's tone digit ('' for None)."""
    return syllable[-1] if syllable else ""


def _with_tone(syllable: str, tone: str) -> str:
    """A numbered syllable with another tone."""
    return syllable[:-1] + tone


def citation_tones(simplified: str, syllables: list[str | None]) -> list[str | None]:
    """Numbered syllables with 一 and 不 in their own tones (yī, bù).

    pypinyin's phrase dictionary, like Chinese dictionaries, writes these two with their sandhi
    tone inside words (一定 yídìng, 不是 búshì); citation tones undo that. A neutral tone (看一看,
    是不是) is kept.

    Args:
        simplified: the text in Simplified characters.
        syllables: its numbered syllables, one per character.

    Returns:
        A new list as long as syllables.
    """
    return [
        _with_tone(syllable, CITATION[char])
        if char in CITATION and syllable and _tone(syllable) != "5"
        else syllable
        for char, syllable in zip(simplified, syllables, strict=True)
    ]


def _words(simplified: str) -> list[tuple[int, int]]:
    """(start, end) of each word of a text, as jieba cuts it (word_readings.tagged_words)."""
    return [(start, start + len(word)) for word, _, start in tagged_words(simplified)]


def _prosodic_words(simplified: str, syllables: list[str | None]) -> list[list[int]]:
    """The character positions of each prosodic word: a run of one-character words (我很好), or a
    word of two or more characters with the one one-character word after it (保管好), but not with
    a run of them (展览馆|很好 is two); a character without a syllable ends one, and each digit of
    a number read digit by digit (一九九〇) is one."""
    words = list(_words(simplified))
    groups: list[list[int]] = []
    joinable = after_word = False
    for number, (start, end) in enumerate(words):
        following = words[number + 1] if number + 1 < len(words) else None
        single_next = following is not None and following[1] - following[0] == 1
        run_follows = end - start == 1 and single_next
        for index in range(start, end):
            neighbours = simplified[index - 1 : index], simplified[index + 1 : index + 2]
            digit = simplified[index] in DIGITS and any(char in DIGITS for char in neighbours)
            if syllables[index] is None or digit:
                joinable = after_word = False
                if digit:
                    groups.append([index])
                continue
            if index == start and end - start > 1:
                groups.append([])
                after_word = True
            elif not joinable or (after_word and run_follows):
                groups.append([])
                after_word = False
            elif end - start == 1:
                after_word = False
            groups[-1].append(index)
            joinable = True
    return groups


def _third_tone(simplified: str, syllables: list[str | None]) -> None:
    """Within each prosodic word, every third tone followed by a third tone becomes second
    (展览馆 zhánlánguǎn, 我很好 wóhénhǎo), in place."""
    for group in _prosodic_words(simplified, syllables):
        for here, after in pairwise(group):
            now, following = syllables[here], syllables[after]
            if now and _tone(now) == "3" and _tone(following) == "3":
                syllables[here] = _with_tone(now, "2")


def _yi_is_number(simplified: str, index: int, word_end: bool) -> bool:
    """Whether the 一 at index is read yī whatever follows: a number, an ordinal or a date, the end
    of a word (统一, 之一) or the end of a phrase."""
    before = simplified[index - 1] if index else ""
    after = simplified[index + 1] if index + 1 < len(simplified) else ""
    return word_end or before in COUNTING | WORD_FINAL or after in DIGITS or after == "月"


def apply_sandhi(simplified: str, syllables: list[str | None]) -> list[str | None]:
    """Numbered syllables with tone sandhi applied, as they are spoken.

    Rules (Standard Chinese, as textbooks teach them):
    - 一 is yí before a fourth tone (一定 yídìng), yì before a first, second or third tone
      (一天 yìtiān), and stays yī as a number, ordinal or date (十一, 第一, 一九九〇, 一月, 星期一),
      at the end of a word (统一, 之一) or of a phrase, and before a neutral tone (唯一的);
      between a repeated verb it is neutral (看一看 kàn yi kàn).
    - 不 is bú before a fourth tone (不是 búshì), and neutral between a repeated word (是不是).
    - Third tones: within a prosodic word (see _prosodic_words), every third tone followed by a
      third tone becomes second, so a run of n becomes n-1 second tones and a last third
      (你好 níhǎo, 展览馆 zhánlánguǎn, 我很好 wóhénhǎo); no sandhi across prosodic words.
    The tones 一 and 不 are judged by are the citation tones of the next character.

    Args:
        simplified: the text in Simplified characters.
        syllables: its numbered syllables, one per character (citation tones, or as the engine
            gives them: 一 and 不 are first put back in citation tones).

    Returns:
        A new list as long as syllables; only tone digits differ from citation_tones' list.
    """
    cited = citation_tones(simplified, syllables)
    spoken = list(cited)
    _third_tone(simplified, spoken)
    ends = {end - 1 for start, end in _words(simplified) if end - start > 1}
    for index, char in enumerate(simplified):
        own = cited[index]
        if char not in CITATION or own is None or _tone(own) == "5":
            continue
        following = cited[index + 1] if index + 1 < len(cited) else None
        before = simplified[index - 1] if index else ""
        if before and before == simplified[index + 1 : index + 2] and cited[index - 1]:
            spoken[index] = _with_tone(own, "5")
        elif following is None:
            continue
        elif char == "不" or (
            not _yi_is_number(simplified, index, index in ends) and _tone(following) != "5"
        ):
            spoken[index] = _with_tone(own, "2" if _tone(following) == "4" else "4")
    return spoken


def render(syllable: str, style: str, numbers: bool) -> str:
    """One numbered syllable as a reader sees it.

    Args:
        syllable: 'zhong4', 'de5', 'lv4'.
        style: 'pinyin' or 'zhuyin'.
        numbers: pinyin with tone numbers ('zhong4') instead of tone marks ('zhòng'); zhuyin
            ignores it.

    Returns:
        'zhòng' / 'zhong4' / 'ㄓㄨㄥˋ'; 'lv4' gives 'lǜ' / 'ㄌㄩˋ'; zhuyin writes the neutral
        tone's dot first ('˙ㄉㄜ'), pinyin writes no mark for it ('de').
    """
    if style == "pinyin":
        return syllable if numbers else to_tone(syllable)
    zhuyin = convert(to_tone(syllable), Style.BOPOMOFO, strict=True)
    return NEUTRAL_TONE + zhuyin[:-1] if zhuyin.endswith(NEUTRAL_TONE) else zhuyin
