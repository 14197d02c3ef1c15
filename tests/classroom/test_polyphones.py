"""Reading exercises: a polyphone's curated reading in its sentence, typed in pinyin or zhuyin.

Hand-checked values: 长 in 长寿 (longevity) is cháng, not zhǎng (glossary entry longevity; sentence
003:p152.s1 '…聊健康和长寿。', 长 its 60th character, offset 59); 差 in 貧富差距 is ㄔㄚ, first tone
(glossary entry wealth-gap; 000:p64.s0 '此時的貧富差距…', offset 5), asked in zhuyin since 000 is a
Taiwan text. 斯 (in 馬斯克) is never asked: CC-CEDICT reads it sī in every word but names.
"""

from dataclasses import replace

import pytest

from helpers.classroom import polyphones
from helpers.classroom.model import Exercise
from helpers.classroom.registry import check, exercise, exercises

DOCS = ("000", "001", "002", "003", "004")
READINGS = [ex for doc in DOCS for ex in exercises(doc) if ex.kind == "reading"]
PINYIN_TONE_MARKS = {1: "\u0304", 2: "\u0301", 3: "\u030c", 4: "\u0300"}


def _other_tone(ex: Exercise) -> str:
    """The answer with another tone, written with a tone number or a zhuyin mark."""
    if polyphones.BOPOMOFO.search(ex.answer):
        letters, tone = polyphones.read_zhuyin(ex.answer) or ("", 0)
        return letters + ("ˋ" if tone != 4 else "ˊ")
    letters, tone = polyphones.read_pinyin(ex.answer) or ("", 0)
    return f"{letters}{4 if tone != 4 else 2}"


@pytest.mark.parametrize("ex", READINGS, ids=lambda ex: ex.id)
def test_each_exercise_accepts_its_answer_and_tells_a_wrong_tone(ex: Exercise) -> None:
    assert check(ex, ex.answer).correct
    for variant in ex.accepted:
        assert check(ex, variant).correct
    wrong = check(ex, _other_tone(ex))
    assert not wrong.correct and wrong.message == "Right syllable, wrong tone."
    assert ex.answer not in wrong.message


def test_every_document_has_readings_in_the_system_its_readers_use() -> None:
    for doc in DOCS:
        made = [ex for ex in READINGS if ex.doc == doc]
        assert 1 <= len(made) <= polyphones.PER_DOCUMENT, doc
        sections = [ex.section for ex in made]
        assert all(sections.count(s) <= polyphones.PER_SECTION for s in sections), doc
        zhuyin = {bool(polyphones.BOPOMOFO.search(ex.answer)) for ex in made}
        # 000 and 002 are Taiwan texts; 001 is mainland usage in Traditional script
        assert zhuyin == ({True} if doc in ("000", "002") else {False}), doc


def test_each_asked_character_is_at_its_offset_and_has_several_readings() -> None:
    for ex in READINGS:
        offset = int(ex.id.rsplit(".c", 1)[1])
        char = ex.prompt.removeprefix("How is ")[0]
        assert ex.prompt_zh[offset] == char, ex.id
        assert "," in polyphones.pinyin_dict[ord(char)], ex.id


def test_chang_in_changshou() -> None:
    ex = exercise("003.reading.p152.s1.c59")
    assert (ex.answer, ex.accepted, ex.source) == (
        "cháng",
        ("chang2",),
        "corpus/glossary.toml#longevity",
    )
    for typed in ("cháng", "chang2", "CHANG2", " chang2 "):
        assert check(ex, typed).correct, typed
    assert check(ex, "chang3").message == "Right syllable, wrong tone."
    assert check(ex, "chang").message.startswith("Right syllable: now give its tone")
    for typed in ("zhǎng", "zhang3"):
        feedback = check(ex, typed)
        assert feedback.message.startswith("Not that syllable") and "cháng" not in feedback.message


