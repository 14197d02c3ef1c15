"""Sentences cut into the words the look-up can explain: jieba's dictionary narrowed to CC-CEDICT
and the glossary, glossary forms given just the frequency that keeps each one whole.

The segmenter is a private jieba.Tokenizer; jieba's global one (jieba.dt, used by
helpers.language.audit and by anyone else in the process) is never read or changed, so the cuts do
not depend on what ran before. It is built once per helpers.reload(), in this order:

1. jieba's stock dictionary (jieba 0.42.1's dict.txt, loaded once per process from its on-disk
   cache, tempfile.gettempdir()/jieba.cache), copied;
2. every word of two or more Han characters that neither CC-CEDICT nor the glossary holds gets
   frequency 0, so it is never cut as one word (上犯, 生于, 我会, 今天天气; 260,684 of jieba's
   337,446 such words, 7.7 % of its frequency mass). jieba's total (60,101,967) is kept, so the
   remaining words keep their probabilities and no word length is favoured;
3. each glossary form, in Simplified and in sorted order, gets jieba's suggest_freq(form,
   tune=True): the least frequency at which jieba cuts the form alone as one word, or its own
   frequency if higher (all forms together add 0.13 % to the total, where a flat 100,000 each
   had raised it to 104 M and favoured long words). Sentences are cut without jieba's HMM,
   which would otherwise join unknown runs of single characters again (上犯).

Every Han word cut is therefore a CC-CEDICT headword, a glossary form or a single character.
Known misses, both cuts being dictionary words and jieba's model unigram: 中将 in
如果放到post中将出错 and 美元 in 中美元首举行视频会晤.
"""

from __future__ import annotations

import functools
import logging
import re

import jieba

from helpers.core.caching import data_cache
from helpers.glossary.cedict import headwords
from helpers.glossary.entries import glossary_entries
from helpers.language.conversion import converter

HAN_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]{2,}")
"""A run of two or more Han characters (CJK Unified Ideographs and their extensions)."""


@functools.cache
def _stock_tokenizer() -> jieba.Tokenizer:
    """jieba's stock dictionary in a private tokenizer, loaded once per process.

    A package file rather than project data, so helpers.reload() does not load it again (a
    functools.cache, not data_cache); it is only ever copied, never changed.
    """
    jieba.setLogLevel(logging.WARNING)
    stock = jieba.Tokenizer()
    stock.initialize()
    return stock


def glossary_forms() -> tuple[str, ...]:
    """Every form of every glossary entry in Simplified (OpenCC t2s), sorted, without repeats."""
    to_simplified = converter("t2s")
    return tuple(
        sorted({to_simplified.convert(form) for item in glossary_entries() for form in item.forms})
    )


@data_cache
def tokenizer() -> jieba.Tokenizer:
    """The look-up's jieba tokenizer, built as the module docstring says.

    Returns:
        A jieba.Tokenizer; callers cut with HMM=False and must not change it.
    """
    stock = _stock_tokenizer()
    words = jieba.Tokenizer()
    words.FREQ, words.total, words.initialized = dict(stock.FREQ), stock.total, True
    forms = glossary_forms()
    kept, cedict = set(forms), headwords()
    unknown = [
        word
        for word, frequency in stock.FREQ.items()
        if frequency and len(word) > 1 and word not in cedict and word not in kept
        if HAN_WORD.fullmatch(word)
    ]
    words.FREQ.update(dict.fromkeys(unknown, 0))
    for form in forms:
        words.suggest_freq(form, tune=True)
    return words


def segment(simplified: str) -> tuple[tuple[str, int, int], ...]:
    """A Simplified text cut into words, whitespace included as its own tokens.

    Args:
        simplified: text in Simplified Chinese (other scripts pass through, cut as jieba cuts
            them: Latin words and numbers whole, punctuation alone).

    Returns:
        (word, start, end) for each word in order, offsets in characters; the words joined give
        the text back.
    """
    return tuple(tokenizer().tokenize(simplified, HMM=False))
