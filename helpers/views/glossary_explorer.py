"""The glossary explorer: a widget over search and concordance, and the same view as plain HTML.

Results come from helpers.glossary.search over corpus/glossary.toml, concordance lines from the
corpus texts; the tables are those of helpers.views.glossary.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import ipywidgets as widgets

from helpers.core.errors import CorpusError, check_choice
from helpers.glossary.entries import CATEGORIES, Entry, glossary_entries
from helpers.glossary.search import Hit, concordance, search
from helpers.notes.words import list_words
from helpers.views.glossary import (
    CONCORDANCE_SCRIPTS,
    PRONUNCIATIONS,
    ConcordanceScript,
    Pronunciation,
    concordance_table,
    glossary_table,
    zh,
)
from helpers.views.notes_view import my_words_line
from helpers.views.page import MAX_ROWS, StaticFallback, caption

ALL = "all"
"""The category filter value that keeps every category."""


def results(query: str = "", category: str = ALL) -> list[Entry]:
    """Glossary search results narrowed to one category.

    Args:
        query: what helpers.glossary.search.search takes; blank gives every entry in file order.
        category: one of helpers.glossary.entries.CATEGORIES, or ALL.

    Returns:
        The matching entries, best first.

    Raises:
        CorpusError: category is not one of its choices.
    """
    check_choice((ALL, *CATEGORIES), category, "category")
    found = search(query) if query.strip() else list(glossary_entries())
    return [item for item in found if category in (ALL, item.category)]


def term_hits(item: Entry, script: ConcordanceScript = "original") -> list[Hit]:
    """An entry's concordance lines in every document.

    Args:
        item: a glossary entry; its Simplified form is looked for in all its forms.
        script: "original" for each document's normalised text as written, or a target to show
            every sentence converted to.

    Returns:
        The lines of helpers.glossary.search.concordance, 20 characters of context each side.

    Raises:
        CorpusError: script is not one of CONCORDANCE_SCRIPTS.
    """
    check_choice(CONCORDANCE_SCRIPTS, script, "script")
    return concordance(item.simplified, None if script == "original" else script)


def _tagged(html: str, item: Entry) -> str:
    """Escaped text with the first mention of an entry's Simplified form tagged zh-Hans."""
    return html.replace(escape(item.simplified), zh(item.simplified, "zh-Hans"), 1)


def _entries(count: int) -> str:
    """'1 entry', '3 entries'."""
    return f"{count} entr{'y' if count == 1 else 'ies'}"


def explorer_html(
    entries: Sequence[Entry],
    reading: Pronunciation,
    item: Entry | None,
    hits: Sequence[Hit],
    script: ConcordanceScript = "original",
) -> str:
    """What the explorer shows: the first results as a table, then the chosen term's concordance.

    Args:
        entries: the search results.
        reading: the readings the results table shows.
        item: the chosen entry, or None for no concordance.
        hits: the chosen entry's concordance lines.
        script: the script the lines are in (for their language tags).

    Returns:
        A caption with the number of entries and the first MAX_ROWS of them as a table; then, with
        an item, a caption with its number of lines and the first MAX_ROWS lines.
    """
    table = glossary_table(entries[:MAX_ROWS], reading)
    html = f"{caption(_entries(len(entries)), len(entries))}\n{table}"
    if item is None:
        return html
    lines = _tagged(caption(f"{item.simplified} · {len(hits)} lines", len(hits)), item)
    return f"{html}\n{lines}\n{concordance_table(hits[:MAX_ROWS], script)}"


def static_explorer(
    query: str = "",
    category: str = ALL,
    reading: Pronunciation = "pinyin",
    script: ConcordanceScript = "original",
) -> str:
    """The explorer's view for given settings, for reading without a kernel.

    Args:
        query: the search (blank for every entry).
        category: one of CATEGORIES, or ALL.
        reading: the readings the results table shows.
        script: the script of the concordance lines.

    Returns:
        The HTML of explorer_html, the first result chosen for the concordance.

    Raises:
        CorpusError: category, reading or script is not one of its choices.
    """
    check_choice(tuple(PRONUNCIATIONS), reading, "reading")
    check_choice(CONCORDANCE_SCRIPTS, script, "script")
    entries = results(query, category)
    item = entries[0] if entries else None
    return explorer_html(entries, reading, item, term_hits(item, script) if item else [], script)


def _setting(name: str, value: str) -> str:
    """One control's name and value for the static view's settings line."""
    return f'<span class="mr-setting"><span class="mr-name">{escape(name)}</span>{value}</span>'


