"""Tests for the caches of helpers.language.readings: the engine runs once per Simplified text,
whatever style, standard or tones are asked after, and callers get lists of their own."""

from helpers.core.caching import reload
from helpers.language import readings
from helpers.language.readings import char_readings, readings_via


def test_the_engine_runs_once_per_simplified_text(monkeypatch):
    calls: list[str] = []
    engine = readings.mainland_syllables

    def counted(simplified: str) -> list[str | None]:
        calls.append(simplified)
        return engine(simplified)

    monkeypatch.setattr(readings, "mainland_syllables", counted)
    reload()
    assert char_readings("你好吗", "pinyin") == ["nǐ", "hǎo", "ma"]
    assert char_readings("你好吗", "zhuyin", tones="sandhi") == ["ㄋㄧˊ", "ㄏㄠˇ", "˙ㄇㄚ"]
    # The Traditional form read through the same Simplified text needs no new engine run.
    assert readings_via("你好嗎", "你好吗", "pinyin", region="Taiwan") == ["nǐ", "hǎo", "ma"]
    assert calls == ["你好吗"]
    reload()
    char_readings("你好吗", "pinyin")
    assert calls == ["你好吗", "你好吗"]


def test_a_caller_changing_its_list_does_not_change_the_next_answer():
    first = char_readings("中文", "pinyin")
    first[0] = None
    assert char_readings("中文", "pinyin") == ["zhōng", "wén"]
