"""HTML views of aligned sentences: two forms of each sentence, what the conversion changed, the
characters with several Traditional forms, readings and glossary terms.

Rows come from helpers.language.alignment (one per sentence of a corpus document); readings from
pypinyin through helpers.language.readings; one-to-many characters from OpenCC's STCharacters.txt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from itertools import groupby
from typing import Literal, get_args

import pandas as pd

from helpers.core.errors import CorpusError, check_choice
from helpers.core.types import READING_STYLES, ReadingStyle, Tones
from helpers.corpus.documents import document
from helpers.glossary.entries import Entry
from helpers.glossary.terms import term_spans
from helpers.views.aligned_text import (
    Column,
    positions,
    prepare_page,
    readings,
    shown_text,
    taiwan_text,
)
from helpers.views.marks import (
    STANDARDS,
    Ruby,
    Standard,
    alternative_lines,
    alternatives,
    note,
    ruby,
    term_note,
)
from helpers.views.page import ALIGNED_CSS, MARKS_CSS, NOTES_CSS, style

STYLE = style(ALIGNED_CSS, MARKS_CSS, NOTES_CSS)

Layout = Literal["side_by_side", "interlinear"]
"""Two forms of a sentence in two table cells side by side, or one line under the other."""
COLUMNS: tuple[Column, ...] = get_args(Column)
LAYOUTS: tuple[Layout, ...] = get_args(Layout)
HEADERS: dict[Column, str] = {
    "original": "original 原文",
    "zh-Hans": "zh-Hans 简体",
    "zh-Hant": "zh-Hant 繁體",
    "zh-TW": "zh-TW 臺灣正體",
    "zh-HK": "zh-HK 香港繁體",
}
"""Each column's header: its tag, then its name in Chinese, in the script of the column (the
original's in zh-Hant)."""
# Per layout: the sentence, each of its two lines, and a markup line.
TEMPLATES: dict[Layout, tuple[str, str, str]] = {
    "side_by_side": (
        '<tr class="mr-row" data-ref="{ref}"><td class="mr-ref">{flagged}</td>{lines}</tr>',
        '<td class="mr-{place}" lang="{lang}">{text}</td>',
        '<td class="mr-markup" colspan="2" lang="{lang}">{text}</td>',
    ),
    "interlinear": (
        '<div class="mr-row" data-ref="{ref}"><div class="mr-ref">{flagged}</div>{lines}</div>',
        '<div class="mr-line mr-{place}" lang="{lang}">{text}</div>',
        '<div class="mr-markup" lang="{lang}">{text}</div>',
    ),
}
Mark = tuple[int, int, str]
"""A span of a column's text (start, end in characters of the row's text) and a class for it:
HIGHLIGHT is drawn as a <mark>, any other class as a <span>."""
HIGHLIGHT = "mr-highlight"
LOSS = (
    '<span class="mr-loss" role="img" aria-label="round trip loss" '
    'title="zh-Hant → Simplified → zh-Hant does not give this sentence back">⚠</span>'
)


def _char(
    char: str,
    reading: str | None,
    style: ReadingStyle | None,
    note_of: Literal["", "own", "term"],
) -> str:
    """One escaped character with its reading as ruby; a one-to-many character ("own" note_of)
    is marked and opens its own note, or ("term") is marked and noted by its term's note."""
    html = ruby(char, reading, style)
    if note_of == "term":
        return f'<span class="mr-ambiguous">{html}</span>'
    if note_of == "own":
        return (
            f'<span class="mr-ambiguous" tabindex="0">{html}{note(alternative_lines(char))}</span>'
        )
    return html


def _wrap(classes: str, html: str) -> str:
    """A run of HTML inside the elements of the reader's own marks (classes, space separated)."""
    for name in classes.split():
        tag = "mark" if name == HIGHLIGHT else "span"
        html = f'<{tag} class="{escape(name)}">{html}</{tag}>'
    return html


