"""Fixtures shared by the tests of helpers.numbers (`cli` comes from tests/conftest.py)."""

from collections.abc import Callable

import pytest

from helpers.numbers.extract import find_quantities

# What a test compares of a quantity: (surface, value, low, high, unit, kind, approx).
Read = tuple[str, float | None, float | None, float | None, str, str, bool]


def _read(text: str) -> list[Read]:
    """The quantities of a text as comparable tuples, in text order."""
    return [
        (text[q.start : q.end], q.value, q.low, q.high, q.unit, q.kind, q.approx)
        for q in find_quantities(text)
    ]


@pytest.fixture
def read() -> Callable[[str], list[Read]]:
    """find_quantities as (surface, value, low, high, unit, kind, approx) tuples."""
    return _read
