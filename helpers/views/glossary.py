"""The glossary as HTML tables, a count of mainland and Taiwan forms per document, and an explorer
widget over search and concordance.

Entries come from corpus/glossary.toml (helpers.glossary.entries), occurrences and concordance lines
from the corpus texts (helpers.glossary.terms, helpers.glossary.search).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape
from typing import Literal, get_args

import ipywidgets as widgets
import pandas as pd

from helpers.core.errors import check_choice
from helpers.corpus.documents import documents
from helpers.glossary.entries import CATEGORIES, Entry, glossary_entries
from helpers.glossary.search import Hit, concordance, search
from helpers.glossary.terms import document_terms, vocabulary
from helpers.views.page import CAPTION_CSS, GLOSSARY_CSS, MAX_ROWS, caption, html_table, style

STYLE = style(GLOSSARY_CSS, CAPTION_CSS)

ALL = "all"
"""The category filter value that keeps every category."""
Pronunciation = Literal["none", "pinyin", "zhuyin", "both"]
"""Which readings a glossary table shows."""
ConcordanceScript = Literal["original", "zh-Hans", "zh-TW"]
"""The script concordance lines are shown in: as written, or converted to a target."""
CONCORDANCE_SCRIPTS: tuple[ConcordanceScript, ...] = get_args(ConcordanceScript)
# Per pronunciation choice, the entry fields shown.
PRONUNCIATIONS: dict[Pronunciation, tuple[Literal["pinyin", "zhuyin"], ...]] = {
    "none": (),
    "pinyin": ("pinyin",),
    "zhuyin": ("zhuyin",),
    "both": ("pinyin", "zhuyin"),
}
SOUND_HEADERS = {"pinyin": "pinyin 拼音", "zhuyin": "zhuyin 注音"}
FORM_HEADERS = ("simplified 简体", "traditional 繁體", "Taiwan 臺灣")
GLOSS_HEADERS = ("English 英文", "category 類別", "HSK")


def _table(header: Iterable[str], rows: Iterable[Iterable[str]], css: str = "mr-glossary") -> str:
    """The <style> block, then an HTML table of escaped header names and the caller's cells."""
    return f"{STYLE}\n{html_table(header, rows, css)}"


def _columns(reading: Pronunciation) -> list[str]:
    """The entry columns a table shows with the pronunciation choice."""
    sounds = [SOUND_HEADERS[name] for name in PRONUNCIATIONS[reading]]
    return [*FORM_HEADERS, *sounds, *GLOSS_HEADERS]


def _cells(item: Entry, reading: Pronunciation) -> list[str]:
    """One entry's escaped cells in the order of _columns."""
    taiwan = item.taiwan if item.taiwan and item.taiwan != item.traditional else "—"
    if taiwan != "—" and "zhuyin" in PRONUNCIATIONS[reading]:
        taiwan = f"{taiwan} {item.taiwan_zhuyin}"
    sounds = [getattr(item, name) for name in PRONUNCIATIONS[reading]]
    values = (item.simplified, item.traditional, taiwan, *sounds, item.english, item.category)
    return [escape(value) for value in (*values, item.hsk or "—")]


def glossary_table(entries: Iterable[Entry], reading: Pronunciation = "both") -> str:
    """Glossary entries as an HTML table, one row each, every value escaped.

    Args:
        entries: entries of corpus/glossary.toml, in the order to show.
        reading: the readings shown: none, pinyin, zhuyin (the Taiwan form's own after it), both.

    Returns:
        The <style> block and a table of Simplified, Traditional and Taiwan forms (— where Taiwan
        writes the Traditional form), the readings asked for, English, category and HSK level.

    Raises:
        CorpusError: reading is not one of PRONUNCIATIONS.
    """
    check_choice(tuple(PRONUNCIATIONS), reading, "reading")
    return _table(_columns(reading), (_cells(item, reading) for item in entries))


def document_glossary(doc_id: str, reading: Pronunciation = "both") -> str:
    """A document's glossary terms in order of first appearance, as an HTML table.

    Args:
        doc_id: a document id ("002").
        reading: the readings shown, as in glossary_table.

    Returns:
        The <style> block and a table: the ref of the sentence each term first occurs in, the
        columns of glossary_table, and how many times the term occurs in the document.

    Raises:
        CorpusError: unknown document, or reading is not one of PRONUNCIATIONS.
    """
    check_choice(tuple(PRONUNCIATIONS), reading, "reading")
    rows = [
        [f'<span class="mr-ref">{escape(ref)}</span>', *_cells(item, reading), str(count)]
        for item, ref, count in vocabulary(doc_id)
    ]
    return _table(["first 首見", *_columns(reading), "count 次數"], rows)


