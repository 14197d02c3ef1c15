"""Vocabulary exercises from the curated glossary (corpus/glossary.toml), all multiple choice.

    term-english   what a glossary term means, in the sentence it occurs in
    english-term   which term, in the document's script, fills a gap in its sentence
    taiwan-form    the word Taiwan writes for a mainland term the document uses
    mainland-form  the word the mainland writes (in Simplified) for a Taiwan term the document uses

Each entry is asked about at its first occurrence in the document (a Chinese form, not a Latin one
such as 'AI'), and term-english and english-term never ask about the same entry. Choices are the
answer and three distractors from entries of the same category (others when the category has too
few), picked and ordered by a hash of the exercise id: the same every run.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin

from helpers.classroom.checking import check_choice_answer
from helpers.classroom.model import Exercise, ExerciseKind, Feedback
from helpers.core.types import Target
from helpers.corpus.documents import document
from helpers.corpus.repair_rules import HAN_CHARACTER
from helpers.corpus.segments import READING_KINDS, Sentence
from helpers.glossary.entries import Entry, glossary_entries
from helpers.glossary.terms import document_terms

KINDS: tuple[ExerciseKind, ...] = ("term-english", "english-term", "taiwan-form", "mainland-form")
PER_DOCUMENT: dict[ExerciseKind, int] = {
    "term-english": 3,
    "english-term": 3,
    "taiwan-form": 3,
    "mainland-form": 3,
}
"""At most this many exercises of each kind in one document."""
REGIONAL: tuple[tuple[ExerciseKind, bool], ...] = (("taiwan-form", False), ("mainland-form", True))
"""The regional kinds, and whether each asks about a Taiwan form the document writes."""
PER_SECTION = 2
"""At most this many exercises of one kind in one section."""
DISTRACTORS = 3
GAP = "＿＿"
MARKUP = re.compile(r"^\s*[*-]\s+|\*\*")


@dataclass(frozen=True)
class _Place:
    """The first occurrence of a glossary entry in a document: its sentence and the form written."""

    sentence: Sentence
    start: int
    end: int
    entry: Entry

    @property
    def form(self) -> str:
        """The form as the sentence writes it."""
        return self.sentence.text[self.start : self.end]

    def shown(self, gap: bool = False) -> str:
        """The sentence as a prompt shows it: Markdown list and bold marks dropped, and with
        gap, the form replaced by a gap."""
        text = self.sentence.text
        if gap:
            text = text[: self.start] + GAP + text[self.end :]
        return MARKUP.sub("", text).strip()


def _hashed(seed: str, items: Sequence[str]) -> list[str]:
    """Items in an order fixed by a hash of seed and each item (the same on every run)."""
    return sorted(items, key=lambda item: hashlib.sha256(f"{seed}|{item}".encode()).hexdigest())


def _first_places(doc_id: str) -> list[_Place]:
    """Each entry's first occurrence in running text, as a Chinese form, in text order."""
    places: dict[str, _Place] = {}
    for sentence, start, end, entry in document_terms(doc_id):
        form = sentence.text[start:end]
        if sentence.kind in READING_KINDS and HAN_CHARACTER.search(form):
            key = f"{entry.id}|{_is_taiwan(entry, form)}"
            places.setdefault(key, _Place(sentence, start, end, entry))
    return list(places.values())


def _is_taiwan(entry: Entry, form: str) -> bool:
    """Whether a written form is the entry's Taiwan word (rather than the mainland one)."""
    return bool(entry.taiwan) and form == entry.taiwan


def _spread(places: list[_Place], limit: int) -> list[_Place]:
    """Up to limit places spread over sections: each section's first, then each one's second …
    (at most PER_SECTION from one section); returned in text order."""
    by_section: dict[int, list[_Place]] = {}
    for place in places:
        by_section.setdefault(place.sentence.section, []).append(place)
    taken: list[_Place] = []
    for rank in range(PER_SECTION):
        taken += [group[rank] for group in by_section.values() if rank < len(group)]
    order = {id(place): index for index, place in enumerate(places)}
    return sorted(taken[:limit], key=lambda place: order[id(place)])


