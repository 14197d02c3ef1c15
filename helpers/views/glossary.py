"""The glossary as HTML tables: entries, a document's vocabulary, concordance lines and the mainland
and Taiwan forms counted per document.

Entries come from corpus/glossary.toml (helpers.glossary.entries), occurrences and concordance lines
from the corpus texts (helpers.glossary.terms, helpers.glossary.search). Every piece of text carries
its language tag; long cells wrap, so the tables fit the width of a notebook.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html import escape
from typing import Literal, get_args

import pandas as pd

from helpers.core.errors import check_choice
from helpers.corpus.documents import document, documents
from helpers.glossary.entries import Entry, glossary_entries
from helpers.glossary.search import Hit
from helpers.glossary.terms import document_terms, vocabulary
from helpers.views.page import CAPTION_CSS, GLOSSARY_CSS, html_table, style

STYLE = style(GLOSSARY_CSS, CAPTION_CSS)

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
# Language tags (BCP 47): pinyin is Chinese in Latin letters, zhuyin in Bopomofo.
LANG = {
    "simplified": "zh-Hans",
    "traditional": "zh-Hant",
    "taiwan": "zh-TW",
    "pinyin": "zh-Latn-pinyin",
    "zhuyin": "zh-Bopo",
}
FORMS = ("mainland", "Taiwan")
"""The forms cross_strait_table counts, in the order of its columns."""
Header = tuple[str, str, str]
"""A column header: its English name, its Chinese name ("" for none) and that name's language."""
SOUND_HEADERS = {"pinyin": ("pinyin", "拼音", "zh-Hant"), "zhuyin": ("zhuyin", "注音", "zh-Hant")}
FORM_HEADERS = (
    ("simplified", "简体", "zh-Hans"),
    ("traditional", "繁體", "zh-Hant"),
    ("Taiwan", "臺灣", "zh-TW"),
)
GLOSS_HEADERS = (("English", "英文", "zh-Hant"), ("category", "類別", "zh-Hant"), ("HSK", "", ""))


def zh(text: str, lang: str, css: str = "") -> str:
    """Text escaped in a <span> with its language tag and, if given, a class."""
    attribute = f' class="{escape(css)}"' if css else ""
    return f'<span{attribute} lang="{escape(lang)}">{escape(text)}</span>'


def _word(text: str, lang: str) -> str:
    """A word or its reading, kept whole on a line (mr-word): a line breaks only at its spaces."""
    return zh(text, lang, "mr-word")


def _th(header: Header, css: str = "", span: str = "") -> str:
    """A header cell: the English name, the Chinese one under it in its own language."""
    english, chinese, lang = header
    attributes = f' class="{css}"' if css else ""
    chinese_html = f'<span class="mr-zh" lang="{lang}">{escape(chinese)}</span>' if chinese else ""
    return f'<th{attributes}{span} lang="en">{escape(english)}{chinese_html}</th>'


def _table(headers: Iterable[Header], rows: Iterable[Iterable[str]], css: str = "") -> str:
    """The <style> block, then a table with the headers and the caller's escaped cells."""
    head = "<tr>" + "".join(_th(header) for header in headers) + "</tr>"
    return _fitted(html_table((), rows, f"mr-glossary {css}".strip(), head))


def _fitted(table: str) -> str:
    """The <style> block and a table in a box that scrolls sideways should the output be narrower
    than the table can wrap to (a notebook beside an open side panel); at 900 px it fits."""
    return f'{STYLE}\n<div class="mr-fit">\n{table}\n</div>'


def _columns(reading: Pronunciation) -> list[Header]:
    """The entry columns a table shows with the pronunciation choice."""
    sounds = [SOUND_HEADERS[name] for name in PRONUNCIATIONS[reading]]
    return [*FORM_HEADERS, *sounds, *GLOSS_HEADERS]


def _cells(item: Entry, reading: Pronunciation) -> list[str]:
    """One entry's escaped cells in the order of _columns, each with its language tag."""
    taiwan = "—"
    # A Taiwan word, or the same word read another way in Taiwan (亞馬遜 ㄧㄚˇ).
    if (item.taiwan and item.taiwan != item.traditional) or item.taiwan_zhuyin:
        taiwan = _word(item.taiwan or item.traditional, LANG["taiwan"])
        if "zhuyin" in PRONUNCIATIONS[reading] and item.taiwan_zhuyin:
            taiwan = f"{taiwan} {_word(item.taiwan_zhuyin, LANG['zhuyin'])}"
    return [
        _word(item.simplified, LANG["simplified"]),
        _word(item.traditional, LANG["traditional"]),
        taiwan,
        *(_word(getattr(item, name), LANG[name]) for name in PRONUNCIATIONS[reading]),
        f'<span lang="en">{escape(item.english)}</span>',
        f'<span lang="en">{escape(item.category)}</span>',
        escape(item.hsk or "—"),
    ]


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
    first = ("first", "首見", "zh-Hant")
    return _table([first, *_columns(reading), ("count", "次數", "zh-Hant")], rows)