def _text(
    row: pd.Series,
    column: Column,
    choice: Ruby,
    marked: bool,
    terms: bool = False,
    extra: Sequence[Mark] = (),
) -> str:
    """A column's shown text as HTML: readings, glossary terms if asked, if marked its changed
    and one-to-many characters, and the reader's own marks (extra) on their characters."""
    shown = shown_text(row, column)
    where = positions(row[column], shown)
    own = [
        " ".join(
            sorted({name for start, end, name in extra if at is not None and start <= at < end})
        )
        for at in where
    ]
    spans = row[f"{column} changed"] if marked and column != "original" else []
    changed = {index for start, end in spans for index in range(start, end)}
    owner: list[tuple[int, int, Entry] | None] = [None] * len(shown)
    for start, end, item in term_spans(shown) if terms else []:
        owner[start:end] = [(start, end, item)] * (end - start)
    pieces = [
        (
            (position in changed, classes),
            _char(
                char,
                char_reading,
                choice.style,
                ("term" if term else "own") if marked and char in alternatives() else "",
            ),
        )
        for char, char_reading, position, term, classes in zip(
            shown,
            readings(row, column, shown, choice),
            where,
            owner,
            own,
            strict=True,
        )
    ]
    # A term span encloses the changed marks inside it: a mark across a term's edge is split in two.
    # Its note lists the one-to-many notes of its characters, so that no note hides another.
    parts = []
    for term, chars in groupby(zip(owner, pieces, strict=True), key=lambda pair: pair[0]):
        runs = []
        for classes, marked_run in groupby((piece for _, piece in chars), lambda p: p[0][1]):
            inner = []
            for flag, group in groupby(marked_run, key=lambda piece: piece[0][0]):
                run = "".join(html for _, html in group)
                inner.append(f'<mark class="mr-changed">{run}</mark>' if flag else run)
            runs.append(_wrap(classes, "".join(inner)))
        body = "".join(runs)
        if term is not None:
            surface = shown[term[0] : term[1]]
            lines = term_note(term[2], surface, choice.style, choice, taiwan_text(row, column))
            lines += alternative_lines(surface) if marked else []
            body = f'<span class="mr-term" tabindex="0">{body}{note(lines)}</span>'
        parts.append(body)
    return "".join(parts)


def _lang(row: pd.Series, column: Column) -> str:
    """The language tag of a column's text."""
    return document(row["doc"]).language if column == "original" else column


def _ref(row: pd.Series) -> str:
    """The sentence reference, flagged when zh-Hant does not survive a round trip."""
    return escape(row["ref"]) + (LOSS if row["round_trip_loss"] else "")


def _row(
    row: pd.Series,
    pair: tuple[Column, Column],
    layout: Layout,
    choice: Ruby,
    terms: bool,
    marks: Mapping[tuple[str, Column], Sequence[Mark]],
    notes: Mapping[str, str],
) -> str:
    """One sentence in a layout: its reference, then its two forms (or its markup, discreetly),
    the reader's marks on them, then its notes if it has any."""
    outer, line, markup = TEMPLATES[layout]
    if row["kind"] == "markup":
        lines = markup.format(lang=_lang(row, pair[0]), text=escape(shown_text(row, pair[0])))
    else:
        lines = "".join(
            line.format(
                place=place,
                lang=escape(_lang(row, column)),
                text=_text(row, column, choice, marked, terms, marks.get((row["ref"], column), ())),
            )
            for column, place, marked in zip(pair, ("first", "second"), (False, True), strict=True)
        )
    html = outer.format(ref=escape(row["ref"]), flagged=_ref(row), lines=lines)
    if row["ref"] not in notes:
        return html
    if layout == "interlinear":
        return f'{html}\n<div class="mr-after">{notes[row["ref"]]}</div>'
    return f'{html}\n<tr class="mr-after"><td></td><td colspan="2">{notes[row["ref"]]}</td></tr>'