def _written(entry: Entry, lang: Target) -> str:
    """The form a text in a given script writes for an entry."""
    if lang == "zh-Hans":
        return entry.simplified
    if lang == "zh-TW":
        return entry.taiwan or entry.traditional
    return entry.traditional


def _reading(entry: Entry, form: str) -> str:
    """The pinyin of a written form: the glossary's for the entry's own forms, else pypinyin's."""
    if form in (entry.simplified, entry.traditional):
        return entry.pinyin
    return " ".join(lazy_pinyin(form, style=Style.TONE))


def _hint(entry: Entry, choices: Sequence[str], options: Callable[[Entry], str], tail: str) -> str:
    """A hint that fits more than the answer: the entry's category when at least two choices
    are words of that category (otherwise nothing is said of it), then tail, which says nothing
    of the answer's form."""
    category = {options(other) for other in glossary_entries() if other.category == entry.category}
    fitting = sum(choice in category for choice in choices)
    shared = f"Category: {entry.category} ({fitting} of the {len(choices)} choices are). "
    return (shared if fitting >= 2 else "") + tail


def _choices(
    exercise_id: str, answer: str, entry: Entry, options: Callable[[Entry], str]
) -> tuple[str, ...]:
    """The answer and up to DISTRACTORS other entries' options, same category first, shuffled."""
    same: list[str] = []
    other: list[str] = []
    for candidate in glossary_entries():
        text = options(candidate)
        if candidate.id != entry.id and text and answer not in text and text not in answer:
            (same if candidate.category == entry.category else other).append(text)
    pool = list(dict.fromkeys(_hashed(exercise_id, same) + _hashed(exercise_id, other)))
    return tuple(_hashed(f"{exercise_id}#order", [answer, *pool[:DISTRACTORS]]))


def _exercise(
    kind: ExerciseKind,
    place: _Place,
    prompt: str,
    prompt_zh: str,
    lang: str,
    answer_lang: str = "",
    **fields: str,
) -> Exercise:
    """An exercise on one place, its choices built from fields['options'] of each entry, its hint
    from fields['hint'] (the category put before it when it fits two choices or more, except in
    term-english, whose hint is about the term asked, not the answer)."""
    entry, sentence = place.entry, place.sentence
    exercise_id = f"{sentence.doc}.{kind}.{entry.id}"
    options = OPTIONS[fields["options"]]
    choices = _choices(exercise_id, fields["answer"], entry, options)
    return Exercise(
        id=exercise_id,
        doc=sentence.doc,
        section=sentence.section,
        kind=kind,
        prompt=prompt,
        prompt_zh=prompt_zh,
        lang=lang,
        choices=choices,
        answer=fields["answer"],
        explanation=f"{fields['explanation']} (corpus/glossary.toml#{entry.id}; {sentence.ref}).",
        hint=fields["hint"]
        if kind == "term-english"
        else _hint(entry, choices, options, fields["hint"]),
        ref=sentence.ref,
        source=f"corpus/glossary.toml#{entry.id}",
        answer_lang=answer_lang,
    )


OPTIONS: dict[str, Callable[[Entry], str]] = {
    "english": lambda entry: entry.english,
    "zh-Hans": lambda entry: _written(entry, "zh-Hans"),
    "zh-Hant": lambda entry: _written(entry, "zh-Hant"),
    "zh-TW": lambda entry: _written(entry, "zh-TW"),
    "taiwan": lambda entry: entry.taiwan,
    "mainland": lambda entry: entry.simplified if entry.taiwan else "",
}
"""What each entry offers as a choice: its English, its form in a script, its Taiwan or mainland
word (only entries whose Taiwan word differs have either)."""


