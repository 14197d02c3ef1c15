"""Tests for the caches of helpers.language.readings and helpers.language.reading_cache: the
engine runs once per Simplified text, whatever style, standard or tones are asked after; its
syllables are kept in an SQLite file across processes, under the engine's fingerprint; a broken
file only costs a warning; callers get lists of their own."""

import sqlite3
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from helpers.core.caching import reload
from helpers.language import pinyin_engine, reading_cache
from helpers.language.reading_cache import (
    engine_fingerprint,
    fingerprint_of,
    mainland_cached,
    reading_cache_file,
    store,
    stored,
)
from helpers.language.readings import char_readings, prepare_readings, readings_via


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    """An empty READER_CACHE folder of this test, with the process's caches forgotten."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("READER_CACHE", str(folder))
    monkeypatch.setattr(reading_cache, "_warned", [])
    reload()
    yield folder
    reload()


@pytest.fixture
def engine_calls(monkeypatch) -> list[list[str]]:
    """The texts of each engine call from now on."""
    calls: list[list[str]] = []
    engine = pinyin_engine.mainland_syllables_of

    def counted(texts):
        calls.append(list(texts))
        return engine(texts)

    monkeypatch.setattr(pinyin_engine, "mainland_syllables_of", counted)
    return calls


def test_the_engine_runs_once_per_simplified_text(cache, engine_calls):
    assert char_readings("你好吗", "pinyin") == ["nǐ", "hǎo", "ma"]
    assert char_readings("你好吗", "zhuyin", tones="sandhi") == ["ㄋㄧˊ", "ㄏㄠˇ", "˙ㄇㄚ"]
    # The Traditional form read through the same Simplified text needs no new engine run.
    assert readings_via("你好嗎", "你好吗", "pinyin", region="Taiwan") == ["nǐ", "hǎo", "ma"]
    assert engine_calls == [["你好吗"]]


def test_a_new_process_reads_the_file_not_the_engine(cache, engine_calls):
    assert char_readings("我还没还", "pinyin") == ["wǒ", "hái", "méi", "huán"]
    reload()  # as a new kernel: the process's memory is gone, the file stays
    assert char_readings("我还没还", "pinyin") == ["wǒ", "hái", "méi", "huán"]
    assert engine_calls == [["我还没还"]]
    assert reading_cache_file() == cache / "readings.sqlite3"


def test_a_page_missing_from_the_cache_is_computed_in_one_engine_call(cache, engine_calls):
    mainland_cached(["中文"])
    page = [("中文", None), ("长大", None), ("長大", "长大"), ("调低", None)]
    prepare_readings([(text, simplified, "mainland", "citation") for text, simplified in page])
    assert engine_calls == [["中文"], ["长大", "调低"]]
    assert char_readings("長大", "pinyin") == ["zhǎng", "dà"]
    assert len(engine_calls) == 2


def test_results_are_the_same_with_and_without_the_cache(cache, monkeypatch):
    texts = ["你得好好复习", "他考得很好", "总行调低了利率", "重来一次"]
    filled = [tuple(found) for found in pinyin_engine.mainland_syllables_of(texts)]
    assert mainland_cached(texts) == filled  # computed and stored
    reload()
    assert mainland_cached(texts) == filled  # read back from the file
    (cache / "blocked").write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("READER_CACHE", str(cache / "blocked" / "cache"))
    reload()
    with pytest.warns(RuntimeWarning):
        assert mainland_cached(texts) == filled  # no cache at all


def test_stored_rows_are_found_only_under_their_fingerprint(cache):
    store("a" * 64, {"中文": ("zhong1", "wen2"), "，": (None,)})
    assert stored("a" * 64, ["中文", "，", "英文"]) == {"中文": ("zhong1", "wen2"), "，": (None,)}
    assert stored("b" * 64, ["中文"]) == {}
    # A second writer of the same row changes nothing (INSERT OR IGNORE).
    store("a" * 64, {"中文": ("zhong1", "wen2")})
    assert stored("a" * 64, ["中文"]) == {"中文": ("zhong1", "wen2")}


def test_the_fingerprint_changes_when_an_input_changes(tmp_path):
    data = tmp_path / "reading_overrides.toml"
    data.write_text("[[phrase]]\n", encoding="utf-8")
    versions = {"pypinyin": "0.55.0", "g2pM": "0.1.2.5"}
    first = fingerprint_of(versions, [data])
    assert fingerprint_of(dict(versions), [data]) == first
    assert fingerprint_of({**versions, "g2pM": "0.1.2.6"}, [data]) != first
    data.write_text("[[phrase]]\ntext = '还款'\n", encoding="utf-8")
    assert fingerprint_of(versions, [data]) != first


def test_the_engine_fingerprint_covers_its_modules_and_data():
    names = {path.name for path in reading_cache.ENGINE_FILES}
    assert {"pinyin_engine.py", "polyphone_model.py", "word_readings.py"} <= names
    assert "reading_overrides.toml" in names
    assert {"pypinyin", "g2pM", "jieba"} <= set(reading_cache.ENGINE_PACKAGES)
    assert len(engine_fingerprint()) == 64


def test_an_edited_engine_file_is_a_new_fingerprint(cache, tmp_path, monkeypatch):
    copy = tmp_path / "pinyin_engine.py"
    copy.write_bytes(Path(pinyin_engine.__file__).read_bytes())
    monkeypatch.setattr(reading_cache, "ENGINE_FILES", (copy,))
    before = engine_fingerprint()
    copy.write_bytes(copy.read_bytes() + b"\n# edited\n")
    assert engine_fingerprint() == before  # kept until helpers.reload()
    reload()
    assert engine_fingerprint() != before


WRITER = """
import sys
from helpers.language.reading_cache import store, stored
name = sys.argv[1]
for number in range(200):
    store("f" * 64, {f"{name}{number}": ("a1",), f"shared{number}": ("b2",)})
