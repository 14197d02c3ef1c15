"""Fixtures shared by the view and chart tests."""

import dataclasses
import io
import logging
import warnings
from collections.abc import Callable, Iterator

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure

from helpers.numbers.extract import Quantity, quantities
from helpers.views.fonts import use_cjk_font


@pytest.fixture(autouse=True)
def fresh_style() -> Iterator[None]:
    """Each test starts with the CJK font, leaves rcParams as it found them and closes its figures.

    Importing the chart modules sets the font once per process; setting it again here keeps each
    test independent of whatever another test folder did to rcParams in the same worker.
    tests/views/test_fonts.py checks the import itself, in a fresh interpreter.
    """
    with matplotlib.rc_context():
        use_cjk_font()
        yield
    plt.close("all")


@pytest.fixture
def font_problems(caplog: pytest.LogCaptureFixture) -> Callable[[Callable[[], Figure]], list[str]]:
    """A function that draws a chart to PNG and returns matplotlib's glyph and font warnings."""

    def problems(chart: Callable[[], Figure]) -> list[str]:
        with (
            warnings.catch_warnings(record=True) as caught,
            caplog.at_level(logging.DEBUG, logger="matplotlib"),
        ):
            warnings.simplefilter("always")
            # Glyphs are looked up while text is laid out, at any resolution: a small one is enough.
            chart().savefig(io.BytesIO(), format="png", dpi=20)
        messages = [str(warning.message) for warning in caught] + [
            record.getMessage() for record in caplog.records
        ]
        return [m for m in messages if "Glyph" in m or "findfont: Failed" in m or "not found" in m]

    return problems


@pytest.fixture
def made_up() -> Callable[..., Quantity]:
    """A function that makes a quantity with the fields given, the rest from 004's first one."""
    model = quantities("004")[0]
    return lambda **fields: dataclasses.replace(model, **fields)


@pytest.fixture(autouse=True)
def reader_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """A fresh, empty data folder for the reader's settings file in each test (READER_DATA_DIR),
    so no test reads or writes the settings of the user running the tests."""
    folder = tmp_path_factory.mktemp("reader-data")
    monkeypatch.setenv("READER_DATA_DIR", str(folder))
    return folder
