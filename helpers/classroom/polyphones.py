"""Reading exercises: the reading of a polyphonic character (多音字) in its sentence.

The answer comes from curated data, never from a guess: a glossary term found in the sentence
(helpers.glossary.terms.document_terms) gives each of its characters' readings (pinyin of the
Simplified form; zhuyin of the Traditional form; taiwan_zhuyin of the Taiwan form), and a character
is asked about when it has two or more readings in common use (each in at least COMMON_WORDS
CC-CEDICT words) and the glossary's reading is one of them. Pinyin is asked for mainland texts
(001 is mainland usage in Traditional script), zhuyin for Taiwan texts (000, 002).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping

from pypinyin import Style
from pypinyin.contrib.tone_convert import to_normal, to_tone
from pypinyin.pinyin_dict import pinyin_dict
from pypinyin.style import convert as convert_style

from helpers.classroom.checking import empty_feedback, tidy
from helpers.classroom.model import Exercise, ExerciseKind, Feedback
from helpers.corpus.documents import document
from helpers.corpus.segments import Sentence
from helpers.glossary.entries import Entry, pinyin_syllables, zhuyin_syllables
from helpers.glossary.lookup import word_readings
from helpers.glossary.terms import document_terms

KINDS: tuple[ExerciseKind, ...] = ("reading",)
PER_SECTION = 2
PER_DOCUMENT = 8
COMMON_WORDS = 5
"""A reading is in common use when CC-CEDICT has at least this many words with it (names aside)."""
PINYIN_TONES: Mapping[str, int] = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}
"""Combining tone marks (macron, acute, caron, grave) → tone; no mark is the neutral tone, 5."""
ZHUYIN_TONES: Mapping[str, int] = {"ˉ": 1, "ˊ": 2, "ˇ": 3, "ˋ": 4, "˙": 5}
"""Zhuyin tone marks → tone; no mark is the first tone."""
ZHUYIN_MARKS = {tone: mark for mark, tone in ZHUYIN_TONES.items() if mark != "ˉ"}
BOPOMOFO = re.compile(r"[\u3105-\u312f\u31a0-\u31bf]")
PINYIN_FORM = re.compile(r"(?P<letters>[a-zü]+)(?P<digit>[0-5])?")
Syllable = tuple[str, int]
"""A syllable's letters (ü written v) and tone (1–4, 5 neutral)."""


def read_pinyin(text: str) -> Syllable | None:
    """One pinyin syllable as typed: 'háng', 'hang2', 'lv4', 'lu:4', 'lü'.

    Returns:
        (letters, tone), tone 5 (neutral) when neither a mark nor a number is written; None when
        the text is not a syllable pypinyin knows.
    """
    folded = unicodedata.normalize("NFD", text.casefold().replace("u:", "ü").replace("v", "ü"))
    marks = [PINYIN_TONES[char] for char in folded if char in PINYIN_TONES]
    letters = unicodedata.normalize("NFC", "".join(c for c in folded if c not in PINYIN_TONES))
    match = PINYIN_FORM.fullmatch(letters)
    if match is None or len(marks) > 1 or (marks and match["digit"]):
        return None
    base = match["letters"].replace("ü", "v")
    if base not in pinyin_syllables():
        return None
    digit = int(match["digit"] or 5)
    return base, (marks[0] if marks else 5 if digit == 0 else digit)


def read_zhuyin(text: str) -> Syllable | None:
    """One zhuyin syllable as typed: 'ㄏㄤˊ', 'ㄇㄚ˙' or '˙ㄇㄚ', spaced ('ㄌ ㄧ ㄤ ˋ') or with a
    tone number after it ('ㄌㄧㄤ4', 0 or 5 the neutral tone); no mark is the first tone.

    Returns:
        (letters, tone), or None when the text is not a syllable pypinyin's syllables give.
    """
    text = "".join(text.split())
    digit = text[-1:] if text[-1:] in ("0", "1", "2", "3", "4", "5") else ""
    text = text.removesuffix(digit)
    marks = [ZHUYIN_TONES[char] for char in text if char in ZHUYIN_TONES]
    if digit:
        marks.append(int(digit) or 5)
    letters = "".join(char for char in text if char not in ZHUYIN_TONES)
    if len(marks) > 1 or not letters or not all(BOPOMOFO.fullmatch(char) for char in letters):
        return None
    tone = marks[0] if marks else 1
    if letters + ZHUYIN_MARKS.get(tone, "") not in zhuyin_syllables():
        return None
    return letters, tone


def _toneless(text: str) -> bool:
    """Pinyin typed with neither a tone mark nor a tone number."""
    folded = unicodedata.normalize("NFD", text)
    return not any(char in PINYIN_TONES or char.isdigit() for char in folded)


def _reading(doc_id: str, form: str, entry: Entry) -> tuple[str, ...]:
    """The curated syllables of a written form, one per character, or () when none apply."""
    taiwan = document(doc_id).region == "Taiwan"
    if taiwan and form == (entry.taiwan or entry.traditional):
        reading = entry.taiwan_reading
    elif form in (entry.simplified, entry.traditional) and form != entry.taiwan:
        reading = entry.zhuyin if taiwan else entry.pinyin
    else:
        return ()
    syllables = tuple(reading.split())
    return syllables if len(syllables) == len(form) else ()


