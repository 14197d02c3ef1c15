"""Lossless segmentation: document → sections → paragraphs → sentences, with speaker turns in
transcripts.

The sentences of a document concatenate back to its normalised text exactly: each keeps the spaces
and line breaks that follow it. Offsets are characters into the normalised text
(helpers.corpus.repairs). How lines become paragraphs and sentences is helpers.corpus.blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from helpers.core.caching import data_cache
from helpers.core.errors import CorpusError
from helpers.corpus.blocks import Block, ParagraphKind, SentenceKind, blocks, sentence_spans
from helpers.corpus.documents import document, documents
from helpers.corpus.markdown import BOLD_LABEL, PLAIN_LABEL
from helpers.corpus.repairs import normalized
from helpers.corpus.structure import HeadingGroup, Speaker, corpus_file, speakers_of

READING_KINDS: tuple[SentenceKind, ...] = ("text", "quote")
"""Paragraph and sentence kinds that hold running text (not headings, speaker labels or markup)."""


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading line, speaker label or markup line) with its place in its document.

    Attributes:
        doc: the document id.
        section, paragraph: the numbers of its section and paragraph in the document, from 0.
        sentence: its number in its paragraph, from 0.
        turn: the number of its speaker turn in a transcript, from 0 (None outside one: for
            headings and markup, and for text before the transcript's first speaker label).
        speaker: the speaker id of that turn, or None.
        kind: what it is.
        start, end: its span, in characters into the normalised text.
        text: the normalised text of that span, spaces and line breaks after it included.
    """

    doc: str
    section: int
    paragraph: int
    sentence: int
    turn: int | None
    speaker: str | None
    kind: SentenceKind
    start: int
    end: int
    text: str

    @property
    def ref(self) -> str:
        """A stable reference: document, paragraph and sentence numbers ('003:p12.s2')."""
        return f"{self.doc}:p{self.paragraph}.s{self.sentence}"

    def as_dict(self) -> dict[str, str | int | None]:
        """The sentence as a JSON-ready dict with the keys doc, section, paragraph, sentence,
        speaker, start, end, text, kind, turn and ref, in that order."""
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
    """A paragraph: one block of the document (see helpers.corpus.blocks) and its sentences.

    Attributes:
        doc: the document id.
        section: the number of its section, from 0.
        index: its number in the document, from 0.
        kind: what it is.
        turn, speaker: its speaker turn and speaker in a transcript, else None.
        start, end: its span, in characters into the normalised text.
        sentences: its sentences, which tile the span.
    """

    doc: str
    section: int
    index: int
    kind: ParagraphKind
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
    """A section: an optional heading and the paragraphs up to the next section.

    Attributes:
        doc: the document id.
        index: its number in the document, from 0.
        title: its heading's title, or None for a section without one (the text before the first
            heading, or after a thematic break).
        level: its heading's level (1 without a heading).
        start, end: its span, in characters into the normalised text.
        paragraphs: its paragraphs, which tile the span; the heading is the first.
    """

    doc: str
    index: int
    title: str | None
    level: int
    start: int
    end: int
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted turn in a transcript.

    Attributes:
        doc: the document id.
        index: its number in the transcript, from 0.
        speaker: the speaker id.
        start, end: its span from its label to its last paragraph's end, in characters into the
            normalised text.
        paragraphs: its paragraphs (a heading or markup line in between ends the turn).
    """

    doc: str
    index: int
    speaker: str
    start: int
    end: int
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class SegmentedDocument:
    """A document's normalised text and its segmentation.

    Attributes:
        doc: the document id.
        text: the normalised text.
        sections: its sections, which tile the text.
        speakers: the transcript's speakers from corpus/structure.toml (empty if not a transcript).
    """

    doc: str
    text: str
    sections: tuple[Section, ...]
    speakers: tuple[Speaker, ...]

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """All paragraphs in order; their texts concatenate to the normalised text."""
        return tuple(paragraph for section in self.sections for paragraph in section.paragraphs)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """All sentences in order; their texts concatenate to the normalised text."""
        return tuple(sentence for paragraph in self.paragraphs for sentence in paragraph.sentences)

    @cached_property
    def turns(self) -> tuple[Turn, ...]:
        """The speaker turns in order (none for a document that is not a transcript)."""
        grouped: dict[tuple[int, str], list[Paragraph]] = {}
        for paragraph in self.paragraphs:
            if paragraph.turn is not None and paragraph.speaker is not None:
                grouped.setdefault((paragraph.turn, paragraph.speaker), []).append(paragraph)
        return tuple(
            Turn(self.doc, index, speaker, group[0].start, group[-1].end, tuple(group))
            for (index, speaker), group in grouped.items()
        )


def _label(doc_id: str, content: str, labels: dict[str, Speaker]) -> tuple[Speaker, int] | None:
    """The speaker named by a label starting a transcript paragraph, and the label's length."""
    bold = BOLD_LABEL.match(content)
    if bold:
        if bold.group("name") not in labels:
            raise CorpusError(
                f"document {doc_id}: unknown speaker label '{bold.group('name')}': "
                f"add it to {corpus_file(doc_id, 'structure.toml')}"
            )
        return labels[bold.group("name")], bold.end()
    plain = PLAIN_LABEL.match(content)
    if plain and plain.group("name") in labels:
        return labels[plain.group("name")], plain.end()
    return None


