"""Glossary search (forms, pinyin with or without tones, English) and a cross-script concordance."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pypinyin.contrib.tone_convert import to_normal, to_tone3

from helpers.core.caching import data_cache
from helpers.core.errors import CorpusError, check_choice
from helpers.core.types import TARGETS, Target
from helpers.corpus.documents import document, documents
from helpers.corpus.segments import segmented
from helpers.glossary.entries import Entry, glossary_entries
from helpers.glossary.terms import forms_pattern
from helpers.language.conversion import convert

EXACT, PREFIX, SUBSTRING = 0, 1, 2
PinyinKind = Literal["marked", "numbered", "toneless"]
"""How a query writes pinyin: with tone marks (suàn lì), tone digits (suan4 li4) or no tones."""
TONE_MARKS = re.compile(r"[\u0300-\u036f]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
TONE_DIGIT = re.compile(r"[a-zv][1-5]")


@dataclass(frozen=True)
class Hit:
    """One concordance line: where a form was found and the text around it.

    Attributes:
        doc: the document id ("002").
        ref: the sentence's reference ("002:p18.s1").
        speaker: the speaker id in the transcript 003, else None.
        left: up to `width` characters before the match.
        match: the form as found (converted when the concordance shows a target script).
        right: up to `width` characters after the match.
    """

    doc: str
    ref: str
    speaker: str | None
    left: str
    match: str
    right: str

    def as_dict(self) -> dict[str, Any]:
        """The hit as a JSON-ready dict with the attribute names as keys."""
        return {
            "doc": self.doc,
            "ref": self.ref,
            "speaker": self.speaker,
            "left": self.left,
            "match": self.match,
            "right": self.right,
        }


@dataclass(frozen=True)
class _Keys:
    """An entry with the keys search compares a query with, all lower-case.

    forms and the pinyin keys have no spaces: toneless "suanli" (ü written v, as pypinyin does:
    "lv"), numbered "suan4li4", marked "suànlì". senses holds the whole English gloss and each of
    its senses, words each English word.
    """

    entry: Entry
    forms: tuple[str, ...]
    toneless: str
    numbered: str
    marked: str
    senses: tuple[str, ...]
    words: tuple[str, ...]

    def pinyin(self, kind: PinyinKind) -> str:
        """The pinyin key of one kind."""
        if kind == "marked":
            return self.marked
        return self.numbered if kind == "numbered" else self.toneless


def _compact(text: str) -> str:
    """Text lower-cased in Unicode NFC form, whitespace removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text.lower()))


def _keys(entry: Entry) -> _Keys:
    """The search keys of one entry."""
    syllables = entry.pinyin.lower().split()
    english = entry.english.lower()
    senses = [sense.strip() for sense in re.split(r"[;,()]", english) if sense.strip()]
    return _Keys(
        entry=entry,
        forms=tuple(_compact(form) for form in entry.forms),
        toneless="".join(to_normal(syllable) for syllable in syllables),
        numbered="".join(to_tone3(syllable) for syllable in syllables),
        marked=_compact(entry.pinyin),
        senses=tuple(dict.fromkeys([english, *senses])),
        words=tuple(re.findall(r"[a-z0-9'’-]+", english)),
    )


@data_cache
def _index() -> tuple[_Keys, ...]:
    """Every glossary entry with its search keys, in file order."""
    return tuple(_keys(entry) for entry in glossary_entries())


def _pinyin_query(compact: str) -> tuple[str, PinyinKind]:
    """The compacted query as pinyin, and which key of an entry it compares with.

    Returns:
        (pinyin, kind): kind is "marked" when the query has tone marks, "numbered" when it has
        tone digits ("suan4"), else "toneless"; without tone marks, ü and u: are spelt v, as
        pypinyin spells them.
    """
    if TONE_MARKS.search(compact):
        return compact, "marked"
    spelt = compact.replace("u:", "v").replace("ü", "v")
    return spelt, "numbered" if TONE_DIGIT.search(spelt) else "toneless"


def _level(query: str, keys: tuple[str, ...]) -> int | None:
    """How well the query matches any key: EXACT, PREFIX, SUBSTRING, or None."""
    if query in keys:
        return EXACT
    if any(key.startswith(query) for key in keys):
        return PREFIX
    if any(query in key for key in keys):
        return SUBSTRING
    return None