def aligned_view(
    rows: pd.DataFrame,
    pair: tuple[Column, Column] = ("original", "zh-TW"),
    layout: Layout = "side_by_side",
    reading: ReadingStyle | None = None,
    glossary: bool = False,
    marks: Mapping[tuple[str, Column], Sequence[Mark]] | None = None,
    notes: Mapping[str, str] | None = None,
    standard: Standard = "automatic",
    tones: Tones = "citation",
) -> str:
    """Rows of the aligned table as HTML: two forms of each sentence, what the conversion changed.

    The second form marks the characters the conversion changed (bold on yellow) and the
    characters with several Traditional forms (wavy underline and ‡, with a note naming the
    choices). A sentence whose zh-Hant form does not survive a round trip through Simplified is
    flagged ⚠. Markup rows are shown plainly. Every sentence shows its reference. Notes open on
    hover, on click or tap and on keyboard focus, without script; a term's note also lists the
    choices of its one-to-many characters. Each text carries its lang tag, readings theirs
    (zh-Latn-pinyin, zh-Bopo), with <rp> parentheses for a renderer without ruby.

    Args:
        rows: rows of helpers.language.alignment.document_table (or aligned_table), in the order
            to show; markdown is stripped as in the document view.
        pair: the two columns to show, first and second.
        layout: "side_by_side" (a table) or "interlinear" (one line under the other).
        reading: "pinyin" or "zhuyin" ruby over every character (Traditional text read through its
            zh-Hans form), or None; also the reading glossary notes give (None: both).
        glossary: mark glossary terms (dotted underline and ⓘ), each with a note giving its
            readings and English.
        marks: the reader's own marks by (sentence reference, column): spans of that column's
            text in the row, drawn around the characters shown (helpers.views.reader_notes).
        notes: HTML (escaped by the caller) to show under a sentence, by its reference.
        standard, tones: the readings' standard ("automatic": Taiwan's for zh-TW and for a Taiwan
            document's original, mainland's otherwise; "mainland"; "Taiwan") and tones
            ("citation" or "sandhi"), for ruby and glossary notes alike.

    Returns:
        The <style> block and one row per sentence carrying its reference as data-ref.

    Raises:
        CorpusError: pair does not name two columns of COLUMNS, or layout, reading, standard or
            tones is unknown.
    """
    if len(pair) != 2:
        raise CorpusError(
            f"pair names two columns, not {len(pair)}; "
            f"valid columns: {', '.join(map(repr, COLUMNS))}"
        )
    for column in pair:
        check_choice(COLUMNS, column, "column")
    check_choice(LAYOUTS, layout, "layout")
    check_choice((None, *READING_STYLES), reading, "reading")
    check_choice(STANDARDS, standard, "standard")
    check_choice(("citation", "sandhi"), tones, "tones")
    choice = Ruby(reading, standard, tones)
    css = "mr-aligned" + (" mr-reading" if reading else "")
    kind = f" mr-{reading}" if reading else ""
    if reading:
        prepare_page(rows, pair, choice)
    body = "\n".join(
        _row(row, pair, layout, choice, glossary, marks or {}, notes or {})
        for _, row in rows.iterrows()
    )
    names = [
        f'<span lang="{"zh-Hant" if column == "original" else column}">{escape(HEADERS[column])}'
        "</span>"
        for column in pair
    ]
    if layout == "interlinear":
        head = f'<div class="mr-ref">{names[0]} / {names[1]}</div>'
        return f'{STYLE}\n<div class="{css} mr-interlinear{kind}">\n{head}\n{body}\n</div>'
    head = "".join(f"<th>{name}</th>" for name in ("ref", *names))
    return (
        f'{STYLE}\n<table class="{css} mr-side-by-side{kind}">\n<thead><tr>{head}</tr></thead>\n'
        f"<tbody>\n{body}\n</tbody>\n</table>"
    )


def legend() -> str:
    """A key to the marks aligned_view uses, each shown as aligned_view shows it.

    Returns:
        The <style> block and one line with an example of each mark: a changed character, a
        one-to-many character and a glossary term (each with its note), the round-trip flag and
        a reading in pinyin and in zhuyin, the reader's highlight and known word; explanations
        in English and Chinese, each tagged.
    """
    chip = term_spans("芯片")[0][2]
    items = [
        (
            '<mark class="mr-changed">晶片</mark>',
            "zh-TW",
            "changed by the conversion",
            "轉換改動的字",
        ),
        (
            _char("发", None, None, "own"),
            "zh-Hans",
            "one Simplified character for several Traditional ones",
            "一簡對多繁",
        ),
        (
            '<span class="mr-term" tabindex="0">芯片'
            f"{note(term_note(chip, '芯片', None, Ruby(), False))}</span>",
            "zh-Hans",
            "glossary term",
            "詞彙表",
        ),
        (f'<mark class="{HIGHLIGHT}">超音速</mark>', "zh-Hans", "your highlight", "我的標記"),
        ('<span class="mr-known">海啸</span>', "zh-Hans", "a word you know", "我已知的詞"),
        (LOSS, "en", "zh-Hant does not survive a round trip through Simplified", "簡繁往返有損"),
        (
            ruby("行", "háng", "pinyin") + ruby("行", "ㄏㄤˊ", "zhuyin"),
            "zh-Hant",
            "reading from pypinyin",
            "讀音",
        ),
    ]
    body = "".join(
        f'<span class="mr-item"><span lang="{lang}">{mark}</span> {escape(english)} '
        f'<span lang="zh-Hant">{escape(chinese)}</span></span>'
        for mark, lang, english, chinese in items
    )
    hint = "Notes open on hover, on click or tap, and on keyboard focus (Tab)."
    return (
        f'{STYLE}\n<div class="mr-legend mr-aligned mr-reading" lang="en">{body}'
        f'<span class="mr-item">{escape(hint)}</span></div>'
    )
