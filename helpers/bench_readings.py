"""Benchmark figures of readings for `python -m helpers bench`: polyphone accuracy, the engine's
speed, and readings as the reader draws them. Times are wall-clock milliseconds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from typing import Any

from helpers.bench_timing import summary, timed


def _polyphone_figures() -> dict[str, Any]:
    """The polyphone accuracy report, or why it could not be made (CPP dev missing)."""
    from helpers.core.errors import CorpusError
    from helpers.language.polyphone_score import polyphone_report

    try:
        return polyphone_report()
    except CorpusError as error:
        return {"skipped": str(error)}


def _engine_speed(repeat: int) -> dict[str, Any]:
    """Warm mainland readings of one corpus sentence and of a 10-sentence page of 003 (best of
    repeat), one sentence at a time and the page's sentences through the model together."""
    from helpers.corpus.segments import all_sentences
    from helpers.language.pinyin_engine import mainland_syllables, mainland_syllables_of

    page = [s.text for s in all_sentences() if s.doc == "003"][:10]
    mainland_syllables_of(page)
    return {
        "what": "mainland readings (pinyin_engine), warm, best of the runs: one sentence, a "
        "10-sentence page of 003 one sentence at a time, and the page batched",
        "sentence_ms": round(
            min(timed(lambda: mainland_syllables(page[0])) for _ in range(repeat)) * 1000, 2
        ),
        "page_ms": round(
            min(timed(lambda: [mainland_syllables(t) for t in page]) for _ in range(repeat)) * 1000,
            2,
        ),
        "page_batched_ms": round(
            min(timed(lambda: mainland_syllables_of(page)) for _ in range(repeat)) * 1000, 2
        ),
    }


def _reading_page_figures(repeat: int) -> dict[str, Any]:
    """Drawing a reader page of 003 (original ↔ zh-TW, 10 sentences) with zhuyin ruby: the first
    time each page is drawn (its readings computed) and drawn again (readings cached), pages 1 to
    repeat; the aligned table is loaded first, untimed."""
    from helpers.views.reader_pages import ReaderPage

    views = [ReaderPage("003", reading="zhuyin", page=page) for page in range(1, repeat + 1)]
    views[0].rows  # noqa: B018 (loads the aligned table and the document, untimed)
    cold = [timed(view.body) for view in views]
    warm = [timed(view.body) for view in views]
    return {
        "page_cold": {"what": "reader page of 003, zhuyin, drawn the first time", **summary(cold)},
        "page_warm": {"what": "the same pages drawn again, readings cached", **summary(warm)},
    }


FIRST_PAGE = """
import json, time
from helpers.views.reader_pages import ReaderPage
view = ReaderPage("003", reading="zhuyin")
view.rows
start = time.perf_counter()
view.body()
print(json.dumps(round((time.perf_counter() - start) * 1000, 1)))
"""


def _first_page_ms(cache: str) -> float:
    """The first reader page of 003 with zhuyin drawn in a new process (imports and the aligned
    table untimed), with a readings cache folder."""
    env = {**os.environ, "READER_CACHE": cache, "READER_HOME": cache}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAGE], env=env, capture_output=True, text=True, check=True
    )
    return float(json.loads(done.stdout.strip().splitlines()[-1]))


def _first_page_figures() -> dict[str, Any]:
    """The first reader page in a new process, with an empty readings cache, then with the cache
    that run filled."""
    with tempfile.TemporaryDirectory(prefix="reader-cache-") as cache:
        empty = _first_page_ms(cache)
        filled = _first_page_ms(cache)
    return {
        "what": "first reader page of 003, zhuyin, in a new process: empty readings cache, "
        "then filled",
        "empty_cache_ms": empty,
        "filled_cache_ms": filled,
    }


def _corpus_readings_figure() -> dict[str, Any]:
    """Every sentence's readings as the reader computes them (original, zh-Hans and zh-TW columns,
    pinyin and zhuyin, automatic standard, citation tones), the first time and again; the
    aligned table is loaded first, untimed."""
    from helpers.language.alignment import aligned_table
    from helpers.views.aligned_text import readings, shown_text
    from helpers.views.marks import Ruby

    rows = [row for _, row in aligned_table().iterrows() if row["kind"] != "markup"]

    def read_all() -> None:
        for row in rows:
            for column in ("original", "zh-Hans", "zh-TW"):
                shown = shown_text(row, column)
                for style in ("pinyin", "zhuyin"):
                    readings(row, column, shown, Ruby(style))

    return {
        "what": "readings of every sentence, three columns, pinyin and zhuyin",
        "sentences": len(rows),
        "first_ms": round(timed(read_all) * 1000, 1),
        "cached_ms": round(timed(read_all) * 1000, 1),
    }


def polyphone_figures(repeat: int) -> dict[str, Any]:
    """The polyphone accuracy report (CPP dev and the everyday set) and the engine's warm speed.

    Args:
        repeat: runs of each speed figure.

    Returns:
        {"polyphones": …, "reading_engine": …}, JSON-ready.
    """
    return {"polyphones": _polyphone_figures(), "reading_engine": _engine_speed(repeat)}


def reading_view_figures(repeat: int) -> dict[str, Any]:
    """Readings as the reader draws them: reader pages of 003 with zhuyin, and the whole corpus.

    Args:
        repeat: pages drawn.

    Returns:
        {"reader_page_readings": …, "first_page_new_process": …, "corpus_readings": …},
        JSON-ready.
    """
    return {
        "reader_page_readings": _reading_page_figures(repeat),
        "first_page_new_process": _first_page_figures(),
        "corpus_readings": _corpus_readings_figure(),
    }
