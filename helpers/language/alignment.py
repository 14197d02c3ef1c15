"""Every corpus sentence side by side in its original form and the four targets, with what each conversion changed."""

from __future__ import annotations

from difflib import SequenceMatcher

import pandas as pd

from helpers.core.types import TARGETS
from helpers.corpus.documents import document, documents
from helpers.corpus.segments import Sentence, segmented
from helpers.language.conversion import apply_chain, convert
from helpers.language.opencc_tables import one_to_many

CONTEXT = 6


def changed_spans(original: str, converted: str) -> list[tuple[int, int]]:
    """(start, end) spans of the converted string that differ from the original, by a character diff."""
    opcodes = SequenceMatcher(None, original, converted, autojunk=False).get_opcodes()
    return [(start, end) for tag, _, _, start, end in opcodes if tag != "equal" and end > start]


def round_trip(traditional: str) -> str:
    """A zh-Hant text after t2s and back with s2t."""
    return apply_chain(traditional, ("t2s", "s2t"))


def round_trip_loss(traditional: str) -> bool:
    """Whether a zh-Hant text changes on the way zh-Hant → t2s → s2t (a character that Simplified merges)."""
    return round_trip(traditional) != traditional


def ambiguous_chars(simplified: str) -> str:
    """The one-to-many characters of a zh-Hans text, in order of first appearance."""
    return "".join(dict.fromkeys(char for char in simplified if char in one_to_many()))


def _row(sentence: Sentence, script: str, region: str) -> dict:
    """One sentence's table row: its forms in every target, their changed spans, round-trip loss, ambiguity."""
    forms = {target: convert(sentence.text, target, script, region) for target in TARGETS}
    return {
        "doc": sentence.doc,
        "ref": sentence.ref,
        "speaker": sentence.speaker,
        "kind": sentence.kind,
        "original": sentence.text,
        **forms,
        **{f"{target} changed": changed_spans(sentence.text, forms[target]) for target in TARGETS},
        "round_trip_loss": round_trip_loss(forms["zh-Hant"]),
        "ambiguous_chars": ambiguous_chars(forms["zh-Hans"]),
    }


def document_table(doc_id: str) -> pd.DataFrame:
    """One row per sentence of a document, none skipped: see aligned_table for the columns."""
    meta = document(doc_id)
    return pd.DataFrame(
        [_row(sentence, meta.script, meta.region) for sentence in segmented(doc_id).sentences]
    )


def aligned_table() -> pd.DataFrame:
    """One row per sentence of every document: doc, ref, speaker, kind, original, the four targets,
    the spans of each target that differ from the original ('zh-TW changed'), round_trip_loss, ambiguous_chars."""
    return pd.concat([document_table(doc_id) for doc_id in documents()], ignore_index=True)


def audit_001() -> pd.DataFrame:
    """Every place where 001's Traditional text differs from its zh-TW conversion, with context on both sides."""
    rows = []
    for sentence in segmented("001").sentences:
        corrected = convert(sentence.text, "zh-TW", "Traditional", "mainland")
        for tag, start, end, fixed_start, fixed_end in SequenceMatcher(
            None, sentence.text, corrected, autojunk=False
        ).get_opcodes():
            if tag != "equal":
                rows.append(
                    {
                        "ref": sentence.ref,
                        "original": sentence.text[start:end],
                        "corrected": corrected[fixed_start:fixed_end],
                        "context": sentence.text[max(0, start - CONTEXT) : end + CONTEXT].strip(),
                        "corrected_context": corrected[
                            max(0, fixed_start - CONTEXT) : fixed_end + CONTEXT
                        ].strip(),
                    }
                )
    return pd.DataFrame(
        rows, columns=["ref", "original", "corrected", "context", "corrected_context"]
    )
