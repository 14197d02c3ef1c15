"""An exercise, and the feedback on one answer to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

ExerciseKind = Literal[
    "term-english",
    "english-term",
    "taiwan-form",
    "mainland-form",
    "script",
    "reading",
    "number",
    "chart",
    "comprehension",
]
"""What an exercise asks: a glossary term's English (term-english) or the term for an English gloss
(english-term); the Taiwan form of a mainland word (taiwan-form) or the reverse (mainland-form);
a sentence converted to the other script (script); the reading of a polyphone (多音字) in its
sentence (reading); a quoted number read into English units (number); a value read off a chart
(chart); a reading-comprehension question on a section (comprehension)."""
EXERCISE_KINDS: tuple[ExerciseKind, ...] = get_args(ExerciseKind)


@dataclass(frozen=True)
class Exercise:
    """One exercise on one document.

    Attributes:
        id: a stable id, `DOC.KIND.KEY` with KEY taken from the data it comes from (a glossary id,
            a sentence reference without the document, a question id): '000.term-english.chip',
            '003.script.p12.s2'. Only ASCII letters, digits, '.', '-' and '_'.
        doc: the document id.
        section: the number of the document's section it belongs to, from 0.
        kind: what it asks.
        prompt: the question in English, as plain text (the Chinese material quoted in it).
        prompt_zh: the Chinese material the question is about (a term, a sentence), or '' .
        lang: the BCP 47 tag of prompt_zh ('zh-Hans', 'zh-TW' …), '' when prompt_zh is ''.
        choices: the options of a multiple-choice question, in a fixed order; () for a typed answer.
        answer: the right answer: one of choices, or the canonical typed answer.
        accepted: other typed answers that are also right (variants), beyond answer.
        explanation: why the answer is right: the rule or fact, with where it comes from.
        hint: a nudge that does not give the answer away.
        ref: the reference of the sentence the exercise comes from or that answers it
            ('000:p3.s1'), or '' when none does.
        source: the data it was generated from ('corpus/glossary.toml#chip').
        unit: for a number exercise, the unit the answer is in ('USD', 'W', 'ratio' …), else ''.
        value: for a number or chart exercise, the right amount in unit, else None.
        tolerance: for a number exercise, the relative error accepted (0.01 is 1 %).
        answer_lang: the BCP 47 tag of the answer and the choices when they are Chinese written
            otherwise than prompt_zh (a script exercise's target, a Taiwan or mainland word); ''
            when they follow lang.
    """

    id: str
    doc: str
    section: int
    kind: ExerciseKind
    prompt: str
    prompt_zh: str
    lang: str
    choices: tuple[str, ...]
    answer: str
    explanation: str
    hint: str
    ref: str
    source: str
    accepted: tuple[str, ...] = ()
    unit: str = ""
    value: float | None = None
    tolerance: float = 0.0
    answer_lang: str = ""

    @property
    def choice_lang(self) -> str:
        """The tag of the answer and choices: answer_lang, else lang."""
        return self.answer_lang or self.lang

    def as_dict(self, teacher: bool = False) -> dict[str, Any]:
        """The exercise as a JSON-ready dict: what a student sees (id, doc, section, kind, prompt,
        prompt_zh, lang, choices, choice_lang, ref), plus hint, answer, accepted and explanation
        when teacher. A student is shown the hint only after a wrong answer (in its Feedback)."""
        shown: dict[str, Any] = {
            "id": self.id,
            "doc": self.doc,
            "section": self.section,
            "kind": self.kind,
            "prompt": self.prompt,
            "prompt_zh": self.prompt_zh,
            "lang": self.lang,
            "choices": list(self.choices),
            "choice_lang": self.choice_lang,
            "ref": self.ref,
        }
        if teacher:
            shown |= {
                "hint": self.hint,
                "answer": self.answer,
                "accepted": list(self.accepted),
                "explanation": self.explanation,
            }
        return shown


@dataclass(frozen=True)
class Feedback:
    """What a student is told about one answer.

    Attributes:
        correct: the answer is right.
        message: right or wrong, and why (the rule, the sentence it comes from); never the right
            answer itself when the answer is wrong.
        hint: a nudge for another try ('' when correct).
        marks: for a typed answer in Chinese, the positions (characters into the answer as typed,
            after trimming) of the characters that are wrong; () otherwise.
        usable: False when the answer could not be read as an answer at all (empty, text where a
            number is asked, the wrong script); it still counts as an attempt.
    """

    correct: bool
    message: str
    hint: str = ""
    marks: tuple[int, ...] = field(default=())
    usable: bool = True

    def as_dict(self) -> dict[str, Any]:
        """{"correct", "feedback", "hint", "marks"}: the command line's and the widget's shape."""
        return {
            "correct": self.correct,
            "feedback": self.message,
            "hint": self.hint,
            "marks": list(self.marks),
        }