def test_cha_in_wealth_gap_is_asked_in_zhuyin() -> None:
    ex = exercise("000.reading.p64.s0.c5")
    assert ex.answer == "ㄔㄚ" and ex.lang == "zh-TW"
    assert check(ex, "ㄔㄚ").correct  # no mark: the first tone
    assert check(ex, "ㄔㄚˋ").message == "Right syllable, wrong tone."
    assert check(ex, "ㄔㄞ").message.startswith("Not that syllable")


def test_a_character_with_one_reading_in_use_is_never_asked() -> None:
    asked = {ex.prompt.split()[2] for doc in DOCS for ex in exercises(doc) if ex.kind == "reading"}
    assert "斯" not in asked


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("háng", ("hang", 2)),
        ("hang2", ("hang", 2)),
        ("lv4", ("lv", 4)),
        ("lu:4", ("lv", 4)),
        ("lǜ", ("lv", 4)),
        ("de", ("de", 5)),  # no mark: the neutral tone
        ("ma5", ("ma", 5)),
        ("ma0", ("ma", 5)),
        ("xyz", None),
        ("hang2 ye4", None),
        ("há2", None),  # a mark and a number
    ],
)
def test_pinyin_forms(typed: str, read: tuple[str, int] | None) -> None:
    assert polyphones.read_pinyin(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ㄏㄤˊ", ("ㄏㄤ", 2)),
        ("ㄙ", ("ㄙ", 1)),
        ("ㄇㄚ˙", ("ㄇㄚ", 5)),
        ("˙ㄇㄚ", ("ㄇㄚ", 5)),
        ("hang", None),
    ],
)
def test_zhuyin_forms(typed: str, read: tuple[str, int] | None) -> None:
    assert polyphones.read_zhuyin(typed) == read


@pytest.mark.parametrize(
    ("exercise_id", "typed", "message"),
    [
        ("003.reading.p152.s1.c59", "ㄔㄤˊ", "other system"),
        ("000.reading.p64.s0.c5", "cha1", "other system"),
        ("003.reading.p152.s1.c59", "長", "no single syllable"),
        ("003.reading.p152.s1.c59", "", "No answer given"),
    ],
)
def test_answers_that_are_no_syllable_are_not_usable(
    exercise_id: str, typed: str, message: str
) -> None:
    feedback = check(exercise_id, typed)
    assert not feedback.correct and not feedback.usable and message in feedback.message


ZHUYIN = [ex for ex in READINGS if polyphones.BOPOMOFO.search(ex.answer)]


@pytest.mark.parametrize("ex", ZHUYIN, ids=lambda ex: ex.id)
def test_zhuyin_is_accepted_spaced_and_with_a_tone_number(ex: Exercise) -> None:
    letters, tone = polyphones.read_zhuyin(ex.answer) or ("", 0)
    assert check(ex, " ".join(ex.answer)).correct
    assert check(ex, f"{letters}{tone}").correct
    assert check(ex, f"{letters}{tone % 4 + 1}").message == "Right syllable, wrong tone."


@pytest.mark.parametrize("typed", ["ㄇㄚ˙", "˙ㄇㄚ", "ㄇ ㄚ ˙", "ㄇㄚ5", "ㄇㄚ0", " ˙ㄇㄚ\n"])
def test_the_neutral_tone_mark_before_or_after(typed: str) -> None:
    # 嗎 is ㄇㄚ˙ (neutral tone; the README's example of ˙ before or after)
    neutral = replace(ZHUYIN[0], answer="ㄇㄚ˙")
    assert check(neutral, typed).correct
    assert check(neutral, "ㄇㄚ").message == "Right syllable, wrong tone."


def test_a_taiwan_text_is_asked_the_taiwan_reading_of_the_same_word() -> None:
    from helpers.glossary.entries import glossary_entries

    # corpus/glossary.toml: 亞馬遜 has no Taiwan form, but Taiwan reads 亞 ㄧㄚˇ (mainland ㄧㄚˋ).
    amazon = next(item for item in glossary_entries() if item.id == "amazon")
    assert polyphones._reading("000", "亞馬遜", amazon) == ("ㄧㄚˇ", "ㄇㄚˇ", "ㄒㄩㄣˋ")
    assert polyphones._reading("001", "亞馬遜", amazon) == ("yà", "mǎ", "xùn")
