"""Polyphone accuracy of the reading engine: the CPP benchmark and the everyday test set.

CPP (Park & Lee, Interspeech 2020; Apache-2.0, from the g2pM repository) gives one polyphonic
character per sentence between U+2581 marks in a .sent file and its reading in the .lb file (tone
numbers, 5 for neutral, u: for ü). Its dev split lives outside the repository, in
../shared/benchmarks/cpp/. The dev split is cut by a fixed rule into a tuning part, on which the
engine's threshold and curated phrases may be chosen, and a frozen part (every fifth line) that is
only measured. The test split is never read here unless its files are given.

corpus/polyphone_testset.tsv holds everyday sentences written for this project, with
hand-checked readings of one or more marked polyphones each, in a tuning and a frozen part.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR, PROJECT_ROOT

MARK = "\u2581"
CPP_DIR = PROJECT_ROOT.parent / "shared" / "benchmarks" / "cpp"
TESTSET_FILE = CORPUS_DIR / "polyphone_testset.tsv"
FROZEN_EVERY = 5
"""Every fifth line of CPP dev (lines 5, 10, 15 … counted from 1) is in the frozen part."""

Reader = Callable[[str], Sequence[str | None]]


@dataclass(frozen=True)
class Marked:
    """A sentence without its marks, the positions of its marked polyphones and their readings
    (numbered syllables, v for ü)."""

    text: str
    positions: tuple[int, ...]
    readings: tuple[str, ...]


def unmark(marked: str, readings: Sequence[str], where: str) -> Marked:
    """A marked sentence ('他▁还▁在') and its readings as a Marked.

    Raises:
        CorpusError: the marks do not each enclose one character, or their count differs from
            the readings' (where named).
    """
    parts = marked.split(MARK)
    if len(parts) % 2 == 0 or any(len(part) != 1 for part in parts[1::2]) or not parts[1:]:
        raise CorpusError(f"{where}: each polyphone must stand alone between two {MARK!r} marks")
    if len(parts) // 2 != len(readings):
        raise CorpusError(f"{where}: {len(parts) // 2} marked characters, {len(readings)} readings")
    positions, start = [], 0
    for number, part in enumerate(parts):
        if number % 2:
            positions.append(start)
        start += len(part)
    normal = tuple(reading.replace("u:", "v") for reading in readings)
    return Marked("".join(parts), tuple(positions), normal)


def _lines(path: Path) -> list[str]:
    """The lines of a UTF-8 text file.

    Raises:
        CorpusError: the file is missing or not UTF-8.
    """
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CorpusError(
            f"{path}: file not found (the CPP benchmark lives outside the repository, in "
            f"../shared/benchmarks/cpp/; give --sent and --labels to score other files)"
        ) from None
    except UnicodeDecodeError:
        raise CorpusError(f"{path}: not UTF-8") from None


def read_cpp(sent: Path, labels: Path) -> list[Marked]:
    """The sentences of a CPP split.

    Args:
        sent: its .sent file (one sentence a line, the polyphone between U+2581 marks).
        labels: its .lb file (one numbered reading a line).

    Returns:
        One Marked per line, in file order.

    Raises:
        CorpusError: a file is missing or not UTF-8, the line counts differ, or a line is not
            marked right (file and line named).
    """
    sentences, readings = _lines(sent), _lines(labels)
    if len(sentences) != len(readings):
        raise CorpusError(
            f"{sent}: {len(sentences)} sentences but {labels}: {len(readings)} labels"
        )
    return [
        unmark(line, [label.strip()], f"{sent}:{number}")
        for number, (line, label) in enumerate(zip(sentences, readings, strict=True), 1)
    ]


def read_testset(path: Path = TESTSET_FILE) -> dict[str, list[Marked]]:
    """The everyday polyphone test set by part.

    Returns:
        'tuning' and 'frozen', each a list of Marked in file order.

    Raises:
        CorpusError: the file is missing, lacks the header id/sentence/readings/part, or a row
            has another part or badly marked sentence (row named).
    """
    rows = [line for line in _lines(path) if line and not line.startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    if reader.fieldnames != ["id", "sentence", "readings", "part"]:
        raise CorpusError(f"{path}: header must be id, sentence, readings, part")
    parts: dict[str, list[Marked]] = {"tuning": [], "frozen": []}
    for row in reader:
        where = f"{path}: row {row['id']}"
        if row["part"] not in parts:
            raise CorpusError(f"{where}: part must be tuning or frozen")
        parts[row["part"]].append(unmark(row["sentence"], row["readings"].split(), where))
    return parts


def score(items: Sequence[Marked], read: Reader) -> dict[str, Any]:
    """Accuracy of a reader over marked sentences, one sentence at a time.

    Args:
        items: the sentences.
        read: text → one numbered syllable per character (readings.syllables by default).

    Returns:
        accuracy (share of marked polyphones read right, 0 to 1, 4 decimals), errors, polyphones,
        sentences, and ms_per_sentence (wall clock, warm).
    """
    started, right, total = time.perf_counter(), 0, 0
    for item in items:
        got = read(item.text)
        right += sum(got[p] == r for p, r in zip(item.positions, item.readings, strict=True))
        total += len(item.positions)
    seconds = time.perf_counter() - started
    return {
        "accuracy": round(right / total, 4) if total else None,
        "errors": total - right,
        "polyphones": total,
        "sentences": len(items),
        "ms_per_sentence": round(1000 * seconds / max(len(items), 1), 2),
    }


def cpp_parts(items: Sequence[Marked]) -> dict[str, list[Marked]]:
    """CPP dev cut into its tuning part and its frozen part (every FROZEN_EVERY-th line)."""
    return {
        "tuning": [item for n, item in enumerate(items, 1) if n % FROZEN_EVERY],
        "frozen": [item for n, item in enumerate(items, 1) if not n % FROZEN_EVERY],
    }


def polyphone_report(sent: Path | None = None, labels: Path | None = None) -> dict[str, Any]:
    """The polyphone figures of the engine the notebooks use (helpers.language.readings.syllables).

    Args:
        sent, labels: a CPP-format split to score whole; by default CPP dev, scored in its tuning
            and frozen parts and whole, and the everyday test set's two parts.

    Returns:
        A JSON-ready dict of score() results.

    Raises:
        CorpusError: only one of sent and labels given, or as read_cpp and read_testset.
    """
    from helpers.language.readings import syllables

    syllables("预热")  # load the model before timing
    if (sent is None) != (labels is None):
        raise CorpusError("give both --sent and --labels, or neither")
    if sent is not None and labels is not None:
        return {
            "what": f"polyphone accuracy on {sent}",
            "given": score(read_cpp(sent, labels), syllables),
        }
    dev = cpp_parts(read_cpp(CPP_DIR / "dev.sent", CPP_DIR / "dev.lb"))
    figures = {name: score(part, syllables) for name, part in dev.items()}
    whole_right = sum(f["polyphones"] - f["errors"] for f in figures.values())
    whole = sum(f["polyphones"] for f in figures.values())
    return {
        "what": "polyphone accuracy of readings.syllables: CPP dev (tuning part; frozen part, "
        "every fifth line; whole) and the everyday test set",
        "cpp_dev": {
            **figures,
            "whole": {"accuracy": round(whole_right / whole, 4), "errors": whole - whole_right},
        },
        "everyday": {name: score(part, syllables) for name, part in read_testset().items()},
    }
