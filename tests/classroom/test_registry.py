"""The registry on the real exercises of the five documents: ids, order, dispatch to each kind's
checker, and bad answers to every kind kept as attempts. Per-kind right and wrong answers are
tested in test_vocabulary, test_script, test_polyphones, test_number_reading, test_chart_reading
and test_comprehension; here only what they leave out (another syllable for a reading; the hint of
a wrong chart choice).

Hand-checked values: 000.number.p1.s0.q0 is 38兆美元 in 000:p1.s0 (兆 = 10^12 in Taiwan usage),
US$38 trillion; 000.reading.p64.s0.c5 is 差 in 貧富差距, read ㄔㄚ (not ㄓㄚ, another syllable).
"""

import re
from pathlib import Path

import pytest

from helpers.classroom.answers import answer_exercise, answer_history
from helpers.classroom.model import EXERCISE_KINDS, Exercise
from helpers.classroom.registry import check, exercise, exercises
from helpers.core.errors import CorpusError

DOCS = ("000", "001", "002", "003", "004")
ALL = [item for doc_id in DOCS for item in exercises(doc_id)]
ID = re.compile(r"\d{3}\.[a-z-]+\.[A-Za-z0-9._-]+")
EVERY_DOCUMENT_HAS = {
    "term-english",
    "english-term",
    "script",
    "reading",
    "number",
    "chart",
    "comprehension",
}
"""The kinds every document has material for (glossary terms, sentences, polyphones in glossary
words, quantities, key figures in corpus/claims.toml, questions in the comprehension file)."""


def test_ids_are_unique_well_formed_and_found() -> None:
    assert len({item.id for item in ALL}) == len(ALL)
    for item in ALL:
        assert ID.fullmatch(item.id), item.id
        assert item.id.startswith(f"{item.doc}.{item.kind}.")
        assert exercise(item.id) == item


@pytest.mark.parametrize("doc_id", DOCS)
def test_order_is_by_section_then_kind(doc_id: str) -> None:
    made = exercises(doc_id)
    keys = [(item.section, EXERCISE_KINDS.index(item.kind)) for item in made]
    assert keys == sorted(keys)
    assert exercises(doc_id) == made  # the cached tuple; deterministic across runs: CLI test


def test_the_first_exercises_of_000_read_by_hand() -> None:
    # 000 section 0: 馬斯克 (term-english), 公債 (english-term), 輝達 and 通膨 (mainland-form),
    # sentence p0.s0 (script), 38兆美元 (number), then question q1.
    assert [item.id for item in exercises("000")[:7]] == [
        "000.term-english.musk",
        "000.english-term.public-debt",
        "000.mainland-form.nvidia",
        "000.mainland-form.inflation",
        "000.script.p0.s0",
        "000.number.p1.s0.q0",
        "000.comprehension.q1",
    ]


@pytest.mark.parametrize("doc_id", DOCS)
def test_every_document_has_every_kind_it_has_material_for(doc_id: str) -> None:
    kinds = {item.kind for item in exercises(doc_id)}
    assert kinds >= EVERY_DOCUMENT_HAS
    # 000 and 002 are Taiwan texts (asked for the mainland form), the others mainland ones.
    assert kinds & {"taiwan-form", "mainland-form"} == (
        {"mainland-form"} if doc_id in ("000", "002") else {"taiwan-form"}
    )


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda: exercises("999"), "999"),
        (lambda: exercise("000.nope.x"), "no exercise '000.nope.x' in document 000"),
        (lambda: check("000.nope.x", "a"), "no exercise"),
    ],
)
def test_unknown_documents_and_ids_are_corpus_errors(call, said: str) -> None:
    with pytest.raises(CorpusError, match=re.escape(said)):
        call()


@pytest.mark.parametrize("item", ALL, ids=[item.id for item in ALL])
def test_each_id_is_judged_by_its_kinds_checker(item: Exercise) -> None:
    for right in (item.answer, *item.accepted):
        assert check(item.id, right).correct, right


READINGS = [item for item in ALL if item.kind == "reading"]