def _turns(
    doc_id: str, text: str, found: tuple[Block, ...], speakers: tuple[Speaker, ...]
) -> list[tuple[int | None, str | None, int]]:
    """Per block: its turn number and speaker id (None outside a turn), and where its text starts
    after a speaker label. A text block without a label continues the turn before it; before the
    transcript's first label (an introduction, a title) it belongs to no turn."""
    labels = {label: speaker for speaker in speakers for label in speaker.labels}
    result: list[tuple[int | None, str | None, int]] = []
    turn: int | None = None
    speaker: str | None = None
    count = 0
    for block in found:
        body_start = block.start
        if not speakers or block.kind not in ("text", "quote"):
            turn = speaker = None
            result.append((None, None, body_start))
            continue
        labelled = _label(doc_id, text[block.start : block.end], labels)
        if labelled:
            turn, speaker, body_start = count, labelled[0].id, block.start + labelled[1]
            count += 1
        elif turn is None and count:
            line = text.count("\n", 0, block.start) + 1
            raise CorpusError(
                f"document {doc_id}, line {line}: transcript text after a heading or markup "
                "line and before the next speaker label"
            )
        result.append((turn, speaker, body_start))
    if speakers and not count:
        raise CorpusError(
            f"document {doc_id}: no paragraph starts with a speaker label of "
            f"{corpus_file(doc_id, 'structure.toml')}"
        )
    return result


def _starts_section(block: Block, following: Block | None) -> bool:
    """Headings start sections; so does a break unless a heading follows it (or nothing does)."""
    return block.kind == "heading" or (
        block.kind == "break" and following is not None and following.kind != "heading"
    )


def _paragraph(
    doc_id: str,
    text: str,
    section: int,
    index: int,
    block: Block,
    spoken: tuple[int | None, str | None, int],
) -> Paragraph:
    """One block as a paragraph of a section, with its sentences."""
    turn, speaker, body_start = spoken
    sentences = tuple(
        Sentence(doc_id, section, index, number, turn, speaker, kind, start, end, text[start:end])
        for number, (start, end, kind) in enumerate(sentence_spans(block, text, body_start))
    )
    return Paragraph(
        doc_id, section, index, block.kind, turn, speaker, block.start, block.end, sentences
    )


def segment(
    doc_id: str,
    text: str,
    markdown: bool,
    *,
    headings: tuple[HeadingGroup, ...] | None = None,
    speakers: tuple[Speaker, ...] | None = None,
) -> SegmentedDocument:
    """Segment a normalised text into sections, paragraphs, sentences and speaker turns.

    Args:
        doc_id: the document, for its curated headings and speakers (corpus/structure.toml) and
            for error messages; a document with speakers is read as a transcript.
        text: its normalised text.
        markdown: whether to read markdown headings, breaks, quotes, images and front matter.
        headings, speakers: the document's heading groups and speakers when they are not yet in
            a structure file (a new document's detected structure, checked before it is written);
            None reads them from the structure files.

    Returns:
        The segmentation; its sentences concatenate back to text exactly.

    Raises:
        CorpusError: the text is blank, markdown front matter is never closed, a curated heading is
            not whole consecutive lines of the text, a bold speaker label is not in
            corpus/structure.toml, a transcript has no speaker label, or transcript text comes
            after a heading or markup line that ended a turn and before the next label (line
            named). Text before a transcript's first label (an introduction, a title) belongs to
            no turn.
    """
    speakers = speakers_of(doc_id) if speakers is None else speakers
    found = blocks(doc_id, text, markdown, headings)
    spoken = _turns(doc_id, text, found, speakers)
    heads = [
        number
        for number, block in enumerate(found)
        if number == 0
        or _starts_section(block, found[number + 1] if number + 1 < len(found) else None)
    ]
    sections = []
    for section, (head, end) in enumerate(zip(heads, [*heads[1:], len(found)], strict=True)):
        first = found[head]
        paragraphs = tuple(
            _paragraph(doc_id, text, section, index, found[index], spoken[index])
            for index in range(head, end)
        )
        title = first.title if first.kind == "heading" else None
        sections.append(
            Section(
                doc_id, section, title, first.level, first.start, found[end - 1].end, paragraphs
            )
        )
    return SegmentedDocument(doc_id, text, tuple(sections), speakers)


@data_cache
def segmented(doc_id: str) -> SegmentedDocument:
    """A corpus document, normalised and segmented.

    Args:
        doc_id: a document id from corpus/metadata.toml; its format says whether to read markdown.

    Returns:
        The segmentation of the document's normalised text (helpers.corpus.repairs.normalized).

    Raises:
        CorpusError: the id is unknown, or the text cannot be normalised or segmented (see segment).
    """
    return segment(doc_id, normalized(doc_id).text, document(doc_id).format == "markdown")


def all_sentences() -> list[Sentence]:
    """Every sentence of every corpus document, in document order (a new list on each call).

    Raises:
        CorpusError: a document cannot be segmented (see segmented).
    """
    return [sentence for doc_id in documents() for sentence in segmented(doc_id).sentences]
