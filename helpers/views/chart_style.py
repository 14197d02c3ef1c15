"""What every chart shares: colours, bars, legends, a title and a source line.

Importing this module imports helpers.views.fonts, which makes the CJK font matplotlib's default, so
every chart module that takes its style from here draws Chinese text with that font.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

import helpers.views.fonts  # noqa: F401  (sets the CJK font once, on import)

BAR_COLOR = "#4c72b0"
"""The main colour: bars, markers and their edges."""
SECOND_COLOR = "#dd8452"
"""A second series, or the one item set apart (a total, a rate per year)."""
FLAG_COLOR = "#c44e52"
"""Something flagged: a cross-source check that does not agree."""
AGREE_COLOR = "#55a868"
"""A cross-source check that agrees."""
BAND_COLOR = "#cccccc"
"""A band of accepted values: a cross-source check's tolerance."""
SPAN_COLOR = "#aaaaaa"
"""A thin line of time counted: a prediction's duration from the year it counts from."""
GRID_COLOR = "#e4e4e4"
"""Grid lines."""
SOURCE_COLOR = "#555555"
"""The source line under a chart."""


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


def key_marker(marker: str, color: str, face: str | None = None) -> Line2D:
    """A legend key for points: a matplotlib marker in a colour, its face in another if given."""
    return Line2D([], [], marker=marker, color=color, markerfacecolor=face or color, linestyle="")


def key_bar(color: str) -> Patch:
    """A legend key for bars of a colour."""
    return Patch(color=color)


def key_line(color: str, width: float) -> Line2D:
    """A legend key for a line or band of a colour and width (in points)."""
    return Line2D([], [], color=color, linewidth=width, solid_capstyle="butt")


def legend_above(axes: Axes, keys: Sequence[tuple[Artist, str]], columns: int = 0) -> None:
    """A frameless legend just above a panel, outside its data, flush with the panel's right edge
    (a wide one reaches left over the tick labels); the panel's title moves above it.

    Args:
        axes: the panel the legend explains.
        keys: (legend key, label) for each entry, left to right.
        columns: entries per row; 0 puts them all in one row.
    """
    axes.legend(
        [key for key, _ in keys],
        [label for _, label in keys],
        loc="lower right",
        bbox_to_anchor=(1, 1.01),
        ncols=columns or len(keys),
        frameon=False,
        fontsize=9,
        borderaxespad=0,
        handletextpad=0.4,
        columnspacing=1.2,
    )
    if axes.get_title():
        rows = -(-len(keys) // (columns or len(keys)))
        axes.set_title(axes.get_title(), pad=8 + 20 * rows)
