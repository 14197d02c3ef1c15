"""The reader widget of notebook 09 (over its fixture store), driven through its note controls:
a note and a highlight added, seen on the page, a quote refused, a note edited and deleted."""

from collections.abc import Callable

from playwright.sync_api import expect

from tests.browser.lab import Lab
from tests.browser.pages import READER_CELL, Notebook, rendered_html

NAME = "09_my_notes.ipynb"
SHOTS = "test-results/browser"
# 003:p2.s5 is 白领工作何时会消失？ (segmented("003")), on the page the notebook shows; the
# fixture (corpus/fixtures/notes) has no annotation on it.
REF = "003:p2.s5"


def test_a_reader_adds_edits_and_deletes_notes_and_sees_them(
    notebook: Notebook, lab: Lab, cell_count: Callable[[str], int]
) -> None:
    notebook.open(lab.url(NAME), cell_count(NAME))
    notebook.run_all()
    assert notebook.errors() == []
    reader = notebook.output_of(READER_CELL)
    view = rendered_html(reader).last
    # The fixture's highlight of 超音速海啸 on 003:p2.s3 and its orphan are on show.
    expect(view.locator(".mr-row[data-ref='003:p2.s3'] mark.mr-highlight").first).to_be_visible()
    expect(view.locator(".mr-orphans")).to_contain_text("orphans")

    reader.get_by_role("combobox", name="Sentence").select_option(REF)
    reader.get_by_role("textbox", name="Note", exact=True).fill("When? <soon> & why")
    reader.get_by_role("textbox", name="Tags").fill("jobs, question")
    reader.get_by_role("button", name="Add note").click()
    notes = view.locator(f".mr-row[data-ref='{REF}'] + .mr-after .mr-notes")
    expect(notes).to_contain_text("When? <soon> & why")
    expect(notes.locator(".mr-tag")).to_have_text(["#jobs", "#question"])

    reader.get_by_role("textbox", name="Quote").fill("白领工作")
    reader.get_by_role("button", name="Highlight").click()
    mark = view.locator(f".mr-row[data-ref='{REF}'] td.mr-first mark.mr-highlight")
    expect(mark).to_have_text("白领工作")
    # The highlight is told from the conversion's marks by its bar, not only by its colour.
    assert mark.evaluate("m => getComputedStyle(m).boxShadow").endswith("inset")
    mark.scroll_into_view_if_needed()
    reader.page.screenshot(path=f"{SHOTS}/reader_notes_added.png")

    reader.get_by_role("textbox", name="Quote").fill("not in it")
    reader.get_by_role("button", name="Highlight").click()
    expect(reader.locator(".mr-reader-status.mr-problem")).to_contain_text(
        f"«not in it» is not in {REF}"
    )

    edit = reader.get_by_role("combobox", name="Edit")
    edit.select_option(label=f"{REF} · note · When? <soon> & why")
    expect(reader.get_by_role("textbox", name="Tags")).to_have_value("jobs, question")
    reader.get_by_role("textbox", name="Note", exact=True).fill("Within a few years, he says.")
    reader.get_by_role("button", name="Save changes").click()
    expect(notes).to_contain_text("Within a few years, he says.")
    expect(notes).not_to_contain_text("When?")

    edit.select_option(label=f"{REF} · note · Within a few years, he says.")
    reader.get_by_role("button", name="Delete").click()
    expect(notes).not_to_contain_text("Within a few years")
    expect(mark).to_have_text("白领工作")
