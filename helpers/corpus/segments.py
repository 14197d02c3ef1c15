"""Lossless segmentation: document → sections → paragraphs → sentences, with speaker turns in transcripts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from helpers.core.errors import CorpusError
from helpers.corpus.documents import document, documents
from helpers.corpus.markdown import (
    ATX_HEADING,
    BOLD_LABEL,
    BOLD_LINE,
    BRACKETED_BOLD_LINE,
    IMAGE,
    PAIRED_CLOSERS,
    PLAIN_LABEL,
    SENTENCE_END,
    SETEXT_UNDERLINE,
    THEMATIC_BREAK,
    URL,
    WIKI_LINK,
)
from helpers.corpus.repairs import normalized
from helpers.corpus.structure import Speaker, heading_groups, speakers_of

READING_KINDS = ("text", "quote")
"""Paragraph and sentence kinds that hold running text (not headings, speaker labels or markup)."""


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading line, speaker label or markup line) with its place in its document."""

    doc: str
    section: int
    paragraph: int
    sentence: int
    turn: int | None
    speaker: str | None
    kind: str
    start: int
    end: int
    text: str

    @property
    def ref(self) -> str:
        """A stable reference: document, paragraph and sentence numbers ('003:p12.s2')."""
        return f"{self.doc}:p{self.paragraph}.s{self.sentence}"

    def as_dict(self) -> dict:
        """The sentence as a JSON-ready dict, in a fixed key order."""
        return {
            "doc": self.doc,
            "section": self.section,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "speaker": self.speaker,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "turn": self.turn,
            "ref": self.ref,
        }


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: one block of the document and the sentences it splits into."""

    doc: str
    section: int
    index: int
    kind: str
    turn: int | None
    speaker: str | None
    start: int
    end: int
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        """The paragraph's text, trailing line breaks included."""
        return "".join(sentence.text for sentence in self.sentences)


@dataclass(frozen=True)
class Section:
    """A section: an optional heading and the paragraphs up to the next heading."""

    doc: str
    index: int
    title: str | None
    level: int
    start: int
    end: int
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted turn in a transcript."""

    doc: str
    index: int
    speaker: str
    start: int
    end: int
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class SegmentedDocument:
    """A document's normalised text and its segmentation."""

    doc: str
    text: str
    sections: tuple[Section, ...]
    speakers: tuple[Speaker, ...]

    @property
    def paragraphs(self) -> list[Paragraph]:
        """All paragraphs in order."""
        return [paragraph for section in self.sections for paragraph in section.paragraphs]

    @property
    def sentences(self) -> list[Sentence]:
        """All sentences in order; their texts concatenate to the normalised text."""
        return [sentence for paragraph in self.paragraphs for sentence in paragraph.sentences]

    @property
    def turns(self) -> list[Turn]:
        """The speaker turns (empty for documents that are not transcripts)."""
        grouped: dict[int, list[Paragraph]] = {}
        for paragraph in self.paragraphs:
            if paragraph.turn is not None:
                grouped.setdefault(paragraph.turn, []).append(paragraph)
        return [
            Turn(self.doc, index, group[0].speaker, group[0].start, group[-1].end, tuple(group))
            for index, group in grouped.items()
        ]


@dataclass
class _Block:
    """A paragraph while it is being classified: where it lies, what kind it is and any heading title."""

    start: int
    end: int
    kind: str = "text"
    level: int = 1
    title: str | None = None


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of a text: after 。！？…!?;；, keeping closing quotes and never inside a URL or wiki link."""
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
    """Extend a sentence end over '"' or '**' when they close a quote or bold span left open before it."""
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
) -> tuple[str, int, str | None, int]:
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


def _blocks(doc_id: str, text: str, markdown: bool) -> list[_Block]:
    """Split a text into blocks, one a line (or a heading's lines), blank lines joining the block before."""
    groups = {group.lines[0]: group for group in heading_groups(doc_id)}
    lines = _lines(text)
    contents = [line.strip() for _, line in lines]
    blocks: list[_Block] = []
    index = 0
    while index < len(lines):
        content = contents[index]
        if not content:
            index += 1
            continue
        kind, level, title, taken = "text", 1, None, 1
        if markdown and not blocks and content == "---":
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
                    f"corpus/structure.toml: heading lines {list(group.lines)} are not consecutive in document {doc_id}"
                )
            kind, level, title, taken = (
                "heading",
                group.level,
                " — ".join(group.lines),
                len(group.lines),
            )
        elif markdown:
            kind, level, title, taken = _markdown_block(
                content, contents[index + 1] if index + 1 < len(lines) else "", not blocks
            )
        blocks.append(_Block(lines[index][0], 0, kind, level, title))
        index += taken
    if groups:
        raise CorpusError(
            f"corpus/structure.toml: heading line(s) {sorted(groups)} are not whole lines of document {doc_id}"
        )
    if not blocks:
        raise CorpusError(f"document {doc_id}: no text")
    blocks[0].start = 0
    for block, following in zip(blocks, blocks[1:] + [None]):
        block.end = following.start if following else len(text)
    return blocks


