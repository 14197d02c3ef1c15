"""Timing helpers shared by the benchmark modules: how long a call takes, and a summary of runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def summary(seconds: list[float]) -> dict[str, Any]:
    """Median, best and worst of some timings in milliseconds, and how many runs."""
    return {
        "median_ms": round(statistics.median(seconds) * 1000, 1),
        "min_ms": round(min(seconds) * 1000, 1),
        "max_ms": round(max(seconds) * 1000, 1),
        "runs": len(seconds),
    }


def timed(work: Callable[[], object]) -> float:
    """Seconds one call of work takes."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started
