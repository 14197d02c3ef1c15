"""Readings and notes as a reader meets them, measured in Chromium: a zhuyin page of the transcript
in a narrow column (no syllable broken, gaps between syllables, readings clear of the line above)
and glossary notes opened by keyboard, by hover and by tap."""

from playwright.sync_api import Page, expect

from helpers import aligned_view, reader_rows

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Marks</title></head>
<body style="width: 420px; font-size: 14px"><main>{view}</main></body></html>"""
# The opening of corpus/texts/003: 埃隆·马斯克 (a glossary term whose 克 has two Traditional forms
# in zh-TW, 克 and 剋) and the sentences of paragraph 2.
REFS = ["003:p0.s0", "003:p2.s0", "003:p2.s1", "003:p2.s2", "003:p2.s3"]


def show(page: Page, reading: str) -> None:
    rows = reader_rows("003")
    view = aligned_view(
        rows[rows["ref"].isin(REFS)], ("original", "zh-TW"), reading=reading, glossary=True
    )
    page.set_content(PAGE.format(view=view))


def test_zhuyin_in_a_narrow_column_is_whole_spaced_and_clear(page: Page) -> None:
    show(page, "zhuyin")
    measured = page.evaluate(
        """() => {
        const rts = [...document.querySelectorAll("td.mr-second ruby rt")];
        const boxes = rts.map(rt => {
            const range = document.createRange();
            range.selectNodeContents(rt);
            return range.getBoundingClientRect();
        });
        const gaps = [];
        for (let i = 1; i < boxes.length; i++) {
            const sameLine = Math.abs(boxes[i].top - boxes[i - 1].top) < 1;
            if (sameLine) gaps.push(boxes[i].left - boxes[i - 1].right);
        }
        const lines = [...new Set(boxes.map(b => Math.round(b.top)))].sort((a, b) => a - b);
        const bases = [...document.querySelectorAll("td.mr-second ruby")].map(ruby => {
            const range = document.createRange();
            range.setStart(ruby, 0);
            range.setEndBefore(ruby.querySelector("rt"));
            return range.getBoundingClientRect();
        });
        // For each reading, the lowest base glyph on an earlier line of the same cell.
        const clearance = boxes.map((box, i) => {
            const cell = rts[i].closest("td");
            const above = bases.filter(
                (b, j) => rts[j].closest("td") === cell && b.bottom <= box.top + 1);
            return above.length ? box.top - Math.max(...above.map(b => b.bottom)) : null;
        }).filter(c => c !== null);
        return {
            count: rts.length,
            broken: rts.filter(rt => rt.getClientRects().length !== 1).length,
            min_gap: Math.min(...gaps),
            lines: lines.length,
            min_clearance: Math.min(...clearance),
        };
    }"""
    )
    assert measured["count"] > 100 and measured["lines"] > 5
    assert measured["broken"] == 0
    assert measured["min_gap"] >= 2
    assert measured["min_clearance"] >= 2


def test_a_note_opens_by_keyboard_hover_and_tap_in_the_chosen_reading(page: Page) -> None:
    show(page, "zhuyin")
    term = page.locator("td.mr-second .mr-term").filter(has_text="馬").first
    note = term.locator(".mr-note")
    assert note.bounding_box()["width"] <= 1  # type: ignore[index]  # closed

    for _ in range(10):  # Tab from term to term until 馬斯克 has the focus
        page.keyboard.press("Tab")
        if term.evaluate("element => element === document.activeElement"):
            break
    expect(term).to_be_focused()
    # The note gives the zhuyin chosen, the English and the choices of 克 (corpus/glossary.toml,
    # OpenCC's STCharacters: 克 → 克 剋).
    expect(note).to_contain_text("ㄇㄚˇ ㄙ ㄎㄜˋ")
    expect(note).to_contain_text("Elon Musk")
    expect(note).to_contain_text("克/剋")
    assert note.bounding_box()["width"] > 20  # type: ignore[index]

    page.locator("h1, main").first.click(position={"x": 400, "y": 5})
    page.mouse.move(0, 0)
    expect(term).not_to_be_focused()
    assert note.bounding_box()["width"] <= 1  # type: ignore[index]

    term.hover()
    assert note.bounding_box()["width"] > 20  # type: ignore[index]
    page.mouse.move(0, 0)
    term.click()  # a tap focuses it
    assert note.bounding_box()["width"] > 20  # type: ignore[index]


def test_pinyin_notes_give_pinyin(page: Page) -> None:
    show(page, "pinyin")
    term = page.locator("td.mr-second .mr-term").filter(has_text="馬").first
    term.focus()
    expect(term.locator(".mr-note")).to_contain_text("mǎ sī kè")
