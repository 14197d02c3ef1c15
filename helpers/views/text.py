"""HTML views of a document's metadata and of its text, every piece of corpus text escaped.

Metadata comes from corpus/metadata.toml (helpers.corpus.documents), text from the normalised
corpus texts segmented by helpers.corpus.segments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from html import escape
from itertools import groupby

from helpers.core.errors import CorpusError
from helpers.core.types import UNKNOWN
from helpers.corpus.documents import document
from helpers.corpus.markdown import IMAGE, SETEXT_UNDERLINE, WIKI_LINK
from helpers.corpus.segments import (
    READING_KINDS,
    Paragraph,
    Section,
    SegmentedDocument,
    Sentence,
    segmented,
)
from helpers.corpus.structure import speaker_names
from helpers.views.page import TEXT_CSS, style

STYLE = style(TEXT_CSS)


REF = re.compile(r"(?P<doc>[0-9A-Za-z_-]+):p(?P<paragraph>\d+)\.s(?P<sentence>\d+)")
MARKUP_CLASS = {"front_matter": "mr-markup", "break": "mr-markup mr-break", "image": "mr-markup"}
LIST_MARKER = re.compile(r"^\s*(?:(?P<bullet>[*+-])|(?P<number>\d+[.)]))\s+")
HEADING_MARKS = re.compile(r"^#{1,6}\s*")
EMPHASIS = re.compile(r"(?<!\*)\*(?=\S)(?P<inner>[^*\n]+?)(?<=\S)\*(?!\*)")


def anchor_id(ref: str) -> str:
    """The id of a sentence's element in document_view, for linking to it.

    Args:
        ref: a sentence reference, "003:p2.s1".

    Returns:
        The reference with ':' and '.' as '-', after "s-": "s-003-p2-s1".

    Raises:
        CorpusError: ref is not of the form DOC:pP.sS.
    """
    match = REF.fullmatch(ref)
    if match is None:
        raise CorpusError(f"sentence reference {ref!r} is not of the form DOC:pP.sS (003:p2.s1)")
    return "s-{doc}-p{paragraph}-s{sentence}".format(**match.groupdict())


def _value(value: str) -> str:
    """An escaped metadata value, 'unknown' marked as such."""
    return f'<span class="mr-unknown">{UNKNOWN}</span>' if value == UNKNOWN else escape(value)


def metadata_card(doc_id: str) -> str:
    """Everything corpus/metadata.toml records about one document, as an HTML table.

    Args:
        doc_id: a document id ("004").

    Returns:
        The <style> block and a two-column table (bilingual field name, escaped value); values the
        metadata records as unknown are marked so, a known URL is a link.

    Raises:
        CorpusError: unknown document.
    """
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
    """What a reader sees of a sentence.

    Args:
        sentence: a sentence of a segmented document.
        markdown: whether its document is markdown.
        opens_paragraph: whether it is the first sentence of its paragraph.

    Returns:
        display_string of the sentence's text and kind.
    """
    return display_string(sentence.text, sentence.kind, markdown, opens_paragraph)


def display_string(text: str, kind: str, markdown: bool, opens_paragraph: bool) -> str:
    """What a reader sees of a sentence's text, or of a conversion of it.

    Args:
        text: the sentence's text (a slice of the normalised text) or its conversion.
        kind: the sentence's kind (text, quote, heading, label, markup).
        markdown: whether the document is markdown (004, 003) rather than plain text.
        opens_paragraph: whether the sentence is the first of its paragraph, where list markers
            and quote markers stand.

    Returns:
        The text without its final line breaks. In markdown: heading marks, bold and italic
        asterisks, list markers (a bullet becomes •), a quote's > and a wiki link's path
        removed. Markup lines: an image as "[image: alt]", a setext underline as "", other
        markup stripped of spaces; plain headings stripped of spaces; other plain text as is.
    """
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
    """Escaped content in a span that carries the sentence's reference and link anchor, its
    sentence number shown in front like a verse number."""
    return (
        f'<span class="{css}" id="{anchor_id(sentence.ref)}" data-ref="{escape(sentence.ref)}">'
        f'<sup class="mr-sref">s{sentence.sentence}</sup>{escape(content)}</span>'
    )


def _paragraph(paragraph: Paragraph, level: int, markdown: bool, names: Mapping[str, str]) -> str:
    """One paragraph as a heading, a markup block, a blockquote or a plain paragraph."""
    spans = "".join(
        _span(sentence, names[sentence.speaker], "mr-s mr-speaker")
        if sentence.kind == "label" and sentence.speaker is not None
        else _span(sentence, display_text(sentence, markdown, number == 0))
        for number, sentence in enumerate(paragraph.sentences)
    )
    spans = f'<span class="mr-pref">{escape(paragraph.doc)}:p{paragraph.index}</span>{spans}'
    if paragraph.kind == "heading":
        # Section level 1 becomes <h3>: the text's headings nest under the notebook's ## headings.
        tag = f"h{min(level + 2, 6)}"
        return f'<{tag} class="mr-heading">{spans}</{tag}>'
    if paragraph.kind in MARKUP_CLASS:
        return f'<div class="{MARKUP_CLASS[paragraph.kind]}">{spans}</div>'
    if paragraph.kind == "quote":
        return f'<blockquote class="mr-quote"><p>{spans}</p></blockquote>'
    return f"<p>{spans}</p>"


def _section(section: Section, markdown: bool, names: Mapping[str, str], collapsible: bool) -> str:
    """A section's paragraphs, each speaker turn in its own block; folded under its title if
    asked and not empty."""
    parts = []
    for turn, group in groupby(section.paragraphs, key=lambda paragraph: paragraph.turn):
        paragraphs = list(group)
        html = "\n".join(
            _paragraph(paragraph, section.level, markdown, names) for paragraph in paragraphs
        )
        speaker = paragraphs[0].speaker
        if turn is not None and speaker is not None:
            html = f'<div class="mr-turn" data-speaker="{escape(speaker)}">\n{html}\n</div>'
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
    """A segmented text as readable HTML, every sentence in a span that carries its reference.

    References are visible: each paragraph's (003:p2) in the margin, each sentence's number (s1)
    in front of it; the span's id is anchor_id of its reference.

    Args:
        segmentation: a document's segmentation (helpers.corpus.segments).
        markdown: strip markdown as display_string does.
        section: a section index, several, or None for all.
        collapsible: fold each section that has reading paragraphs under its title.
        lang: the language tag of the text.

    Returns:
        The <style> block and a <div class="mr-text">: headings as <h3>–<h6> by section level,
        quotes as blockquotes, markup discreetly, each speaker turn in its own block.

    Raises:
        CorpusError: a section index the document does not have.
    """
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
    names = speaker_names(segmentation.speakers)
    body = "\n".join(
        _section(segmentation.sections[index], markdown, names, collapsible) for index in indexes
    )
    return f'{STYLE}\n<div class="mr-text" lang="{escape(lang)}">\n{body}\n</div>'


def document_view(
    doc_id: str, section: int | Iterable[int] | None = None, collapsible: bool = False
) -> str:
    """A corpus document's normalised text as readable HTML (text_view of its segmentation).

    Args:
        doc_id: a document id ("003").
        section: a section index, several, or None for all.
        collapsible: fold each section under its title.

    Returns:
        The HTML of text_view, markdown stripped for markdown documents, tagged with
        its language tag (helpers.corpus.documents.language_tag).

    Raises:
        CorpusError: unknown document, or a section it does not have.
    """
    doc = document(doc_id)
    return text_view(
        segmented(doc_id), doc.format == "markdown", section, collapsible, doc.language
    )
