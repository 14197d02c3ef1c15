"""A text without exercises (a reader's short text; one of headings and markup only): the real
generators find nothing, and the widget and the answer key say so instead of failing."""

import pytest

from helpers.classroom.feedback import NO_EXERCISES, answer_key
from helpers.classroom.registry import exercises
from helpers.classroom.widget import ExerciseWidget
from helpers.core.errors import CorpusError

TEXTS = {
    "short sentences": ("你好。我很好。你呢？\n", "plain"),
    "markup only": ("# 马斯克谈火星\n\n**[第一段]**\n\n![火箭](rocket.png)\n", "markdown"),
}


@pytest.mark.parametrize("text, text_format", TEXTS.values(), ids=TEXTS.keys())
def test_a_text_without_exercises_gets_a_plain_view(one_text_corpus, text, text_format):
    doc = one_text_corpus(text, script="Simplified", region="mainland", format=text_format)
    assert exercises(doc) == ()
    view = ExerciseWidget(doc)
    assert view.shown == () and view.position.value == "No exercises"
    assert NO_EXERCISES in view.static_html()
    assert NO_EXERCISES in view._repr_mimebundle_()["text/html"]
    assert NO_EXERCISES in answer_key(doc) and "<table" not in answer_key(doc)
    with pytest.raises(CorpusError, match="document 100 has no exercises"):
        view.answer("你好")
    with pytest.raises(CorpusError, match="section 0 of 100 has no exercises"):
        ExerciseWidget(doc, section=0)