def _another_syllable(item: Exercise) -> str:
    """A syllable no reading of any character asked shares: zhuyin ㄙㄨㄛ, pinyin suǒ."""
    return "ㄙㄨㄛ" if item.answer[0] >= "\u3100" else "suǒ"


@pytest.mark.parametrize("item", READINGS, ids=[item.id for item in READINGS])
def test_another_syllable_is_refused_without_the_reading(item: Exercise) -> None:
    feedback = check(item, _another_syllable(item))
    assert not feedback.correct and feedback.usable and feedback.hint
    shown = feedback.message + feedback.hint
    assert not any(form in shown for form in (item.answer, *item.accepted))


def test_another_syllable_by_hand() -> None:
    feedback = check("000.reading.p64.s0.c5", "ㄓㄚ")
    assert not feedback.correct and feedback.usable
    assert feedback.message == "Not that syllable: this character has another reading here."


CHARTS = [item for item in ALL if item.kind == "chart"]


@pytest.mark.parametrize("item", CHARTS, ids=[item.id for item in CHARTS])
def test_a_wrong_chart_choice_gets_a_hint_without_the_answer(item: Exercise) -> None:
    for choice in item.choices:
        if choice != item.answer:
            feedback = check(item, choice)
            assert feedback.usable and feedback.hint and item.answer not in feedback.hint


ONE_OF_EACH = [next(item for item in ALL if item.kind == kind) for kind in EXERCISE_KINDS]
BAD = ["", None, "   ", "\u3000\n", 42, "hello", "１２３"]


@pytest.mark.parametrize("item", ONE_OF_EACH, ids=[item.id for item in ONE_OF_EACH])
def test_bad_answers_are_attempts_with_a_friendly_message(item: Exercise, tmp_path: Path) -> None:
    store = tmp_path / "notes.sqlite"
    for number, bad in enumerate(BAD, start=1):
        feedback = answer_exercise(item.id, bad, store)
        assert not feedback.correct and feedback.message and feedback.hint, repr(bad)
        assert "Traceback" not in feedback.message and item.answer not in feedback.message
        if bad in ("", None, "   ", "\u3000\n"):
            assert not feedback.usable, repr(bad)
        history = answer_history(path=store)
        assert history["attempt"].tolist() == list(range(1, number + 1))
        assert history["answer"].iloc[-1] == ("" if bad is None else str(bad))


@pytest.mark.parametrize(
    ("exercise_id", "bad"),
    [
        ("000.number.p1.s0.q0", "thirty-eight trillion"),  # no digits where a number is asked
        ("000.script.p0.s0", "【新智元導讀】馬斯克放出豪言:3年內,AI+機器人能解決美國債務!"),
        ("003.script.p2.s1", "我担心的不是长远未来，而是接下来的三到七年。"),
        ("000.reading.p64.s0.c5", "chā"),  # pinyin where 000 (a Taiwan text) asks zhuyin
        ("001.reading.p2.s0.c28", "ㄆㄧㄢˋ"),  # zhuyin where 001 asks pinyin
        ("000.term-english.musk", "E"),  # a letter beyond the four choices
    ],
)
def test_unreadable_answers_are_not_usable(exercise_id: str, bad: str) -> None:
    feedback = check(exercise_id, bad)
    assert not feedback.correct and not feedback.usable and feedback.message


@pytest.mark.parametrize(
    "typed",
    [
        "US$３８ trillion",
        "ＵＳ＄３８ trillion",
        "  US$38\u3000\u3000trillion\n",
        "US$ 38  trillion",
    ],
)
def test_full_width_digits_and_extra_spaces_are_still_right(typed: str) -> None:
    assert check("000.number.p1.s0.q0", typed).correct


def test_the_wrong_amount_with_full_width_digits_is_wrong_not_unreadable() -> None:
    feedback = check("000.number.p1.s0.q0", "US$３８ billion")
    assert not feedback.correct and feedback.usable
    assert "38 trillion" not in feedback.message + feedback.hint
