"""The lines of a normalised text classified into blocks (the future paragraphs), and the sentence
spans of each block. helpers.corpus.segments builds sections, paragraphs and sentences from them.

A block is one line, or the lines of one heading or front matter; the blank lines after it belong to
it, so the blocks of a text tile it. Offsets are characters into the normalised text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from helpers.core.errors import CorpusError
from helpers.corpus.markdown import (
    ATX_HEADING,
    BOLD_LINE,
    BRACKETED_BOLD_LINE,
    IMAGE,
    PAIRED_CLOSERS,
    SENTENCE_END,
    SETEXT_UNDERLINE,
    THEMATIC_BREAK,
    URL,
    WIKI_LINK,
)
from helpers.corpus.structure import HeadingGroup, corpus_file, heading_groups

ParagraphKind = Literal["text", "heading", "quote", "front_matter", "break", "image"]
"""What a paragraph is: running text, a heading, a markdown blockquote, front matter between '---'
lines, a thematic break ('***') or an image line."""
SentenceKind = Literal["text", "quote", "heading", "label", "markup"]
"""What a sentence is: running text, text of a blockquote, a heading line, a speaker label
('**Elon Musk:**') or markup (front matter, a break, an image, a setext underline)."""
MARKUP_KINDS: tuple[ParagraphKind, ...] = ("heading", "front_matter", "break", "image")
"""Paragraph kinds whose lines are not split into sentences."""


@dataclass(frozen=True)
class Block:
    """A classified block of a text.

    Attributes:
        start, end: its span, in characters into the normalised text (blank lines after it
            included).
        kind: what it is.
        level: a heading's level (1 or 2; 1 … 6 for markdown ATX headings), 1 otherwise.
        title: a heading's title (a curated heading's lines joined by ' — '), else None.
    """

    start: int
    end: int
    kind: ParagraphKind = "text"
    level: int = 1
    title: str | None = None


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """The sentence spans of a run of text.

    A sentence ends after a run of 。！？!?；;… with any closing quotes or brackets after it, and a
    '"' or '**' that closes a quote or bold span opened before it, and the spaces that follow; never
    inside a URL or a wiki link. The spans tile the text: the last one runs to its end.

    Args:
        text: the text to split.
        offset: added to every offset, for text that starts that far into a larger text.

    Returns:
        (start, end) spans in characters, offset added, in order.
    """
    protected = [match.span() for pattern in (URL, WIKI_LINK) for match in pattern.finditer(text)]
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if any(low < match.start() < high for low, high in protected):
            continue
        end = _after_paired_closers(text, match.end())
        end += len(text[end:]) - len(text[end:].lstrip(" \t\u3000"))
        if text[end:].strip():
            spans.append((offset + start, offset + end))
            start = end
    spans.append((offset + start, offset + len(text)))
    return spans


def _after_paired_closers(text: str, end: int) -> int:
    """Extend a sentence end over '"' or '**' when they close a quote or bold span left open."""
    for delimiter in PAIRED_CLOSERS:
        if text.startswith(delimiter, end) and text[:end].count(delimiter) % 2 == 1:
            end += len(delimiter)
    return end


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's lines with their start offsets, line breaks kept."""
    lines, position = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((position, line))
        position += len(line)
    return lines


def _markdown_block(
    content: str, next_content: str, first: bool
) -> tuple[ParagraphKind, int, str | None, int]:
    """Kind, level, heading title and line count of a markdown block starting with this line."""
    if ATX_HEADING.match(content):
        marks = len(content) - len(content.lstrip("#"))
        return "heading", marks, content.lstrip("#").strip(), 1
    if (
        next_content
        and SETEXT_UNDERLINE.fullmatch(next_content)
        and not THEMATIC_BREAK.fullmatch(content)
    ):
        return "heading", 1 if next_content[0] == "=" else 2, content, 2
    if THEMATIC_BREAK.fullmatch(content):
        return "break", 1, None, 1
    if IMAGE.fullmatch(content):
        return "image", 1, None, 1
    if content.startswith(">"):
        return "quote", 1, None, 1
    if BRACKETED_BOLD_LINE.fullmatch(content) or (first and BOLD_LINE.fullmatch(content)):
        return "heading", 1, content.strip("* "), 1
    return "text", 1, None, 1


