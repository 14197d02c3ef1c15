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
.mr-card th {text-align: left; vertical-align: top; padding-right: 1em; white-space: nowrap;}
.mr-card td {text-align: left;}
.mr-unknown {color: #888; font-style: italic;}
.mr-text {line-height: 1.8; max-width: 48em;}
.mr-text .mr-heading .mr-s {display: block;}
.mr-markup {color: #888; font-size: 0.85em; margin: 0.4em 0;}
.mr-markup .mr-s {display: block; white-space: pre-wrap;}
.mr-break {text-align: center;}
.mr-turn {border-left: 3px solid #ccc; padding-left: 0.8em; margin: 0.6em 0;}
.mr-turn p {margin: 0.2em 0;}
.mr-speaker {font-weight: bold; margin-right: 0.5em;}
.mr-quote {border-left: 3px solid #ccc; margin: 0.6em 0; padding-left: 0.8em; color: #444;}
.mr-section > summary {cursor: pointer; font-weight: bold;}
"""

ALIGNED_CSS = """
.mr-aligned {border-collapse: collapse; line-height: 1.9; max-width: 64em;}
table.mr-aligned th, table.mr-aligned td, .jp-RenderedHTMLCommon table.mr-aligned td {
  text-align: left; vertical-align: top; padding: 0.3em 0.7em; border-bottom: 1px solid #e4e4e4;
}
.mr-aligned .mr-ref {color: #888; font-size: 0.75em; white-space: nowrap; font-family: monospace;}
.mr-aligned .mr-markup {color: #999; font-size: 0.8em;}
.mr-aligned ruby rt {font-size: 0.55em; color: #555; padding: 0 0.1em;}
.mr-aligned.mr-reading {line-height: 2.6;}
.mr-interlinear .mr-row {margin: 0.5em 0; padding-bottom: 0.4em; border-bottom: 1px solid #e4e4e4;}
.mr-interlinear .mr-second {color: #1f3a5f;}
mark.mr-changed {background: #ffe58a; color: inherit; padding: 0 1px; border-radius: 2px;}
.mr-ambiguous {text-decoration: underline dotted #c0392b; text-underline-offset: 0.25em;}
.mr-loss {color: #c0392b; margin-left: 0.4em;}
.mr-legend {font-size: 0.85em; line-height: 2.2; margin: 0.5em 0;}
.mr-term {border-bottom: 2px dotted #2a7ab0; cursor: help;}
.mr-legend span.mr-item {display: inline-block; white-space: nowrap; margin-right: 1.5em;}
"""

GLOSSARY_CSS = """
.mr-glossary {border-collapse: collapse; line-height: 1.6; max-width: 100%;}
table.mr-glossary th, table.mr-glossary td,
.jp-RenderedHTMLCommon table.mr-glossary th, .jp-RenderedHTMLCommon table.mr-glossary td {
  text-align: left; vertical-align: top; padding: 0.2em 0.5em; border-bottom: 1px solid #e4e4e4;
  white-space: normal; overflow-wrap: break-word;
}
.mr-glossary th .mr-zh {display: block; font-weight: normal; color: #555;}
.mr-glossary .mr-ref {color: #888; font-family: monospace; font-size: 0.8em; white-space: nowrap;}
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
table.mr-numbers {border-collapse: collapse;}
table.mr-numbers th, table.mr-numbers td,
.jp-RenderedHTMLCommon table.mr-numbers th, .jp-RenderedHTMLCommon table.mr-numbers td {
  text-align: left; padding: 0.15em 0.6em; border-bottom: 1px solid #e4e4e4;
}
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
