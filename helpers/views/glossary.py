"""The glossary as HTML tables, a cross-strait vocabulary count, and an explorer widget over search and concordance."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

import ipywidgets as widgets
import pandas as pd

from helpers.core.errors import check_choice
from helpers.corpus.documents import documents
from helpers.glossary.entries import CATEGORIES, Entry, glossary_entries
from helpers.glossary.search import Hit, concordance, search
from helpers.glossary.terms import document_terms, vocabulary
from helpers.views.page import CAPTION_CSS, GLOSSARY_CSS, MAX_ROWS, caption, style

STYLE = style(GLOSSARY_CSS, CAPTION_CSS)

ALL = "all"
# Per pronunciation choice, the entry fields shown, with their column headers.
PRONUNCIATIONS = {
    "none": (),
    "pinyin": ("pinyin",),
    "zhuyin": ("zhuyin",),
    "both": ("pinyin", "zhuyin"),
}
SOUND_HEADERS = {"pinyin": "pinyin 拼音", "zhuyin": "zhuyin 注音"}
CONCORDANCE_SCRIPTS = ("original", "zh-Hans", "zh-TW")


def _table(header: Iterable[str], rows: Iterable[Iterable[str]], css: str = "mr-glossary") -> str:
    """An HTML table of header names (escaped here) and cells (escaped by the caller, which may add markup)."""
    head = "".join(f"<th>{escape(name)}</th>" for name in header)
    body = "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'{STYLE}\n<table class="{css}">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>'


def _columns(reading: str) -> list[str]:
    """The entry columns a table shows with the pronunciation choice."""
    sounds = [SOUND_HEADERS[name] for name in PRONUNCIATIONS[reading]]
    return [
        "simplified 简体",
        "traditional 繁體",
        "Taiwan 臺灣",
        *sounds,
        "English 英文",
        "category 類別",
        "HSK",
    ]


def _cells(item: Entry, reading: str) -> list[str]:
    """One entry's escaped cells in the order of _columns."""
    taiwan = item.taiwan if item.taiwan and item.taiwan != item.traditional else "—"
    if taiwan != "—" and "zhuyin" in PRONUNCIATIONS[reading]:
        taiwan = f"{taiwan} {item.taiwan_zhuyin}"
    sounds = [getattr(item, name) for name in PRONUNCIATIONS[reading]]
    return [
        escape(value)
        for value in (
            item.simplified,
            item.traditional,
            taiwan,
            *sounds,
            item.english,
            item.category,
            item.hsk or "—",
        )
    ]


def glossary_table(entries: Iterable[Entry], reading: str = "both") -> str:
    """Entries as an HTML table: each script's form, pinyin and/or zhuyin, English, category and HSK level."""
    check_choice(tuple(PRONUNCIATIONS), reading, "reading")
    return _table(_columns(reading), (_cells(item, reading) for item in entries))


def document_glossary(doc_id: str, reading: str = "both") -> str:
    """A document's glossary terms in order of first appearance, with the first sentence's ref and the count."""
    check_choice(tuple(PRONUNCIATIONS), reading, "reading")
    rows = [
        [f'<span class="mr-ref">{escape(ref)}</span>', *_cells(item, reading), str(count)]
        for item, ref, count in vocabulary(doc_id)
    ]
    return _table(["first 首見", *_columns(reading), "count 次數"], rows)


def concordance_table(hits: list[Hit]) -> str:
    """Concordance lines as an HTML table: document, ref, speaker, and the keyword in its context."""
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
    """Search results for a query (every entry if it is empty), narrowed to one category unless ALL."""
    check_choice((ALL, *CATEGORIES), category, "category")
    found = search(query) if query.strip() else list(glossary_entries())
    return [item for item in found if category in (ALL, item.category)]


def term_hits(item: Entry, script: str = "original") -> list[Hit]:
    """An entry's concordance in every document, its context in the original script or converted to one."""
    check_choice(CONCORDANCE_SCRIPTS, script, "script")
    return concordance(item.simplified, None if script == "original" else script)


def _entries(count: int) -> str:
    """'1 entry', '3 entries'."""
    return f"{count} entr{'y' if count == 1 else 'ies'}"


def explorer_html(entries: list[Entry], reading: str, item: Entry | None, hits: list[Hit]) -> str:
    """What the explorer shows: the first results as a table, then the chosen term's concordance."""
    html = f"{caption(_entries(len(entries)), len(entries))}\n{glossary_table(entries[:MAX_ROWS], reading)}"
    if item is None:
        return html
    lines = caption(f"{item.simplified} · {len(hits)} lines", len(hits))
    return f"{html}\n{lines}\n{concordance_table(hits[:MAX_ROWS])}"


def static_explorer(
    query: str = "", category: str = ALL, reading: str = "pinyin", script: str = "original"
) -> str:
    """The explorer's view for given settings, its first result's concordance included, for reading without a kernel."""
    entries = results(query, category)
    item = entries[0] if entries else None
    return explorer_html(entries, reading, item, term_hits(item, script) if item else [])


def cross_strait_table() -> pd.DataFrame:
    """Entries whose Taiwan form differs and occur in the corpus: their mainland and Taiwan forms counted per document."""
    pairs = [item for item in glossary_entries() if item.taiwan and item.taiwan != item.traditional]
    counts = {
        (item.id, doc_id, form): 0
        for item in pairs
        for doc_id in documents()
        for form in ("mainland", "Taiwan")
    }
    for doc_id in documents():
        for sentence, start, end, item in document_terms(doc_id):
            surface = sentence.text[start:end]
            form = "Taiwan" if surface == item.taiwan else "mainland"
            if (item.id, doc_id, form) in counts and surface in (
                item.simplified,
                item.traditional,
                item.taiwan,
            ):
                counts[(item.id, doc_id, form)] += 1
    table = pd.DataFrame(
        [
            {
                (doc_id, form): counts[(item.id, doc_id, form)]
                for doc_id in documents()
                for form in ("mainland", "Taiwan")
            }
            for item in pairs
        ],
        index=pd.MultiIndex.from_tuples(
            [(item.simplified, item.taiwan, item.english) for item in pairs],
            names=["mainland 大陸", "Taiwan 臺灣", "English"],
        ),
    )
    table.columns = pd.MultiIndex.from_tuples(table.columns, names=["document", "form"])
    return table[table.sum(axis=1) > 0]


class GlossaryExplorer(widgets.VBox):
    """Search box, category filter, pronunciation toggle, term choice and script choice over a results table and a concordance."""

    def __init__(
        self,
        query: str = "",
        category: str = ALL,
        reading: str = "pinyin",
        script: str = "original",
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
            options=list(CONCORDANCE_SCRIPTS), value=script, description="script"
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
        """New results for the query and category; the term list follows them, keeping its choice if still there."""
        self.entries = results(self.query.value, self.category.value)
        options = [(f"{item.simplified} {item.english}"[:50], item.id) for item in self.entries]
        keep = self.term.value if self.term.value in {value for _, value in options} else None
        self._quiet = True
        self.term.options = options
        self.term.value = keep or (options[0][1] if options else None)
        self._quiet = False
        self._show()

    def _show(self) -> None:
        """Concordance of the chosen term in the chosen script; then the status line and the HTML view."""
        if self._quiet:
            return
        item = self.selected
        self.hits = term_hits(item, self.script.value) if item else []
        term = (
            f" · {item.simplified}: {len(self.hits)} lines in {self.script.value}" if item else ""
        )
        self.status.value = f"{_entries(len(self.entries))}{term}"
        self.html.value = explorer_html(self.entries, self.reading.value, item, self.hits)