def _term_english(place: _Place, lang: str) -> Exercise:
    """What the term means in its sentence."""
    form, entry = place.form, place.entry
    return _exercise(
        "term-english",
        place,
        f"What does {form} mean in this sentence?",
        place.shown(),
        lang,
        answer=entry.english,
        options="english",
        explanation=f"{form} ({_reading(entry, form)}) means '{entry.english}'",
        hint=f"{form} is read {_reading(entry, form)}; read what the sentence says around it.",
    )


def _english_term(place: _Place, lang: Target) -> Exercise:
    """Which term, in the document's script, fills the gap its sentence has where it stood."""
    form, entry = place.form, place.entry
    return _exercise(
        "english-term",
        place,
        f"Which word, meaning '{entry.english}', fills the gap in this sentence?",
        place.shown(gap=True),
        lang,
        answer=form,
        options=lang,
        explanation=f"{form} ({_reading(entry, form)}) means '{entry.english}'",
        hint="Read the words either side of the gap: which choice does the sentence need there?",
    )


def _regional(place: _Place, lang: str) -> Exercise:
    """The other side of the strait's word: Taiwan's for a mainland form, the mainland's
    (Simplified) for a Taiwan form."""
    form, entry = place.form, place.entry
    if _is_taiwan(entry, form):
        kind: ExerciseKind = "mainland-form"
        answer, options, asked = entry.simplified, "mainland", "the mainland (in Simplified)"
        answer_lang = "zh-Hans"
    else:
        kind, answer, options, asked = "taiwan-form", entry.taiwan, "taiwan", "Taiwan"
        answer_lang = "zh-TW"
    return _exercise(
        kind,
        place,
        f"This sentence writes {form}. Which word does {asked} write for the same thing?",
        place.shown(),
        lang,
        answer_lang,
        answer=answer,
        options=options,
        explanation=f"Taiwan writes {entry.taiwan} where the mainland writes {entry.simplified} "
        f"({entry.traditional} in Traditional characters): '{entry.english}'",
        hint="Think of what the word names; the two sides' words for it may share characters, "
        "or none.",
    )


def generate(doc_id: str) -> Iterator[Exercise]:
    """The vocabulary exercises of one document.

    Args:
        doc_id: a document id ('000').

    Returns:
        term-english exercises on the document's vocabulary at its first appearance;
        english-term ones on other entries (without a Taiwan word) in sentences no other
        exercise here quotes; taiwan-form and mainland-form ones on the entries whose Taiwan word
        differs. At most PER_DOCUMENT of each kind and PER_SECTION of a kind per section, spread
        over the sections. Sentences come from helpers.corpus.segments, terms from
        corpus/glossary.toml through helpers.glossary.terms.

    Raises:
        CorpusError: unknown document, or a glossary that breaks a rule.
    """
    lang = document(doc_id).language
    places = _first_places(doc_id)
    regional = {
        kind: _spread(
            [p for p in places if p.entry.taiwan and _is_taiwan(p.entry, p.form) == taiwan],
            PER_DOCUMENT[kind],
        )
        for kind, taiwan in REGIONAL
    }
    words: dict[str, _Place] = {}
    for place in places:
        words.setdefault(place.entry.id, place)
    meanings = _spread(list(words.values()), PER_DOCUMENT["term-english"])
    # A gap is no gap when another exercise quotes its sentence, or its entry's regional one
    # names the word.
    quoted = {
        p.sentence.ref for p in meanings + regional["taiwan-form"] + regional["mainland-form"]
    }
    gaps = [p for p in words.values() if p.sentence.ref not in quoted and not p.entry.taiwan]
    yield from (_term_english(place, lang) for place in meanings)
    yield from (_english_term(place, lang) for place in _spread(gaps, PER_DOCUMENT["english-term"]))
    for place in regional["taiwan-form"] + regional["mainland-form"]:
        yield _regional(place, lang)


def check(exercise: Exercise, answer: object) -> Feedback:
    """Judge an answer to a vocabulary exercise: the choice's text, letter or number
    (helpers.classroom.checking.check_choice_answer)."""
    return check_choice_answer(exercise, answer)
