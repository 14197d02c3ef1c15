"""Our rendered views in a plain English page, checked with axe-core: no serious or critical
violations (contrast, language of parts, table structure, names)."""

from playwright.sync_api import Page

from helpers import document_view, legend, static_first_page
from tests.browser.pages import serious_violations

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Views of document 000</title></head>
<body><main><h1>Views of document 000</h1>
{views}
</main></body></html>"""


def test_views_have_no_serious_axe_violations(page: Page) -> None:
    views = [
        document_view("000", section=1),
        legend(),
        static_first_page("000", ("original", "zh-Hans"), reading="pinyin", glossary=True),
    ]
    page.set_content(PAGE.format(views="\n".join(views)))
    assert page.locator("ruby rt").count() > 0 and page.locator("table").count() > 0
    assert serious_violations(page) == []
