"""Short labels for sections and speaker turns, for menus and captions in any view.

A section is labelled by its heading's title. A section without a heading (the text before a
document's first heading, or the text after a thematic break that no heading follows) is labelled
"Part N · <opening words>": N counts the untitled sections of the document from 1, in text order,
whatever titled sections stand between them. In 003 the three stretches of conversation between
the '***' breaks around the two advertisements are untitled sections 2, 4 and 6; they are Part 1,
Part 2 and Part 3 (the notebook's Part 1-3) because they are the first, second and third untitled
sections. A speaker turn is labelled "<speaker>: <opening words>".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from helpers.corpus.markdown import WIKI_LINK
from helpers.corpus.segments import READING_KINDS, Paragraph, SegmentedDocument, Turn

OPENING_CHARS = 20
"""Characters of opening words a label keeps; longer openings are cut there and end with '…'."""
PART = "Part"
"""The word an untitled section's label starts with."""
_LEADING_MARKS = re.compile(r"^(?:>\s*|[*+-]\s+|\d+[.)]\s+)")
_SPACES = re.compile(r"\s+")


def opening_words(paragraphs: Iterable[Paragraph], limit: int = OPENING_CHARS) -> str:
    """The first words of the first paragraph that holds running text, as plain text.

    Args:
        paragraphs: paragraphs in text order (a section's or a turn's).
        limit: how many characters to keep.

    Returns:
        That paragraph's running-text sentences (READING_KINDS; speaker labels, headings and
        markup left out) joined, with markdown bold marks, wiki-link paths and a leading quote or
        list marker removed and each run of spaces and line breaks made one space; cut to `limit`
        characters followed by "…" when longer. "" when no paragraph holds running text.
    """
    for paragraph in paragraphs:
        text = "".join(s.text for s in paragraph.sentences if s.kind in READING_KINDS)
        text = _SPACES.sub(" ", WIKI_LINK.sub(r"\g<label>", text.replace("**", ""))).strip()
        text = _LEADING_MARKS.sub("", text)
        if text:
            return text if len(text) <= limit else text[:limit].rstrip() + "…"
    return ""


def section_labels(document: SegmentedDocument, limit: int = OPENING_CHARS) -> tuple[str, ...]:
    """A label for each section of a document (see the module docstring for the rule).

    Args:
        document: a segmentation (helpers.corpus.segments.segmented or segment).
        limit: characters of opening words an untitled section's label keeps.

    Returns:
        One label per section, in order: its title; or for an untitled section "Part N · <opening
        words>" (opening_words of its paragraphs), just "Part N" when it holds no running text
        (004's front matter).
    """
    labels = []
    untitled = 0
    for section in document.sections:
        if section.title is not None:
            labels.append(section.title)
            continue
        untitled += 1
        words = opening_words(section.paragraphs, limit)
        labels.append(f"{PART} {untitled} · {words}" if words else f"{PART} {untitled}")
    return tuple(labels)


def turn_label(turn: Turn, names: Mapping[str, str], limit: int = OPENING_CHARS) -> str:
    """A speaker turn's label: who speaks and how the turn begins.

    Args:
        turn: a turn of a segmentation.
        names: speaker id → display name (helpers.corpus.structure.speaker_names).
        limit: characters of opening words to keep.

    Returns:
        "<name>: <opening words>" ("Elon Musk 埃隆·马斯克: 我担心的不是长远未来，而是接下来的…"), or
        just the name for a turn without running text.

    Raises:
        KeyError: the turn's speaker is not in names.
    """
    words = opening_words(turn.paragraphs, limit)
    return f"{names[turn.speaker]}: {words}" if words else names[turn.speaker]
