"""Benchmark figures for `python -m helpers bench`: each measured in fresh processes, reported as JSON."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from helpers.core.paths import PROJECT_ROOT

COLD_LOAD = """
import time
started = time.perf_counter()
from helpers.corpus.segments import all_sentences
count = len(all_sentences())
print(time.perf_counter() - started, count)
"""

ALIGNED_TABLE = """
import time
started = time.perf_counter()
from helpers.language.alignment import aligned_table
rows = len(aligned_table())
print(time.perf_counter() - started, rows)
"""

NUMBERS = """
import time
started = time.perf_counter()
from helpers.numbers.extract import all_quantities
count = len(list(all_quantities()))
print(time.perf_counter() - started, count)
"""


def _fresh_process_seconds(code: str, repeat: int) -> tuple[list[float], list[float], str]:
    """Run code in new interpreters: the seconds it reports, the whole process's seconds, and its detail."""
    inside, whole, detail = [], [], ""
    for _ in range(repeat):
        started = time.perf_counter()
        output = subprocess.run(
            [sys.executable, "-c", code],
            cwd=PROJECT_ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        whole.append(time.perf_counter() - started)
        inside.append(float(output[0]))
        detail = " ".join(output[1:])
    return inside, whole, detail


def _summary(seconds: list[float]) -> dict:
    """Median, best and worst of a list of timings, in milliseconds."""
    return {
        "median_ms": round(statistics.median(seconds) * 1000, 1),
        "min_ms": round(min(seconds) * 1000, 1),
        "max_ms": round(max(seconds) * 1000, 1),
        "runs": len(seconds),
    }


def _throughput(repeat: int) -> dict:
    """Characters converted a second into each target over the whole corpus, converters already built (best run)."""
    from helpers.core.types import TARGETS
    from helpers.corpus.documents import documents
    from helpers.corpus.repairs import normalized
    from helpers.language.conversion import convert_document

    characters = sum(len(normalized(doc_id).text) for doc_id in documents())
    figures = {}
    for target in TARGETS:
        convert_document("000", target)
        best = min(
            _timed(lambda: [convert_document(doc_id, target) for doc_id in documents()])
            for _ in range(repeat)
        )
        figures[target] = round(characters / best)
    return {
        "what": "characters a second, whole corpus, OpenCC chain and overrides (zh-Hans leaves 003 and 004 as they are)",
        "characters": characters,
        **figures,
    }


def _timed(work: Callable[[], object]) -> float:
    """Seconds one call of work takes."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _glossary_queries() -> list[str]:
    """1,000 mixed search queries built from the glossary: forms, pinyin with and without tones, English, prefixes."""
    from pypinyin.contrib.tone_convert import to_normal, to_tone3

    from helpers.glossary.entries import glossary_entries

    kinds = []
    for item in glossary_entries():
        syllables = item.pinyin.split()
        kinds.append(
            [
                item.simplified,
                item.traditional,
                item.taiwan or item.surfaces[-1],
                item.pinyin,
                "".join(to_normal(s) for s in syllables),
                " ".join(to_tone3(s) for s in syllables),
                item.english.split()[0],
                item.simplified[:1],
                to_normal(syllables[0])[:2],
            ]
        )
    return [query for row in kinds for query in row][:1000]


def _glossary_figures() -> dict:
    """p95 glossary search latency over 1,000 mixed queries, and the concordance of a frequent term."""
    from helpers.glossary.search import concordance, search

    queries = _glossary_queries()
    search(queries[0])
    seconds = [_timed(lambda query=query: search(query)) for query in queries]
    concordance("芯片")
    hits = len(concordance("芯片"))
    return {
        "search": {
            "what": "glossary search, 1,000 mixed queries (forms, pinyin, English, prefixes)",
            "p95_ms": round(statistics.quantiles(seconds, n=20)[18] * 1000, 2),
            "median_ms": round(statistics.median(seconds) * 1000, 2),
        },
        "concordance": {
            "what": "concordance of 芯片 across all documents and scripts",
            "hits": hits,
            **_summary([_timed(lambda: concordance("芯片")) for _ in range(5)]),
        },
    }


def run_benchmarks(repeat: int = 5) -> dict:
    """All benchmark figures."""
    inside, whole, sentences = _fresh_process_seconds(COLD_LOAD, repeat)
    table, _, rows = _fresh_process_seconds(ALIGNED_TABLE, repeat)
    extraction, _, found = _fresh_process_seconds(NUMBERS, repeat)
    return {
        "python": sys.version.split()[0],
        "cold_load": {
            "what": "fresh process: import helpers, load metadata, read, repair and segment all five documents",
            "sentences": int(sentences),
            **_summary(inside),
        },
        "cold_process": {
            "what": "the same, timed from outside: interpreter start-up included",
            **_summary(whole),
        },
        "aligned_table": {
            "what": "fresh process: build the aligned sentence table (all documents, four targets)",
            "rows": int(rows),
            **_summary(table),
        },
        "numbers": {
            "what": "fresh process: read, repair and segment all five documents and extract every quantity",
            "quantities": int(found),
            **_summary(extraction),
        },
        "conversion_throughput": _throughput(repeat),
        "glossary": _glossary_figures(),
    }
