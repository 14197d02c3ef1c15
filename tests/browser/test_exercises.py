"""The exercise widget in JupyterLab on document 000's real exercises: a wrong then a right
choice, and a typed script answer with its wrong character marked, each checked in the real
browser with the feedback and the score line.

The notebook is written into the lab's folder by the test; its first cell forgets any answers to
000 in the session's reader data folder, so each score starts at 0. Hand-checked answers:
- section 1 opens with 000.term-english.musk, "What does 馬斯克 mean in this sentence?"
  (000:p0.s0, 【新智元導讀】馬斯克放出豪言…): Elon Musk, not Tony Stark; 7 exercises in all.
- section 4 opens with 000.script.p47.s0, the Traditional sentence 在訪談進入中段的時候,馬斯克突然
  把話題從債務轉向了更底層的東西──貨幣是什麼? to be written in Simplified (訪談進時馬話題從債務轉層
  東貨幣麼 change, sixteen characters); 5 exercises in all.
"""

from pathlib import Path

import nbformat
from playwright.sync_api import expect

from tests.browser.lab import Lab
from tests.browser.pages import Notebook

NAME = "exercise_widget_real.ipynb"
SHOTS = Path("/work/tmp/shots/exercises-real")
CELLS = [
    "from helpers.classroom.answers import reset_answers\nreset_answers('000')",
    'from helpers import ExerciseWidget\nExerciseWidget("000", section=0)',
    'ExerciseWidget("000", section=3)',
]
SIMPLIFIED = "在访谈进入中段的时候,马斯克突然把话题从债务转向了更底层的东西──货币是什么?"


def test_real_exercises_in_the_browser(notebook: Notebook, lab: Lab) -> None:
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
    SHOTS.mkdir(parents=True, exist_ok=True)

    # .first: the widget holds an output area of its own (for a chart), inside the cell's.
    widget = notebook.output_of("section=0").first
    feedback = widget.locator(".mr-feedback")
    score = notebook.widget_label(widget, r"^Section \d")
    expect(score).to_have_text("Section 1: 0 of 7 right")
    expect(widget.locator(".mr-prompt span[lang='zh-TW']").first).to_contain_text("馬斯克")
    widget.get_by_role("radio", name="Tony Stark").check()
    widget.get_by_role("button", name="Check").click()
    expect(feedback).to_have_class("mr-feedback mr-wrong")
    expect(feedback).to_contain_text("Not yet.Not Tony Stark. Try again.")
    expect(feedback.locator(".mr-hint")).to_contain_text("Hint:馬斯克 is read mǎ sī kè")
    expect(feedback).not_to_contain_text("Elon Musk")
    expect(score).to_have_text("Section 1: 0 of 7 right")
    widget.get_by_role("radio", name="Elon Musk").check()
    widget.get_by_role("button", name="Check").click()
    expect(feedback).to_have_class("mr-feedback mr-right")
    expect(feedback).to_contain_text("Right.馬斯克 (mǎ sī kè) means 'Elon Musk'")
    expect(score).to_have_text("Section 1: 1 of 7 right")
    widget.screenshot(path=SHOTS / "choice_right.png")

    typed = notebook.output_of("section=3").first
    feedback = typed.locator(".mr-feedback")
    score = notebook.widget_label(typed, r"^Section \d")
    expect(score).to_have_text("Section 4: 0 of 5 right")
    box = typed.get_by_role("textbox", name="Answer")
    box.fill(SIMPLIFIED.replace("币", "幣"))  # 幣 left in Traditional, the 35th character
    typed.get_by_role("button", name="Check").click()
    expect(feedback).to_have_class("mr-feedback mr-wrong")
    expect(feedback).to_contain_text("Not yet.1 character wrong or extra, in brackets:")
    wrong = feedback.locator("mark.mr-wrong-char")
    expect(wrong).to_have_count(1)
    expect(wrong).to_have_text("幣")
    colour = wrong.evaluate("mark => getComputedStyle(mark).backgroundColor")
    assert colour == "rgb(246, 201, 201)"  # CLASSROOM_CSS: mark.mr-wrong-char background #f6c9c9
    expect(feedback.locator(".mr-hint")).to_contain_text("16 characters change")
    expect(score).to_have_text("Section 4: 0 of 5 right")
    typed.screenshot(path=SHOTS / "typed_wrong.png")
    box.fill(SIMPLIFIED)
    typed.get_by_role("button", name="Check").click()
    expect(feedback).to_have_class("mr-feedback mr-right")
    expect(feedback).to_contain_text("Right.16 characters change")
    expect(score).to_have_text("Section 4: 1 of 5 right")
    typed.screenshot(path=SHOTS / "typed_right.png")
