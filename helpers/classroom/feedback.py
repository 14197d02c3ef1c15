"""Exercises and feedback as HTML: a question, the feedback on an answer (wrong characters of a
typed answer marked), a check cell's result, and the teacher's answer key.

Every text is escaped; Chinese carries its lang. The CSS is CLASSROOM_CSS (mr- classes), put in
front of each piece as a <style> block so a stored output keeps its look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from helpers.classroom.answers import answer_exercise
from helpers.classroom.checking import LETTERS
from helpers.classroom.model import Exercise, Feedback
from helpers.classroom.registry import exercise, exercises
from helpers.corpus.documents import document
from helpers.corpus.repair_rules import HAN
from helpers.views.page import html_table, style

CLASSROOM_CSS = """
.mr-exercise {margin: 0.4em 0 0.8em; line-height: 1.6;}
.mr-prompt {margin: 0.2em 0;}
.mr-prompt-zh {font-size: 1.4em; margin: 0.2em 0;}
.mr-choices {margin: 0.2em 0 0.2em 1.6em; padding: 0;}
.mr-typed-note {color: #555; font-size: 0.9em;}
.mr-feedback {margin: 0.4em 0; padding: 0.3em 0.6em; border-left: 4px solid #888;}
.mr-feedback.mr-right {border-color: #2e7d4f; background: #eef7f0;}
.mr-feedback.mr-wrong {border-color: #a61b1b; background: #fbeeee;}
.mr-verdict {font-weight: bold; margin-right: 0.4em;}
.mr-right .mr-verdict {color: #1d5e33;}
.mr-wrong .mr-verdict {color: #a61b1b;}
.mr-hint {color: #444;}
.mr-hint-label {font-weight: bold; margin-right: 0.3em;}
.mr-your-answer {font-size: 1.2em;}
mark.mr-wrong-char {background: #f6c9c9; color: #7a0f0f; text-decoration: underline wavy #a61b1b;}
.mr-score {font-weight: bold; margin: 0.3em 0;}
table.mr-answer-key td, table.mr-answer-key th,
.jp-RenderedHTMLCommon table.mr-answer-key td, .jp-RenderedHTMLCommon table.mr-answer-key th {
  text-align: left; vertical-align: top; padding: 0.2em 0.6em; border-bottom: 1px solid #e4e4e4;
}
"""
HAN_RUN = re.compile(f"[{HAN}][{HAN}\u3000-\u303f\uff00-\uffef·]*")
"""Chinese in a text: a Han character, then Han characters and CJK punctuation."""


def text_html(text: str, lang: str) -> str:
    """Escaped text, each run of Chinese in it in a span with lang (or 'zh' when lang is '')."""
    tag = escape(lang or "zh")
    parts, end = [], 0
    for run in HAN_RUN.finditer(text):
        parts += [escape(text[end : run.start()]), f'<span lang="{tag}">{escape(run[0])}</span>']
        end = run.end()
    return "".join(parts) + escape(text[end:])


def prompt_html(item: Exercise) -> str:
    """An exercise's question: the English prompt (its Chinese tagged with the exercise's lang),
    then the Chinese material on a line of its own, larger, unless the prompt quotes it."""
    shown = f'<p class="mr-prompt" lang="en">{text_html(item.prompt, item.lang)}</p>'
    if not item.prompt_zh or item.prompt_zh in item.prompt:
        return shown
    return f'{shown}\n<p class="mr-prompt-zh">{text_html(item.prompt_zh, item.lang)}</p>'


def question_html(item: Exercise) -> str:
    """An exercise as a student sees it without a kernel: the prompt, then its choices (A, B …)
    or a note that the answer is typed; never the answer."""
    if item.choices:
        options = "".join(
            f"<li>{text_html(choice, item.choice_lang)}</li>" for choice in item.choices
        )
        answer = f'<ol class="mr-choices" type="A">{options}</ol>'
    else:
        answer = '<p class="mr-typed-note">Type your answer.</p>'
    return f'<div class="mr-exercise">{prompt_html(item)}\n{answer}</div>'


def marked_answer(answer: str, marks: tuple[int, ...], lang: str) -> str:
    """A typed answer (trimmed) with the characters at marks in <mark class="mr-wrong-char">."""
    typed = answer.strip()
    chars = [
        f'<mark class="mr-wrong-char">{escape(char)}</mark>' if index in marks else escape(char)
        for index, char in enumerate(typed)
    ]
    return f'<span lang="{escape(lang or "zh")}">{"".join(chars)}</span>'


def feedback_html(item: Exercise, answer: object, feedback: Feedback) -> str:
    """The feedback on one answer, without a <style> block.

    Args:
        item: the exercise answered.
        answer: the answer as given.
        feedback: its feedback (the right answer is in it only when the answer was right).

    Returns:
        A <div class="mr-feedback mr-right|mr-wrong" role="status">: "Right." or "Not yet.", the
        message, the typed answer with its wrong characters marked (when there are marks), the
        hint (when wrong).
    """
    verdict, css = ("Right.", "mr-right") if feedback.correct else ("Not yet.", "mr-wrong")
    # The verdict is shown apart, so a message starting with it (script.py's "Not yet: …") drops it.
    message = feedback.message.removeprefix("Right.").removeprefix("Not yet:").strip()
    # a wrong answer's message quotes the answer as typed, in the answer's script
    told = text_html(message, item.lang if feedback.correct else item.choice_lang)
    parts = [f'<p><span class="mr-verdict">{verdict}</span>{told}</p>']
    if feedback.marks:
        typed = marked_answer(str(answer), feedback.marks, item.choice_lang)
        parts.append(f'<p class="mr-your-answer">Your answer: {typed}</p>')
    if feedback.hint and not feedback.correct:
        hint = text_html(feedback.hint, item.lang)
        parts.append(f'<p class="mr-hint"><span class="mr-hint-label">Hint:</span>{hint}</p>')
    return f'<div class="mr-feedback {css}" role="status" lang="en">{"".join(parts)}</div>'


@dataclass(frozen=True)
class CheckResult:
    """The result of check_answer: shown as the feedback's HTML in a notebook.

    Attributes:
        exercise: the exercise answered.
        answer: the answer as given.
        feedback: its feedback.
    """

    exercise: Exercise
    answer: object
    feedback: Feedback

    @property
    def correct(self) -> bool:
        """The answer was right."""
        return self.feedback.correct

    def _repr_html_(self) -> str:
        return style(CLASSROOM_CSS) + feedback_html(self.exercise, self.answer, self.feedback)

    def __repr__(self) -> str:
        verdict = "right" if self.correct else "not yet"
        hint = f" Hint: {self.feedback.hint}" if self.feedback.hint and not self.correct else ""
        return f"{self.exercise.id}: {verdict}. {self.feedback.message}{hint}"


def check_answer(exercise_id: str, answer: object) -> CheckResult:
    """Judge an answer in a solution check cell and keep it as an attempt (answer_exercise).

    Args:
        exercise_id: the exercise's id ('000.term-english.chip').
        answer: the student's answer; an empty or unreadable one gets friendly feedback.

    Returns:
        A CheckResult, shown as the feedback in a notebook.

    Raises:
        CorpusError: an id that names no exercise; StoreError: the store cannot be used.
    """
    item = exercise(exercise_id)
    return CheckResult(item, answer, answer_exercise(item, answer))


def exercise_question(exercise_id: str) -> str:
    """One exercise's question as a student sees it (prompt, then choices or "Type your answer."),
    for the cell above a typed exercise's answer cell; never the answer.

    Raises:
        CorpusError: an id that names no exercise.
    """
    return style(CLASSROOM_CSS) + question_html(exercise(exercise_id))


def solution(exercise_id: str) -> str:
    """The right answer of an exercise, for the teacher's solution cells.

    Raises:
        CorpusError: an id that names no exercise.
    """
    return exercise(exercise_id).answer


NO_EXERCISES = (
    "No exercises for this text: the exercise generators found nothing in it to ask about"
    " (its sentences may be short, or be headings, speaker labels or markup)."
)
"""What the exercise widget and the answer key show for a document without exercises."""


def no_exercises_html(doc: str) -> str:
    """The plain view of a document without exercises: a <style> block and NO_EXERCISES."""
    return (
        f'{style(CLASSROOM_CSS)}<div lang="en"><p class="mr-caption">Exercises on '
        f"{escape(doc)}</p>\n<p>{escape(NO_EXERCISES)}</p></div>"
    )


def answer_key(doc: str) -> str:
    """Every exercise of a document with its answer and explanation, for teacher-tagged cells.

    Args:
        doc: a document id.

    Returns:
        A <style> block, then a table (mr-answer-key): id, section (counted from 1), question,
        answer (with the choice's letter), also accepted, explanation, source; for a document
        without exercises, the paragraph that says so (no_exercises_html).

    Raises:
        CorpusError: unknown document.
    """
    rows = []
    for item in exercises(document(doc).id):
        letter = (
            f"{LETTERS[item.choices.index(item.answer)]}) " if item.answer in item.choices else ""
        )
        rows.append(
            [
                f"<code>{escape(item.id)}</code>",
                str(item.section + 1),
                question_html(item),
                f"{letter}{text_html(item.answer, item.choice_lang)}",
                ", ".join(text_html(other, item.choice_lang) for other in item.accepted),
                text_html(item.explanation, item.lang),
                escape(item.source),
            ]
        )
    if not rows:
        return no_exercises_html(document(doc).id)
    header = ("id", "section", "question", "answer", "also accepted", "explanation", "source")
    return style(CLASSROOM_CSS) + html_table(header, rows, "mr-answer-key")
