"""Markup inside a reader's text is text: kept verbatim in the normalised text and escaped in every
view that shows it (issue: a reader may paste a web page's source)."""

import pytest

import helpers

TEXT = (
    "馬斯克說：<script>alert('x')</script>明年要造一百萬台<marquee>機器人</marquee>。\n"
    '他認為<img src=x onerror="alert(1)">電動車的價格會下降百分之二十。\n'
)


@pytest.fixture
def marked_up(one_text_corpus) -> str:
    """A reader's text carrying a script, a marquee and an image tag, with markup in its title."""
    return one_text_corpus(TEXT, title="<b>標題</b>")


def _shown(html: str) -> None:
    for tag in ("<script", "<marquee", "<img src=x", "<b>標題"):
        assert tag not in html


def test_markup_is_kept_in_the_text(marked_up):
    assert helpers.normalized(marked_up).text == TEXT
    assert not helpers.normalized(marked_up).repairs


def test_markup_is_escaped_in_every_view(marked_up):
    document_view = helpers.document_view(marked_up)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in document_view
    _shown(document_view)
    _shown(helpers.metadata_card(marked_up))
    rows = helpers.reader_rows(marked_up)
    for reading in (None, "pinyin", "zhuyin"):
        _shown(helpers.aligned_view(rows, ("original", "zh-Hans"), reading=reading, glossary=True))
    _shown(helpers.ReaderWidget(marked_up).static_html())
    _shown(helpers.static_explorer_view(doc=marked_up))
    _shown(helpers.document_glossary(marked_up))
