"""Tests for helpers.bench_readings: the reading figures computed from timings, without timing
anything."""

from itertools import count

from helpers import bench_readings


def test_reading_page_figures_time_each_page_first_then_again(monkeypatch) -> None:
    ticks = count(1)
    drawn: list[str] = []

    def timed(work):
        drawn.append(work())
        return next(ticks) / 1000

    monkeypatch.setattr(bench_readings, "timed", timed)
    figures = bench_readings._reading_page_figures(2)
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
    monkeypatch.setattr(bench_readings, "timed", lambda work: (work(), next(ticks) / 1000)[1])
    figure = bench_readings._corpus_readings_figure()
    assert (figure["sentences"], figure["first_ms"], figure["cached_ms"]) == (3, 1.0, 2.0)
