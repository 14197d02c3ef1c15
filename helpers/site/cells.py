"""A stored notebook's cells as HTML, outputs as they were stored (nothing is executed).

Markdown is rendered with mistune (links to other notebooks point at their pages), code is shown in
a collapsed <details>, text/html outputs are kept as they are (the project's own escaped views; a
widget's stored output is its static HTML view), text and streams go in <pre>, and images become
files under assets/ with the alt text of their cell's metadata ("alt": one string, or one per
image).
"""

from __future__ import annotations

import base64
import json
import re
import struct
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import mistune

from helpers.core.errors import CorpusError

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
IMAGES = {"image/png": "png", "image/jpeg": "jpg", "image/svg+xml": "svg"}
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
NOTEBOOK_LINK = re.compile(r"^(?P<stem>[^/:#?]+)\.ipynb(?P<fragment>#.*)?$")


@dataclass(frozen=True)
class Rendered:
    """A notebook's cells as HTML.

    Attributes:
        html: the cells, one <div class="mr-site-cell"> each, in order.
        assets: image files the HTML refers to, by their path under the site ('assets/…').
        markdown: the source of every markdown cell, in order.
    """

    html: str
    assets: dict[str, bytes]
    markdown: tuple[str, ...]


class _Renderer(mistune.HTMLRenderer):
    """mistune's HTML, with links to notebooks sent to their pages."""

    def link(self, text: str, url: str, title: str | None = None) -> str:
        """A link; 'NN_name.ipynb#part' becomes 'NN_name.html#part'."""
        found = NOTEBOOK_LINK.match(url)
        if found:
            url = f"{found['stem']}.html{found['fragment'] or ''}"
        return super().link(text, url, title)


def markdown_html(source: str) -> str:
    """A markdown cell's HTML (tables and strikethrough as JupyterLab shows them; raw HTML kept).

    Args:
        source: the cell's markdown.

    Returns:
        The HTML.
    """
    render = mistune.create_markdown(
        renderer=_Renderer(escape=False), plugins=["table", "strikethrough"]
    )
    return str(render(source))


def read_notebook(path: Path) -> dict[str, Any]:
    """A notebook file as parsed JSON.

    Raises:
        CorpusError: the file is missing or is not a notebook (named).
    """
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CorpusError(f"{path.name}: cannot read the notebook ({error})") from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise CorpusError(f"{path.name}: not a notebook (no list of cells)")
    return nb


def source(cell: dict[str, Any]) -> str:
    """A cell's source as one string (notebooks store it as a list of lines or a string)."""
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else str(text)


def _alts(cell: dict[str, Any], count: int, where: str) -> list[str]:
    """The alt text of each of a cell's images, from its metadata."""
    alt = cell.get("metadata", {}).get("alt")
    alts = [alt] if isinstance(alt, str) else alt
    if not isinstance(alts, list) or not all(isinstance(a, str) and a.strip() for a in alts):
        raise CorpusError(
            f"{where}: an image output has no alt text; give the cell a metadata entry "
            '"alt" that describes what the chart shows'
        )
    if len(alts) != count:
        raise CorpusError(f"{where}: {count} images but {len(alts)} alt texts in its metadata")
    return alts


def _image(data: bytes, extension: str, path: str, alt: str) -> str:
    """An <img> for an image file, with its size for a PNG."""
    size = ""
    if extension == "png" and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        size = f' width="{width}" height="{height}"'
    return f'<img class="mr-site-image" src="{path}" alt="{escape(alt)}"{size}>'


def _text(value: Any) -> str:
    """A stored text field (a string or a list of lines) as one string without ANSI colours."""
    return ANSI.sub("", "".join(value) if isinstance(value, list) else str(value))


def _image_type(output: dict[str, Any]) -> str:
    """The mime type of the image an output shows ('' if it shows HTML, text or nothing)."""
    data = output.get("data", {})
    if "text/html" in data:
        return ""
    return next((mime for mime in IMAGES if mime in data), "")


def _output(output: dict[str, Any], where: str) -> str:
    """One output that is not an image, as HTML."""
    kind = output.get("output_type")
    if kind == "stream":
        name = output.get("name", "stdout")
        return f'<pre class="mr-site-{escape(name)}">{escape(_text(output["text"]))}</pre>'
    if kind == "error":
        message = _text(output.get("traceback") and "\n".join(output["traceback"]))
        return f'<pre class="mr-site-stderr">{escape(message)}</pre>'
    data = output.get("data", {})
    if WIDGET_VIEW in data and "text/html" not in data:
        raise CorpusError(
            f"{where}: a widget output has no static HTML view (text/html); re-run the notebook "
            "with `make notebooks` after giving its widget a static_html()"
        )
    if "text/html" in data:
        return f'<div class="mr-site-html">{_text(data["text/html"])}</div>'
    if "text/markdown" in data:
        return markdown_html(_text(data["text/markdown"]))
    if "text/plain" in data:
        return f"<pre>{escape(_text(data['text/plain']))}</pre>"
    raise CorpusError(f"{where}: an output has none of the types the site shows ({sorted(data)})")


def _code_cell(cell: dict[str, Any], stem: str, number: int, assets: dict[str, bytes]) -> str:
    """A code cell: its code collapsed, then its outputs."""
    where = f"{stem}.ipynb, cell {number}"
    parts = []
    code = source(cell).strip("\n")
    if code:
        first = code.splitlines()[0]
        parts.append(
            f'<details class="mr-site-code"><summary>Code <code>{escape(first)}</code></summary>'
            f'<pre><code class="language-python">{escape(code)}</code></pre></details>'
        )
    outputs = cell.get("outputs", [])
    count = sum(1 for output in outputs if _image_type(output))
    alts = _alts(cell, count, where) if count else []
    shown = 0
    for output in outputs:
        mime = _image_type(output)
        if not mime:
            parts.append(f'<div class="mr-site-output">{_output(output, where)}</div>')
            continue
        extension, stored = IMAGES[mime], _text(output["data"][mime])
        data = stored.encode() if extension == "svg" else base64.b64decode(stored)
        shown += 1
        path = f"assets/{stem}-cell{number}-{shown}.{extension}"
        assets[path] = data
        image = _image(data, extension, path, alts[shown - 1])
        parts.append(f'<div class="mr-site-output">{image}</div>')
    return "".join(parts)


def render_notebook(nb: dict[str, Any], stem: str) -> Rendered:
    """A notebook's cells as HTML, with its images as files.

    Args:
        nb: the parsed notebook (read_notebook).
        stem: its file name without .ipynb, for error messages and image file names.

    Returns:
        The HTML, image files and markdown sources.

    Raises:
        CorpusError: an image output whose cell has no alt text in its metadata (or a different
            number of alt texts than images), a widget output without a static HTML view, or an
            output the site cannot show; the message names the notebook and the cell (numbered
            from 0, as nbformat does).
    """
    parts: list[str] = []
    assets: dict[str, bytes] = {}
    markdown: list[str] = []
    for number, cell in enumerate(nb["cells"]):
        kind = cell.get("cell_type")
        if kind == "markdown":
            markdown.append(source(cell))
            html = markdown_html(source(cell))
        elif kind == "code":
            html = _code_cell(cell, stem, number, assets)
        else:
            continue
        if html:
            parts.append(f'<div class="mr-site-cell mr-site-{kind}">\n{html}\n</div>')
    return Rendered("\n".join(parts), assets, tuple(markdown))
