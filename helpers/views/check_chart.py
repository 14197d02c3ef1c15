"""The cross-source checks of corpus/claims.toml as a chart: one figure in two places, compared.

Checks come from corpus/claims.toml through helpers.numbers.claims, computed by
helpers.numbers.cross_checks; helpers.views.number_charts offers this chart with the others.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from helpers.numbers.claims import claims
from helpers.numbers.cross_checks import cross_checks
from helpers.views.chart_style import (
    AGREE_COLOR,
    BAND_COLOR,
    FLAG_COLOR,
    finish,
    key_line,
    key_marker,
    legend_above,
)
from helpers.views.claim_style import cite_claims


def plot_cross_checks() -> Figure:
    """Each cross-source check's left/right ratio, its tolerance as a grey band, disagreements red.

    Data: cross_checks() over the checks of corpus/claims.toml, in file order, top to bottom; each
    row named by its check's label and label_zh and the two documents compared.

    Returns:
        A pyplot figure, x the ratio of the two claims in base units (0.8–1.5); each check that does
        not agree is annotated with its two surfaces and the ratio.
    """
    table = cross_checks()
    checks = claims().checks
    figure, axes = plt.subplots(figsize=(11, 7))
    for row, check in enumerate(table.itertuples()):
        tolerance = checks[check.check].tolerance
        axes.plot(
            [1 - tolerance, 1 + tolerance],
            [row, row],
            color=BAND_COLOR,
            linewidth=6,
            solid_capstyle="butt",
        )
        axes.plot(
            check.ratio, row, "o", color=AGREE_COLOR if check.agree else FLAG_COLOR, markersize=7
        )
        if not check.agree:
            axes.annotate(
                f"{check.left_surface} / {check.right_surface} = {check.ratio:g}",
                (check.ratio, row),
                xytext=(8, -3),
                textcoords="offset points",
                fontsize=9,
                color=FLAG_COLOR,
            )
    axes.set_yticks(
        range(len(table)),
        [
            f"{checks[key].label} {checks[key].label_zh} ({left}–{right})"
            for key, left, right in zip(
                table["check"], table["left_doc"], table["right_doc"], strict=True
            )
        ],
        fontsize=8.5,
    )
    axes.invert_yaxis()
    axes.axvline(1, color="#888888", linewidth=0.8)
    axes.set_xlim(0.8, 1.5)
    axes.set_xlabel("left ÷ right, both in base units (W, s, USD, fraction) 左右比值（基本單位）")
    legend_above(
        axes,
        [
            (key_marker("o", AGREE_COLOR), "agree 一致"),
            (key_marker("o", FLAG_COLOR), "do not agree 不一致"),
            (key_line(BAND_COLOR, 6), "tolerance 容差"),
        ],
    )
    axes.spines[["top", "right"]].set_visible(False)
    finish(figure, "Cross-source checks 跨來源核對", 3)
    c = claims().claims
    cite_claims(
        figure,
        [c[side] for key in table["check"] for side in (checks[key].left, checks[key].right)],
    )
    return figure
