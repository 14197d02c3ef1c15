"""HTML views of a document's metadata and of its text, every piece of corpus text escaped."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape
from itertools import groupby

from helpers.core.errors import CorpusError
from helpers.core.types import UNKNOWN
from helpers.corpus.documents import document
from helpers.corpus.markdown import IMAGE, SETEXT_UNDERLINE, WIKI_LINK
from helpers.corpus.overview import speaker_names
from helpers.corpus.segments import (
    READING_KINDS,
    Paragraph,
    Section,
    SegmentedDocument,
    Sentence,
    segmented,
)
from helpers.views.page import TEXT_CSS, style

STYLE = style(TEXT_CSS)


LANGUAGE = {"Simplified": "zh-Hans", "Traditional": "zh-Hant"}
MARKUP_CLASS = {"front_matter": "mr-markup", "break": "mr-markup mr-break", "image": "mr-markup"}
LIST_MARKER = re.compile(r"^\s*(?:(?P<bullet>[*+-])|(?P<number>\d+[.)]))\s+")
HEADING_MARKS = re.compile(r"^#{1,6}\s*")
EMPHASIS = re.compile(r"(?<!\*)\*(?=\S)(?P<inner>[^*\n]+?)(?<=\S)\*(?!\*)")


def _value(value: str) -> str:
    """An escaped metadata value, 'unknown' marked as such."""
    return f'<span class="mr-unknown">{UNKNOWN}</span>' if value == UNKNOWN else escape(value)


def metadata_card(doc_id: str) -> str:
    """A table of everything the metadata records about one document."""
    doc = document(doc_id)
    interview = doc.interview
    url = (
        _value(doc.url)
        if doc.url == UNKNOWN
        else f'<a href="{escape(doc.url)}">{escape(doc.url)}</a>'
    )
    rows = [
        ("Document 文檔", _value(doc.id)),
        ("Title as written 原標題", _value(doc.title)),
        ("Title in English 英譯標題", _value(doc.title_en)),
        ("Label 簡介", _value(doc.label_en)),
        ("Publisher 發布者", _value(doc.publisher)),
        ("URL 網址", url),
        ("Published 發布日期", _value(doc.published)),
        ("Script 字體", _value(doc.script)),
        ("Regional usage 用語", _value(doc.region)),
        ("Format 格式", _value(doc.format)),
        ("Interview venue 訪談場合", _value(interview.venue)),
        ("Interview date 訪談日期", _value(interview.date)),
        ("Interviewers 訪問者", _value(", ".join(interview.interviewers) or UNKNOWN)),
        ("Interviewee 受訪者", _value(interview.interviewee)),
        ("Length 時長", _value(interview.length)),
        ("Notes 說明", _value(doc.notes)),
    ]
    body = "\n".join(f"<tr><th>{escape(name)}</th><td>{value}</td></tr>" for name, value in rows)
    return f'{STYLE}\n<table class="mr-card">\n{body}\n</table>'


def display_text(sentence: Sentence, markdown: bool, opens_paragraph: bool) -> str:
    """What a reader sees of a sentence: markdown markup stripped, an image as its alt text."""
    return display_string(sentence.text, sentence.kind, markdown, opens_paragraph)


def display_string(text: str, kind: str, markdown: bool, opens_paragraph: bool) -> str:
    """What a reader sees of a sentence's text (or of a conversion of it), given the sentence's kind."""
    text = text.rstrip("\n")
    if kind == "markup":
        if not opens_paragraph and SETEXT_UNDERLINE.fullmatch(text.strip()):
            return ""
        image = IMAGE.fullmatch(text.strip())
        return f"[image: {image.group('alt')}]" if image else text.strip()
    if not markdown:
        return text.strip() if kind == "heading" else text
    if kind == "heading":
        text = text.strip()
        return HEADING_MARKS.sub("", text).strip("* ")
    if opens_paragraph:
        text = LIST_MARKER.sub(
            lambda match: "• " if match.group("bullet") else f"{match.group('number')} ", text
        )
        if kind == "quote":
            text = text.removeprefix(">").lstrip()
    text = WIKI_LINK.sub(r"\g<label>", text.replace("**", ""))
    return EMPHASIS.sub(r"\g<inner>", text)


def _span(sentence: Sentence, content: str, css: str = "mr-s") -> str:
    """Escaped content in a span that carries the sentence's reference, for citing."""
    ref = escape(sentence.ref)
    return f'<span class="{css}" data-ref="{ref}" title="{ref}">{escape(content)}</span>'


