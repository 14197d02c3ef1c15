"""Fixtures for the notes tests: a fresh reader data folder for each test."""

from pathlib import Path

import pytest


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty reader data folder that READER_HOME names, for this test only."""
    folder = tmp_path / "reader"
    monkeypatch.setenv("READER_HOME", str(folder))
    return folder
