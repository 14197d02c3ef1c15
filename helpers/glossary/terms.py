"""Where glossary terms occur: every form of every entry found in a text, longest form first, and a
document's vocabulary in order of first appearance.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from helpers.core.caching import data_cache, read_only
from helpers.core.errors import CorpusError
from helpers.corpus.segments import Sentence, segmented
from helpers.glossary.entries import Entry, glossary_entries

ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def forms_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive regex that finds any of the forms, trying the longest first.

    Args:
        forms: written forms, none empty ("芯片", "GPU").

    Returns:
        The compiled alternation; a form that starts with a Latin letter or digit matches only as
        a whole word (not inside "GPUs" or "AGI" for "GPU" or "AI").

    Raises:
        CorpusError: no forms, or an empty one (it would match at every place).
    """
    forms = tuple(forms)
    if not forms or not all(forms):
        raise CorpusError(f"no forms to look for, or an empty one, in {forms!r}")
    parts = []
    for form in sorted(forms, key=lambda form: (-len(form), form)):
        escaped = re.escape(form)
        if ASCII_WORD.match(form[0]):
            escaped = rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"
        parts.append(escaped)
    return re.compile("|".join(parts), re.IGNORECASE)


@data_cache
def form_entries() -> Mapping[str, Entry]:
    """Each glossary form, lower-cased, with its entry (the first entry in the file that has it).

    Returns:
        A read-only mapping from form to entry, from corpus/glossary.toml.
    """
    entries: dict[str, Entry] = {}
    for item in glossary_entries():
        for form in item.forms:
            entries.setdefault(form.lower(), item)
    return read_only(entries)


@data_cache
def _terms_pattern() -> re.Pattern[str]:
    """One pattern for every glossary form, longest first."""
    return forms_pattern(tuple(form_entries()))


def term_spans(text: str) -> list[tuple[int, int, Entry]]:
    """Where glossary forms occur in a text.

    Scanning left to right, at each place the longest form that starts there wins, so 人工智能
    inside 通用人工智能 counts for the longer term only; Latin forms match whole words, in any case.

    Args:
        text: any text, in either script.

    Returns:
        (start, end, entry) in text order, never overlapping; start and end are character offsets
        into the given text.
    """
    entries = form_entries()
    return [
        (match.start(), match.end(), entries[match.group().lower()])
        for match in _terms_pattern().finditer(text)
    ]


@data_cache
def document_terms(doc_id: str) -> tuple[tuple[Sentence, int, int, Entry], ...]:
    """Every glossary term of a document, in text order.

    Args:
        doc_id: a document id ("002").

    Returns:
        (sentence, start, end, entry) for each occurrence; start and end are character offsets into
        the sentence's text, which is a slice of the document's normalised text.

    Raises:
        CorpusError: unknown document.
    """
    return tuple(
        (sentence, start, end, item)
        for sentence in segmented(doc_id).sentences
        for start, end, item in term_spans(sentence.text)
    )


def vocabulary(doc_id: str) -> list[tuple[Entry, str, int]]:
    """The glossary entries that occur in a document, in order of first appearance.

    Args:
        doc_id: a document id ("002").

    Returns:
        (entry, ref, count): the ref of the first sentence it occurs in ("002:p3.s1") and how many
        times it occurs in the document, each place counted once (see term_spans).

    Raises:
        CorpusError: unknown document.
    """
    counts: Counter[str] = Counter()
    first: dict[str, tuple[Entry, str]] = {}
    for sentence, _, _, item in document_terms(doc_id):
        counts[item.id] += 1
        first.setdefault(item.id, (item, sentence.ref))
    return [(item, ref, counts[item.id]) for item, ref in first.values()]
