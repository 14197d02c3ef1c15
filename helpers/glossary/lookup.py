"""Word look-up: a sentence cut into words (helpers.glossary.segment) and each word found in the
glossary and in CC-CEDICT, its entries in the order a learner needs them (helpers.glossary.senses).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from helpers.core.errors import CorpusError
from helpers.glossary.cedict import Sense, cedict_senses, word_readings
from helpers.glossary.segment import segment
from helpers.glossary.senses import learner_senses, traditional_form
from helpers.glossary.terms import form_entries
from helpers.language.conversion import converter

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Sense", "cedict_senses", "lookup", "lookup_table", "word_readings"]


def lookup(sentence: str) -> list[dict[str, Any]]:
    """Each word of a sentence with its glossary entry and CC-CEDICT entries.

    The sentence is converted to Simplified (OpenCC t2s) and cut into words by
    helpers.glossary.segment (jieba narrowed to CC-CEDICT and glossary words); whitespace between
    words is skipped.

    Args:
        sentence: text in either script.

    Returns:
        One dict per word, in order: "word" (as written in the sentence), "simplified" (the word
        in Simplified), "traditional" (the word as written if the sentence has it in
        Traditional, else the Traditional form of its first-ranked CC-CEDICT entry, else OpenCC
        s2t's), "glossary" (the id of the glossary entry it is a form of, or None) and "cedict"
        (its CC-CEDICT entries as Sense.as_dict dicts, ranked by
        helpers.glossary.senses.learner_senses, looked up as written, else in Simplified; empty
        when CC-CEDICT lacks it).

    Raises:
        CorpusError: the sentence is empty or only whitespace.
    """
    if not sentence.strip():
        raise CorpusError("empty look-up: give a sentence or a word")
    simplified = converter("t2s").convert(sentence)
    # t2s maps character to character, so offsets in the Simplified copy are offsets in the
    # sentence; should a phrase ever change length, the words are shown in Simplified.
    source = sentence if len(simplified) == len(sentence) else simplified
    known = form_entries()
    rows = []
    for word, start, end in segment(simplified):
        if not word.strip():
            continue
        surface = source[start:end]
        senses = learner_senses(surface) or learner_senses(word)
        item = known.get(surface.lower()) or known.get(word.lower())
        if surface != word:
            traditional = surface
        else:
            traditional = traditional_form(word) or converter("s2t").convert(word)
        rows.append(
            {
                "word": surface,
                "simplified": word,
                "traditional": traditional,
                "glossary": item.id if item else None,
                "cedict": [sense.as_dict() for sense in senses],
            }
        )
    return rows


def lookup_table(sentence: str, entries: int = 3, senses: int = 2) -> pd.DataFrame:
    """The look-up of a sentence as a table, one row a word.

    Args:
        sentence: text in either script.
        entries: how many CC-CEDICT entries to show per word, at least 1.
        senses: how many English senses to show per entry, at least 1.

    Returns:
        Columns "word", "traditional" (see lookup), "glossary" (entry id or "") and "CC-CEDICT"
        ("pinyin: sense; sense" for each entry shown, ranked as in lookup, joined by " | "; ""
        when CC-CEDICT lacks the word).

    Raises:
        CorpusError: the sentence is empty or only whitespace, or entries or senses is below 1.
    """
    import pandas as pd  # only the table needs pandas; lookup() starts faster without it

    if entries < 1 or senses < 1:
        raise CorpusError(f"entries ({entries}) and senses ({senses}) must each be at least 1")
    rows = [
        {
            "word": row["word"],
            "traditional": row["traditional"],
            "glossary": row["glossary"] or "",
            "CC-CEDICT": " | ".join(
                f"{sense['pinyin']}: {'; '.join(sense['english'][:senses])}"
                for sense in row["cedict"][:entries]
            ),
        }
        for row in lookup(sentence)
    ]
    return pd.DataFrame(rows)
