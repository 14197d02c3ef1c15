"""Tests for helpers.bench: the figures computed from timings, without timing anything."""

from itertools import count

from helpers import bench
from helpers.glossary import search as glossary_search


def test_search_p95_is_the_95th_percentile_of_any_number_of_queries(monkeypatch) -> None:
    ticks = count(1)
    monkeypatch.setattr(bench, "_glossary_queries", lambda: [f"q{number}" for number in range(100)])
    monkeypatch.setattr(bench, "_timed", lambda work: (work(), next(ticks) / 1000)[1])
    monkeypatch.setattr(glossary_search, "search", lambda query: [])
    monkeypatch.setattr(glossary_search, "concordance", lambda term: [term])
    figures = bench._glossary_figures()
    # Timings 1 … 100 ms: the 95th percentile lies between the 95th and the 96th.
    assert figures["search"]["p95_ms"] == 95.95 and figures["search"]["median_ms"] == 50.5
    assert figures["concordance"]["hits"] == 1 and figures["concordance"]["runs"] == 5


def test_reading_page_figures_time_each_page_first_then_again(monkeypatch) -> None:
    ticks = count(1)
    drawn: list[str] = []
    monkeypatch.setattr(bench, "_timed", lambda work: (drawn.append(work()), next(ticks) / 1000)[1])
    figures = bench._reading_page_figures(2)
    # Pages 1 and 2 drawn first (1 and 2 ms), then again (3 and 4 ms), with zhuyin ruby.
    assert figures["page_cold"]["median_ms"] == 1.5 and figures["page_warm"]["median_ms"] == 3.5
    assert len(drawn) == 4 and all('lang="zh-Bopo"' in html for html in drawn)
    assert drawn[0] == drawn[2] and drawn[0] != drawn[1]


def test_corpus_readings_figure_reads_every_sentence_twice(monkeypatch) -> None:
    from helpers.language import alignment

    table = alignment.document_table("004")
    few = table[table["kind"] != "markup"].head(3)
    monkeypatch.setattr(alignment, "aligned_table", lambda: few)
    ticks = count(1)
    monkeypatch.setattr(bench, "_timed", lambda work: (work(), next(ticks) / 1000)[1])
    figure = bench._corpus_readings_figure()
    assert (figure["sentences"], figure["first_ms"], figure["cached_ms"]) == (3, 1.0, 2.0)
