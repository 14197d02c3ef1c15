"""The CSS of every view, in one place, and the table and caption markup the views share.

Class names start with mr- so they never collide with JupyterLab's own. Each view puts the <style>
block it needs in front of its HTML, so a stored output carries its styling; no view writes a style
attribute. Selectors under .jp-RenderedHTMLCommon win over JupyterLab's own table styling.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

MAX_ROWS = 25
"""Widget views show at most this many rows and say so in their caption."""

CAPTION_CSS = ".mr-caption {font-size: 0.9em; color: #555; margin: 0.3em 0;}"

TEXT_CSS = """
.mr-card th, .jp-RenderedHTMLCommon table.mr-card th {
  text-align: left; vertical-align: top; padding-right: 1em; white-space: nowrap;
}
.mr-card td, .jp-RenderedHTMLCommon table.mr-card td {text-align: left;}
.mr-unknown {color: #555; font-style: italic;}
.mr-text {line-height: 1.8; max-width: 48em; padding-left: 5rem;}
.mr-text .mr-heading .mr-s {display: block;}
.mr-pref {
  float: left; width: 3.8rem; margin-left: -5rem; color: #555; font: 0.7rem/2.6 monospace;
  font-weight: normal; user-select: none;
}
.mr-sref {
  font: 0.6em/0 monospace; color: #555; margin-right: 0.2em; vertical-align: super;
  font-weight: normal; user-select: none;
}
.mr-s:target {background: #fff3c4;}
.mr-markup {color: #555; font-size: 0.85em; margin: 0.4em 0;}
.mr-markup .mr-s {display: block; white-space: pre-wrap;}
.mr-break {text-align: center;}
.mr-turn {border-left: 3px solid #ccc; padding-left: 0.8rem; margin: 0.6em 0;}
.mr-turn .mr-pref, .mr-quote .mr-pref {margin-left: calc(-5rem - 0.8rem - 3px);}
.mr-turn p {margin: 0.2em 0;}
.mr-speaker {font-weight: bold; margin-right: 0.5em;}
.mr-quote {border-left: 3px solid #ccc; margin: 0.6em 0; padding-left: 0.8rem; color: #444;}
.mr-section > summary {cursor: pointer; font-weight: bold;}
"""

ALIGNED_CSS = """
.mr-aligned {border-collapse: collapse; line-height: 1.9; max-width: 64em;}
.jp-RenderedHTMLCommon table.mr-aligned {table-layout: auto; font-size: inherit;}
table.mr-aligned th, table.mr-aligned td,
.jp-RenderedHTMLCommon table.mr-aligned th, .jp-RenderedHTMLCommon table.mr-aligned td {
  text-align: left; vertical-align: top; padding: 0.3em 0.7em; border-bottom: 1px solid #e4e4e4;
  line-height: inherit;
}
.mr-aligned .mr-ref {color: #555; font-size: 0.75em; white-space: nowrap; font-family: monospace;}
.mr-aligned .mr-markup {color: #555; font-size: 0.8em;}
.mr-interlinear .mr-row {margin: 0.5em 0; padding-bottom: 0.4em; border-bottom: 1px solid #e4e4e4;}
.mr-interlinear .mr-second {color: #1f3a5f;}
.mr-loss {color: #c0392b; margin-left: 0.4em;}
.mr-legend {line-height: 2.6; margin: 0.5em 0;}
.mr-legend ruby {font-size: 1.25em;}
.mr-legend rt {font-size: 0.6em; white-space: nowrap;}
.mr-legend span.mr-item {display: inline-block; white-space: nowrap; margin-right: 1.5em;}
"""

MARKS_CSS = """
.mr-reading .mr-first, .mr-reading .mr-second,
.jp-RenderedHTMLCommon .mr-reading td.mr-first, .jp-RenderedHTMLCommon .mr-reading td.mr-second {
  font-size: 1.25em; line-height: 2.3;
}
.mr-reading ruby {ruby-align: center;}
.mr-reading rt {
  font-size: max(0.6em, 10px); line-height: 1.1; white-space: nowrap; padding: 0 0.2em; color: #444;
  font-weight: normal;
}
@supports (ruby-position: inter-character) {
  .mr-zhuyin ruby {ruby-position: inter-character;}
  .mr-zhuyin rt {padding: 0.1em 0;}
  .mr-zhuyin .mr-first, .mr-zhuyin .mr-second {line-height: 1.9;}
}
mark.mr-changed {background: #ffe58a; color: inherit; font-weight: bold; padding: 0 1px;}
.mr-ambiguous {
  text-decoration: underline wavy #c0392b; text-underline-offset: 0.3em;
  text-decoration-skip-ink: none;
}
.mr-ambiguous::after {content: "‡"; color: #c0392b; font-size: 0.6em; vertical-align: super;}
.mr-term {border-bottom: 2px dotted #2a7ab0;}
.mr-term::after {content: "ⓘ"; color: #2a7ab0; font-size: 0.55em; vertical-align: super;}
.mr-term, .mr-ambiguous[tabindex] {position: relative; cursor: help;}
.mr-term:focus-visible, .mr-ambiguous:focus-visible {outline: 2px solid #2a7ab0;}
.mr-note {
  position: absolute; left: 0; top: 100%; z-index: 20; width: 1px; height: 1px;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; user-select: none;
}
.mr-term:hover > .mr-note, .mr-term:focus-within > .mr-note,
.mr-ambiguous[tabindex]:hover > .mr-note, .mr-ambiguous[tabindex]:focus-within > .mr-note {
  width: max-content; max-width: 20em; height: auto; overflow: visible; clip-path: none;
  white-space: normal; padding: 0.3em 0.6em; background: #fff; color: #222;
  border: 1px solid #888; border-radius: 4px; box-shadow: 0 2px 6px rgba(0, 0, 0, 0.25);
  font-size: 0.8em; font-weight: normal; line-height: 1.5; text-align: left;
}
.mr-note .mr-line {display: block;}
.mr-sep {display: none;}
"""

GLOSSARY_CSS = """
.mr-glossary {border-collapse: collapse; line-height: 1.6; max-width: 100%;}
table.mr-glossary th, table.mr-glossary td,
.jp-RenderedHTMLCommon table.mr-glossary th, .jp-RenderedHTMLCommon table.mr-glossary td {
  text-align: left; vertical-align: top; padding: 0.2em 0.5em; border-bottom: 1px solid #e4e4e4;
  white-space: normal; overflow-wrap: break-word;
}
.mr-glossary th .mr-zh {display: block; font-weight: normal; color: #555;}
.mr-glossary .mr-ref {color: #555; font-family: monospace; font-size: 0.8em; white-space: nowrap;}
.mr-glossary .mr-word {word-break: keep-all;}
table.mr-kwic td:nth-child(4), .jp-RenderedHTMLCommon table.mr-kwic td:nth-child(4) {
  text-align: right;
}
.mr-glossary mark {background: #d8ecfa; color: inherit;}
table.mr-glossary th.mr-count, table.mr-glossary td.mr-count,
.jp-RenderedHTMLCommon table.mr-glossary th.mr-count,
.jp-RenderedHTMLCommon table.mr-glossary td.mr-count {text-align: center; padding: 0.2em 0.3em;}
.mr-glossary th.mr-count {white-space: nowrap;}
.mr-glossary td.mr-zero {color: #bbb;}
.mr-glossary th.mr-doc {border-bottom: none;}
.mr-glossary .mr-pair {border-left: 1px solid #e4e4e4;}
.mr-fit {max-width: 100%; overflow-x: auto;}
.mr-scroll {max-height: 30em; overflow: auto; border: 1px solid #e4e4e4; max-width: 100%;}
.mr-scroll table.mr-glossary thead th {position: sticky; top: 0; background: #fff;}
.mr-controls {font-size: 0.9em; margin: 0.3em 0;}
.mr-controls .mr-setting {display: inline-block; margin-right: 1.2em;}
.mr-controls .mr-name {font-weight: bold; margin-right: 0.3em;}
"""

NUMBERS_CSS = """
.mr-numbers-box {
  max-height: 36em; overflow: auto; width: fit-content; max-width: 100%; margin: 0.4em 0;
  border: 1px solid #e4e4e4;
}
table.mr-numbers, .jp-RenderedHTMLCommon table.mr-numbers {
  border-collapse: separate; border-spacing: 0; table-layout: auto; margin: 0;
}
table.mr-numbers th, table.mr-numbers td,
.jp-RenderedHTMLCommon table.mr-numbers th, .jp-RenderedHTMLCommon table.mr-numbers td {
  text-align: left; vertical-align: top; padding: 0.2em 0.6em; border-bottom: 1px solid #e4e4e4;
  line-height: 1.6;
}
table.mr-numbers thead th, .jp-RenderedHTMLCommon table.mr-numbers thead th {
  position: sticky; top: 0; z-index: 1; background: var(--jp-layout-color0, #fff);
  border-bottom: 2px solid #bbb; white-space: nowrap;
}
table.mr-numbers td:nth-child(1) {font-family: monospace; font-size: 0.85em; white-space: nowrap;}
table.mr-numbers td:nth-child(2) {min-width: 7em;}
table.mr-numbers td:nth-child(3), table.mr-numbers td:nth-child(4) {white-space: nowrap;}
table.mr-numbers td:nth-child(6) {min-width: 18em; max-width: 40em;}
mark.mr-quantity {background: #ffe58a; color: inherit; padding: 0 1px; border-radius: 2px;}
@media print {.mr-numbers-box {max-height: none; overflow: visible; border: none;}}
"""


SITE_CSS = """
:root {color: #1a1a1a; background: #fff;
  font-family: "Noto Sans", "DejaVu Sans", system-ui, sans-serif; line-height: 1.6;}
:lang(zh-Hans) {font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif;}
:lang(zh-Hant), :lang(zh-TW) {font-family: "Noto Sans CJK TC", "Noto Sans TC", sans-serif;}
:lang(zh-HK) {font-family: "Noto Sans CJK HK", "Noto Sans HK", sans-serif;}
body {margin: 0;}
a {color: #0b57a4;}
a:focus-visible, input:focus-visible, summary:focus-visible {outline: 3px solid #b35c00;}
.mr-site-skip {position: absolute; left: -999em;}
.mr-site-skip:focus {left: 1em; top: 1em; background: #fff; padding: 0.4em; z-index: 1;}
.mr-site-header, .mr-site-nav, .mr-site-main, .mr-site-footer {padding: 0 1.5em;}
.mr-site-header {border-bottom: 1px solid #ccc; background: #f4f6f8;}
.mr-site-name {font-weight: bold; margin: 0; padding-top: 0.6em;}
.mr-site-search {padding: 0.4em 0 0.6em;}
.mr-site-search label {font-weight: bold; margin-right: 0.5em;}
.mr-site-search input {font-size: 1em; padding: 0.25em 0.4em; width: min(24em, 90%);}
.mr-site-help {font-size: 0.85em; color: #4a4a4a; margin: 0.2em 0;}
#site-search-results {max-height: 22em; overflow-y: auto; margin: 0; padding-left: 2.8em;}
#site-search-results li {margin: 0.3em 0;}
#site-search-results a {text-decoration: none; color: #1a1a1a;}
#site-search-results a:hover .mr-site-hit-text {text-decoration: underline;}
.mr-site-hit-ref {font-family: monospace; color: #0b57a4; margin-right: 0.6em;}
#site-search-results mark {background: #ffe58a; color: inherit;}
.mr-site-nav ul {list-style: none; display: flex; gap: 1.5em; padding: 0; margin: 0.8em 0;}
.mr-site-main {max-width: 70em;}
.mr-site-main:focus {outline: none;}
.mr-site-index > li {margin-bottom: 1.2em;}
.mr-site-index h2 {font-size: 1.2em; margin: 0.2em 0;}
.mr-site-facts {display: grid; grid-template-columns: max-content 1fr; gap: 0 1em; margin: 0.3em 0;}
.mr-site-facts dt {font-weight: bold;}
.mr-site-facts dd {margin: 0;}
.mr-site-summary {margin: 0.3em 0;}
.mr-site-cell {margin: 0.8em 0;}
.mr-site-code summary {cursor: pointer; color: #4a4a4a; font-size: 0.85em;}
.mr-site-code pre, .mr-site-output pre {font-size: 0.85em; background: #f6f6f6; padding: 0.5em;
  overflow-x: auto;}
.mr-site-output {overflow-x: auto;}
.mr-site-image {max-width: 100%; height: auto;}
.mr-site-stderr {color: #8a1f11;}
"""

READER_CSS = """
.mr-reader-head {font-size: 0.9em; color: #333; margin: 0.3em 0 0.6em; line-height: 1.7;}
.mr-reader-head .mr-reader-doc, .mr-reader-head .mr-reader-page {font-weight: bold;}
.mr-reader-head .mr-reader-page {white-space: nowrap;}
.mr-reader-head .mr-reader-settings {color: #555;}
.mr-reader-status {font-size: 0.9em; color: #555; margin: 0.2em 0; min-height: 1.4em;}
.mr-reader-status.mr-problem {color: #a61b1b;}
"""

NOTES_CSS = """
mark.mr-highlight {
  background: #dcefdc; color: inherit; padding: 0 1px; box-shadow: inset 0 -0.18em 0 #2e7d4f;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.mr-known {color: #1d5e33;}
.mr-known::after {content: "✓"; color: #2e7d4f; font-size: 0.5em; vertical-align: super;}
.mr-notes, .jp-RenderedHTMLCommon ul.mr-notes {
  list-style: none; margin: 0.1em 0 0.3em; padding: 0 0 0 0.6em; border-left: 3px solid #2e7d4f;
  font-size: 0.9em; line-height: 1.6; text-align: left;
}
.mr-note-item .mr-note-kind {font-weight: bold; color: #2e7d4f; margin-right: 0.3em;}
.mr-note-item .mr-note-ref {font-family: monospace; font-size: 0.85em; color: #555;}
.mr-note-item .mr-note-quote {color: #333;}
.mr-note-item .mr-note-quote::before {content: "«";}
.mr-note-item .mr-note-quote::after {content: "»";}
.mr-tag {color: #0b57a4; margin-left: 0.3em; white-space: nowrap;}
.mr-orphans {margin: 0.8em 0; padding: 0.4em 0.6em; border: 1px dashed #a61b1b;}
.mr-orphans-head {font-weight: bold; color: #a61b1b; margin: 0 0 0.3em;}
table.mr-notes-table td, table.mr-notes-table th,
.jp-RenderedHTMLCommon table.mr-notes-table td, .jp-RenderedHTMLCommon table.mr-notes-table th {
  text-align: left; vertical-align: top; padding: 0.2em 0.6em; border-bottom: 1px solid #e4e4e4;
}
table.mr-notes-table td.mr-count, .jp-RenderedHTMLCommon table.mr-notes-table td.mr-count {
  text-align: right; font-variant-numeric: tabular-nums;
}
.mr-my-words {font-size: 0.9em; margin: 0.3em 0;}
"""


def style(*parts: str) -> str:
    """A <style> element holding CSS blocks of this module.

    Args:
        parts: CSS blocks, for example TEXT_CSS, CAPTION_CSS.

    Returns:
        "<style>", each block without its outer blank lines, "</style>", one per line.
    """
    return "<style>" + "\n".join(part.strip("\n") for part in ("", *parts)) + "\n</style>"


def html_table(
    header: Iterable[str], rows: Iterable[Iterable[str]], css: str, head: str | None = None
) -> str:
    """An HTML table with a head row, without a <style> block.

    Args:
        header: the column names as plain text (escaped here).
        rows: each row's cells as HTML, escaped by the caller (which may add markup); a cell that
            starts with "<td" is taken as the whole cell, attributes and all.
        css: the table's class attribute, for example "mr-glossary".
        head: the rows of the <thead> as HTML, instead of one row made of header.

    Returns:
        A <table> element with a <thead> and a <tbody> of one <tr> per row, a line each.
    """
    if head is None:
        head = "<tr>" + "".join(f"<th>{escape(name)}</th>" for name in header) + "</tr>"
    body = "\n".join(
        "<tr>"
        + "".join(cell if cell.startswith("<td") else f"<td>{cell}</td>" for cell in row)
        + "</tr>"
        for row in rows
    )
    return (
        f'<table class="{escape(css)}">\n<thead>{head}</thead>\n<tbody>\n{body}\n</tbody>\n</table>'
    )


def caption(text: str, count: int) -> str:
    """A caption for a widget view that says when only the first MAX_ROWS rows are shown.

    Args:
        text: what the view shows, as plain text (escaped here): "12 entries".
        count: how many rows there are in all.

    Returns:
        A <p class="mr-caption"> element; ", the first 25 shown" is added when count > MAX_ROWS.
    """
    shown = f"{text}, the first {MAX_ROWS} shown" if count > MAX_ROWS else text
    return f'<p class="mr-caption">{escape(shown)}</p>'


class StaticFallback:
    """Mixin for a widget that also carries a static HTML view of what it shows.

    A widget's display data then holds the live view (for a running kernel) and "text/html": the
    same content as plain HTML. helpers.notebook_runner stores only the HTML part in the notebooks,
    so a notebook opened without a kernel, exported with nbconvert or built into the static site
    shows the widget's content instead of an empty box. Subclasses define static_html().
    """

    def static_html(self) -> str:
        """The HTML (with its <style> block) of what the widget shows now; subclasses define it."""
        raise NotImplementedError

    def _repr_mimebundle_(self, **kwargs: object) -> dict[str, object]:
        bundle: dict[str, object] = super()._repr_mimebundle_(**kwargs)  # type: ignore[misc]
        bundle["text/html"] = self.static_html()
        return bundle
