"""Corpus overview tables: the documents at a glance, repair counts and logs, and who speaks in a
transcript."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from helpers.core.errors import CorpusError
from helpers.corpus.documents import documents
from helpers.corpus.problems import working_documents
from helpers.corpus.repairs import normalized
from helpers.corpus.segments import READING_KINDS, segmented


def corpus_overview() -> pd.DataFrame:
    """One row per document that works (see helpers.corpus.problems), in documents() order.

    Returns:
        Columns id, label_en, script, region and format from the metadata; characters (length of
        the normalised text), sections, paragraphs and sentences of running text (kinds 'text' and
        'quote': no headings, speaker labels or markup), speaker_turns and repairs.
    """
    rows = []
    for doc in map(documents().__getitem__, working_documents()):
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
    """How many repairs each rule made in each document's normalised text.

    Returns:
        One row per document (index 'id', metadata order), one column per rule that applied
        anywhere (0 where it did not apply) and a 'total' column.
    """
    counts = {
        doc_id: Counter(repair.rule for repair in normalized(doc_id).repairs)
        for doc_id in working_documents()
    }
    table = pd.DataFrame.from_dict(counts, orient="index").fillna(0).astype(int)
    table.index.name = "id"
    table["total"] = table.sum(axis=1)
    return table


def repair_log(doc_id: str) -> pd.DataFrame:
    """A document's repair log, one row per repair in text order.

    Args:
        doc_id: a document id.

    Returns:
        Columns rule, raw_start (characters into the raw text), start (characters into the
        normalised text), before, after and reason; no rows for a document without repairs.

    Raises:
        CorpusError: an unknown document id.
    """
    columns = ["rule", "raw_start", "start", "before", "after", "reason"]
    return pd.DataFrame(
        [repair.as_dict() for repair in normalized(doc_id).repairs], columns=columns
    )


def speaker_turns(doc_id: str) -> pd.DataFrame:
    """What each speaker of a transcript says.

    Args:
        doc_id: the id of a transcript (a document with speakers in corpus/structure.toml).

    Returns:
        One row per speaker in the order of corpus/structure.toml: speaker (id), name, name_zh,
        turns taken, and sentences and characters of running text spoken (speaker labels, and
        the spaces and line breaks around a sentence, not counted).

    Raises:
        CorpusError: an unknown document id, or a document that is not a transcript.
    """
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