def _sentence_spans(block: _Block, text: str, body_start: int) -> list[tuple[int, int, str]]:
    """The spans and kinds of a block's sentences: one a line for headings and markup, else split."""
    if block.kind in ("heading", "front_matter", "break", "image"):
        spans = [
            (
                block.start + start,
                block.start + start + len(line),
                "heading"
                if block.kind == "heading" and not SETEXT_UNDERLINE.fullmatch(line.strip())
                else "markup",
            )
            for start, line in _lines(text[block.start : block.end])
        ]
        merged: list[tuple[int, int, str]] = []
        for span in spans:
            blank_before = merged and not text[merged[-1][0] : merged[-1][1]].strip()
            if merged and (blank_before or not text[span[0] : span[1]].strip()):
                merged[-1] = (
                    merged[-1][0],
                    span[1],
                    merged[-1][2] if not blank_before else span[2],
                )
            else:
                merged.append(span)
        return merged
    label = [(block.start, body_start, "label")] if body_start > block.start else []
    kind = "quote" if block.kind == "quote" else "text"
    return label + [
        (start, end, kind)
        for start, end in split_sentences(text[body_start : block.end], body_start)
    ]


def _label(content: str, labels: dict[str, Speaker]) -> tuple[Speaker, int] | None:
    """The speaker named by a label at the start of a transcript paragraph, and the label's length."""
    bold = BOLD_LABEL.match(content)
    if bold:
        if bold.group("name") not in labels:
            raise CorpusError(
                f"unknown speaker label '{bold.group('name')}': add it to corpus/structure.toml"
            )
        return labels[bold.group("name")], bold.end()
    plain = PLAIN_LABEL.match(content)
    if plain and plain.group("name") in labels:
        return labels[plain.group("name")], plain.end()
    return None


def _starts_section(block: _Block, following: _Block | None) -> bool:
    """Headings start sections; so does a break unless a heading follows it."""
    return block.kind == "heading" or (
        block.kind == "break" and following is not None and following.kind != "heading"
    )


def segment(doc_id: str, text: str, markdown: bool) -> SegmentedDocument:
    """Segment a normalised text into sections, paragraphs, sentences and, in transcripts, speaker turns."""
    speakers = speakers_of(doc_id)
    labels = {label: speaker for speaker in speakers for label in speaker.labels}
    blocks = _blocks(doc_id, text, markdown)
    section_heads = [
        number
        for number, block in enumerate(blocks)
        if number == 0
        or _starts_section(block, blocks[number + 1] if number + 1 < len(blocks) else None)
    ]
    sections: list[Section] = []
    paragraph_index, turn_count, turn, speaker_id = 0, 0, None, None
    for head, next_head in zip(section_heads, section_heads[1:] + [len(blocks)]):
        first = blocks[head]
        paragraphs = []
        for block in blocks[head:next_head]:
            body_start = block.start
            if speakers and block.kind in ("text", "quote"):
                found = _label(text[block.start : block.end], labels)
                if found:
                    turn, speaker_id, body_start = turn_count, found[0].id, block.start + found[1]
                    turn_count += 1
                elif turn is None:
                    line = text.count("\n", 0, block.start) + 1
                    raise CorpusError(
                        f"document {doc_id}, line {line}: transcript text before any speaker label"
                    )
            elif speakers:
                turn, speaker_id = None, None
            spoken = speakers and block.kind in ("text", "quote")
            sentences = tuple(
                Sentence(
                    doc_id,
                    len(sections),
                    paragraph_index,
                    number,
                    turn if spoken else None,
                    speaker_id if spoken else None,
                    kind,
                    start,
                    end,
                    text[start:end],
                )
                for number, (start, end, kind) in enumerate(
                    _sentence_spans(block, text, body_start)
                )
            )
            paragraphs.append(
                Paragraph(
                    doc_id,
                    len(sections),
                    paragraph_index,
                    block.kind,
                    turn if spoken else None,
                    speaker_id if spoken else None,
                    block.start,
                    block.end,
                    sentences,
                )
            )
            paragraph_index += 1
        title = first.title if first.kind == "heading" else None
        sections.append(
            Section(
                doc_id,
                len(sections),
                title,
                first.level,
                first.start,
                blocks[next_head - 1].end,
                tuple(paragraphs),
            )
        )
    return SegmentedDocument(doc_id, text, tuple(sections), speakers)


@cache
def segmented(doc_id: str) -> SegmentedDocument:
    """A corpus document, normalised and segmented (computed once)."""
    return segment(doc_id, normalized(doc_id).text, document(doc_id).format == "markdown")


def all_sentences() -> list[Sentence]:
    """Every sentence of every corpus document, in document order."""
    return [sentence for doc_id in documents() for sentence in segmented(doc_id).sentences]
