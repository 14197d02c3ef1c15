"""Tests for helpers.views.reading_warmup: the corpus's readings computed in advance."""

import pytest

from helpers.core.caching import reload
from helpers.language import pinyin_engine
from helpers.views.aligned import aligned_view
from helpers.views.reader_pages import reader_rows
from helpers.views.reading_warmup import warm_readings


def test_after_warming_every_choice_is_read_without_the_engine(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE", str(tmp_path))
    reload()
    assert [(w.doc, w.sentences, w.choices) for w in warm_readings(["000"])] == [("000", 127, 4)]
    reload()  # a new kernel: nothing in memory, only the cache file

    def no_engine(texts):
        raise AssertionError(f"the engine was asked for {texts[:1]}")

    monkeypatch.setattr(pinyin_engine, "mainland_syllables_of", no_engine)
    rows = reader_rows("000").head(12)
    for pair in [("original", "zh-Hans"), ("zh-TW", "zh-HK"), ("zh-Hant", "original")]:
        for style, standard, tones in [
            ("zhuyin", "automatic", "sandhi"),
            ("pinyin", "mainland", "citation"),
            ("zhuyin", "Taiwan", "citation"),
        ]:
            html = aligned_view(rows, pair, reading=style, standard=standard, tones=tones)
            assert "<rt " in html
    # 000:p0.s1's 輝達, from the cache (ㄏㄨㄟ ㄉㄚˊ, CC-CEDICT 輝達 hui1 da2).
    html = aligned_view(reader_rows("000").head(3), ("original", "zh-Hans"), reading="zhuyin")
    assert '輝<rp>(</rp><rt lang="zh-Bopo">ㄏㄨㄟ</rt>' in html
    assert '達<rp>(</rp><rt lang="zh-Bopo">ㄉㄚˊ</rt>' in html
    reload()


def test_an_unknown_document_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE", str(tmp_path))
    with pytest.raises(ValueError, match="777"):
        list(warm_readings(["777"]))
