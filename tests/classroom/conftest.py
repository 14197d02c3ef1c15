"""Fixtures for the classroom tests: a fresh reader data folder; the registry's generators
replaced by tests/classroom/fake_generator.py (hand-written exercises), for the test modules that
ask for it (pytestmark = pytest.mark.usefixtures("fake_exercises"))."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.classroom import registry
from tests.classroom import fake_generator


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty reader data folder that READER_HOME names, for this test only."""
    folder = tmp_path / "reader"
    monkeypatch.setenv("READER_HOME", str(folder))
    return folder


@pytest.fixture
def fake_exercises(home: Path) -> Iterator[None]:
    """Every document's exercises are the four of fake_generator, answered into a fresh store."""
    original = registry._modules
    fake_generator.install()
    yield
    fake_generator.uninstall(original)
