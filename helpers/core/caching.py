"""Caches of data read from the project's files, or derived from them, that helpers.reload() clears.

Every cached function hands out values that cannot be changed in place (tuples, frozen dataclasses,
read-only mappings); a function that returns a DataFrame caches privately and returns a copy.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
K = TypeVar("K")
V = TypeVar("V")

_clearers: list[Callable[[], None]] = []
_after_reload: list[Callable[[], None]] = []


def data_cache(function: Callable[P, R]) -> Callable[P, R]:
    """functools.cache for a function of data files, cleared by reload().

    Args:
        function: a function of hashable arguments that returns a value that cannot be changed in
            place (see the module docstring).

    Returns:
        The function, computing once per distinct argument until the next reload().
    """
    cached = functools.cache(function)
    _clearers.append(cached.cache_clear)
    return cached  # type: ignore[return-value]


def after_reload(hook: Callable[[], None]) -> Callable[[], None]:
    """Register a function for reload() to run after clearing the caches (it re-applies set-up)."""
    _after_reload.append(hook)
    return hook


def reload() -> None:
    """Forget everything read from data files, so the next call reads the edited files again.

    Use it in a running kernel after editing a file under corpus/ (metadata, glossary, overrides,
    claims …).
    """
    for clear in _clearers:
        clear()
    for hook in _after_reload:
        hook()


def read_only(mapping: Mapping[K, V]) -> Mapping[K, V]:
    """A read-only copy of a mapping (a MappingProxyType), for a cached function to hand out."""
    return MappingProxyType(dict(mapping))
