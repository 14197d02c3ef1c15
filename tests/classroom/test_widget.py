"""The exercise widget, check cells, solutions and the answer key, on fake_generator's exercises
(per document: section 0 holds DOC.term-english.rocket, answer "rocket" = choice B, and
DOC.english-term.chip, answer 芯片; section 1 DOC.script.p1.s0, typed, answer 晶片很重要, and
DOC.comprehension.q0, answer "Elon Musk")."""

import json
import re
import sys
from collections.abc import Iterator
from html import unescape

import ipywidgets as widgets
import pytest

from helpers.classroom.answers import answer_history
from helpers.classroom.feedback import answer_key, check_answer, solution
from helpers.classroom.registry import exercises
from helpers.classroom.widget import ExerciseWidget
from helpers.core.errors import CorpusError

pytestmark = pytest.mark.usefixtures("fake_exercises")


def all_widgets(root: widgets.Widget) -> Iterator[widgets.Widget]:
    """A widget and every widget under it (children, the answer box's content)."""
    yield root
    for child in getattr(root, "children", ()):
        yield from all_widgets(child)


def plain(html: str) -> str:
    """HTML as the text a reader sees: tags removed, entities read."""
    return unescape(re.sub(r"<[^>]*>", "", html))


def synced_text(root: ExerciseWidget) -> str:
    """Everything the browser is sent (the synced state of every widget shown, as JSON), as
    plain text."""
    return plain(json.dumps([w.get_state() for w in all_widgets(root)], ensure_ascii=False))


def test_no_answer_or_explanation_is_sent_before_a_right_answer() -> None:
    made = exercises("000")
    view = ExerciseWidget("000")
    for section in (0, 1):
        view.section.value = section
        for index in range(len(view.shown)):
            view._turn(index)
            sent = synced_text(view)
            for item in made:
                if item.answer not in item.choices:
                    assert item.answer not in sent, item.id
                assert item.explanation not in sent, item.id
            view.answer("wrong answer")
            assert view.current.explanation not in synced_text(view)
            assert view.current.answer not in plain(view.feedback.value)
    view.section.value = 0
    view._turn(0)
    view.answer("rocket")
    assert "Right.火箭 is a rocket (glossary entry rocket)." in plain(view.feedback.value)


def test_a_wrong_then_a_right_choice_with_the_score() -> None:
    view = ExerciseWidget("000")
    assert view.position.value == "Exercise 1 of 2" and view.previous.disabled
    assert view.score.value == "Section 1: 0 of 2 right"
    view.choices.value = "chip"
    view.check.click()
    assert "Not yet." in view.feedback.value and "Not chip. Try again." in view.feedback.value
    assert "Hint:Think of SpaceX." in plain(view.feedback.value)
    assert view.score.value == "Section 1: 0 of 2 right"
    view.choices.value = "rocket"
    view.check.click()
    assert "Right." in view.feedback.value and "Hint" not in view.feedback.value
    assert view.score.value == "Section 1: 1 of 2 right"
    view.next.click()
    assert view.position.value == "Exercise 2 of 2" and view.next.disabled
    assert view.feedback.value == "" and view.choices.value is None
    view.previous.click()
    assert view.choices.value == "rocket" and "Right." in view.feedback.value
    assert answer_history()["attempt"].tolist() == [1, 2]


def test_a_typed_answer_has_its_wrong_characters_marked() -> None:
    view = ExerciseWidget("000", section=1)
    assert view.answer_box.children == (view.typed,)
    assert '<span lang="zh-Hans">芯片很重要</span>' in view.prompt.value
    view.typed.value = "芯片很重要"
    view.check.click()
    # fake_generator marks position 0: 芯 where the answer has 晶.
    assert '<mark class="mr-wrong-char">芯</mark>片很重要' in view.feedback.value
    view.typed.value = ""
    view.check.click()
    assert "No answer given" in view.feedback.value  # counted, not raised
    assert view.score.value == "Section 2: 0 of 2 right"
    assert len(answer_history()) == 2


def test_the_static_view_shows_prompts_and_choices_but_no_answer() -> None:
    view = ExerciseWidget("000", section=1)
    html = view.static_html()
    assert "<style>" in html and "Section 2: 0 of 2 right" in html
    # 000 is Traditional with Taiwan usage (corpus metadata), so its section title is zh-TW.
    assert '000 · section 2 · <span lang="zh-TW">馬斯克的救國路</span>' in html
    assert "Write this sentence as it is written in Taiwan." in html
    assert '<li><span lang="zh-Hans">' not in html  # Elon Musk is not tagged Chinese
    assert "<li>Elon Musk</li><li>Nikhil Kamath</li>" in html
    assert "晶片很重要" not in html and "The interview is with" not in html
    bundle = view._repr_mimebundle_()
    assert bundle["text/html"] == html


def test_a_section_without_exercises_or_an_unknown_document_is_refused() -> None:
    with pytest.raises(CorpusError, match="section 5 of 000 has no exercises"):
        ExerciseWidget("000", section=5)
    with pytest.raises(CorpusError, match="999"):
        ExerciseWidget("999")


def test_check_answer_solution_and_answer_key() -> None:
    result = check_answer("000.english-term.chip", "B")
    assert result.correct and "芯片 is a chip" in plain(result._repr_html_())
    wrong = check_answer("000.english-term.chip", "A")
    assert 'class="mr-feedback mr-wrong"' in wrong._repr_html_()
    assert (
        repr(wrong)
        == "000.english-term.chip: not yet. Not 火箭. Try again. Hint: It starts with 芯."
    )
    assert solution("000.script.p1.s0") == "晶片很重要"
    key = answer_key("000")
    rows = re.findall(r"<tr>.*?</tr>", key, re.S)[1:]
    assert len(rows) == 4
    assert 'B) <span lang="zh">芯片</span>' in rows[1]  # english-term has no lang: "zh"
    assert "Taiwan writes" in rows[2] and "<td>2</td>" in rows[2]
    assert len(answer_history()) == 2


def test_a_chart_exercise_asks_chart_reading_for_its_chart(monkeypatch) -> None:
    from dataclasses import replace
    from types import SimpleNamespace

    from helpers.classroom.widget import chart_of

    asked = []
    fake = SimpleNamespace(chart_for=lambda item: asked.append(item.id) or "a chart")
    monkeypatch.setitem(sys.modules, "helpers.classroom.chart_reading", fake)
    rocket = exercises("000")[0]
    chart = replace(rocket, id="000.chart.power_budget", kind="chart")
    assert chart_of(chart) == "a chart" and asked == ["000.chart.power_budget"]
    assert chart_of(rocket) is None and asked == ["000.chart.power_budget"]


def test_making_and_turning_a_widget_prints_nothing(monkeypatch, capfd) -> None:
    # IPython's clear_output printed "\x1b[2K\r" twice per turn outside a kernel, and display
    # printed the chart's repr
    monkeypatch.setattr("helpers.classroom.widget.chart_of", lambda item: "a chart")
    capfd.readouterr()
    view = ExerciseWidget("000")
    for section in (0, 1):
        view.section.value = section
        for index in range(len(view.shown)):
            view._turn(index)
    view.answer("wrong answer")
    assert capfd.readouterr() == ("", "")
    assert view.chart.outputs == ()
