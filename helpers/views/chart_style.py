"""What every chart shares: colours, bars, legends, number formats, a title and a source line.

Importing this module imports helpers.views.fonts, which makes the CJK font matplotlib's default, so
every chart module that takes its style from here draws Chinese text with that font.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

import helpers.views.fonts  # noqa: F401  (sets the CJK font once, on import)

BAR_COLOR = "#4c72b0"
"""The main colour: bars, markers and their edges."""
SECOND_COLOR = "#dd8452"
"""A second series, or the one item set apart (a total, a rate per year)."""
FLAG_COLOR = "#c44e52"
"""Something flagged: a cross-source check that does not agree."""
AGREE_COLOR = "#55a868"
"""A cross-source check that agrees."""
GRID_COLOR = "#e4e4e4"
"""Grid lines."""
SOURCE_COLOR = "#555555"
"""The source line under a chart."""
PREFIXES = ((1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1.0, ""))
"""SI prefixes from the largest, with their factors."""

Corner = Literal["upper right", "upper left", "lower left", "lower right"]
"""Where in a panel a legend goes."""


def hbars(
    axes: Axes,
    labels: Sequence[str],
    values: Sequence[float],
    texts: Sequence[str],
    colors: Sequence[str] | str = BAR_COLOR,
) -> None:
    """Horizontal bars, the first on top, each labelled at its end; no top or right frame.

    Axes that share their y axis with bars drawn before are inverted only once.

    Args:
        axes: the panel to draw in.
        labels: one tick label per bar, top to bottom.
        values: the bar lengths, in the units of the x axis.
        texts: the label written after each bar's end.
        colors: one colour for every bar, or one per bar.

    Raises:
        ValueError: labels, values and texts differ in length.
    """
    if not len(labels) == len(values) == len(texts):
        raise ValueError(
            f"{len(labels)} labels, {len(values)} values and {len(texts)} texts: "
            "give one of each per bar"
        )
    bars = axes.barh(range(len(values)), values, color=colors)
    axes.set_yticks(range(len(values)), labels)
    if not axes.yaxis_inverted():
        axes.invert_yaxis()
    axes.bar_label(bars, labels=list(texts), padding=3, fontsize=9)
    axes.spines[["top", "right"]].set_visible(False)


def source_line(figure: Figure, text: str) -> None:
    """Write a chart's source in small grey type at the bottom left of the figure.

    Args:
        figure: the chart.
        text: the source, already wrapped into lines with newlines if long.
    """
    figure.text(0.01, 0.01, text, fontsize=8, color=SOURCE_COLOR, ha="left", va="bottom")


def finish(figure: Figure, title: str, source_lines: int = 2) -> None:
    """Give a figure its title and a tight layout that leaves room for its source line below.

    Args:
        figure: the chart.
        title: the bilingual title, drawn above every panel.
        source_lines: how many lines of source text the layout keeps clear at the bottom.
    """
    figure.suptitle(title, fontsize=13)
    figure.tight_layout(rect=(0, 0.03 + 0.025 * source_lines, 1, 1), w_pad=3)


def marker_legend(axes: Axes, markers: Sequence[tuple[str, str, str]], where: Corner) -> None:
    """A frameless legend of markers whose edges are drawn in the bar colour.

    Args:
        axes: the panel the legend belongs to.
        markers: (matplotlib marker, face colour, label) for each entry.
        where: the corner of the panel the legend goes in.
    """
    handles = [
        Line2D([], [], marker=marker, color=BAR_COLOR, markerfacecolor=face, linestyle="")
        for marker, face, _ in markers
    ]
    labels = [label for _, _, label in markers]
    axes.legend(handles, labels, loc=where, frameon=False, fontsize=9)


def si(value: float, unit: str) -> str:
    """A value written with an SI prefix, for axis ticks.

    Args:
        value: the value in the unit (1.1e12).
        unit: the unit's symbol ("W").

    Returns:
        The value with the largest prefix from k to P that keeps it at least 1: "1.1 TW".
    """
    factor, prefix = next(((f, p) for f, p in PREFIXES if abs(value) >= f), PREFIXES[-1])
    return f"{value / factor:g} {prefix}{unit}"


def usd(value: float) -> str:
    """An amount of US dollars in millions, or in billions from one billion: "US$5.8 bn".

    Args:
        value: the amount in US dollars.

    Returns:
        "US$92 m", "US$5.8 bn" (at most six significant digits).
    """
    return f"US${value / 1e9:g} bn" if value >= 1e9 else f"US${value / 1e6:g} m"
