"""The markup around every page of the site: a skip link, a header with the search box, navigation
to the previous and next walkthrough, the main content; and the index page's list of walkthroughs.

Text passed in as plain text is escaped here; content passed as HTML is the caller's, already safe.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from helpers.core.types import UNKNOWN
from helpers.corpus.documents import Document

SITE_NAME = "Reading Musk in Chinese"


def _navigation(previous: str | None, following: str | None) -> str:
    """Links to the index and to the previous and next pages (file names)."""
    links = ['<li><a href="index.html">All walkthroughs</a></li>']
    if previous:
        links.insert(0, f'<li><a href="{escape(previous)}" rel="prev">← Previous</a></li>')
    if following:
        links.append(f'<li><a href="{escape(following)}" rel="next">Next →</a></li>')
    return (
        '<nav class="mr-site-nav" aria-label="Walkthroughs">\n<ul>'
        + "".join(links)
        + "</ul>\n</nav>"
    )


SEARCH = """<form class="mr-site-search" role="search" action="#" onsubmit="return false">
<label for="site-search">Search the texts</label>
<input id="site-search" type="search" autocomplete="off" spellcheck="false"
 aria-describedby="site-search-help" placeholder="e.g. xinpian">
<p id="site-search-help" class="mr-site-help">A Chinese word in either script, or toneless
 pinyin.</p>
<p id="site-search-status" class="mr-site-help" role="status"></p>
<ol id="site-search-results"></ol>
</form>"""


def page(title: str, body: str, previous: str | None, following: str | None) -> str:
    """A whole HTML page.

    Args:
        title: the page's title as plain text (also the <title>, after the site's name if it
            differs).
        body: the main content as HTML; it holds the page's one <h1>.
        previous, following: the file names of the pages before and after, or None.

    Returns:
        The page: <html lang="en">, a skip link, <header> with the site's name and the search box,
        <nav>, <main id="main">, the <nav> again after it; scripts and styles from the site's own
        files.
    """
    full = title if title == SITE_NAME else f"{title} – {SITE_NAME}"
    navigation = _navigation(previous, following)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(full)}</title>
<link rel="stylesheet" href="site.css">
<script src="search-index.js" defer></script>
<script src="search.js" defer></script>
</head>
<body>
<a class="mr-site-skip" href="#main">Skip to content</a>
<header class="mr-site-header">
<p class="mr-site-name"><a href="index.html">{escape(SITE_NAME)}</a></p>
{SEARCH}
</header>
{navigation}
<main id="main" class="mr-site-main" tabindex="-1">
{body}
</main>
<footer class="mr-site-footer">
{navigation.replace('aria-label="Walkthroughs"', 'aria-label="Previous and next"')}
</footer>
</body>
</html>
"""


def _fact(name: str, value: str, lang: str = "") -> str:
    """One term and its value in a walkthrough's facts, 'unknown' shown as such.

    lang: the value's language tag when it is the document's own text (not 'unknown').
    """
    attributes = f' lang="{lang}"' if lang else ""
    if value == UNKNOWN:
        attributes = ' class="mr-unknown"'
    return f"<dt>{escape(name)}</dt><dd{attributes}>{escape(value)}</dd>"


def index_body(entries: Iterable[tuple[str, str, Document | None, str]]) -> str:
    """The index page's content: a heading, what the site is, and the walkthroughs in order.

    Args:
        entries: (page file name, title, document or None, one-line summary) per walkthrough.

    Returns:
        HTML: an <h1>, a paragraph and an <ol> with an <h2> link per walkthrough, the document's
        id, title, script and publisher in a <dl>, and the summary.
    """
    items = []
    for page_name, title, doc, summary in entries:
        facts = ""
        if doc:
            script, lang = (
                f"{doc.script} ({doc.region} usage)",
                doc.language,
            )
            facts = (
                '<dl class="mr-site-facts">'
                + _fact("Document", doc.id)
                + _fact("Title", doc.title, lang)
                + _fact("Script", script)
                + _fact("Publisher", doc.publisher, lang)
                + "</dl>"
            )
        items.append(
            f'<li class="mr-site-entry"><h2><a href="{escape(page_name)}">{escape(title)}</a></h2>'
            f'{facts}<p class="mr-site-summary">{escape(summary)}</p></li>'
        )
    return (
        f"<h1>{escape(SITE_NAME)}</h1>\n"
        "<p>Five Chinese texts about recent Elon Musk interviews, read one notebook at a time: "
        "each walkthrough as it was last run, with its tables and charts. Search finds any "
        "sentence of the texts.</p>\n"
        '<ol class="mr-site-index">\n' + "\n".join(items) + "\n</ol>"
    )
