"""Script exercises: a short sentence of the document written in the other script, typed.

A Simplified document asks for OpenCC's standard Traditional (zh-Hant: characters only, no Taiwan
vocabulary); a Traditional one asks for Simplified (zh-Hans). The sentences chosen are short running
text (MIN_HAN to MAX_HAN Han characters, no markup) whose conversion (helpers.language.conversion)
changes characters one for one, each to a form OpenCC's character table lists, so no phrase is
rewritten behind the learner's back.

An answer is right when each of its characters is the expected one or another form OpenCC's
character table lists for the source character (a Traditional answer may also use the Taiwan or
Hong Kong form of the expected character: 裡 for 裏). The answer is aligned with the expected text
character by character (difflib), so a missing or extra character is told as such and does not
make every later character wrong. Only Han characters, digits and letters are judged: punctuation
and spaces are not counted (a difference in punctuation is mentioned, not marked wrong).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from difflib import SequenceMatcher

from helpers.classroom.checking import empty_feedback, tidy
from helpers.classroom.model import Exercise, ExerciseKind, Feedback
from helpers.core.types import Target
from helpers.corpus.documents import Document, document
from helpers.corpus.repair_rules import HAN_CHARACTER
from helpers.corpus.segments import Sentence, segmented
from helpers.language.conversion import convert
from helpers.language.opencc_tables import opencc_dictionary

KINDS: tuple[ExerciseKind, ...] = ("script",)
MIN_HAN, MAX_HAN = 8, 40
PER_SECTION, PER_DOCUMENT = 2, 4
MARKUP = re.compile(r"[\[\]*#`|<>_~]|https?:")
SPACE = re.compile(r"\s")
PUNCTUATION = str.maketrans({"。": ".", "“": '"', "”": '"', "‘": "'", "’": "'"})
"""Punctuation a Latin keyboard types for Chinese punctuation, where NFKC does not fold it."""
NAMES: Mapping[str, str] = {"zh-Hans": "Simplified", "zh-Hant": "Traditional"}
PUNCTUATION_NOTE = " (The punctuation differs from the sentence's; it is not counted.)"


def _characters(count: int, verb: str = "") -> str:
    """'1 character', '3 characters'; with a verb, '1 character changes', '3 characters change'."""
    if count == 1:
        return f"1 character {verb}s" if verb else "1 character"
    return f"{count} characters {verb}".rstrip()


def _target(lang: str) -> Target:
    """The script a sentence in lang is to be written in: Simplified for any Traditional text."""
    return "zh-Hant" if lang == "zh-Hans" else "zh-Hans"


def _variants(source: str, target: Target) -> set[str]:
    """The forms OpenCC lists for one source character in the target script (none if unlisted)."""
    if target == "zh-Hans":
        return set(opencc_dictionary("TSCharacters.txt").get(source, ()))
    listed = set(opencc_dictionary("STCharacters.txt").get(source, ()))
    regional = (opencc_dictionary(name) for name in ("TWVariants.txt", "HKVariants.txt"))
    return listed | {form for table in regional for char in listed for form in table.get(char, ())}


def _fold(text: str) -> str:
    """Text as compared: each character's NFKC form when that is one character (full-width
    punctuation and digits made half-width), PUNCTUATION folded, white space dropped; the length
    otherwise kept."""
    folded = (unicodedata.normalize("NFKC", char) for char in text)
    kept = "".join(char for char in folded if len(char) == 1 and not SPACE.match(char))
    return kept.translate(PUNCTUATION)


def _allowed(source: str, expected: str, target: Target) -> list[set[str]] | None:
    """For each character of the expected text, the characters accepted there; None when the
    conversion is not character for character through OpenCC's table."""
    source, expected = _fold(source), _fold(expected)
    if len(source) != len(expected):
        return None
    allowed = []
    for old, new in zip(source, expected, strict=True):
        variants = _variants(old, target)
        if old != new and new not in variants:
            return None
        allowed.append({new} | variants if old != new else {new})
    return allowed


def _eligible(sentence: Sentence, target: Target) -> str | None:
    """The expected conversion of a sentence fit for the exercise, else None."""
    text = sentence.text.strip()
    if sentence.kind != "text" or MARKUP.search(text) or "\n" in text:
        return None
    if not MIN_HAN <= len(HAN_CHARACTER.findall(text)) <= MAX_HAN:
        return None
    meta = document(sentence.doc)
    expected = convert(text, target, meta.script, meta.region)
    return expected if expected != text and _allowed(text, expected, target) else None


def generate(doc_id: str) -> Iterator[Exercise]:
    """The script exercises of one document.

    Args:
        doc_id: a document id ('003').

    Returns:
        Up to PER_DOCUMENT exercises, at most PER_SECTION from a section: each section's first
        eligible sentence, then each one's second, kept in text order. Sentences come from
        helpers.corpus.segments; the expected answer from helpers.language.conversion.convert.

    Raises:
        CorpusError: unknown document.
    """
    meta = document(doc_id)
    target = _target(meta.language)
    found: dict[int, list[tuple[Sentence, str]]] = {}
    for sentence in segmented(doc_id).sentences:
        expected = _eligible(sentence, target)
        if expected is not None:
            found.setdefault(sentence.section, []).append((sentence, expected))
    taken = [
        group[rank] for rank in range(PER_SECTION) for group in found.values() if rank < len(group)
    ]
    for sentence, expected in sorted(taken[:PER_DOCUMENT], key=lambda pair: pair[0].start):
        yield _exercise(sentence, expected, meta, target)