def blocks(
    doc_id: str, text: str, markdown: bool, headings: tuple[HeadingGroup, ...] | None = None
) -> tuple[Block, ...]:
    """A normalised text divided into classified blocks.

    Headings are the curated heading lines of corpus/structure.toml and, in markdown, ATX and setext
    headings, a bracketed bold line ('**[预告片段]**') and a bold first line; markdown also has
    front matter (opened by a first line '---'), breaks, images and blockquotes.

    Args:
        doc_id: the document, for its curated headings and for error messages.
        text: its normalised text.
        markdown: whether to read markdown.
        headings: the document's heading groups when not yet in a structure file; None reads
            them from the structure files.

    Returns:
        The blocks in order; they tile the text (blank lines before the first belong to it).

    Raises:
        CorpusError: the text has no non-blank line, front matter is never closed, or a curated
            heading's lines are not whole, consecutive lines of the text.
    """
    curated = heading_groups(doc_id) if headings is None else headings
    groups = {group.lines[0]: group for group in curated}
    lines = _lines(text)
    contents = [line.strip() for _, line in lines]
    found: list[tuple[int, ParagraphKind, int, str | None]] = []
    index = 0
    while index < len(lines):
        content = contents[index]
        if not content:
            index += 1
            continue
        kind: ParagraphKind = "text"
        level, title, taken = 1, None, 1
        if markdown and not found and content == "---":
            closing = next((i for i in range(index + 1, len(lines)) if contents[i] == "---"), None)
            if closing is None:
                raise CorpusError(
                    f"document {doc_id}: front matter opened with '---' is never closed"
                )
            kind, taken = "front_matter", closing + 1 - index
        elif content in groups:
            group = groups.pop(content)
            if contents[index : index + len(group.lines)] != list(group.lines):
                raise CorpusError(
                    f"{corpus_file(doc_id, 'structure.toml')}: heading lines {list(group.lines)} "
                    f"are not consecutive in document {doc_id}"
                )
            kind, level, title, taken = (
                "heading",
                group.level,
                " — ".join(group.lines),
                len(group.lines),
            )
        elif markdown:
            following = contents[index + 1] if index + 1 < len(lines) else ""
            kind, level, title, taken = _markdown_block(content, following, not found)
        found.append((lines[index][0], kind, level, title))
        index += taken
    if groups:
        raise CorpusError(
            f"{corpus_file(doc_id, 'structure.toml')}: heading line(s) {sorted(groups)} "
            f"are not whole lines of document {doc_id}"
        )
    if not found:
        raise CorpusError(f"document {doc_id}: no text")
    ends = [start for start, *_ in found[1:]] + [len(text)]
    return tuple(
        Block(0 if number == 0 else start, end, kind, level, title)
        for number, ((start, kind, level, title), end) in enumerate(zip(found, ends, strict=True))
    )


def sentence_spans(block: Block, text: str, body_start: int) -> list[tuple[int, int, SentenceKind]]:
    """The spans and kinds of a block's sentences.

    The lines of a heading or markup block are a sentence each (a blank line joins the line before
    it; blank lines before a heading's first line join it); a text or quote block is split by
    split_sentences after any speaker label, which is a sentence of its own. No span is empty.

    Args:
        block: the block.
        text: the normalised text the block belongs to.
        body_start: where the block's text starts after a speaker label (block.start if none).

    Returns:
        (start, end, kind) spans in characters into the normalised text; they tile the block.
    """
    if block.kind not in MARKUP_KINDS:
        label: list[tuple[int, int, SentenceKind]] = (
            [(block.start, body_start, "label")] if body_start > block.start else []
        )
        kind: SentenceKind = "quote" if block.kind == "quote" else "text"
        # A label that ends the text has no body to split, not an empty sentence.
        body = (
            split_sentences(text[body_start : block.end], body_start)
            if body_start < block.end
            else []
        )
        return label + [(start, end, kind) for start, end in body]
    merged: list[tuple[int, int, SentenceKind]] = []
    for start, line in _lines(text[block.start : block.end]):
        start += block.start
        underline = SETEXT_UNDERLINE.fullmatch(line.strip())
        kind = "heading" if block.kind == "heading" and not underline else "markup"
        blank_before = merged and not text[merged[-1][0] : merged[-1][1]].strip()
        if merged and (blank_before or not line.strip()):
            merged[-1] = (merged[-1][0], start + len(line), kind if blank_before else merged[-1][2])
        else:
            merged.append((start, start + len(line), kind))
    return merged
