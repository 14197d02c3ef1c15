"""The site's search data: every sentence of the corpus with its forms in the other scripts and its
toneless pinyin, so search.js finds a word in the middle of a sentence whichever way it is typed.

Sentences and refs come from helpers.corpus.segments; the forms from helpers.language.conversion
(zh-Hans, zh-Hant and zh-TW with the document's own chain, so Taiwan phrases map both ways:
晶片 ↔ 芯片, 輝達 ↔ 英伟达; for a Traditional text also OpenCC's character-only t2s, so 辉达
finds 輝達, and s2t of its zh-Hans form, so 英偉達 does); pinyin from helpers.language.readings,
a Traditional text read through its Simplified form.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from collections.abc import Mapping
from typing import Any

from helpers.core.types import Target
from helpers.corpus.documents import Document, documents
from helpers.corpus.segments import READING_KINDS, Sentence, segmented
from helpers.language.conversion import convert, converter
from helpers.language.readings import char_readings, readings_via

SEARCH_TARGETS: tuple[Target, ...] = ("zh-Hans", "zh-Hant", "zh-TW")
SEARCHED_KINDS = (*READING_KINDS, "heading")
GLOBAL = "MR_SEARCH"
"""The name of the global search-index.js assigns (pages cannot fetch() JSON from file://)."""


def toneless(reading: str | None) -> str:
    """A tone-marked pinyin syllable without its tone, lower case ('lǜ' → 'lu'; None → '')."""
    if not reading:
        return ""
    return "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c))


def offsets(text: str, form: str) -> list[int] | int:
    """Where each character of a converted form starts in the original text.

    Args:
        text: the original sentence.
        form: its conversion.

    Returns:
        0 when the two are the same length (conversion is then character for character), else a
        list of len(form) + 1 positions in text, the last len(text).
    """
    if len(form) == len(text):
        return 0
    positions = [0] * (len(form) + 1)
    matcher = difflib.SequenceMatcher(None, form, text, autojunk=False)
    for _, form_start, form_end, text_start, text_end in matcher.get_opcodes():
        for index in range(form_start, form_end):
            # Inside a replaced phrase every character points at the phrase's start.
            same = form_end - form_start == text_end - text_start
            positions[index] = text_start + (index - form_start if same else 0)
    positions[-1] = len(text)
    return positions


def sentence_entry(sentence: Sentence, meta: Document) -> dict[str, Any]:
    """One sentence's search data.

    Args:
        sentence: a corpus sentence.
        meta: its document's metadata (script and region choose the conversion chains).

    Returns:
        {"r": ref, "t": text (outer spaces stripped), "v": [[form, offsets], …] for each distinct
        conversion, "y": [[syllables, offsets], …]}: syllables are the toneless pinyin of the text
        (then of its zh-Hans form, if that reads differently), one per character joined by
        spaces, '' for a character without a reading.
    """
    text = sentence.text.strip()
    forms = [convert(text, target, meta.script, meta.region) for target in SEARCH_TARGETS]
    if meta.script == "Traditional":
        # Simplified characters as written (輝達 → 辉达), and mainland words in Traditional ones
        # (輝達 → 英伟达 → 英偉達).
        forms += [converter("t2s").convert(text), converter("s2t").convert(forms[0])]
    distinct = list(dict.fromkeys(form for form in forms if form != text))
    simplified = forms[0]
    own = (
        char_readings(text, "pinyin")
        if meta.script == "Simplified"
        else readings_via(text, simplified, "pinyin")
    )
    pinyin = [[" ".join(toneless(r) for r in own), 0]]
    via = " ".join(toneless(r) for r in char_readings(simplified, "pinyin"))
    if via != pinyin[0][0]:
        pinyin.append([via, offsets(text, simplified)])
    return {
        "r": sentence.ref,
        "t": text,
        "v": [[form, offsets(text, form)] for form in distinct],
        "y": pinyin,
    }


def search_index(pages: Mapping[str, str]) -> dict[str, Any]:
    """The search data of every document that has a page.

    Args:
        pages: document id → the file name of its walkthrough page ('01_kamath….html').

    Returns:
        {"pages": pages, "langs": {doc: lang tag}, "sentences": [entry, …]} with sentence_entry's
        entries for the headings, text and quotes of those documents, in corpus order.

    Raises:
        CorpusError: a document cannot be segmented or converted.
    """
    docs = {doc: meta for doc, meta in documents().items() if doc in pages}
    return {
        "pages": {doc: pages[doc] for doc in docs},
        "langs": {doc: meta.language for doc, meta in docs.items()},
        "sentences": [
            sentence_entry(sentence, meta)
            for doc, meta in docs.items()
            for sentence in segmented(doc).sentences
            if sentence.kind in SEARCHED_KINDS and sentence.text.strip()
        ],
    }


def index_script(index: Mapping[str, Any]) -> str:
    """search-index.js: the index as a script that assigns the global MR_SEARCH.

    Returns:
        One line of JavaScript and a newline; the JSON keeps Chinese characters as they are.
    """
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    return f"window.{GLOBAL} = {data};\n"