def concordance_table(hits: Iterable[Hit]) -> str:
    """Concordance lines as an HTML table, the keyword marked between its contexts.

    Args:
        hits: lines from helpers.glossary.search.concordance.

    Returns:
        The <style> block and a table of document, sentence ref, speaker id (— for none), left
        context (right-aligned), keyword and right context, every value escaped.
    """
    rows = [
        [
            escape(hit.doc),
            f'<span class="mr-ref">{escape(hit.ref)}</span>',
            escape(hit.speaker or "—"),
            escape(hit.left),
            f"<mark>{escape(hit.match)}</mark>",
            escape(hit.right),
        ]
        for hit in hits
    ]
    return _table(
        ["doc", "ref", "speaker 說話人", "left", "keyword", "right"], rows, "mr-glossary mr-kwic"
    )


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


def _entries(count: int) -> str:
    """'1 entry', '3 entries'."""
    return f"{count} entr{'y' if count == 1 else 'ies'}"


def explorer_html(
    entries: Sequence[Entry], reading: Pronunciation, item: Entry | None, hits: Sequence[Hit]
) -> str:
    """What the explorer shows: the first results as a table, then the chosen term's concordance.

    Args:
        entries: the search results.
        reading: the readings the results table shows.
        item: the chosen entry, or None for no concordance.
        hits: the chosen entry's concordance lines.

    Returns:
        A caption with the number of entries and the first MAX_ROWS of them as a table; then, with
        an item, a caption with its number of lines and the first MAX_ROWS lines.
    """
    table = glossary_table(entries[:MAX_ROWS], reading)
    html = f"{caption(_entries(len(entries)), len(entries))}\n{table}"
    if item is None:
        return html
    lines = caption(f"{item.simplified} · {len(hits)} lines", len(hits))
    return f"{html}\n{lines}\n{concordance_table(hits[:MAX_ROWS])}"


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
    return explorer_html(entries, reading, item, term_hits(item, script) if item else [])


def cross_strait_table() -> pd.DataFrame:
    """Glossary entries with their own Taiwan form, their mainland and Taiwan forms counted.

    Data: the entries of corpus/glossary.toml whose Taiwan form differs from the Traditional one,
    and their occurrences in each corpus document (helpers.glossary.terms.document_terms).

    Returns:
        One row per entry found at least once, indexed by (mainland 大陸, Taiwan 臺灣, English);
        columns (document, form) for each document and "mainland" / "Taiwan": occurrences of the
        Simplified or Traditional form, and of the Taiwan form.
    """
    pairs = [item for item in glossary_entries() if item.taiwan and item.taiwan != item.traditional]
    counts: Counter[tuple[str, str, str]] = Counter()
    for doc_id in documents():
        for sentence, start, end, item in document_terms(doc_id):
            surface = sentence.text[start:end]
            if surface == item.taiwan:
                counts[item.id, doc_id, "Taiwan"] += 1
            elif surface in (item.simplified, item.traditional):
                counts[item.id, doc_id, "mainland"] += 1
    columns = pd.MultiIndex.from_product(
        [list(documents()), ["mainland", "Taiwan"]], names=["document", "form"]
    )
    index = pd.MultiIndex.from_tuples(
        [(item.simplified, item.taiwan, item.english) for item in pairs],
        names=["mainland 大陸", "Taiwan 臺灣", "English"],
    )
    rows = [[counts[item.id, doc_id, form] for doc_id, form in columns] for item in pairs]
    table = pd.DataFrame(rows, index=index, columns=columns)
    return table[table.sum(axis=1) > 0]


class GlossaryExplorer(widgets.VBox):
    """Search, category, readings, term and script controls over results and a concordance.

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
            value=query, description="search", placeholder="芯片, suanli, chip …"
        )
        self.category = widgets.Dropdown(
            options=[ALL, *CATEGORIES], value=category, description="category"
        )
        self.reading = widgets.ToggleButtons(
            options=list(PRONUNCIATIONS), value=reading, description="reading"
        )
        self.term = widgets.Dropdown(description="term")
        self.script = widgets.ToggleButtons(
            options=CONCORDANCE_SCRIPTS, value=script, description="script"
        )
        self.status = widgets.Label()
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
        self.html.value = explorer_html(self.entries, self.reading.value, item, self.hits)