def search(query: str) -> list[Entry]:
    """Glossary entries that match a query, best first.

    A query matches a written form (Simplified, Traditional, Taiwan or a corpus surface), the pinyin
    (with tone marks, tone digits or no tones; spaces and capitals ignored; ü also as v or u:), an
    English sense, or an English word. Each match is exact, a prefix or a substring; an English
    word counts as a prefix at best. Entries sort by their best match, then by glossary order.

    Args:
        query: "芯片", "晶片", "suanli", "suàn lì", "suan4 li4", "chip" …

    Returns:
        The matching entries of corpus/glossary.toml; empty when nothing matches.

    Raises:
        CorpusError: the query is empty or only whitespace.
    """
    if not query.strip():
        raise CorpusError("empty search query: give a form, pinyin or an English word")
    compact = _compact(query)
    pinyin, kind = _pinyin_query(compact)
    english = " ".join(query.lower().split())
    ranked = []
    for position, keys in enumerate(_index()):
        word = _level(english, keys.words)
        levels = [
            _level(compact, keys.forms),
            _level(pinyin, (keys.pinyin(kind),)),
            _level(english, keys.senses),
            None if word is None else max(word, PREFIX),
        ]
        found = [level for level in levels if level is not None]
        if found:
            ranked.append((min(found), position, keys.entry))
    return [entry for _, _, entry in sorted(ranked, key=lambda item: item[:2])]


def query_forms(term: str) -> tuple[str, ...]:
    """The forms a concordance looks for.

    Args:
        term: a word in any script, not empty.

    Returns:
        The term; every form of each glossary entry that has the term, or one of its
        conversions, as a form (compared without regard to case); then the term converted to each
        target from Simplified and from Taiwan Traditional. Each once, in that order.
    """
    converted = [
        convert(term, target, *source)
        for target in TARGETS
        for source in (("Simplified",), ("Traditional", "Taiwan"))
    ]
    spellings = {form.lower() for form in (term, *converted)}
    forms = [term]
    for entry in glossary_entries():
        if spellings & {form.lower() for form in entry.forms}:
            forms.extend(entry.forms)
    return tuple(dict.fromkeys(form for form in (*forms, *converted) if form.strip()))


def _document_hits(
    doc_id: str, forms: tuple[str, ...], script: Target | None, width: int
) -> Iterator[Hit]:
    """One document's concordance lines, its sentences shown in the script (None: as written)."""
    meta = document(doc_id)

    def shown(text: str) -> str:
        return convert(text, script, meta.script, meta.region) if script else text

    # Whole sentences are converted, so phrases that run across the keyword's edges convert as
    # they should; the keyword is then looked for in its converted forms too.
    pattern = forms_pattern(dict.fromkeys((*forms, *map(shown, forms))))
    for sentence in segmented(doc_id).sentences:
        text = shown(sentence.text.replace("\n", " ").rstrip())
        for match in pattern.finditer(text):
            left = text[max(0, match.start() - width) : match.start()]
            right = text[match.end() : match.end() + width]
            yield Hit(doc_id, sentence.ref, sentence.speaker, left, match.group(), right)


def concordance(term: str, script: Target | None = None, width: int = 20) -> list[Hit]:
    """Keyword in context: every place a term occurs in the five documents, whatever their script.

    The term is looked for in all the forms query_forms gives: 芯片 also finds 晶片 (Taiwan), a
    Simplified word finds its Traditional spelling, and 资料中心 (the Taiwan word in Simplified
    characters) finds every form of the entry 資料中心 belongs to. Latin forms match whole words,
    in any case.

    Args:
        term: a word in any script ("芯片", "晶片", "AI"); surrounding whitespace is ignored.
        script: a target (zh-Hans, zh-Hant, zh-TW, zh-HK) to show every sentence in, converted
            whole; None shows each document's normalised text as written.
        width: how many characters of context to give on each side.

    Returns:
        The hits in document order, then sentence order, then order in the sentence. Line breaks
        inside a sentence are shown as spaces.

    Raises:
        CorpusError: the term is empty or only whitespace, the script is not a target, or width is
            negative.
    """
    if not term.strip():
        raise CorpusError("empty concordance term: give a word to look for")
    if script is not None:
        check_choice(TARGETS, script, "script")
    if width < 0:
        raise CorpusError(f"concordance width {width} is negative; give 0 or more characters")
    forms = query_forms(term.strip())
    return [hit for doc_id in documents() for hit in _document_hits(doc_id, forms, script, width)]
