"""helpers.glossary.lookup: sentences segmented by jieba and their words found in CC-CEDICT."""

import json

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers
from helpers.core.errors import CorpusError
from helpers.glossary import cedict as cedict_module
from helpers.glossary.lookup import Sense, cedict_senses, lookup, lookup_table, word_readings

SENTENCE = "需要的不是概念,而是晶片"


def test_lookup_segments_and_glosses_a_sentence():
    rows = lookup(SENTENCE)
    # Segmented by hand: 需要 / 的 / 不是 / 概念 / , / 而是 / 晶片; only 晶片 is a glossary form
    # (chip's Taiwan form).
    assert [row["word"] for row in rows] == ["需要", "的", "不是", "概念", ",", "而是", "晶片"]
    assert [row["glossary"] for row in rows] == [None] * 6 + ["chip"]
    # The CC-CEDICT line: 晶片 晶片 [jing1 pian4] /(Tw) (computing) chip; wafer/
    assert rows[-1]["cedict"] == [
        {
            "traditional": "晶片",
            "simplified": "晶片",
            "pinyin": "jīng piàn",
            "english": ["(Tw) (computing) chip; wafer"],
        }
    ]
    assert rows[4]["cedict"] == []


def test_a_traditional_sentence_keeps_its_words_as_written():
    words = {row["word"]: row for row in lookup("推理效率的數學天平傾向於TPU這樣的專用晶片")}
    # 數學 数学 [shu4 xue2] /mathematics/mathematical/
    assert words["數學"]["simplified"] == "数学"
    assert words["數學"]["traditional"] == "數學"
    assert words["數學"]["cedict"][0]["english"] == ["mathematics", "mathematical"]
    assert words["推理"]["glossary"] == "inference"
    assert lookup("算力和能源")[0]["word"] == "算力"


def test_cedict_senses_by_either_headword():
    # 東西 东西 [dong1 xi1] /east and west/ and 東西 东西 [dong1 xi5] /thing/stuff/person/CL:…/
    both = cedict_senses("东西")
    assert both == cedict_senses("東西")
    assert [(sense.pinyin, sense.english[0]) for sense in both] == [
        ("dōng xī", "east and west"),
        ("dōng xi", "thing"),
    ]
    # 率 率 [lu:4] /rate/frequency/ (u: is ü); 台積電 台积电 [Tai2 ji1 dian4] keeps its capital.
    assert cedict_senses("率")[0] == Sense("率", "率", "lǜ", ("rate", "frequency"))
    assert cedict_senses("台积电")[0].pinyin == "Tái jī diàn"
    assert cedict_senses("晶片晶片") == ()


def test_only_the_entries_looked_up_are_parsed(monkeypatch):
    calls = []
    marked = cedict_module._marked
    monkeypatch.setattr(
        cedict_module, "_marked", lambda pinyin: calls.append(pinyin) or marked(pinyin)
    )
    # 綠 绿 [lu:4] /green/…/ is CC-CEDICT's one entry for 綠, and no other test looks it up.
    assert [sense.pinyin for sense in cedict_senses("綠")] == ["lǜ"]
    assert calls == [("lu:4",)]


def test_lookup_table():
    table = lookup_table(SENTENCE, entries=2, senses=1)
    assert list(table.columns) == ["word", "traditional", "glossary", "CC-CEDICT"]
    # 的 has four CC-CEDICT entries; the first two ranked (de, its usual reading; then dì, in 19
    # words such as 目的, before dī in 7), with their first sense each.
    assert table.loc[1].to_dict() == {
        "word": "的",
        "traditional": "的",
        "glossary": "",
        "CC-CEDICT": "de: of; ~'s (possessive particle) | dì: (bound form) bull's-eye; target",
    }
    assert table.loc[6, "glossary"] == "chip"


@pytest.mark.parametrize("sentence", ["", " ", "\u3000\n"])
def test_an_empty_sentence_is_refused(sentence):
    with pytest.raises(CorpusError, match="empty look-up"):
        lookup(sentence)
    with pytest.raises(CorpusError, match="empty look-up"):
        lookup_table(sentence)


def test_lookup_table_refuses_no_entries_or_senses():
    with pytest.raises(CorpusError, match="at least 1"):
        lookup_table(SENTENCE, entries=0)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="需要的不是概念而是晶片數學算力能源和 ,。AI", min_size=1))
def test_the_words_are_the_sentence_without_its_whitespace(sentence):
    if sentence.strip():
        words = [row["word"] for row in lookup(sentence)]
        assert "".join(words) == "".join(sentence.split())


def test_reload_rebuilds_the_tokenizer_without_loading_jiebas_dictionary_again(monkeypatch):
    lookup("晶片")

    def load(*args: object) -> None:
        raise AssertionError("jieba loaded its dictionary a second time")

    monkeypatch.setattr(jieba.Tokenizer, "initialize", load)
    helpers.reload()
    assert [row["word"] for row in lookup(SENTENCE)][-1] == "晶片"


def test_word_readings_count_each_reading_of_a_character():
    # zcat cedict | grep: 还好 [hai2 hao3], 还是 [hai2 shi5], 还手 [huan2 shou3], 还债 …
    readings = word_readings("还")
    assert readings["hai2"] >= 5 and readings["huan2"] >= 5
    assert readings == word_readings("還")  # either headword form
    # every lower-case (non-name) word holding 斯 reads it si1 (grep above: none without si1)
    assert set(word_readings("斯")) == {"si1"}


def test_lookup_ranks_senses_and_gives_the_traditional_form_a_learner_needs():
    rows = {row["word"]: row for row in lookup("这条裤子太长了")}
    # 褲子 裤子 [ku4 zi5] /trousers/pants/ before the variant row 袴子
    assert rows["裤子"]["traditional"] == "褲子"
    assert rows["裤子"]["cedict"][0]["english"] == ["trousers", "pants", "CL:條|条[tiao2]"]
    assert [sense["traditional"] for sense in rows["裤子"]["cedict"]] == ["褲子", "袴子"]
    # 太长 is no CC-CEDICT word, so 太 / 长; both of 长's entries are written 長
    assert rows["长"]["traditional"] == "長"


def test_the_command_line_look_up(cli):
    result = cli("glossary", "--lookup", "我们的确实在努力")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    # cut by hand: 我们 / 的 / 确实 / 在 / 努力; 確實 is 确实's Traditional headword
    assert [row["word"] for row in rows] == ["我们", "的", "确实", "在", "努力"]
    assert rows[2]["traditional"] == "確實"
    assert rows[2]["cedict"][0]["english"][0] == "indeed"
