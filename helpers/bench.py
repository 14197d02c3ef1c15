"""Benchmark figures for `python -m helpers bench` (and `make bench`), reported as JSON.

Start-up figures run in fresh interpreters, so imports and first loads count; the others run warm in
this process. Times are wall-clock milliseconds unless a figure says otherwise.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from typing import Any

from helpers.bench_readings import polyphone_figures, reading_view_figures
from helpers.bench_timing import summary, timed
from helpers.core.paths import PROJECT_ROOT

# Each program prints its own elapsed seconds, then what it counted.
FRESH_PROCESS = {
    "cold_load": (
        "fresh process: import helpers, load metadata, read, repair and segment all five documents",
        "sentences",
        "from helpers.corpus.segments import all_sentences\ncount = len(all_sentences())",
    ),
    "aligned_table": (
        "fresh process: build the aligned sentence table (all documents, four targets)",
        "rows",
        "from helpers.language.alignment import aligned_table\ncount = len(aligned_table())",
    ),
    "numbers": (
        "fresh process: read, repair and segment all five documents, extract every quantity",
        "quantities",
        "from helpers.numbers.extract import all_quantities\ncount = len(list(all_quantities()))",
    ),
    "lookup": (
        "fresh process: look up one sentence (jieba with the glossary, CC-CEDICT)",
        "words",
        "from helpers.glossary.lookup import lookup\n"
        "count = len(lookup('需要的不是概念,而是晶片'))",
    ),
}
TIMED = (
    "import time\nstart = time.perf_counter()\n{body}\nprint(time.perf_counter() - start, count)"
)


def _fresh_process_seconds(body: str, repeat: int) -> tuple[list[float], list[float], int]:
    """Run a program in new interpreters.

    Returns:
        The seconds it reports each run, the whole process's seconds each run (start-up included),
        and the count it printed.
    """
    inside, whole, count = [], [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        output = subprocess.run(
            [sys.executable, "-c", TIMED.format(body=body)],
            cwd=PROJECT_ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        whole.append(time.perf_counter() - started)
        inside.append(float(output[0]))
        count = int(output[1])
    return inside, whole, count


def _throughput(repeat: int) -> dict[str, Any]:
    """Characters converted a second into each target over the corpus (converters built; best)."""
    from helpers.core.types import TARGETS, Target
    from helpers.corpus.documents import documents
    from helpers.corpus.repairs import normalized
    from helpers.language.conversion import convert_document

    characters = sum(len(normalized(doc_id).text) for doc_id in documents())
    figures: dict[str, int] = {}
    for target in TARGETS:
        convert_document("000", target)

        def convert_all(target: Target = target) -> None:
            for doc_id in documents():
                convert_document(doc_id, target)

        figures[target] = round(characters / min(timed(convert_all) for _ in range(repeat)))
    return {
        "what": "characters a second, whole corpus, OpenCC chain and overrides "
        "(zh-Hans leaves 003 and 004 as they are)",
        "characters": characters,
        **figures,
    }


def _glossary_queries() -> list[str]:
    """1,000 search queries from the glossary: forms, pinyin with and without tones, English."""
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


def _glossary_figures() -> dict[str, Any]:
    """Glossary search latency over 1,000 mixed queries, and the concordance of a frequent term."""
    from helpers.glossary.search import concordance, search

    queries = _glossary_queries()
    search(queries[0])
    seconds = [timed(lambda query=query: search(query)) for query in queries]  # type: ignore[misc]
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
            **summary([timed(lambda: concordance("芯片")) for _ in range(5)]),
        },
    }


def _notes_store(folder: str, count: int) -> None:
    """A notes store of count annotations over every sentence of the corpus, in folder."""
    import uuid
    from contextlib import closing
    from pathlib import Path

    from helpers.corpus.segments import all_sentences
    from helpers.notes.annotations import Annotation, store_annotations
    from helpers.notes.store import STORE_FILE, open_store

    sentences = all_sentences()
    stamp = "2026-01-01T00:00:00Z"
    rows = [
        Annotation(
            str(uuid.UUID(int=number, version=4)),
            stamp,
            stamp,
            "commenting",
            f"note {number}",
            (f"tag{number % 20}",),
            s.doc,
            s.ref,
            s.text.rstrip() or s.text,
            "",
            "",
            s.start,
            s.end,
        )
        for number, s in ((n, sentences[n % len(sentences)]) for n in range(count))
    ]
    with closing(open_store(Path(folder) / STORE_FILE)) as db, db:
        store_annotations(db, rows)


def _notes_figures(repeat: int, count: int = 100_000) -> dict[str, Any]:
    """`notes list` and `notes export --format w3c` over a store of count annotations, each in a
    fresh process (interpreter start-up included) with READER_HOME at a temporary folder."""
    import os
    import tempfile

    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-notes-") as folder:
        _notes_store(folder, count)
        environment = {**os.environ, "READER_HOME": folder}
        commands = {
            "list": ["list"],
            "export_w3c": ["export", "--format", "w3c", f"{folder}/out.jsonld"],
        }
        for name, arguments in commands.items():
            seconds = []
            for _ in range(repeat):
                started = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "helpers", "notes", *arguments],
                    cwd=PROJECT_ROOT, env=environment, check=True, stdout=subprocess.DEVNULL,
                )  # fmt: skip
                seconds.append(time.perf_counter() - started)
            figures[name] = {
                "what": f"fresh process: python -m helpers notes {' '.join(arguments[:3])}, "
                f"{count:,} annotations (output to a file or /dev/null)",
                **summary(seconds),
            }
    return figures


def _reader_page_figures(repeat: int, count: int = 100_000) -> dict[str, Any]:
    """Drawing a reader page of 003 with its notes, highlights and known words (page_notes of the
    page's sentences, then annotated_body) over a store of count annotations: a page turn, and the
    first page drawn after adding a note (the new one anchored, the page's found by a range query).
    The first page drawn, which anchors every annotation of 003 once, is not timed."""
    import os
    import tempfile

    from helpers.notes.annotations import add_annotation
    from helpers.views.reader_notes import annotated_body, page_notes
    from helpers.views.reader_pages import ReaderPage

    def draw(page: int) -> None:
        view = ReaderPage("003", page=page)
        annotated_body(view, page_notes("003", view.page_rows["ref"]))

    def after_a_write() -> float:
        add_annotation("003:p2.s1", note="bench")
        return timed(lambda: draw(0))

    before = os.environ.get("READER_HOME")
    with tempfile.TemporaryDirectory(prefix="bench-reader-") as folder:
        _notes_store(folder, count)
        os.environ["READER_HOME"] = folder
        try:
            draw(0)
            turns = [timed(lambda page=page: draw(page)) for page in range(1, repeat + 1)]  # type: ignore[misc]
            after = [after_a_write() for _ in range(repeat)]
        finally:
            os.environ.pop("READER_HOME")
            os.environ.update({} if before is None else {"READER_HOME": before})
    return {
        "page_turn": {
            "what": f"reader page of 003 with its notes, {count:,} annotations",
            **summary(turns),
        },
        "after_a_write": {
            "what": "the same, the first page after adding a note (the write not timed)",
            **summary(after),
        },
    }


def run_benchmarks(repeat: int = 5) -> dict[str, Any]:
    """Every benchmark figure.

    Args:
        repeat: runs per figure (fresh processes or warm repetitions); the summaries give the
            median, best and worst.

    Returns:
        A JSON-ready dict: per figure, what it measures, what it counted and its timings in ms.
    """
    figures: dict[str, Any] = {"python": sys.version.split()[0]}
    for name, (what, counted, body) in FRESH_PROCESS.items():
        inside, whole, count = _fresh_process_seconds(body, repeat)
        figures[name] = {"what": what, counted: count, **summary(inside)}
        if name == "cold_load":
            figures["cold_process"] = {
                "what": "the cold load timed from outside: interpreter start-up included",
                **summary(whole),
            }
    figures["conversion_throughput"] = _throughput(repeat)
    from helpers.language.conversion_score import accuracy_report

    figures["conversion_accuracy"] = accuracy_report()
    figures.update(polyphone_figures(repeat))
    figures["glossary"] = _glossary_figures()
    figures["notes"] = _notes_figures(repeat)
    figures["reader_page_notes"] = _reader_page_figures(repeat)
    figures.update(reading_view_figures(repeat))
    return figures
