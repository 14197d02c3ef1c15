"""Where glossary terms occur: every form of every entry found in a text, longest form first, and a
document's vocabulary in order of first appearance.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from helpers.corpus.segments import Sentence, segmented
from helpers.glossary.entries import Entry, glossary_entries

ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for all forms, longest first; Latin forms only as whole words."""
    parts = []
    for form in sorted(forms, key=lambda form: (-len(form), form)):
        escaped = re.escape(form)
        if ASCII_WORD.match(form[0]):
            escaped = rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"
        parts.append(escaped)
    return re.compile("|".join(parts), re.IGNORECASE)


@cache
def form_entries() -> dict[str, Entry]:
    """Each glossary form, lower-cased, with its entry (the first entry that has it)."""
    entries: dict[str, Entry] = {}
    for item in glossary_entries():
        for form in item.forms:
            entries.setdefault(form.lower(), item)
    return entries


@cache
def _terms_pattern() -> re.Pattern[str]:
    """One pattern for every glossary form, longest first."""
    return forms_pattern(tuple(form_entries()))


def term_spans(text: str) -> list[tuple[int, int, Entry]]:
    """Where glossary forms occur in a text: start, end and entry, longest form first, never overlapping."""
    entries = form_entries()
    return [
        (match.start(), match.end(), entries[match.group().lower()])
        for match in _terms_pattern().finditer(text)
    ]


@cache
def document_terms(doc_id: str) -> tuple[tuple[Sentence, int, int, Entry], ...]:
    """Every glossary term of a document in text order: its sentence, start and end in the sentence, and entry."""
    return tuple(
        (sentence, start, end, item)
        for sentence in segmented(doc_id).sentences
        for start, end, item in term_spans(sentence.text)
    )


def vocabulary(doc_id: str) -> list[tuple[Entry, str, int]]:
    """Glossary entries that occur in a document, by first appearance: entry, first sentence ref, count."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[Entry, str]] = {}
    for sentence, _, _, item in document_terms(doc_id):
        counts[item.id] += 1
        first.setdefault(item.id, (item, sentence.ref))
    return [(item, ref, counts[item.id]) for item, ref in first.values()]
