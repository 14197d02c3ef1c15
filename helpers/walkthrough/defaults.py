"""Plain prose for a document that has no prose file: a reader's own text.

Everything comes from the document's metadata (title, English title, publisher, script, region),
its structure (headings become section titles, speakers are listed for a transcript), its
segmentation (the close reading takes its first sentences) and the classroom's exercises (the
typed exercise of the nbgrader cells, if the document has one).
"""

from __future__ import annotations

import re

from helpers.classroom import script
from helpers.core.types import UNKNOWN
from helpers.corpus.documents import document
from helpers.corpus.labels import section_labels
from helpers.corpus.segments import READING_KINDS, segmented
from helpers.corpus.structure import structure
from helpers.walkthrough.prose import Prose, Section

CLOSE_SENTENCES = 3
"""How many of the text's first sentences the close reading shows."""
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
"""ASCII punctuation, any of which may start markdown or HTML."""


def literal(text: str) -> str:
    """Text from a reader's files (a title, a heading, a name) as markdown that shows it as it is:
    every ASCII punctuation mark backslash-escaped (CommonMark allows it for all of them), so
    `<script>` or `**` are shown, not rendered; line breaks become spaces."""
    return _PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def _exercise(doc_id: str) -> str | None:
    """The document's first typed script exercise (the kind every text with a character that
    converts has), else None. Only the script generator runs: the others, which the kernel runs
    anyway, would double the time `add` takes before the notebook starts."""
    typed = (exercise for exercise in script.generate(doc_id) if not exercise.choices)
    return next((exercise.id for exercise in typed), None)


def _close_refs(doc_id: str) -> tuple[str, ...]:
    """References of the text's first running-text sentences."""
    refs = [
        f"{doc_id}:p{sentence.paragraph}.s{sentence.sentence}"
        for section in segmented(doc_id).sections
        for paragraph in section.paragraphs
        for sentence in paragraph.sentences
        if sentence.kind in READING_KINDS and sentence.text.strip()
    ]
    return tuple(refs[:CLOSE_SENTENCES])


def _speakers(doc_id: str) -> str | None:
    """The speakers' markdown, or None for a text that is not a transcript."""
    people = structure().get(doc_id)
    if people is None or not people.speakers:
        return None
    names = "\n".join(
        f"- {literal(speaker.name)} {literal(speaker.name_zh)}" for speaker in people.speakers
    )
    return f"## Speakers 說話人\n\nWho speaks in this transcript, and how often:\n\n{names}"


def default_prose(doc_id: str) -> Prose:
    """The walkthrough prose of a document without a prose file.

    Args:
        doc_id: a document id.

    Returns:
        Prose made from the document's metadata, structure and exercises.

    Raises:
        CorpusError: an unknown document.
    """
    doc = document(doc_id)
    simplified = doc.script == "Simplified"
    target = "zh-TW" if simplified else "zh-Hans"
    refs = _close_refs(doc_id)
    example = refs[0] if refs else f"{doc_id}:p0.s0"
    names = " ".join(literal(name) for name in (doc.title_en, doc.title) if name != UNKNOWN)
    title = f"# {names or 'Document'} 文檔 {doc_id}"
    title += f"\n\n{literal(doc.label_en)}" if doc.label_en != UNKNOWN else ""
    publisher = "Publisher unknown"
    if doc.publisher != UNKNOWN:
        publisher = f"Published by {literal(doc.publisher)}"
    title += f"\n\n{publisher}; {doc.script} characters, {doc.region} usage."
    prose = {
        "title": title,
        "metadata": "## Metadata 元數據\n\nWhat your corpus's metadata.toml says about this text.",
        "notes": "## Reading notes 閱讀要點\n\nThe corpus's figures for this text:",
        "text": (
            "## The text 正文\n\nThe whole text, section by section. Hover over a sentence to see "
            f"its reference, for example `{example}`; use it to cite the sentence in your notes."
        ),
        "vocabulary": (
            "## Vocabulary 詞彙\n\nThe words of the project's glossary that occur in this text, "
            "in the order they first appear (none, if the glossary has none of them)."
        ),
        "numbers": (
            "## Numbers 數字\n\nEvery quantity quoted in this text, found by `helpers.numbers`, "
            "counted by kind (the chart is empty when the text quotes none)."
        ),
        "aligned": (
            "## Aligned reading 對照閱讀\n\nThe reader puts each sentence beside a conversion of "
            f"it, ten sentences a page; here the text is beside its **{target}** conversion."
        ),
        "reader": (
            "The reader. With a running kernel it is live: choose a section, a pair of scripts, "
            "a layout and a reading; page with the buttons, or type a sentence reference such as "
            f"`{example}` into *Go to reference*."
        ),
        "drive": "The reader driven from code: its page label and the references on its page.",
        "close_reading": f"**The text's first sentences**, beside their {target} conversion.",
        "next": "A text of your own. The curated walkthroughs are the project's notebooks 01-05.",
    }
    speakers = _speakers(doc_id)
    if speakers:
        prose["speakers"] = speakers
    labels = section_labels(segmented(doc_id))
    sections = tuple(
        Section(f"### {literal(label)}", number) for number, label in enumerate(labels)
    )
    return Prose(
        doc=doc_id,
        prose=prose,
        sections=sections,
        pair=f"original ↔ {target}",
        drive="reader.section.value = 0\n",
        close_refs=refs or (example,),
        close_target=target,
        close_reading="zhuyin" if doc.region == "Taiwan" else "pinyin",
        exercise=_exercise(doc_id),
        overview="notes",
    )
