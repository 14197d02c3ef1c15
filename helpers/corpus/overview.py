"""Corpus overview tables: documents at a glance, repair counts and logs, and who speaks in a transcript."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from helpers.core.errors import CorpusError
from helpers.corpus.documents import documents
from helpers.corpus.repairs import normalized
from helpers.corpus.segments import SegmentedDocument, segmented

READING_KINDS = ("text", "quote")
"""Paragraph and sentence kinds that hold running text (not headings, speaker labels or markup)."""


def speaker_label(name: str, name_zh: str, separator: str = " ") -> str:
    """A speaker's English name without its note, then the Chinese name if it differs ('Host 主持人', 'Grok')."""
    english = name.split(" (")[0]
    return english if name_zh == english else f"{english}{separator}{name_zh}"


def speaker_names(source: str | SegmentedDocument) -> dict[str, str]:
    """Each speaker id of a document (by id or segmentation) with its display label."""
    segmentation = segmented(source) if isinstance(source, str) else source
    return {
        speaker.id: speaker_label(speaker.name, speaker.name_zh)
        for speaker in segmentation.speakers
    }


def corpus_overview() -> pd.DataFrame:
    """One row per document: labels, format and the size of its normalised text in several units."""
    rows = []
    for doc in documents().values():
        text, segmentation = normalized(doc.id), segmented(doc.id)
        rows.append(
            {
                "id": doc.id,
                "label_en": doc.label_en,
                "script": doc.script,
                "region": doc.region,
                "format": doc.format,
                "characters": len(text.text),
                "sections": len(segmentation.sections),
                "paragraphs": sum(
                    paragraph.kind in READING_KINDS for paragraph in segmentation.paragraphs
                ),
                "sentences": sum(
                    sentence.kind in READING_KINDS for sentence in segmentation.sentences
                ),
                "speaker_turns": len(segmentation.turns),
                "repairs": len(text.repairs),
            }
        )
    return pd.DataFrame(rows)


def repair_counts() -> pd.DataFrame:
    """Repairs per document (rows, by id) and rule (columns), zero where a rule never applied."""
    counts = {
        doc_id: Counter(repair.rule for repair in normalized(doc_id).repairs)
        for doc_id in documents()
    }
    table = pd.DataFrame.from_dict(counts, orient="index").fillna(0).astype(int)
    table.index.name = "id"
    table["total"] = table.sum(axis=1)
    return table


def repair_log(doc_id: str) -> pd.DataFrame:
    """A document's repair log, one row per repair, in text order."""
    columns = ["rule", "raw_start", "start", "before", "after", "reason"]
    return pd.DataFrame(
        [repair.as_dict() for repair in normalized(doc_id).repairs], columns=columns
    )


def speaker_turns(doc_id: str) -> pd.DataFrame:
    """Per speaker of a transcript: turns taken, and sentences and characters spoken (labels excluded)."""
    segmentation = segmented(doc_id)
    if not segmentation.speakers:
        raise CorpusError(f"document {doc_id} is not a transcript: it has no speakers")
    turns = Counter(turn.speaker for turn in segmentation.turns)
    spoken = [
        sentence
        for sentence in segmentation.sentences
        if sentence.speaker and sentence.kind in READING_KINDS
    ]
    return pd.DataFrame(
        [
            {
                "speaker": speaker.id,
                "name": speaker.name,
                "name_zh": speaker.name_zh,
                "turns": turns[speaker.id],
                "sentences": sum(sentence.speaker == speaker.id for sentence in spoken),
                "characters": sum(
                    len(sentence.text.strip())
                    for sentence in spoken
                    if sentence.speaker == speaker.id
                ),
            }
            for speaker in segmentation.speakers
        ]
    )
