"""The reader widget of walkthrough 01, after Run All, driven through its controls: script pair,
layout, pinyin then zhuyin, the glossary marks and paging."""

import re
from collections.abc import Callable

from playwright.sync_api import expect

from tests.browser.lab import Lab
from tests.browser.pages import READER_CELL, Notebook, rendered_html

NAME = "01_kamath_debt_ai_robots.ipynb"
PINYIN = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+")
ZHUYIN = re.compile(r"[\u3105-\u312f\u02ca\u02c7\u02cb\u02d9]+")


def test_reader_controls_change_the_page(
    notebook: Notebook, lab: Lab, cell_count: Callable[[str], int]
) -> None:
    notebook.open(lab.url(NAME), cell_count(NAME))
    notebook.run_all()
    reader = notebook.output_of(READER_CELL)
    view = rendered_html(reader)
    # The notebook's next cell chose section 2 and clicked next: its page 2 is on show.
    label = notebook.widget_label(reader, r"^page \d+ of \d+$")
    expect(label).to_have_text(re.compile(r"^page 2 of \d+$"))

    reader.get_by_label("scripts").select_option("original ↔ zh-TW")
    expect(view.locator("th").nth(2)).to_contain_text("zh-TW")
    expect(view.locator("td.mr-second").first).to_have_attribute("lang", "zh-TW")

    reader.get_by_role("button", name="interlinear", exact=True).click()
    expect(view.locator(".mr-interlinear .mr-row").first).to_be_visible()
    expect(view.locator("table.mr-aligned")).to_have_count(0)

    reader.get_by_role("button", name="pinyin", exact=True).click()
    expect(view.locator("rt").first).to_have_text(PINYIN)
    reader.get_by_role("button", name="zhuyin", exact=True).click()
    expect(view.locator("rt").first).to_have_text(ZHUYIN)

    expect(view.locator(".mr-term")).to_have_count(0)
    reader.get_by_role("checkbox", name="glossary").check()
    expect(view.locator(".mr-term").first).to_be_visible()

    refs = view.locator(".mr-row").evaluate_all("rows => rows.map(row => row.dataset.ref)")
    reader.get_by_role("button", name="◀ previous").click()
    expect(label).to_have_text(re.compile(r"^page 1 of \d+$"))
    expect(reader.get_by_role("button", name="◀ previous")).to_be_disabled()
    first = view.locator(".mr-row").evaluate_all("rows => rows.map(row => row.dataset.ref)")
    assert first and first != refs
    reader.get_by_role("button", name="next ▶").click()
    expect(label).to_have_text(re.compile(r"^page 2 of \d+$"))
    expect(view.locator(".mr-row").first).to_have_attribute("data-ref", refs[0])
