"""Tests for helpers.bench: the figures computed from timings, without timing anything."""

from itertools import count

from helpers import bench
from helpers.glossary import search as glossary_search


def test_search_p95_is_the_95th_percentile_of_any_number_of_queries(monkeypatch) -> None:
    ticks = count(1)
    monkeypatch.setattr(bench, "_glossary_queries", lambda: [f"q{number}" for number in range(100)])
    monkeypatch.setattr(bench, "timed", lambda work: (work(), next(ticks) / 1000)[1])
    monkeypatch.setattr(glossary_search, "search", lambda query: [])
    monkeypatch.setattr(glossary_search, "concordance", lambda term: [term])
    figures = bench._glossary_figures()
    # Timings 1 … 100 ms: the 95th percentile lies between the 95th and the 96th.
    assert figures["search"]["p95_ms"] == 95.95 and figures["search"]["median_ms"] == 50.5
    assert figures["concordance"]["hits"] == 1 and figures["concordance"]["runs"] == 5