def _exercise(sentence: Sentence, expected: str, meta: Document, target: Target) -> Exercise:
    """The exercise on one sentence of a document."""
    text, lang = sentence.text.strip(), meta.language
    pairs = [f"{old}→{new}" for old, new in zip(text, expected, strict=True) if old != new]
    table = "TSCharacters" if target == "zh-Hans" else "STCharacters, STPhrases"
    return Exercise(
        id=f"{sentence.doc}.script.p{sentence.paragraph}.s{sentence.sentence}",
        doc=sentence.doc,
        section=sentence.section,
        kind="script",
        prompt=f"Write this {NAMES.get(lang, 'Traditional')} sentence in {NAMES[target]} "
        f"characters ({target}).",
        prompt_zh=text,
        lang=lang,
        answer_lang=target,
        choices=(),
        answer=expected,
        explanation=f"{_characters(len(pairs), 'change')}: {', '.join(dict.fromkeys(pairs))}. "
        f"OpenCC's {table} tables give each character's {NAMES[target]} form ({target}); "
        f"the rest are the same in both scripts ({sentence.ref}; helpers.language.conversion).",
        hint=f"{_characters(len(pairs), 'change')}; the others stay as they are.",
        ref=sentence.ref,
        source=f"corpus/texts/{meta.path.name}",
    )


def check(exercise: Exercise, answer: object) -> Feedback:
    """Judge a typed conversion of a sentence.

    Args:
        exercise: a script exercise (prompt_zh is the source, answer the expected conversion).
        answer: the text typed; full-width and half-width forms of digits and punctuation, and
            white space, do not count.

    Returns:
        Right when every Han character, digit and letter is accepted (see the module docstring);
        punctuation and spaces are not judged, and a difference in punctuation is only mentioned.
        Wrong: marks are the positions, into the tidied answer, of the wrong and extra characters;
        the message counts them and the missing ones and shows the answer with them in brackets,
        never the expected text. Not usable (an attempt all the same): empty, no Chinese, or
        nothing converted.
    """
    typed = tidy(answer)
    if not typed:
        return empty_feedback(exercise)
    target = _target(exercise.lang)
    source, given = NAMES.get(exercise.lang, "Traditional"), NAMES[target]
    if not HAN_CHARACTER.search(typed):
        return Feedback(
            False,
            f"There is no Chinese in this answer: write the sentence in {given} characters.",
            exercise.hint,
            usable=False,
        )
    allowed = _allowed(exercise.prompt_zh, exercise.answer, target) or [
        {char} for char in _fold(exercise.answer)
    ]
    if _unconverted(exercise.prompt_zh, exercise.answer, typed, allowed):
        return Feedback(
            False,
            f"This is still {source}: convert it to {given} ({target}).",
            exercise.hint,
            usable=False,
        )
    positions = [i for i, char in enumerate(typed) if char.isalnum()]
    expected = _fold(exercise.answer)
    judged = [i for i, char in enumerate(expected) if char.isalnum()]
    wrong, missing = _compare(
        "".join(expected[i] for i in judged),
        "".join(typed[i] for i in positions),
        [allowed[i] for i in judged],
    )
    note = "" if _punctuation(typed) == _punctuation(exercise.answer) else PUNCTUATION_NOTE
    if not wrong and not missing:
        return Feedback(True, f"Right.{note} {exercise.explanation}")
    marks = tuple(positions[i] for i in wrong)
    message = _wrong_message(typed, marks, missing, positions) + note
    return Feedback(False, message, exercise.hint, marks)


def _punctuation(text: str) -> str:
    """The punctuation of a text, folded as compared, in order (spaces left out)."""
    return "".join(char for char in _fold(text) if not char.isalnum())


def _unconverted(source: str, expected: str, typed: str, allowed: list[set[str]]) -> bool:
    """Whether an answer converts none of the characters that change: it holds some of their
    source forms and none of their accepted target forms."""
    pairs = zip(_fold(source), _fold(expected), allowed, strict=False)
    olds, news = set(), set()
    for old, new, accepted in pairs:
        if old != new:
            olds.add(old)
            news |= accepted - {old}
    return _fold(typed) == _fold(source) or (not news & set(typed) and bool(olds & set(typed)))


def _compare(expected: str, typed: str, allowed: list[set[str]]) -> tuple[list[int], list[int]]:
    """The wrong or extra characters (positions in typed) and the missing ones (positions in
    typed they are missing before), after aligning typed with expected."""
    wrong: list[int] = []
    missing: list[int] = []
    matcher = SequenceMatcher(None, expected, typed, autojunk=False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        paired = min(i2 - i1, j2 - j1)
        wrong += [j1 + k for k in range(paired) if typed[j1 + k] not in allowed[i1 + k]]
        wrong += range(j1 + paired, j2)
        missing += [j1 + paired] * (i2 - i1 - paired)
    return wrong, missing


def _wrong_message(
    typed: str, marks: tuple[int, ...], missing: list[int], positions: list[int]
) -> str:
    """How many characters are wrong or missing, and the answer with them bracketed."""
    gaps = [positions[i] if i < len(positions) else len(typed) for i in missing]
    shown = "".join(
        "[ ]" * gaps.count(index) + (f"[{char}]" if index in marks else char)
        for index, char in enumerate(typed)
    ) + "[ ]" * gaps.count(len(typed))
    counts = []
    if marks:
        counts.append(f"{_characters(len(marks))} wrong or extra")
    if missing:
        counts.append(f"{_characters(len(missing))} missing")
    return f"Not yet: {' and '.join(counts)}, in brackets: {shown}"