def _polyphone(char: str, syllable: str) -> bool:
    """char has two or more readings in common use (COMMON_WORDS), the curated syllable one of
    them: so 長 (cháng, zhǎng) is asked about, 斯 (sī; pypinyin also lists a rare shǐ) is not."""
    common = [
        reading.replace("u:", "v")
        for reading, words in word_readings(char).items()
        if words >= COMMON_WORDS and reading[-1] in "1234"
    ]
    if len(common) < 2:
        return False
    if BOPOMOFO.search(syllable):
        zhuyin = [
            convert_style(to_tone(reading), Style.BOPOMOFO, strict=True) for reading in common
        ]
        return read_zhuyin(syllable) in {read_zhuyin(reading) for reading in zhuyin}
    return read_pinyin(syllable) in {read_pinyin(reading) for reading in common}


def _exercise(sentence: Sentence, offset: int, form: str, entry: Entry, syllable: str) -> Exercise:
    """The exercise on the character at offset of sentence, read syllable in form."""
    char = sentence.text[offset]
    zhuyin = bool(BOPOMOFO.search(syllable))
    system = "zhuyin (注音), e.g. ㄏㄤˊ" if zhuyin else "pinyin, e.g. háng or hang2"
    parsed = (read_zhuyin if zhuyin else read_pinyin)(syllable)
    numbered = f"{parsed[0]}{parsed[1]}" if parsed and not zhuyin else ""
    readings = pinyin_dict[ord(char)].replace(",", ", ")
    return Exercise(
        id=f"{sentence.doc}.reading.p{sentence.paragraph}.s{sentence.sentence}.c{offset}",
        doc=sentence.doc,
        section=sentence.section,
        kind="reading",
        prompt=(
            f"How is {char} read in {form} ({entry.english}) in this sentence? "
            f"Type one syllable in {system}."
        ),
        prompt_zh=sentence.text.strip(),
        lang=document(sentence.doc).language,
        choices=(),
        answer=syllable,
        accepted=(numbered,) if numbered and numbered != syllable else (),
        explanation=(
            f"{char} is read {syllable} in {form}: glossary entry {entry.id} "
            f"(corpus/glossary.toml), sentence {sentence.ref}. "
            f"pypinyin lists {readings} for {char}."
        ),
        hint=f"{char} has more than one reading; think of the word {form}, '{entry.english}'.",
        ref=sentence.ref,
        source=f"corpus/glossary.toml#{entry.id}",
    )


def generate(doc_id: str) -> Iterator[Exercise]:
    """The reading exercises of one document, in text order.

    Args:
        doc_id: a document id ('000').

    Returns:
        Each character and reading once per document, at its first occurrence; at most PER_SECTION
        per section and PER_DOCUMENT in all, characters whose curated reading is not pypinyin's
        first guess chosen before the others.

    Raises:
        CorpusError: unknown document.
    """
    found: dict[tuple[str, str], tuple[int, Sentence, int, str, Entry]] = {}
    for sentence, start, end, entry in document_terms(doc_id):
        form = sentence.text[start:end]
        for index, syllable in enumerate(_reading(doc_id, form, entry)):
            char = form[index]
            if _polyphone(char, syllable) and (char, syllable) not in found:
                found[char, syllable] = (len(found), sentence, start + index, form, entry)
    first_guess = {key: pinyin_dict[ord(key[0])].split(",")[0] for key in found}
    ranked = sorted(found, key=lambda key: first_guess[key] in (key[1], to_normal(key[1])))
    taken: dict[int, int] = {}
    chosen: list[tuple[str, str]] = []
    for key in ranked:
        section = found[key][1].section
        if taken.get(section, 0) < PER_SECTION and len(chosen) < PER_DOCUMENT:
            taken[section] = taken.get(section, 0) + 1
            chosen.append(key)
    for key in sorted(chosen, key=lambda key: found[key][0]):
        _, sentence, offset, form, entry = found[key]
        yield _exercise(sentence, offset, form, entry, key[1])


def check(exercise: Exercise, answer: object) -> Feedback:
    """Judge a typed reading.

    Args:
        exercise: a reading exercise (its answer one pinyin or zhuyin syllable).
        answer: one syllable, in the system the exercise asks for: pinyin with tone marks or
            numbers (ü as v or u:), or zhuyin with tone marks.

    Returns:
        Right when letters and tone match; 'right syllable, wrong tone' apart from a wrong
        syllable; not usable when the answer is no syllable of the system asked for.
    """
    text = tidy(answer)
    if not text:
        return empty_feedback(exercise)
    zhuyin = bool(BOPOMOFO.search(exercise.answer))
    reader, other = (read_zhuyin, read_pinyin) if zhuyin else (read_pinyin, read_zhuyin)
    right, given = reader(exercise.answer), reader(text)
    asked = "zhuyin (注音)" if zhuyin else "pinyin"
    if given is None:
        typed = "a syllable of the other system" if other(text) else "no single syllable"
        message = f"{text!r} is {typed}: type one syllable in {asked}."
        return Feedback(False, message, exercise.hint, usable=False)
    if given == right:
        return Feedback(True, f"Right. {exercise.explanation}")
    if right and given[0] == right[0]:
        if not zhuyin and _toneless(text) and right[1] != 5:
            message = "Right syllable: now give its tone (a tone mark, or a number 1–4)."
        else:
            message = "Right syllable, wrong tone."
        return Feedback(False, message, exercise.hint)
    return Feedback(
        False, "Not that syllable: this character has another reading here.", exercise.hint
    )
