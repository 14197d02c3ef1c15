"""The reader widget of walkthrough 01, after Run All, driven through its controls: script pair,
layout, pinyin then zhuyin, the glossary marks, paging and a jump to a sentence reference."""

import re
from collections.abc import Callable

from playwright.sync_api import expect

from tests.browser.lab import ROOT, Lab
from tests.browser.pages import READER_CELL, Notebook, rendered_html

NAME = "01_kamath_debt_ai_robots.ipynb"
PINYIN = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+")
ZHUYIN = re.compile(r"[\u3105-\u312f\u02ca\u02c7\u02cb\u02d9]+")
SHOTS = ROOT / "test-results" / "browser" / "reading_choices"


def refs_shown(view) -> list[str]:
    """The sentence references of the rows on show, in order."""
    return view.locator(".mr-row").evaluate_all("rows => rows.map(row => row.dataset.ref)")


def test_reader_controls_change_the_page(
    notebook: Notebook, lab: Lab, cell_count: Callable[[str], int]
) -> None:
    notebook.open(lab.url(NAME), cell_count(NAME))
    notebook.run_all()
    reader = notebook.output_of(READER_CELL)
    view = rendered_html(reader).last
    page = reader.get_by_role("spinbutton", name="Page")
    # The notebook's next cell chose section 2 and clicked next: its page 2 is on show.
    expect(page).to_have_value("2")

    reader.get_by_role("combobox", name="Scripts").select_option("original ↔ zh-TW")
    expect(view.locator("th").nth(2)).to_contain_text("zh-TW")
    expect(view.locator("td.mr-second").first).to_have_attribute("lang", "zh-TW")

    reader.get_by_role("radio", name="interlinear").check()
    expect(view.locator(".mr-interlinear .mr-row").first).to_be_visible()
    expect(view.locator("table.mr-aligned")).to_have_count(0)

    reader.get_by_role("radio", name="pinyin").check()
    expect(view.locator("rt").first).to_have_text(PINYIN)
    reader.get_by_role("radio", name="zhuyin").check()
    expect(view.locator("rt").first).to_have_text(ZHUYIN)

    expect(view.locator(".mr-term")).to_have_count(0)
    reader.get_by_role("checkbox", name="Glossary").check()
    expect(view.locator(".mr-term").first).to_be_visible()

    second = refs_shown(view)
    reader.get_by_role("button", name="Previous page").click()
    expect(page).to_have_value("1")
    expect(reader.get_by_role("button", name="Previous page")).to_be_disabled()
    first = refs_shown(view)
    assert first and first != second
    reader.get_by_role("button", name="Next page").click()
    expect(page).to_have_value("2")
    expect(view.locator(".mr-row").first).to_have_attribute("data-ref", second[0])

    # 000:p3.s0 (在他眼裡,未來三年…) is in section 1 of corpus/texts/000, on its first page.
    box = reader.get_by_role("textbox", name="Go to reference")
    box.fill("000:p3.s0")
    box.press("Enter")
    expect(page).to_have_value("1")
    expect(view.locator(".mr-row[data-ref='000:p3.s0']")).to_be_visible()
    box.fill("000:p999.s0")
    box.press("Enter")
    # 000 has 108 paragraphs, p0 to p107 (helpers.corpus.segments, the last one read by hand).
    expect(reader.locator(".mr-reader-status.mr-problem")).to_have_text(
        "document 000 has paragraphs p0 to p107, not p999"
    )


def test_reading_standard_and_tones_change_the_ruby(
    notebook: Notebook, lab: Lab, cell_count: Callable[[str], int]
) -> None:
    notebook.open(lab.url(NAME), cell_count(NAME))
    notebook.run_all()
    reader = notebook.output_of(READER_CELL)
    view = rendered_html(reader).last
    reader.get_by_role("combobox", name="Scripts").select_option("original ↔ zh-TW")
    reader.get_by_role("radio", name="zhuyin").check()
    # 000:p2.s0 (拯救美國財政,不用加稅、不用減支…): 不 before the fourth tone of 用 is ㄅㄨˋ in
    # citation tones and ㄅㄨˊ as spoken (tone sandhi), in both columns.
    box = reader.get_by_role("textbox", name="Go to reference")
    box.fill("000:p2.s0")
    box.press("Enter")
    row = view.locator(".mr-row[data-ref='000:p2.s0']")
    bu = row.locator("ruby", has_text="不").locator("rt")
    expect(bu).to_have_count(4)
    expect(bu.first).to_have_text("ㄅㄨˋ")
    # 危 in the same sentence: the Ministry of Education reads ㄨㄟˊ, the mainland standard ㄨㄟ
    # (wēi); the automatic standard reads a Taiwan document and its zh-TW column the Taiwan way.
    wei = row.locator("ruby", has_text="危").locator("rt")
    expect(wei).to_have_count(2)
    assert wei.all_inner_texts() == ["ㄨㄟˊ"] * 2
    row.screenshot(path=SHOTS / "citation.png")
    reader.get_by_role("combobox", name="Tones").select_option("sandhi")
    expect(bu.first).to_have_text("ㄅㄨˊ")
    assert bu.all_inner_texts() == ["ㄅㄨˊ"] * 4
    row.screenshot(path=SHOTS / "sandhi.png")
    reader.get_by_role("combobox", name="Standard").select_option("mainland")
    expect(reader.get_by_role("combobox", name="Standard")).to_have_value("mainland")
    expect(wei.first).to_have_text("ㄨㄟ")
    assert wei.all_inner_texts() == ["ㄨㄟ"] * 2
    expect(bu.first).to_have_text("ㄅㄨˊ")
    tones = reader.get_by_role("combobox", name="Tones")
    # The row of reading controls: the nearest box holds the two menus, the next one the row.
    row_of_controls = tones.locator("xpath=ancestor::div[contains(@class, 'widget-hbox')][2]")
    row_of_controls.screenshot(path=SHOTS / "controls.png")
