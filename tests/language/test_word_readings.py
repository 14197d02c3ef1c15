"""Tests for helpers.language.word_readings: word readings from CC-CEDICT and pypinyin's phrases,
and the grammar of function-word polyphones, on jieba's tagged words."""

import pytest

from helpers.language.grammar_readings import grammar_reading, settle
from helpers.language.pinyin_engine import mainland_syllables
from helpers.language.word_readings import (
    cedict_word_readings,
    dictionary_words,
    tagged_words,
    word_reading,
)


def test_cedict_readings_agree_across_entries_or_are_none():
    readings = cedict_word_readings()
    assert readings["了解"] == ("liao3", "jie3")  # CC-CEDICT: 了解 [liao3 jie3]
    assert "了" not in readings  # single characters are left to the model


def test_both_dictionaries_must_agree_in_a_long_sentence():
    # 过分 guò fèn in CC-CEDICT and pypinyin's phrases alike.
    assert word_reading("过分", 1, short=False, probability=1.0) == "fen4"
    # 理发店: CC-CEDICT only (li3 fa4 dian4); it wins in a short sentence or over an unsure model.
    assert word_reading("理发店", 1, short=True, probability=1.0) == "fa4"
    assert word_reading("理发店", 1, short=False, probability=0.5) == "fa4"
    assert word_reading("理发店", 1, short=False, probability=1.0) is None


# Each expected reading checked by hand (现代汉语词典).
GRAMMAR = [
    ("他跑得很快", 2, "de5"),  # complement particle after a verb
    ("你得早点回家", 1, "dei3"),  # modal after its subject
    ("他认真地听讲", 3, "de5"),  # adverbial particle
    ("这块地很肥", 2, "di4"),  # after a measure word: land
    ("他晚上睡不着", 5, "zhao2"),
    ("这个谜语我猜着了", 6, "zhao2"),
    ("门开着呢", 2, "zhe5"),
    ("我真受不了了", 4, "liao3"),
    ("我真受不了了", 5, "le5"),
    ("他中了彩票", 1, "zhong4"),  # hit (a prize)
    ("桌上有三只碗", 4, "zhi1"),
    ("这个箱子很重", 5, "zhong4"),
    ("小树长高了", 2, "zhang3"),
    ("他把手表拿去当了", 6, "dang4"),
    ("投资回报率很高", 4, "lv4"),  # -率 ending a word: rate
    ("他一觉睡到中午", 2, "jiao4"),  # a sleep
    ("昨晚我睡了一个好觉", 8, "jiao4"),
    ("我为你感到高兴", 1, "wei4"),  # the preposition 'for', beside a pronoun
    ("把东西藏在床底下", 3, "cang2"),  # hide
    ("我种了种子", 1, "zhong4"),  # plant; 种子 zhǒngzi is the seed
    ("把花种在院子里", 2, "zhong4"),  # plant (a 把 clause needs its verb), though 花种 is a word
    ("明天还你", 2, "huan2"),  # give back, before a pronoun
    ("请你给我倒一杯水", 2, "gei3"),  # 给 alone is gěi; jǐ only in words such as 供给
    ("请你给我倒一杯水", 4, "dao4"),  # pour
    ("他把报纸卷起来", 4, "juan3"),  # roll up
    ("他数了数人数", 3, "shu3"),  # the repeated verb: count
    ("他睡着了，我找不着钥匙，外面下着雨。", 8, "zhao2"),  # V不着: reach, in any sentence
    ("我们借的书要还他们", 6, "huan2"),
    ("我数一数", 1, "shu3"),  # count (the verb, tried)
    ("量一量", 2, "liang2"),  # measure
    ("他得了第一名", 2, "le5"),  # 得 dé 'obtain' after its subject: 了 is the particle
    ("这件事我做得了", 6, "liao3"),  # V得了: can
]


@pytest.mark.parametrize("sentence, index, reading", GRAMMAR)
def test_grammar_settles_function_words(sentence, index, reading):
    assert grammar_reading(sentence, index, tagged_words(sentence)) == reading
    assert mainland_syllables(sentence)[index] == reading


def test_grammar_leaves_dictionary_words_and_other_readings_alone():
    assert grammar_reading("我终于了解他", 4, tagged_words("我终于了解他")) is None
    assert mainland_syllables("他得了第一名")[1] == "de2"  # obtained: dé, not the modal
    assert mainland_syllables("这只是开始")[1] == "zhi3"  # only: no numeral before it
    assert mainland_syllables("这种在中国很常见")[1] == "zhong3"  # 这种: the measure word
    assert mainland_syllables("他比你还高")[3] == "hai2"  # 还 before an adjective: still, even
    assert mainland_syllables("那棵树倒了")[3] == "dao3"  # fell: no pouring after it
    assert mainland_syllables("考试的试卷很难")[4] == "juan4"  # the noun


def test_tagged_words_cover_the_sentence_in_order():
    words = tagged_words("他跑得很快")
    assert "".join(word for word, _, _ in words) == "他跑得很快"
    assert [start for _, _, start in words] == [0, 1, 2, 3]
    assert ("得", "ud", 2) in words


def test_settle_reads_only_the_polyphones_it_is_given():
    assert settle("他跑得很快", {}) == {}
    assert settle("他跑得很快", {2: 0.99}) == {2: "de5"}


def test_dictionary_words_join_and_split_jiebas_words():
    # jieba cuts 近地|轨道, which pypinyin's phrases have whole, and keeps 别着急 whole, which no
    # dictionary has; 着急 inside it is a dictionary word.
    assert ("近地轨道", 4) in dictionary_words(tagged_words("卫星进入近地轨道"))
    assert dictionary_words(tagged_words("别着急")) == [("着急", 1)]
    assert mainland_syllables("卫星进入近地轨道")[5] == "di4"
    assert mainland_syllables("别着急，慢慢来")[1] == "zhao2"


def test_grammar_keeps_the_copula_wei_and_the_verb_jue():
    # 原为, 分为: 'be, become' (wéi); 觉得: feel (jué), a dictionary word.
    assert mainland_syllables("此地原为一座寺庙")[3] == "wei2"
    assert mainland_syllables("这本书分为三章")[4] == "wei2"
    assert mainland_syllables("我觉得很累")[1] == "jue2"


def test_a_word_settles_a_syllable_the_dictionaries_write_in_different_tones():
    # 头发: CC-CEDICT tou2 fa5, pypinyin tóu fà; the model alone reads fā in this sentence.
    assert mainland_syllables("他的头发很长，不对，一样，垃圾。")[3] == "fa4"
