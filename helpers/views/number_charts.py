"""Charts of the curated key figures and their cross-source checks; one document's numbers.

Every key figure comes from corpus/claims.toml through helpers.numbers.claims, each resting on a
quantity that helpers.numbers.extract found in a corpus text; each chart's source line names the
files and the sentence references of what it draws. plot_document_numbers, one document's
quantities by kind beside its key figures, is drawn in helpers.views.document_numbers, and
plot_cross_checks in helpers.views.check_chart; both are offered here too, so that every chart of
numbers is imported from this module.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from helpers.numbers.claims import Claim, claims
from helpers.views.chart_style import (
    BAR_COLOR,
    GRID_COLOR,
    SECOND_COLOR,
    SPAN_COLOR,
    finish,
    hbars,
    key_bar,
    key_line,
    key_marker,
    legend_above,
)
from helpers.views.check_chart import plot_cross_checks
from helpers.views.claim_style import cite_claims, claim_extent, claim_label, claim_number
from helpers.views.document_numbers import plot_document_numbers
from helpers.views.number_format import value_text

__all__ = [
    "plot_cross_checks",
    "plot_document_numbers",
    "plot_energy_ladder",
    "plot_power_budget",
    "plot_predictions",
    "plot_revenue",
    "plot_selloff",
]


def _gridded(figure: Figure, title: str, items: Sequence[Claim]) -> Figure:
    """A one-panel dot chart finished: x grid lines, open frame, title and a 3-line source."""
    axes = figure.axes[0]
    axes.grid(axis="x", color=GRID_COLOR)
    axes.spines[["top", "right"]].set_visible(False)
    finish(figure, title, 3)
    cite_claims(figure, items)
    return figure


def plot_power_budget() -> Figure:
    """The 004 power budget: the power of 110,000 and 330,000 GB300 chips, and the overheads.

    Data: claims 004_gb300_300mw, 004_power_300mw, 004_gb300_1gw, 004_power_1gw, 004_cooling and
    004_maintenance of corpus/claims.toml.

    Returns:
        A pyplot figure: cluster power in MW (bars labelled with kW per chip), and cooling and
        maintenance in percent of the chips' power (a range's low end dark, its high end light).

    Raises:
        CorpusError: a claim has no value to draw.
    """
    c = claims().claims
    figure, (power, shares) = plt.subplots(
        1, 2, figsize=(12, 4.2), gridspec_kw={"width_ratios": [3, 2]}
    )
    clusters = [
        (c["004_gb300_300mw"], c["004_power_300mw"]),
        (c["004_gb300_1gw"], c["004_power_1gw"]),
    ]
    hbars(
        power,
        [f"{chips.quantity.surface} GB300" for chips, _ in clusters],
        [claim_number(watts, "value") / 1e6 for _, watts in clusters],
        [
            f"{watts.quantity.surface} · "
            f"{claim_number(watts, 'value') / claim_number(chips, 'value') / 1e3:.1f} kW per chip"
            for chips, watts in clusters
        ],
    )
    power.set_xlabel("power at the generator, MW 發電端電力（兆瓦）")
    power.set_title("Cluster power 集群電力")
    power.margins(x=0.35)
    overheads = [c["004_cooling"], c["004_maintenance"]]
    for row, claim in enumerate(overheads):
        low, high = claim_extent(claim)
        shares.barh(row, high, color=SECOND_COLOR)
        shares.barh(row, low, color=BAR_COLOR)
        shares.text(high + 1, row, claim.quantity.surface, va="center", fontsize=9)
    shares.set_yticks(range(len(overheads)), [claim_label(claim) for claim in overheads])
    shares.invert_yaxis()
    shares.set_xlim(0, 55)
    shares.set_xlabel("added to the chips' power, % 額外電力（%）")
    shares.set_title("Overheads 額外負載")
    legend_above(
        shares,
        [
            (key_bar(BAR_COLOR), "a value, or a range's low end 數值或區間下限"),
            (key_bar(SECOND_COLOR), "up to its high end 至區間上限"),
        ],
    )
    shares.spines[["top", "right"]].set_visible(False)
    finish(figure, "xAI data-centre power budget 資料中心電力預算 (004)")
    cite_claims(figure, [*(item for pair in clusters for item in pair), *overheads])
    return figure


def plot_selloff() -> Figure:
    """The Nvidia sell-off amounts of 000 in US dollars on a log scale, the headline total last.

    Data: claims 000_softbank, 000_thiel_value, 000_burry and 000_selloff_total (000_thiel_shares
    labels Thiel's bar) of corpus/claims.toml.

    Returns:
        A pyplot figure with one bar per amount, in USD, the total in the second colour.

    Raises:
        CorpusError: a claim has no value in US dollars.
    """
    c = claims().claims
    items = [c["000_softbank"], c["000_thiel_value"], c["000_burry"], c["000_selloff_total"]]
    figure, axes = plt.subplots(figsize=(10, 4.2))
    labels = [claim_label(claim) for claim in items]
    labels[1] += f"\n({c['000_thiel_shares'].quantity.surface})"
    dollars = [claim_number(claim, "base_value") for claim in items]
    hbars(
        axes,
        labels,
        dollars,
        [
            f"{claim.quantity.surface} · {value_text('USD', amount)}"
            for claim, amount in zip(items, dollars, strict=True)
        ],
        [BAR_COLOR] * 3 + [SECOND_COLOR],
    )
    axes.set_xscale("log")
    axes.set_xlim(1e6, 1e11)
    axes.set_xlabel("US dollars, log scale 美元（對數刻度）")
    axes.set_title("Selling Nvidia in 2025 拋售輝達")
    legend_above(
        axes,
        [
            (key_bar(BAR_COLOR), "one seller 個別賣方"),
            (key_bar(SECOND_COLOR), "the total the heading gives 標題所稱總額"),
        ],
    )
    finish(figure, "Wall Street leaves Nvidia 華爾街撤離輝達 (000)")
    cite_claims(figure, [*items, c["000_thiel_shares"]])
    return figure


def plot_energy_ladder() -> Figure:
    """Every power figure of the energy_ladder group on one log axis, smallest at the bottom.

    Data: the energy_ladder group of corpus/claims.toml; a claim whose unit ends in /year (power
    added per year) is a square in the second colour, plain power a circle.

    Returns:
        A pyplot figure, x in watts from 30 MW to 1,000 TW, each point labelled with its surface
        and document.

    Raises:
        CorpusError: a claim has no value to draw.
    """
    items = sorted(
        claims().in_group("energy_ladder"), key=lambda claim: claim_number(claim, "value")
    )
    figure, axes = plt.subplots(figsize=(10, 6.2))
    for row, claim in enumerate(items):
        value, rate = claim_number(claim, "value"), claim.unit.endswith("/year")
        axes.plot(
            value,
            row,
            "s" if rate else "o",
            color=SECOND_COLOR if rate else BAR_COLOR,
            markersize=8,
        )
        left = value > 1e13  # the top rungs are labelled on their left to stay inside the figure
        axes.annotate(
            f"{claim.quantity.surface} ({claim.quantity.doc})",
            (value, row),
            xytext=(-8 if left else 8, -3),
            textcoords="offset points",
            fontsize=9,
            ha="right" if left else "left",
        )
    axes.set_yticks(range(len(items)), [claim_label(claim, " ") for claim in items], fontsize=8.5)
    axes.set_xscale("log")
    axes.set_xlim(3e7, 1e15)
    axes.set_xticks([10.0**power for power in range(8, 15)])
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: value_text("W", value)))
    axes.set_xlabel("watts, log scale 瓦（對數刻度）")
    legend_above(
        axes,
        [
            (key_marker("o", BAR_COLOR), "power 功率"),
            (key_marker("s", SECOND_COLOR), "power added per year 每年新增"),
        ],
    )
    return _gridded(figure, "Energy ladder: from 100 MW to 100 TW a year 能源階梯", items)


def plot_predictions() -> Figure:
    """Predictions on a calendar, earliest on top: dated ones filled, counted durations hollow.

    Data: the predictions group of corpus/claims.toml. A duration ("in three years") is counted
    from the claim's counted_from year, drawn as a grey line from that year.

    Returns:
        A pyplot figure, x in calendar years 2025–2033, each point labelled with its surface and
        sentence reference.

    Raises:
        CorpusError: a claim has no year.
    """
    items = sorted(
        claims().in_group("predictions"), key=lambda claim: (claim_number(claim, "year"), claim.id)
    )
    figure, axes = plt.subplots(figsize=(10, 5.2))
    for row, claim in enumerate(items):
        year = claim_number(claim, "year")
        face = BAR_COLOR if claim.counted_from is None else "white"
        axes.plot(year, row, "o", markersize=9, color=BAR_COLOR, markerfacecolor=face)
        if claim.counted_from is not None:
            axes.plot([claim.counted_from, year], [row, row], color=SPAN_COLOR, lw=1, zorder=0)
        axes.annotate(
            f"{claim.quantity.surface} · {claim.quantity.sentence}",
            (year, row),
            xytext=(9, -3),
            textcoords="offset points",
            fontsize=8.5,
        )
    axes.set_yticks(range(len(items)), [claim_label(claim, " ") for claim in items], fontsize=8.5)
    axes.invert_yaxis()
    axes.set_xlim(2024.5, 2033.5)
    axes.set_xticks(range(2025, 2034))
    axes.set_xlabel("year 年份")
    legend_above(
        axes,
        [
            (key_marker("o", BAR_COLOR), "a year the text gives 文中年份"),
            (key_marker("o", BAR_COLOR, "white"), "a duration the text gives 文中時長"),
            (key_line(SPAN_COLOR, 1), "counted from the interview's year 自訪談年份起算"),
        ],
    )
    return _gridded(figure, "Predictions timeline 預測時間表", items)


def plot_revenue() -> Figure:
    """xAI, OpenAI and Anthropic revenue as the write-ups 001 and 004 report it, side by side.

    Data: claims 001_xai_revenue … 004_anthropic_revenue of corpus/claims.toml.

    Returns:
        A pyplot figure: per company a bar for 001 and one for 004, in billions of US dollars,
        each labelled with its surface.

    Raises:
        CorpusError: a claim has no value in US dollars.
    """
    c = claims().claims
    figure, axes = plt.subplots(figsize=(10, 4.2))
    companies = ("xai", "openai", "anthropic")
    for offset, doc, color in ((-0.2, "001", BAR_COLOR), (0.2, "004", SECOND_COLOR)):
        items = [c[f"{doc}_{company}_revenue"] for company in companies]
        bars = axes.bar(
            [row + offset for row in range(len(items))],
            [claim_number(claim, "base_value") / 1e9 for claim in items],
            0.4,
            color=color,
        )
        axes.bar_label(
            bars, labels=[claim.quantity.surface for claim in items], padding=2, fontsize=9
        )
    axes.set_xticks(range(3), [c[f"001_{company}_revenue"].label for company in companies])
    axes.set_ylabel("revenue, US$ bn 營收（十億美元）")
    axes.set_ylim(0, 25)
    legend_above(
        axes,
        [
            (key_bar(BAR_COLOR), "write-up 001 記錄 001"),
            (key_bar(SECOND_COLOR), "write-up 004 記錄 004"),
        ],
    )
    axes.spines[["top", "right"]].set_visible(False)
    finish(figure, "AI company revenue as reported AI 公司營收")
    cite_claims(
        figure, [c[f"{doc}_{company}_revenue"] for doc in ("001", "004") for company in companies]
    )
    return figure
