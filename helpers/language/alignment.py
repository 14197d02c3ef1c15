"""Every corpus sentence side by side in its original form and the four targets, with what each
conversion changed."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

import pandas as pd

from helpers.core.caching import data_cache
from helpers.core.types import TARGETS, Region, Script
from helpers.corpus.documents import document, documents
from helpers.corpus.segments import Sentence, segmented
from helpers.language.conversion import apply_chain, convert
from helpers.language.opencc_tables import one_to_many


def changed_spans(original: str, converted: str) -> list[tuple[int, int]]:
    """The spans of a converted text that differ from its original, by a character diff.

    Where the two have the same length, positions are compared one by one, so a word replaced by
    another of its length is marked whole (作業 → 操作 marks both characters, not a shifted 作).

    Args:
        original: the text before conversion.
        converted: the text after it.

    Returns:
        (start, end) spans in characters into the converted text, in order; deletions, which
        leave nothing in the converted text, are not listed.
    """
    if len(original) == len(converted):
        # Most conversions map character to character; then the differing positions are the diff,
        # found in linear time where SequenceMatcher takes quadratic time on long sentences.
        return _differing_runs(original, converted)
    opcodes = SequenceMatcher(None, original, converted, autojunk=False).get_opcodes()
    return [(start, end) for tag, _, _, start, end in opcodes if tag != "equal" and end > start]


def _differing_runs(first: str, second: str) -> list[tuple[int, int]]:
    """Runs of positions where two texts of the same length differ, as (start, end) spans."""
    runs: list[tuple[int, int]] = []
    for index, (one, other) in enumerate(zip(first, second, strict=True)):
        if one == other:
            continue
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return runs


def round_trip(traditional: str) -> str:
    """A zh-Hant text taken to Simplified and back with OpenCC.

    Args:
        traditional: a text in OpenCC's standard Traditional (zh-Hant).

    Returns:
        The text after t2s, then s2t (wiki links left as written).
    """
    return apply_chain(traditional, ("t2s", "s2t"))


def round_trip_loss(traditional: str) -> bool:
    """Whether a zh-Hant text changes on the round trip t2s → s2t.

    It does where Simplified merges one of its characters with another (唯一出路 comes back as
    唯一齣路).

    Args:
        traditional: a text in OpenCC's standard Traditional (zh-Hant).

    Returns:
        True if round_trip(traditional) differs from it.
    """
    return round_trip(traditional) != traditional


def ambiguous_chars(simplified: str) -> str:
    """The characters of a zh-Hans text that have several Traditional forms.

    Args:
        simplified: a Simplified text.

    Returns:
        Its characters found in one_to_many() (OpenCC's STCharacters.txt), each once, in order of
        first appearance ('' if none).
    """
    return "".join(dict.fromkeys(char for char in simplified if char in one_to_many()))


def _row(sentence: Sentence, script: Script, region: Region) -> dict[str, Any]:
    """One sentence's row: its forms in every target, their changed spans, round-trip loss and
    ambiguous characters."""
    forms: dict[str, str] = {
        target: convert(sentence.text, target, script, region) for target in TARGETS
    }
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
    """One row per sentence of a document, none skipped.

    Args:
        doc_id: a document id.

    Returns:
        The rows of aligned_table for that document, in document order (its own 0-based index).

    Raises:
        CorpusError: an unknown document id.
    """
    return _document_rows(document(doc_id).id).copy()


@data_cache
def _document_rows(doc_id: str) -> pd.DataFrame:
    """A document's aligned rows, built once; callers hand out copies."""
    meta = document(doc_id)
    return pd.DataFrame(
        [_row(sentence, meta.script, meta.region) for sentence in segmented(doc_id).sentences]
    )


def aligned_table() -> pd.DataFrame:
    """One row per sentence of every corpus document, in document order.

    Returns:
        Columns doc, ref, speaker, kind, original (the normalised sentence text), one column per
        target with its conversion (convert, overrides applied), one '<target> changed' column per
        target with changed_spans of that conversion (offsets into the converted sentence),
        round_trip_loss of the zh-Hant form and ambiguous_chars of the zh-Hans form.
    """
    return pd.concat([_document_rows(doc_id) for doc_id in documents()], ignore_index=True)