def _paragraph(paragraph: Paragraph, level: int, markdown: bool, names: dict[str, str]) -> str:
    """One paragraph as a heading, a markup block, a blockquote or a plain paragraph."""
    spans = "".join(
        _span(sentence, names[sentence.speaker], "mr-s mr-speaker")
        if sentence.kind == "label"
        else _span(sentence, display_text(sentence, markdown, number == 0))
        for number, sentence in enumerate(paragraph.sentences)
    )
    if paragraph.kind == "heading":
        # Section level 1 becomes <h3>, so the text's headings nest under the notebook's own ## headings.
        tag = f"h{min(level + 2, 6)}"
        return f'<{tag} class="mr-heading">{spans}</{tag}>'
    if paragraph.kind in MARKUP_CLASS:
        return f'<div class="{MARKUP_CLASS[paragraph.kind]}">{spans}</div>'
    if paragraph.kind == "quote":
        return f'<blockquote class="mr-quote"><p>{spans}</p></blockquote>'
    return f"<p>{spans}</p>"


def _section(section: Section, markdown: bool, names: dict[str, str], collapsible: bool) -> str:
    """A section's paragraphs, each speaker turn in its own block; folded under its title if asked and not empty."""
    parts = []
    for turn, group in groupby(section.paragraphs, key=lambda paragraph: paragraph.turn):
        paragraphs = list(group)
        html = "\n".join(
            _paragraph(paragraph, section.level, markdown, names) for paragraph in paragraphs
        )
        if turn is not None:
            html = f'<div class="mr-turn" data-speaker="{escape(paragraphs[0].speaker)}">\n{html}\n</div>'
        parts.append(html)
    body = "\n".join(parts)
    count = sum(paragraph.kind in READING_KINDS for paragraph in section.paragraphs)
    if not (collapsible and count):
        return body
    summary = f"§{section.index} {escape(section.title or 'untitled')} · {count} paragraphs"
    return f'<details class="mr-section">\n<summary>{summary}</summary>\n{body}\n</details>'


def text_view(
    segmentation: SegmentedDocument,
    markdown: bool,
    section: int | Iterable[int] | None = None,
    collapsible: bool = False,
    lang: str = "zh",
) -> str:
    """A segmented text as readable HTML: all sections, or only the one or several asked for."""
    count = len(segmentation.sections)
    indexes = (
        range(count)
        if section is None
        else [section]
        if isinstance(section, int)
        else list(section)
    )
    for index in indexes:
        if not 0 <= index < count:
            raise CorpusError(
                f"document {segmentation.doc} has sections 0 to {count - 1}, not {index}"
            )
    names = speaker_names(segmentation)
    body = "\n".join(
        _section(segmentation.sections[index], markdown, names, collapsible) for index in indexes
    )
    return f'{STYLE}\n<div class="mr-text" lang="{escape(lang)}">\n{body}\n</div>'


def document_view(
    doc_id: str, section: int | Iterable[int] | None = None, collapsible: bool = False
) -> str:
    """A corpus document's normalised text as readable HTML, every sentence citable by its reference."""
    doc = document(doc_id)
    return text_view(
        segmented(doc_id), doc.format == "markdown", section, collapsible, LANGUAGE[doc.script]
    )
