"""My words: validation, one entry per word in either script, forms and readings, statuses, and
the share of a text's words the reader knows."""

import re

import pytest

from helpers.core.errors import CorpusError
from helpers.language.conversion import convert_document
from helpers.notes.tokens import known_share_of_text, word_tokens
from helpers.notes.words import (
    STATUS_LABELS,
    add_word,
    check_word,
    edit_word,
    known_share,
    known_words,
    list_words,
    remove_word,
    set_status,
)


@pytest.mark.parametrize(
    ("word", "message"),
    [
        ("", "empty word"),
        ("   ", "empty word"),
        ("chip", "not a Chinese word"),
        ("芯片2", "not a Chinese word"),
        ("芯 片", "not a Chinese word"),
        ("芯片。", "not a Chinese word"),
        ("·马斯克", "not a Chinese word"),
        ("马斯克·", "not a Chinese word"),
        ("芯" * 33, "at most 32 characters, not 33"),
    ],
)
def test_a_word_that_is_not_chinese_text_is_refused(word, message):
    with pytest.raises(CorpusError, match=message):
        check_word(word)


def test_a_name_keeps_its_middle_dot_in_any_of_the_usual_spellings():
    assert check_word(" 伊隆·马斯克 ") == "伊隆·马斯克"
    assert check_word("伊隆‧馬斯克") == "伊隆·馬斯克"  # Taiwan's hyphenation point U+2027
    assert check_word("芯" * 32) == "芯" * 32


def test_a_traditional_word_is_stored_under_its_simplified_form(home):
    # The project's Taiwan-to-Simplified conversion (tw2sp) replaces the Taiwan word 晶片 by the
    # mainland 芯片 (glossary entry "chip"); the pinyin reads 芯片 (芯 xīn, 片 piàn), the zhuyin
    # reads the zh-TW form 晶片 (晶 jīng ㄐㄧㄥ, 片 piàn ㄆㄧㄢˋ), as the glossary's taiwan_zhuyin.
    entry = add_word("晶片", gloss="chip")
    assert (entry.word, entry.simplified, entry.traditional) == ("芯片", "芯片", "晶片")
    assert (entry.pinyin, entry.zhuyin) == ("xīn piàn", "ㄐㄧㄥ ㄆㄧㄢˋ")
    assert (entry.status, entry.status_label, entry.gloss, entry.note) == ("1", "new", "chip", "")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", entry.created)
    assert entry.modified == entry.created
    assert not entry.in_glossary  # no glossary forms given
    assert (home / "notes.sqlite3").is_file()


def test_a_word_in_either_script_is_one_entry(home):
    add_word("數學")
    with pytest.raises(CorpusError, match="in your words already"):
        add_word("数学")
    (entry,) = list_words()
    # 數 shù ㄕㄨˋ, 學 xué ㄒㄩㄝˊ
    assert (entry.simplified, entry.traditional) == ("数学", "數學")
    assert (entry.pinyin, entry.zhuyin) == ("shù xué", "ㄕㄨˋ ㄒㄩㄝˊ")


def test_a_name_has_readings_for_its_characters_only(home):
    entry = add_word("伊隆·馬斯克")
    assert (entry.simplified, entry.traditional) == ("伊隆·马斯克", "伊隆·馬斯克")
    assert entry.pinyin == "yī lóng mǎ sī kè"  # 伊 yī, 隆 lóng, 马 mǎ, 斯 sī, 克 kè; · none


def test_in_glossary_comes_from_the_forms_the_caller_gives(home):
    assert add_word("晶片", glossary_forms={"晶片"}).in_glossary  # matched by its zh-TW form
    assert add_word("数学", glossary_forms={"芯片"}).in_glossary is False
    marked = {w.word: w.in_glossary for w in list_words(glossary_forms={"数学"})}
    assert marked == {"芯片": False, "数学": True}


def test_statuses_change_in_either_script_and_unknown_ones_are_refused(home):
    add_word("芯片", note="from 003")
    entry = set_status("晶片", "known")
    assert (entry.status, entry.status_label, entry.note) == ("known", "known", "from 003")
    with pytest.raises(CorpusError, match="unknown status 'learned'"):
        set_status("芯片", "learned")  # the label, not the status
    with pytest.raises(CorpusError, match="unknown status '5'"):
        add_word("火箭", status="5")
    with pytest.raises(CorpusError, match="火箭 is not in your words"):
        set_status("火箭", "2")
    assert list(STATUS_LABELS.values()) == [
        "new",
        "recognised",
        "familiar",
        "learned",
        "known",
        "ignored",
    ]


def test_editing_a_gloss_keeps_the_note_and_removing_forgets_the_word(home):
    add_word("火箭", gloss="rocket", note="SpaceX")
    edited = edit_word("火箭", gloss="a rocket")
    assert (edited.gloss, edited.note) == ("a rocket", "SpaceX")
    remove_word("火箭")
    assert list_words() == ()
    with pytest.raises(CorpusError, match="not in your words"):
        remove_word("火箭")


def test_list_by_status_and_the_known_words(home):
    for word, status in [("火箭", "1"), ("芯片", "4"), ("数学", "known"), ("的", "ignored")]:
        add_word(word, status=status)
    assert [w.word for w in list_words()] == ["数学", "火箭", "的", "芯片"]  # same second: by word
    assert [w.word for w in list_words("4")] == ["芯片"]
    assert known_words() == {"芯片", "数学"}


def test_word_tokens_are_the_simplified_words_with_han_characters():
    # jieba's dictionary cuts 我们/的/芯片/很/好/，/芯片/也好/。/Musk/ /说; 晶片 is taken to 芯片.
    text = "我们的芯片很好，晶片也好。Musk 说"
    assert word_tokens(text) == ("我们", "的", "芯片", "很", "好", "芯片", "也好", "说")


def test_the_known_share_of_a_text_by_hand():
    text = "我们的芯片很好，晶片也好。"
    # 7 tokens (see above), 的 ignored leaves 6: 芯片 twice and 很 known, 3 of 6.
    assert known_share_of_text(text, {"芯片", "很"}, ignored={"的"}) == 0.5
    assert known_share_of_text(text, {"芯片", "很"}) == 3 / 7
    assert known_share_of_text("Musk, 2025.", {"芯片"}) == 0.0  # no word tokens


def test_the_known_share_of_a_real_document_roughly(home):
    assert known_share("003") == 0.0
    add_word("的", status="known")
    text = convert_document("003", "zh-Hans")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    particles = text.count("的")
    # Nearly every 的 is a word of its own (90% at least), and there are at most as many words as
    # Han characters and at least a quarter as many: the share lies between those bounds.
    assert 0.9 * particles / han <= known_share("003") <= 4 * particles / han
    set_status("的", "ignored")
    assert known_share("003") == 0.0


def test_an_unknown_document_is_a_clear_error(home):
    with pytest.raises(CorpusError, match="unknown document '999'"):
        known_share("999")
