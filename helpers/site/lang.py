"""Language tags on Chinese text in HTML: each run of Han characters not already inside an element
with a Chinese `lang` is wrapped in <span lang="…">, so fonts and screen readers read it as Chinese.

A run's script comes from OpenCC's character conversion (helpers.language.conversion.converter):
a run that some Simplified→Traditional config leaves as it is (valid Traditional) but t2s changes
is Traditional, and the other way round Simplified. A run valid in both scripts or in neither
(中文, or a mix) takes the page's own tag, that of its document. The HTML is read with the
standard library's parser and written back unchanged except for the text between tags.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser
from typing import Literal

from helpers.core.caching import data_cache
from helpers.core.types import Script, Target
from helpers.language.conversion import converter

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_MARKS = "\u3000-\u303f\uff00-\uffef"
HAN_RUN = re.compile(f"[{CJK_MARKS}]*[{HAN}][{HAN}{CJK_MARKS}]*")
"""Han characters with the CJK punctuation among, before and after them (「輝達」,)."""
TRADITIONAL_FIXED = ("s2t", "s2tw", "s2hk")
"""Simplified→Traditional configs: a run one of them leaves unchanged is valid Traditional."""
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source"}
    | {"track", "wbr"}
)
NO_SPAN = frozenset({"title", "textarea", "option", "svg", "math", "head"})
"""Elements whose text cannot hold a <span>: their Chinese text is left as it is."""
RAW = frozenset({"script", "style"})


@data_cache
def script_of(run: str) -> Script | None:
    """The script a run of Chinese text is written in, by OpenCC's character conversion.

    Args:
        run: Chinese text (punctuation and other characters are left as they are by conversion).

    Returns:
        'Traditional' for a run valid only in Traditional (輝達), 'Simplified' for one valid only in
        Simplified (辉达), None for one valid in both or neither (中文; 这個).
    """
    simplified = converter("t2s").convert(run) == run
    traditional = any(converter(config).convert(run) == run for config in TRADITIONAL_FIXED)
    if simplified == traditional:
        return None
    return "Simplified" if simplified else "Traditional"


def run_tag(run: str, default: Target) -> Target:
    """The lang tag for one run of Chinese text on a page whose Chinese is tagged `default`.

    Args:
        run: Chinese text.
        default: the page's tag; a Traditional run keeps it if it is a Traditional tag.

    Returns:
        zh-Hans for a Simplified run, `default` or zh-Hant for a Traditional one, `default` for a
        run valid in both scripts or neither.
    """
    script = script_of(run)
    if script == "Simplified":
        return "zh-Hans"
    if script == "Traditional" and default == "zh-Hans":
        return "zh-Hant"
    return default


def majority_tag(texts: list[str]) -> Literal["zh-Hans", "zh-Hant"]:
    """zh-Hans if more runs of the texts are Simplified than Traditional, else zh-Hant.

    Args:
        texts: plain text (a page's markdown, for one without a document of its own).

    Returns:
        The tag for the runs that are valid in both scripts.
    """
    scripts = [script_of(run) for text in texts for run in HAN_RUN.findall(text)]
    return "zh-Hans" if scripts.count("Simplified") > scripts.count("Traditional") else "zh-Hant"


class _Tagger(HTMLParser):
    """Re-emits HTML, wrapping Chinese runs in text that has no Chinese lang around it."""

    def __init__(self, default: Target) -> None:
        super().__init__(convert_charrefs=True)
        self.default = default
        self.out: list[str] = []
        self.open: list[tuple[str, bool, bool]] = []
        """Open elements: (tag, inside a Chinese lang, text may not hold a span)."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")
        if tag in VOID:
            return
        chinese, no_span = self.open[-1][1:] if self.open else (False, False)
        lang = dict(attrs).get("lang")
        if lang is not None:
            chinese = lang.lower().startswith("zh")
        self.open.append((tag, chinese, no_span or tag in NO_SPAN))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self.out.append(f"</{tag}>")
        tags = [entry[0] for entry in self.open]
        if tag in tags:
            del self.open[len(tags) - 1 - tags[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        tag, chinese, no_span = self.open[-1] if self.open else ("", False, False)
        if tag in RAW:
            self.out.append(data)
        elif chinese or no_span:
            self.out.append(escape(data, quote=False))
        else:
            position = 0
            for run in HAN_RUN.finditer(data):
                self.out.append(escape(data[position : run.start()], quote=False))
                lang = run_tag(run.group(), self.default)
                self.out.append(f'<span lang="{lang}">{escape(run.group(), quote=False)}</span>')
                position = run.end()
            self.out.append(escape(data[position:], quote=False))

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def tag_chinese(html: str, default: Target) -> str:
    """HTML with every run of Chinese text outside a Chinese-tagged element wrapped in a <span>
    with its lang.

    Args:
        html: an HTML document or fragment (text in <script> and <style> is left alone, as is text
            where a span may not go: <title>, <textarea>, <option>, SVG, MathML).
        default: the tag of the page's own Chinese (its document's language), for runs
            valid in both scripts.

    Returns:
        The same HTML with <span lang="zh-…"> around those runs; text between tags is written back
        with &, < and > escaped, the tags exactly as they were.
    """
    tagger = _Tagger(default)
    tagger.feed(html)
    tagger.close()
    return "".join(tagger.out)
