"""The exercise widget: a document's exercises one at a time, section by section, with feedback at
once and a score per section; and the same section as plain HTML.

The right answers stay in the kernel: the browser gets the prompt, the choices and, after a check,
the feedback (the explanation only once the answer is right). Each check is kept as an attempt in
the reader's store (helpers.classroom.answers), so the score survives a kernel restart.
"""

from __future__ import annotations

from html import escape
from importlib import import_module
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from helpers.classroom.answers import answer_exercise, section_scores
from helpers.classroom.feedback import (
    CLASSROOM_CSS,
    feedback_html,
    no_exercises_html,
    prompt_html,
    question_html,
    text_html,
)
from helpers.classroom.model import Exercise, Feedback
from helpers.classroom.registry import exercises
from helpers.core.errors import CorpusError
from helpers.corpus.documents import document
from helpers.corpus.labels import section_labels
from helpers.corpus.segments import segmented
from helpers.views.page import StaticFallback, style

LABEL_CHARS = 40
"""How much of a section's label the section menu shows."""


def score_line(doc: str, section: int, path: Path | None = None) -> str:
    """ "Section 2: 3 of 5 right" (sections counted from 1): the section's exercises with a right
    answer among their attempts, out of all; or why the score cannot be read from the store."""
    try:
        scores = section_scores(doc, path)
    except CorpusError as error:
        return f"Section {section + 1}: no score ({error})"
    row = scores[scores["section"] == section].iloc[0]
    return f"Section {section + 1}: {row['correct']} of {row['exercises']} right"


def chart_of(item: Exercise) -> Any | None:
    """The chart a chart exercise is read off: helpers.classroom.chart_reading.chart_for(item)
    (imported only when needed), or None for another kind or when there is no such function."""
    if item.kind != "chart":
        return None
    try:
        module = import_module("helpers.classroom.chart_reading")
    except ModuleNotFoundError:
        return None
    chart_for = getattr(module, "chart_for", None)
    return chart_for(item) if chart_for else None


def show_chart(output: widgets.Output, chart: Any | None) -> None:
    """Put a chart in an Output widget in place of what it showed (None: leave it empty).

    The outputs are reset through the synced trait, not Output.clear_output: outside a kernel (a
    script, a test, the site build) IPython's clear_output prints terminal escape codes to stdout,
    and display prints the chart's repr, so the chart is displayed only where IPython runs.
    """
    from IPython import get_ipython
    from IPython.display import display

    output.outputs = ()
    if chart is not None and get_ipython() is not None:
        with output:
            display(chart)


def labels_of(doc: str) -> tuple[str, ...]:
    """A document's section labels (helpers.corpus.labels.section_labels)."""
    return section_labels(segmented(doc))


