"""Fixtures shared by the view and chart tests."""

import io
import logging
import warnings
from collections.abc import Callable, Iterator

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure


def png(figure: Figure) -> bytes:
    """The figure rendered to PNG."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def fresh_style() -> Iterator[None]:
    """Each test starts from the rcParams in force before it and closes its figures."""
    with matplotlib.rc_context():
        yield
    plt.close("all")


@pytest.fixture
def font_problems(caplog: pytest.LogCaptureFixture) -> Callable[[Callable[[], Figure]], list[str]]:
    """A function that draws a chart to PNG and returns matplotlib's warnings about missing glyphs or fonts."""

    def problems(chart: Callable[[], Figure]) -> list[str]:
        with (
            warnings.catch_warnings(record=True) as caught,
            caplog.at_level(logging.DEBUG, logger="matplotlib"),
        ):
            warnings.simplefilter("always")
            png(chart())
        messages = [str(warning.message) for warning in caught] + [
            record.getMessage() for record in caplog.records
        ]
        return [m for m in messages if "Glyph" in m or "findfont: Failed" in m or "not found" in m]

    return problems
