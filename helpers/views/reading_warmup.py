"""Every reading the reader can show for a corpus, computed in advance into the readings cache, so
that a walkthrough's first reader page in a new kernel reads its ruby from the cache instead of
loading the polyphone model, jieba's tagger and CC-CEDICT's tables (about 4-5 s).

What is cached does not depend on the style (pinyin and zhuyin are both written from the same
numbered syllables), so each sentence is read once per column, standard and tone display.
`python -m helpers readings --warm-cache` runs it; `make lab` calls that before JupyterLab opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import product

import pandas as pd

from helpers.core.types import REGIONS, TONES
from helpers.corpus.documents import documents
from helpers.views.aligned import COLUMNS
from helpers.views.aligned_text import page_texts, prepare_texts
from helpers.views.marks import Ruby
from helpers.views.reader_pages import reader_rows

CHUNK = 200
"""Sentences computed together: large enough for the engine's batches, small enough to keep
memory flat on the longest transcript."""


@dataclass(frozen=True)
class Warmed:
    """What warm_readings did for one document.

    Attributes:
        doc: the document id.
        sentences: its reader rows (sentences and markup lines).
        choices: the (standard, tones) pairs read, each over every column.
    """

    doc: str
    sentences: int
    choices: int


def _chunks(rows: pd.DataFrame) -> Iterator[pd.DataFrame]:
    """A document's rows, CHUNK at a time."""
    for start in range(0, len(rows), CHUNK):
        yield rows.iloc[start : start + CHUNK]


def warm_readings(doc_ids: Iterable[str] | None = None) -> Iterator[Warmed]:
    """Compute the readings of documents' sentences in every column (the original and each
    conversion), in both standards and both tone displays, and keep them in the readings cache
    (helpers.language.reading_cache); what is cached already is only looked up.

    Args:
        doc_ids: document ids (default: every document of the curated corpus and the reader's
            corpus, helpers.corpus.documents.documents()).

    Yields:
        One Warmed per document, in the order given, as soon as it is done.

    Raises:
        CorpusError: an unknown document, or one that cannot be read.
    """
    choices = [Ruby("pinyin", standard, tones) for standard, tones in product(REGIONS, TONES)]
    for doc in documents() if doc_ids is None else doc_ids:
        rows = reader_rows(doc)
        for part in _chunks(rows):
            texts = page_texts(part, COLUMNS)
            for choice in choices:
                prepare_texts(texts, choice)
        yield Warmed(doc, len(rows), len(choices))