class ExerciseWidget(StaticFallback, widgets.VBox):
    """A section menu, one exercise at a time with Previous and Next, its choices (radio buttons)
    or a text box, Check, the feedback and the section's score line. A document without
    exercises (a short text of a reader's) shows one paragraph that says so (NO_EXERCISES).

    Args:
        doc: a document id.
        section: the section to open (counted from 0, as Exercise.section); default: the first
            that has exercises.
        path: the notes store the answers go to (default: the reader's store).

    Raises:
        CorpusError: unknown document; a section without exercises.
    """

    def __init__(self, doc: str, section: int | None = None, path: Path | None = None) -> None:
        self.doc, self.path = document(doc).id, path
        self.all = exercises(self.doc)
        labels = labels_of(self.doc)
        numbers = sorted({item.section for item in self.all})
        if section is not None and section not in numbers:
            raise CorpusError(f"section {section} of {self.doc} has no exercises; try {numbers}")
        self.section = widgets.Dropdown(
            options=[(f"{n + 1} · {labels[n]}"[:LABEL_CHARS], n) for n in numbers],
            value=(numbers[0] if numbers else None) if section is None else section,
            description="Section",
        )
        self.previous = widgets.Button(description="Previous", icon="arrow-left")
        self.next = widgets.Button(description="Next", icon="arrow-right")
        self.position = widgets.Label()
        self.prompt = widgets.HTML()
        self.chart = widgets.Output()
        self.choices = widgets.RadioButtons(options=[], value=None, description="Answer")
        self.typed = widgets.Text(
            description="Answer",
            placeholder="type your answer",
            layout=widgets.Layout(width="min(100%, 48em)"),
        )
        self.answer_box = widgets.Box()
        self.check = widgets.Button(description="Check", button_style="primary")
        self.feedback = widgets.HTML()
        self.score = widgets.Label()
        self.index = 0
        self.given: dict[str, tuple[object, Feedback]] = {}
        self.section.observe(lambda _: self._turn(0), "value")
        self.previous.on_click(lambda _: self._turn(self.index - 1))
        self.next.on_click(lambda _: self._turn(self.index + 1))
        self.check.on_click(lambda _: self.answer())
        if not numbers:
            self.position.value = "No exercises"
            super().__init__([widgets.HTML(no_exercises_html(self.doc))])
            return
        super().__init__(
            [
                widgets.HTML(style(CLASSROOM_CSS)),
                self.section,
                widgets.HBox([self.previous, self.position, self.next]),
                widgets.HBox([widgets.VBox([self.prompt, self.answer_box]), self.chart]),
                self.check,
                self.feedback,
                self.score,
            ]
        )
        self._turn(0)

    def __repr__(self) -> str:
        return f"ExerciseWidget({self.doc!r}, {self.position.value}; {self.score.value})"

    @property
    def shown(self) -> tuple[Exercise, ...]:
        """The chosen section's exercises, in order."""
        return tuple(item for item in self.all if item.section == self.section.value)

    @property
    def current(self) -> Exercise:
        """The exercise shown.

        Raises:
            CorpusError: the document has no exercises.
        """
        if not self.shown:
            raise CorpusError(f"document {self.doc} has no exercises")
        return self.shown[self.index]

    def answer(self, given: object = None) -> Feedback:
        """Check the answer picked or typed (or given) to the exercise shown and keep it.

        Args:
            given: an answer to use instead of the control's (as a notebook cell might).

        Returns:
            Its feedback, which the widget shows with the new score; a store that cannot be
            used is said in the feedback instead (nothing raised from a button).
        """
        item = self.current
        if given is None:
            given = self.typed.value if not item.choices else (self.choices.value or "")
        try:
            feedback = answer_exercise(item, given, self.path)
        except CorpusError as error:
            feedback = Feedback(False, f"The answer could not be kept: {error}", usable=False)
        self.given[item.id] = (given, feedback)
        self.feedback.value = feedback_html(item, given, feedback)
        self.score.value = score_line(self.doc, item.section, self.path)
        return feedback

    def static_html(self) -> str:
        """The chosen section as HTML without a kernel: a <style> block, the section and its
        score, then each exercise's prompt and choices (never an answer), escaped, lang-tagged;
        for a document without exercises, the paragraph that says so."""
        if not self.all:
            return no_exercises_html(self.doc)
        label = text_html(labels_of(self.doc)[self.section.value], document(self.doc).language)
        items = "\n".join(f"<li>{question_html(item)}</li>" for item in self.shown)
        return (
            f'{style(CLASSROOM_CSS)}<div lang="en"><p class="mr-caption">Exercises on '
            f"{escape(self.doc)} · section {self.section.value + 1} · {label}</p>\n"
            f'<p class="mr-score">{escape(self.score.value)}</p>\n<ol>{items}</ol></div>'
        )

    def _turn(self, index: int) -> None:
        """Show exercise index of the section (kept within it), its last feedback if any."""
        self.index = max(0, min(index, len(self.shown) - 1))
        item = self.current
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == len(self.shown) - 1
        self.position.value = f"Exercise {self.index + 1} of {len(self.shown)}"
        self.prompt.value = prompt_html(item)
        given, feedback = self.given.get(item.id, (None, None))
        self.choices.options, self.choices.value = item.choices, None
        self.typed.value = ""
        if item.choices and given in item.choices:
            self.choices.value = given
        elif not item.choices and given is not None:
            self.typed.value = str(given)
        self.answer_box.children = [self.choices if item.choices else self.typed]
        self.feedback.value = feedback_html(item, given, feedback) if feedback else ""
        self.score.value = score_line(self.doc, item.section, self.path)
        show_chart(self.chart, chart_of(item))
