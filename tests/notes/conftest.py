"""Fixtures shared by the notes tests."""

from pathlib import Path

import pytest


@pytest.fixture
def words_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty reader data folder of its own (READER_HOME), so the store is created fresh there;
    returns the folder."""
    monkeypatch.setenv("READER_HOME", str(tmp_path))
    return tmp_path
