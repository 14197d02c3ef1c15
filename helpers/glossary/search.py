"""Glossary search (forms, pinyin with or without tones, English) and a cross-script concordance."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pypinyin.contrib.tone_convert import to_normal, to_tone3

from helpers.core.errors import CorpusError
from helpers.core.types import TARGETS
from helpers.corpus.documents import document, documents
from helpers.corpus.segments import segmented
from helpers.glossary.entries import Entry, glossary_entries
from helpers.glossary.terms import forms_pattern
from helpers.language.conversion import convert

EXACT, PREFIX, SUBSTRING = 0, 1, 2
TONE_MARKS = re.compile(r"[\u0300-\u036f]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


@dataclass(frozen=True)
class Hit:
    """One concordance line: where a form was found and the text around it."""

    doc: str
    ref: str
    speaker: str | None
    left: str
    match: str
    right: str

    def as_dict(self) -> dict:
        """The hit as a JSON-ready dict."""
        return {
            "doc": self.doc,
            "ref": self.ref,
            "speaker": self.speaker,
            "left": self.left,
            "match": self.match,
            "right": self.right,
        }


def _pinyin_keys(pinyin: str) -> tuple[str, str]:
    """An entry's pinyin as one toneless key ('suanli') and one numbered key ('suan4li4')."""
    syllables = pinyin.lower().split()
    return "".join(to_normal(s) for s in syllables), "".join(to_tone3(s) for s in syllables)


def _english_keys(english: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The English gloss with its senses, and its single words, lower-cased."""
    text = english.lower()
    senses = [sense.strip() for sense in re.split(r"[;,()]", text) if sense.strip()]
    return tuple(dict.fromkeys([text, *senses])), tuple(re.findall(r"[a-z0-9'’-]+", text))


@cache
def _index() -> tuple[tuple[Entry, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]:
    """Each entry with its search keys: written forms, pinyin keys, English keys."""
    return tuple(
        (
            entry,
            tuple(form.lower() for form in entry.forms),
            _pinyin_keys(entry.pinyin),
            _english_keys(entry.english),
        )
        for entry in glossary_entries()
    )


def _normal_query(query: str) -> tuple[str, bool]:
    """The query lower-cased, spaces removed, tone marks turned into digits; and whether it carries tones."""
    text = unicodedata.normalize("NFC", query.strip().lower())
    toned = bool(TONE_MARKS.search(text)) or bool(re.search(r"[a-zü]\d", text))
    if TONE_MARKS.search(text):
        text = " ".join(to_tone3(word) for word in text.split())
    return re.sub(r"\s+", "", text), toned


def _level(query: str, keys: tuple[str, ...]) -> int | None:
    """How well the query matches any key: exact, prefix, substring, or not at all."""
    if query in keys:
        return EXACT
    if any(key.startswith(query) for key in keys):
        return PREFIX
    if any(query in key for key in keys):
        return SUBSTRING
    return None


def search(query: str) -> list[Entry]:
    """Entries matching a form, pinyin (with or without tones and spaces) or English word: exact, prefix, substring."""
    text, toned = _normal_query(query)
    if not text:
        return []
    english = query.strip().lower()
    ranked = []
    for position, (entry, forms, (toneless, numbered), glosses) in enumerate(_index()):
        senses, words = glosses
        word = _level(english, words)
        levels = [
            _level(text, forms),
            _level(text, (numbered,) if toned else (toneless,)),
            _level(english, senses),
            None if word is None else max(word, PREFIX),
        ]
        found = [level for level in levels if level is not None]
        if found:
            ranked.append((min(found), position, entry))
    return [entry for _, _, entry in sorted(ranked, key=lambda item: item[:2])]


def query_forms(term: str) -> tuple[str, ...]:
    """The forms a concordance looks for: a glossary entry's forms, or a free query and its conversions."""
    forms = [term]
    for entry in glossary_entries():
        if term in entry.forms:
            forms.extend(entry.forms)
    for target in TARGETS:
        forms.append(convert(term, target, "Simplified"))
        forms.append(convert(term, target, "Traditional", "Taiwan"))
    return tuple(dict.fromkeys(form for form in forms if form.strip()))


def concordance(term: str, script: str | None = None, width: int = 20) -> list[Hit]:
    """Keyword in context for a term in every document, whatever their script, optionally shown in one target script."""
    if script is not None and script not in TARGETS:
        raise CorpusError(f"unknown script '{script}'; valid: {', '.join(TARGETS)}")
    forms = query_forms(term.strip())
    hits = []
    for doc_id in documents():
        meta = document(doc_id)
        # Whole sentences are converted, so phrases that run across the keyword's edges convert as they should;
        # the keyword is then looked for in its converted forms.
        shown = (
            (lambda text: convert(text, script, meta.script, meta.region))
            if script
            else (lambda text: text)
        )
        pattern = (
            forms_pattern(tuple(dict.fromkeys((*forms, *map(shown, forms)))))
            if script
            else forms_pattern(forms)
        )
        for sentence in segmented(doc_id).sentences:
            text = shown(sentence.text.replace("\n", " ").rstrip())
            for match in pattern.finditer(text):
                left, right = (
                    text[max(0, match.start() - width) : match.start()],
                    text[match.end() : match.end() + width],
                )
                hits.append(Hit(doc_id, sentence.ref, sentence.speaker, left, match.group(), right))
    return hits
