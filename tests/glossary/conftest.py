"""Fixtures shared by the glossary tests."""

from collections.abc import Callable

import pytest

from helpers.glossary.entries import Entry, glossary_entries


@pytest.fixture(scope="session")
def entry() -> Callable[[str], Entry]:
    """Look up an entry of corpus/glossary.toml by its id: entry("chip")."""
    by_id = {item.id: item for item in glossary_entries()}
    return by_id.__getitem__