def concordance_table(hits: Iterable[Hit], script: ConcordanceScript = "original") -> str:
    """Concordance lines as an HTML table, the keyword marked between its contexts.

    Args:
        hits: lines from helpers.glossary.search.concordance.
        script: the script the lines are in: "original" (each document's own, tagged as such)
            or the target they were converted to.

    Returns:
        The <style> block and a table of document, sentence ref, speaker id (— for none), left
        context (right-aligned), keyword and right context, every value escaped.

    Raises:
        CorpusError: script is not one of CONCORDANCE_SCRIPTS.
    """
    check_choice(CONCORDANCE_SCRIPTS, script, "script")
    rows = []
    for hit in hits:
        lang = document(hit.doc).language if script == "original" else script
        rows.append(
            [
                escape(hit.doc),
                f'<span class="mr-ref">{escape(hit.ref)}</span>',
                escape(hit.speaker or "—"),
                zh(hit.left, lang),
                f'<mark lang="{lang}">{escape(hit.match)}</mark>',
                zh(hit.right, lang),
            ]
        )
    headers = [
        ("doc", "", ""),
        ("ref", "", ""),
        ("speaker", "說話人", "zh-Hant"),
        ("left", "", ""),
        ("keyword", "", ""),
        ("right", "", ""),
    ]
    return _table(headers, rows, "mr-kwic")


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
        [list(documents()), list(FORMS)], names=["document", "form"]
    )
    index = pd.MultiIndex.from_tuples(
        [(item.simplified, item.taiwan, item.english) for item in pairs],
        names=["mainland 大陸", "Taiwan 臺灣", "English"],
    )
    rows = [[counts[item.id, doc_id, form] for doc_id, form in columns] for item in pairs]
    table = pd.DataFrame(rows, index=index, columns=columns)
    return table[table.sum(axis=1) > 0]


def cross_strait_view(table: pd.DataFrame | None = None) -> str:
    """The cross-strait table as HTML narrow enough for a notebook: every document a pair of
    count columns under its id, zeros greyed.

    Args:
        table: a table shaped like cross_strait_table()'s (its default).

    Returns:
        The <style> block and a table: mainland form (zh-Hans), Taiwan form (zh-TW), English,
        then for each document of the table's columns, in order, its mainland and Taiwan counts.
    """
    table = cross_strait_table() if table is None else table
    docs = list(dict.fromkeys(table.columns.get_level_values("document")))
    forms: tuple[Header, ...] = (("mainland", "大陸", "zh-Hans"), ("Taiwan", "臺灣", "zh-TW"))
    words = [*forms, ("English", "英文", "zh-Hant")]
    # Under each document only the Chinese names, which the first two headers pair with English.
    counts = [
        _th(("", chinese, lang), "mr-count mr-pair" if english == "mainland" else "mr-count")
        for english, chinese, lang in forms
    ]
    head = (
        "<tr>"
        + "".join(_th(header, span=' rowspan="2"') for header in words)
        + "".join(_th((doc, "", ""), "mr-count mr-doc mr-pair", ' colspan="2"') for doc in docs)
        + f"</tr>\n<tr>{''.join(counts) * len(docs)}</tr>"
    )
    rows = [
        [
            _word(mainland, "zh-Hans"),
            _word(taiwan, "zh-TW"),
            f'<span lang="en">{escape(english)}</span>',
            *(_count(int(found[doc, form]), form == "mainland") for doc in docs for form in FORMS),
        ]
        for (mainland, taiwan, english), found in table.iterrows()
    ]
    return _fitted(html_table((), rows, "mr-glossary mr-strait", head))


def _count(value: int, first: bool) -> str:
    """A count cell, greyed when zero; the first of a document's pair has a rule on its left."""
    css = "mr-count" + (" mr-pair" if first else "") + ("" if value else " mr-zero")
    return f'<td class="{css}">{value}</td>'
