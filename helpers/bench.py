"""Benchmark figures for `python -m helpers bench`: each measured in fresh processes, reported as JSON."""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from helpers.paths import PROJECT_ROOT

COLD_LOAD = """
import time
started = time.perf_counter()
from helpers.segments import all_sentences
count = len(all_sentences())
print(time.perf_counter() - started, count)
"""

ALIGNED_TABLE = """
import time
started = time.perf_counter()
from helpers.alignment import aligned_table
rows = len(aligned_table())
print(time.perf_counter() - started, rows)
"""


def _fresh_process_seconds(code: str, repeat: int) -> tuple[list[float], list[float], str]:
    """Run code in new interpreters: the seconds it reports, the whole process's seconds, and its detail."""
    inside, whole, detail = [], [], ""
    for _ in range(repeat):
        started = time.perf_counter()
        output = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, check=True,
                                capture_output=True, text=True).stdout.split()
        whole.append(time.perf_counter() - started)
        inside.append(float(output[0]))
        detail = " ".join(output[1:])
    return inside, whole, detail


def _summary(seconds: list[float]) -> dict:
    """Median, best and worst of a list of timings, in milliseconds."""
    return {"median_ms": round(statistics.median(seconds) * 1000, 1),
            "min_ms": round(min(seconds) * 1000, 1), "max_ms": round(max(seconds) * 1000, 1), "runs": len(seconds)}


def _throughput(repeat: int) -> dict:
    """Characters converted a second into each target over the whole corpus, converters already built (best run)."""
    from helpers.conversion import convert_document
    from helpers.documents import TARGETS, documents
    from helpers.repairs import normalized

    characters = sum(len(normalized(doc_id).text) for doc_id in documents())
    figures = {}
    for target in TARGETS:
        convert_document("000", target)
        best = min(_timed(lambda: [convert_document(doc_id, target) for doc_id in documents()]) for _ in range(repeat))
        figures[target] = round(characters / best)
    return {"what": "characters a second, whole corpus, OpenCC chain and overrides (zh-Hans leaves 003 and 004 as they are)",
            "characters": characters, **figures}


def _timed(work: Callable[[], object]) -> float:
    """Seconds one call of work takes."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def run_benchmarks(repeat: int = 5) -> dict:
    """All benchmark figures."""
    inside, whole, sentences = _fresh_process_seconds(COLD_LOAD, repeat)
    table, _, rows = _fresh_process_seconds(ALIGNED_TABLE, repeat)
    return {
        "python": sys.version.split()[0],
        "cold_load": {"what": "fresh process: import helpers, load metadata, read, repair and segment all five documents",
                      "sentences": int(sentences), **_summary(inside)},
        "cold_process": {"what": "the same, timed from outside: interpreter start-up included", **_summary(whole)},
        "aligned_table": {"what": "fresh process: build the aligned sentence table (all documents, four targets)",
                          "rows": int(rows), **_summary(table)},
        "conversion_throughput": _throughput(repeat),
    }
