"""Reloadable caches: computed once, forgotten by reload(), and read-only mappings."""

import pytest

from helpers.core import caching
from helpers.core.caching import after_reload, data_cache, read_only, reload


def test_a_data_cache_computes_once_until_reload():
    calls = []

    @data_cache
    def square(number: int) -> int:
        calls.append(number)
        return number * number

    assert [square(3), square(3), square(4)] == [9, 9, 16]
    assert calls == [3, 4]
    reload()
    assert square(3) == 9 and calls == [3, 4, 3]


def test_hooks_run_after_the_caches_are_cleared(monkeypatch):
    monkeypatch.setattr(caching, "_after_reload", [])
    seen = []

    @data_cache
    def value() -> int:
        return len(seen)

    assert value() == 0
    after_reload(lambda: seen.append(value()))
    reload()
    assert seen == [0]  # the hook saw the cache already cleared: value() was computed again


def test_read_only_mappings_cannot_be_changed_and_do_not_follow_their_source():
    source = {"芯片": 1}
    frozen = read_only(source)
    with pytest.raises(TypeError):
        frozen["晶片"] = 2  # type: ignore[index]
    source["晶片"] = 2
    assert dict(frozen) == {"芯片": 1}
