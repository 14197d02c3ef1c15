"""Fixtures shared by the view and chart tests."""

import dataclasses
import io
import logging
import re
import warnings
from collections.abc import Callable, Iterator

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

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


HIDDEN = re.compile(
    r"<style>.*?</style>|<rt[^>]*>.*?</rt>|<rp>.*?</rp>"
    r'|<span class="mr-note" role="note">.*?<span class="mr-sep">\)</span></span>',
    re.DOTALL,
)
TAG = re.compile(r"<[^>]+>")


@pytest.fixture
def shown_text() -> Callable[[str], str]:
    """A function that gives the text of some HTML as it reads with ruby shown as ruby: tags,
    the style block, readings (<rt>, <rp>) and the notes that open on focus left out; entities
    left as written."""
    return lambda html: TAG.sub("", HIDDEN.sub("", html))


def overlaps(figure: Figure) -> list[str]:
    """What the figure's legends cover, drawn: each text, bar or data line their box meets.

    Every legend's box (window extent, in pixels of the drawn figure) is compared with the box of
    every visible, non-empty text outside the legends that lies in the figure (titles, tick
    labels, axis labels, bar labels, annotations, the source line), every bar (axes patches) and
    every data line or marker (axes lines). A legend reaching past the figure's edge is reported
    too.
    """
    canvas = figure.canvas
    renderer = (
        canvas if isinstance(canvas, FigureCanvasAgg) else FigureCanvasAgg(figure)
    ).get_renderer()
    figure.draw(renderer)
    legends = [axes.get_legend() for axes in figure.axes if axes.get_legend()] + figure.legends
    own = {id(artist) for legend in legends for artist in legend.findobj()}
    page = figure.bbox
    others = [
        (f"text {text.get_text()!r}", text.get_window_extent(renderer))
        for text in figure.findobj(Text)
        if id(text) not in own and text.get_visible() and text.get_text().strip()
    ]
    others = [(name, box) for name, box in others if page.contains(box.x0, box.y0)]
    for axes in figure.axes:
        others += [
            (f"bar {bar.get_bbox()}", bar.get_window_extent(renderer)) for bar in axes.patches
        ]
        others += [
            (f"line {line.get_label()}", line.get_window_extent(renderer)) for line in axes.lines
        ]
    problems = []
    for legend in legends:
        box = legend.get_window_extent(renderer)
        if not (
            page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1
        ):
            problems.append(f"legend reaches past the figure: {box} outside {page}")
        problems += [f"legend covers {name}" for name, other in others if box.overlaps(other)]
    return problems


@pytest.fixture
def legend_overlaps() -> Callable[[Figure], list[str]]:
    """A function that draws a figure and lists what its legends cover (see overlaps)."""
    return overlaps


@pytest.fixture(autouse=True)
def reader_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """A fresh, empty data folder for the reader's settings file in each test (READER_HOME),
    so no test reads or writes the settings of the user running the tests."""
    folder = tmp_path_factory.mktemp("reader-data")
    monkeypatch.setenv("READER_HOME", str(folder))
    return folder