class GlossaryExplorer(StaticFallback, widgets.VBox):
    """Search, category, readings, term and script controls over results and a concordance.

    The controls' descriptions (Search, Category, Term) name their text box and lists for assistive
    technology; the reading and script buttons are named by their options.

    Args:
        query: the search to start with.
        category: the category filter to start with (one of CATEGORIES, or ALL).
        reading: the readings to start with (one of PRONUNCIATIONS).
        script: the concordance script to start with (one of CONCORDANCE_SCRIPTS).

    Raises:
        TraitError: a starting value is not one of its control's options (from ipywidgets).
    """

    def __init__(
        self,
        query: str = "",
        category: str = ALL,
        reading: Pronunciation = "pinyin",
        script: ConcordanceScript = "original",
    ) -> None:
        self.query = widgets.Text(
            value=query, description="Search", placeholder="芯片, suanli, chip …"
        )
        self.category = widgets.Dropdown(
            options=[ALL, *CATEGORIES], value=category, description="Category"
        )
        self.reading = widgets.ToggleButtons(
            options=list(PRONUNCIATIONS),
            value=reading,
            description="Reading",
            tooltips=[f"readings shown: {name}" for name in PRONUNCIATIONS],
        )
        self.term = widgets.Dropdown(description="Term")
        self.script = widgets.ToggleButtons(
            options=CONCORDANCE_SCRIPTS,
            value=script,
            description="Script",
            tooltips=[f"concordance in: {name}" for name in CONCORDANCE_SCRIPTS],
        )
        self.status = widgets.Label()
        self.my_words = widgets.HTML()
        self.html = widgets.HTML()
        self.entries: list[Entry] = []
        self.hits: list[Hit] = []
        self._quiet = False
        for control in (self.query, self.category):
            control.observe(lambda _: self._search(), "value")
        for control in (self.reading, self.term, self.script):
            control.observe(lambda _: self._show(), "value")
        super().__init__(
            [
                widgets.HBox([self.query, self.category]),
                self.reading,
                widgets.HBox([self.term, self.script]),
                self.status,
                self.my_words,
                self.html,
            ]
        )
        self._search()

    def __repr__(self) -> str:
        return f"GlossaryExplorer({self.status.value})"

    @property
    def selected(self) -> Entry | None:
        """The entry chosen in the term list, if any."""
        return next((item for item in self.entries if item.id == self.term.value), None)

    def static_html(self) -> str:
        """What the explorer shows now, as HTML without a kernel.

        Returns:
            A settings line (search, category, reading, term, script; — for a blank search or
            no term), the status line, the reader's words among the entries shown (my_words_line),
            then the view of explorer_html; every value escaped.
        """
        item = self.selected
        status = _tagged(escape(self.status.value), item) if item else escape(self.status.value)
        term = f"{zh(item.simplified, 'zh-Hans')} {escape(item.english)}" if item else "—"
        settings = [
            _setting("Search", escape(self.query.value) or "—"),
            _setting("Category", escape(self.category.value)),
            _setting("Reading", escape(self.reading.value)),
            _setting("Term", term),
            _setting("Script", escape(self.script.value)),
        ]
        return (
            f'<p class="mr-controls" lang="en">{" ".join(settings)}</p>\n'
            f'<p class="mr-caption">{status}</p>\n{self.my_words.value}\n{self.html.value}'
        )

    def _search(self) -> None:
        """New results for the query and category; the term list follows, keeping its choice."""
        self.entries = results(self.query.value, self.category.value)
        options = [(f"{item.simplified} {item.english}"[:50], item.id) for item in self.entries]
        keep = self.term.value if self.term.value in {value for _, value in options} else None
        self._quiet = True
        self.term.options = options
        self.term.value = keep or (options[0][1] if options else None)
        self._quiet = False
        self._show()

    def _show(self) -> None:
        """The chosen term's concordance in the chosen script, the status line and the view."""
        if self._quiet:
            return
        item = self.selected
        self.hits = term_hits(item, self.script.value) if item else []
        term = (
            f" · {item.simplified}: {len(self.hits)} lines in {self.script.value}" if item else ""
        )
        self.status.value = f"{_entries(len(self.entries))}{term}"
        self.my_words.value = self._my_words()
        self.html.value = explorer_html(
            self.entries, self.reading.value, item, self.hits, self.script.value
        )

    def _my_words(self) -> str:
        """The reader's words among the entries shown (my_words_line, one query), or why not."""
        try:
            words = list_words()
        except CorpusError as error:
            said = escape(f"my words are not shown: {error}")
            return f'<p class="mr-my-words" lang="en">{said}</p>'
        return my_words_line(words, [item.simplified for item in self.entries[:MAX_ROWS]])
