"""The exercise widget in JupyterLab: a wrong then a right choice, and a typed answer with its
wrong character marked, each checked in the real browser with the feedback and the score line.

The notebook is written into the lab's folder by the test. Its exercises are the hand-written
ones of tests/classroom/fake_generator.py (installed in the kernel by the first cell): section 1
holds 000.term-english.rocket ("What does 火箭 mean?", answer "rocket") and one more; section 2
holds a typed exercise whose answer is 晶片很重要 (so 芯片很重要 has its first character wrong).
"""

from pathlib import Path

import nbformat
from playwright.sync_api import expect

from tests.browser.lab import Lab
from tests.browser.pages import Notebook

NAME = "exercise_widget_check.ipynb"
WIDGET_CELL = "ExerciseWidget("
SHOTS = Path("/work/tmp/shots/exercises")
CELLS = [
    "from helpers.classroom.answers import reset_answers\n"
    "from tests.classroom import fake_generator\n"
    "fake_generator.install()\n"
    "reset_answers('000')",
    "from helpers.classroom.widget import ExerciseWidget\nExerciseWidget('000')",
]


def test_feedback_and_score_in_the_browser(notebook: Notebook, lab: Lab) -> None:
    made = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in CELLS])
    made.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(made, lab.root_dir / NAME)
    notebook.open(lab.url(NAME), len(CELLS))
    notebook.run_all()
    assert notebook.errors() == []
    # .first: the widget holds an output area of its own (for a chart), inside the cell's.
    widget = notebook.output_of(WIDGET_CELL).first
    feedback = widget.locator(".mr-feedback")
    score = notebook.widget_label(widget, r"^Section \d")
    expect(score).to_have_text("Section 1: 0 of 2 right")
    expect(widget.locator(".mr-prompt span[lang='zh-Hans']")).to_have_text("火箭")

    widget.get_by_role("radio", name="chip").check()
    widget.get_by_role("button", name="Check").click()
    expect(feedback).to_have_class("mr-feedback mr-wrong")
    expect(feedback).to_contain_text("Not yet.Not chip. Try again.Hint:Think of SpaceX.")
    expect(score).to_have_text("Section 1: 0 of 2 right")

    widget.get_by_role("radio", name="rocket").check()
    widget.get_by_role("button", name="Check").click()
    expect(feedback).to_have_class("mr-feedback mr-right")
    expect(feedback).to_contain_text("Right.火箭 is a rocket (glossary entry rocket).")
    expect(score).to_have_text("Section 1: 1 of 2 right")
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.screenshot(path=SHOTS / "choice_right.png")

    widget.get_by_role("combobox", name="Section").select_option(index=1)
    expect(score).to_have_text("Section 2: 0 of 2 right")
    widget.get_by_role("textbox", name="Answer").fill("芯片很重要")
    widget.get_by_role("button", name="Check").click()
    expect(feedback).to_have_class("mr-feedback mr-wrong")
    wrong = feedback.locator("mark.mr-wrong-char")
    expect(wrong).to_have_text("芯")
    colour = wrong.evaluate("mark => getComputedStyle(mark).backgroundColor")
    assert colour == "rgb(246, 201, 201)"  # CLASSROOM_CSS: mark.mr-wrong-char background #f6c9c9
    widget.screenshot(path=SHOTS / "typed_wrong.png")
