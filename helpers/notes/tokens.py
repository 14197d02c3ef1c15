"""The words of a text as My words counts them, and the share of them a reader knows.

A text is taken to Simplified the way the project converts Taiwan text (Simplified text stays as
it is) and cut into words by the project's word segmentation, helpers.language.audit.word_bounds
(jieba's own dictionary, no guessed words). helpers.glossary's look-up adds the glossary's forms to
jieba's dictionary, but this package is on the glossary's layer and may not import it, so a
glossary term jieba does not know (第一性原理) counts as its parts here.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from itertools import pairwise

from helpers.core.caching import data_cache
from helpers.corpus.repair_rules import HAN_CHARACTER
from helpers.language.audit import word_bounds
from helpers.language.conversion import convert, convert_document


def simplified_form(text: str) -> str:
    """Chinese text in either script taken to Simplified as the project converts Taiwan text
    (OpenCC tw2sp and the conversion overrides): 晶片 → 芯片, 數學 → 数学; Simplified text stays.
    """
    return convert(text, "zh-Hans", "Traditional", "Taiwan")


def word_tokens(text: str) -> tuple[str, ...]:
    """The word tokens of a text in Simplified: the text taken to Simplified (simplified_form),
    cut into words by the project's segmentation (helpers.language.audit.word_bounds: jieba's
    dictionary, no guessed words), keeping the words with a Han character."""
    simplified = simplified_form(text)
    bounds = sorted(word_bounds(simplified))
    words = (simplified[start:end] for start, end in pairwise(bounds))
    return tuple(word for word in words if HAN_CHARACTER.search(word))


@data_cache
def document_tokens(doc_id: str) -> tuple[str, ...]:
    """The word tokens (word_tokens) of a document's zh-Hans conversion.

    Raises:
        CorpusError: an unknown document.
    """
    return word_tokens(convert_document(doc_id, "zh-Hans"))


def known_share_of_tokens(
    tokens: Iterable[str], known: Container[str], ignored: Container[str] = frozenset()
) -> float:
    """The share of word tokens that are known, ignored tokens left out of the count.

    Args:
        tokens: words in Simplified, each occurrence counted.
        known: the Simplified forms the reader knows.
        ignored: the Simplified forms the reader ignores.

    Returns:
        known tokens / tokens not ignored, from 0 to 1; 0.0 when no token is left.
    """
    counted = [token for token in tokens if token not in ignored]
    return sum(token in known for token in counted) / len(counted) if counted else 0.0


def known_share_of_text(
    text: str, known: Container[str], ignored: Container[str] = frozenset()
) -> float:
    """The share of a text's word tokens (word_tokens) that are known; see known_share_of_tokens."""
    return known_share_of_tokens(word_tokens(text), known, ignored)