print(len(stored("f" * 64, [f"{name}{number}" for number in range(200)])))
"""


def test_two_processes_write_at_once(cache):
    env = {"READER_CACHE": str(cache), "PYTHONPATH": str(Path(__file__).parents[2])}
    writers = [
        subprocess.Popen(
            [sys.executable, "-W", "error", "-c", WRITER, name],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("one", "two")
    ]
    outputs = [writer.communicate(timeout=120) for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], outputs
    assert [out.strip() for out, _ in outputs] == ["200", "200"]
    everything = stored("f" * 64, [f"shared{number}" for number in range(200)])
    assert len(everything) == 200


def test_a_corrupt_file_warns_once_and_is_left_as_it_is(cache, engine_calls):
    cache.mkdir()
    junk = b"not a database, " * 100
    (cache / "readings.sqlite3").write_bytes(junk)
    with pytest.warns(RuntimeWarning, match="readings cache cannot be used") as caught:
        assert char_readings("中文", "pinyin") == ["zhōng", "wén"]
        assert char_readings("英文", "pinyin") == ["yīng", "wén"]
    assert len(caught) == 1
    assert str(cache) not in str(caught[0].message)  # no path in a notebook's output
    assert (cache / "readings.sqlite3").read_bytes() == junk


def test_another_programs_database_is_not_touched(cache):
    cache.mkdir()
    with sqlite3.connect(cache / "readings.sqlite3") as db:
        db.execute("CREATE TABLE mine (x)")
    with pytest.warns(RuntimeWarning, match="another program"):
        assert stored("a" * 64, ["中文"]) == {}
    with sqlite3.connect(cache / "readings.sqlite3") as db:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master")]
    assert names == ["mine"]


def test_an_unwritable_folder_falls_back_to_computing(cache, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("READER_CACHE", str(blocked / "cache"))
    reload()
    with pytest.warns(RuntimeWarning):
        assert char_readings("中文", "pinyin") == ["zhōng", "wén"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # warned once per process
        assert char_readings("英文", "pinyin") == ["yīng", "wén"]


def test_a_caller_changing_its_list_does_not_change_the_next_answer(cache):
    first = char_readings("中文", "pinyin")
    first[0] = None
    assert char_readings("中文", "pinyin") == ["zhōng", "wén"]


def test_readings_as_shown_are_kept_so_a_new_process_loads_nothing_else(cache, engine_calls):
    assert char_readings("頭髮很乾", "zhuyin", region="Taiwan") == [
        "ㄊㄡˊ",
        "ㄈㄚˇ",
        "ㄏㄣˇ",
        "ㄍㄢ",
    ]
    reload()
    with sqlite3.connect(reading_cache_file()) as db:
        kinds = {row[0] for row in db.execute("SELECT DISTINCT fingerprint FROM syllables")}
    assert kinds == {reading_cache.engine_fingerprint(), reading_cache.readings_fingerprint()}
    assert char_readings("頭髮很乾", "zhuyin", region="Taiwan") == [
        "ㄊㄡˊ",
        "ㄈㄚˇ",
        "ㄏㄣˇ",
        "ㄍㄢ",
    ]
    assert len(engine_calls) == 1
