"""The conversion audit: where a text differs from its conversion, word by word.

A character diff cuts words apart: 英偉達 → 輝達 keeps the shared 達 and reports 英偉 → 輝. Each
difference is therefore widened, on both sides, until it starts and ends on word boundaries of
both texts, as jieba segments them (its own dictionary, on the texts taken to Simplified).
"""

from __future__ import annotations

import logging
from difflib import SequenceMatcher
from itertools import pairwise

import jieba
import pandas as pd

from helpers.core.caching import data_cache
from helpers.corpus.segments import segmented
from helpers.language.conversion import convert, converter

CONTEXT = 6
"""Characters of context on each side of a difference in audit_001."""
AUDIT_COLUMNS = ("ref", "original", "corrected", "context", "corrected_context")
"""The columns of audit_001, in order."""


@data_cache
def _tokenizer() -> jieba.Tokenizer:
    """jieba's default tokenizer, its dictionary loaded quietly (it logs to stderr otherwise)."""
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt


def word_bounds(text: str) -> frozenset[int]:
    """The offsets in a text where a word starts or ends.

    Args:
        text: Chinese text in either script.

    Returns:
        Character offsets, 0 and len(text) included, of the boundaries between the words jieba
        finds in the text taken to Simplified (OpenCC tw2s), which its dictionary is made of. Should
        that change the length, the text is segmented as written.
    """
    simplified = converter("tw2s").convert(text)
    source = simplified if len(simplified) == len(text) else text
    # Without HMM, jieba keeps to its dictionary rather than guessing new words from the context.
    words = _tokenizer().tokenize(source, HMM=False)
    return frozenset({0, len(text), *(start for _, start, _ in words)})


def word_changes(original: str, changed: str) -> list[tuple[int, int, int, int]]:
    """The differences between two texts, each widened to whole words of both.

    A character diff (difflib) finds the differences; each is widened over the equal text beside
    it until both its ends are word boundaries (word_bounds) in both texts, and differences that
    then meet are merged: 英偉達的芯片 → 輝達的晶片 gives 英偉達 → 輝達 and 芯片 → 晶片. A
    difference of the same length on both sides is first cut where both texts have a boundary.

    Args:
        original: the text before the change.
        changed: the text after it.

    Returns:
        (start, end, changed_start, changed_end) spans in characters into original and changed,
        in order, one per difference; either span is empty for a pure insertion or deletion.
    """
    first, second = word_bounds(original), word_bounds(changed)
    diffs = [
        piece
        for tag, start, end, new_start, new_end in SequenceMatcher(
            None, original, changed, autojunk=False
        ).get_opcodes()
        if tag != "equal"
        for piece in _split((start, end, new_start, new_end), first, second)
    ]
    found: list[tuple[int, int, int, int]] = []
    index = 0
    while index < len(diffs):
        start, end, new_start, new_end = diffs[index]
        index += 1
        # Between two differences the texts are equal, so each step moves both offsets by one.
        while start not in first or new_start not in second:
            if found and found[-1][1] >= start:
                start, _, new_start, _ = found.pop()
            else:
                start, new_start = start - 1, new_start - 1
        while end not in first or new_end not in second:
            if index < len(diffs) and diffs[index][0] <= end:
                end, new_end = diffs[index][1], diffs[index][3]
                index += 1
            else:
                end, new_end = end + 1, new_end + 1
        found.append((start, end, new_start, new_end))
    return found


def _split(
    diff: tuple[int, int, int, int], first: frozenset[int], second: frozenset[int]
) -> list[tuple[int, int, int, int]]:
    """A difference cut at the word boundaries it crosses in both texts, where the two sides have
    the same length and so match character for character (關于制造 → 關於製造 is two words)."""
    start, end, new_start, new_end = diff
    if end - start != new_end - new_start:
        return [diff]
    inner = range(1, end - start)
    edges = [
        0,
        *(at for at in inner if start + at in first and new_start + at in second),
        end - start,
    ]
    return [
        (start + one, start + other, new_start + one, new_start + other)
        for one, other in pairwise(edges)
    ]


def audit_001() -> pd.DataFrame:
    """Every place where 001's Traditional text differs from its zh-TW conversion, word by word.

    001 is a mainland article put into Traditional characters by a machine; its zh-TW conversion
    goes back to Simplified and forward again with OpenCC's word tables (helpers.language.
    conversion), so the differences are the first converter's mistakes and the Taiwan vocabulary.

    Returns:
        One row per difference (word_changes), in document order: ref, the original and corrected
        words, and each with CONTEXT characters on both sides (context, corrected_context).
    """
    rows = []
    for sentence in segmented("001").sentences:
        text = sentence.text
        corrected = convert(text, "zh-TW", "Traditional", "mainland")
        for start, end, new_start, new_end in word_changes(text, corrected):
            rows.append(
                (
                    sentence.ref,
                    text[start:end],
                    corrected[new_start:new_end],
                    text[max(0, start - CONTEXT) : end + CONTEXT].strip(),
                    corrected[max(0, new_start - CONTEXT) : new_end + CONTEXT].strip(),
                )
            )
    return pd.DataFrame(rows, columns=list(AUDIT_COLUMNS))
