"""Charts of the curated key figures (corpus/claims.toml), their cross-source checks, and one document's numbers."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from helpers.core.paths import PROJECT_ROOT
from helpers.corpus.documents import document
from helpers.numbers.claims import Claim, claims
from helpers.numbers.cross_checks import cross_checks
from helpers.numbers.extract import KINDS, quantities
from helpers.views.charts import BAR_COLOR, _source
from helpers.views.fonts import use_cjk_font

SECOND_COLOR = "#dd8452"
FLAG_COLOR = "#c44e52"
AGREE_COLOR = "#55a868"
PREFIXES = ((1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1.0, ""))


def _si(value: float, unit: str) -> str:
    """A value with an SI prefix: 1.1e12 W → '1.1 TW'."""
    factor, prefix = next(((f, p) for f, p in PREFIXES if abs(value) >= f), PREFIXES[-1])
    return f"{value / factor:g} {prefix}{unit}"


def _usd(value: float) -> str:
    """US dollars in millions or billions: 'US$5.8 bn'."""
    return f"US${value / 1e9:g} bn" if value >= 1e9 else f"US${value / 1e6:g} m"


def _cited(figure: Figure, items: Sequence[Claim]) -> None:
    """The source line: the documents' files and the sentence refs of the claims drawn, wrapped to the figure."""
    files = sorted(
        {document(claim.quantity.doc).path.relative_to(PROJECT_ROOT).as_posix() for claim in items}
    )
    refs = ", ".join(dict.fromkeys(claim.quantity.sentence for claim in items))
    text = f"Source: {'; '.join(files)}; sentences {refs}; figures listed in corpus/claims.toml"
    _source(figure, "\n".join(textwrap.wrap(text, 170)))


def _figure(height: float) -> tuple[Figure, Axes]:
    """A one-panel figure with the CJK font, room left at the bottom for a source line."""
    use_cjk_font()
    return plt.subplots(figsize=(10, height))


def _finish(figure: Figure, title: str, lines: int = 2) -> None:
    """Suptitle and a layout that keeps the source lines clear of the axes."""
    figure.suptitle(title, fontsize=13)
    figure.tight_layout(rect=(0, 0.03 + 0.025 * lines, 1, 1), w_pad=3)


def _barh(
    axes: Axes,
    labels: Sequence[str],
    values: Sequence[float],
    texts: Sequence[str],
    colors: Sequence[str] | str = BAR_COLOR,
) -> None:
    """Horizontal bars, first on top, each labelled with its text."""
    bars = axes.barh(range(len(values)), values, color=colors)
    axes.set_yticks(range(len(values)), labels)
    axes.invert_yaxis()
    axes.bar_label(bars, labels=list(texts), padding=3, fontsize=9)
    axes.spines[["top", "right"]].set_visible(False)


def _legend(axes: Axes, markers: Sequence[tuple[str, str, str]], where: str) -> None:
    """A legend of marker, face colour and label triples (edges in the bar colour)."""
    axes.legend(
        handles=[
            Line2D(
                [],
                [],
                marker=marker,
                color=BAR_COLOR,
                markerfacecolor=face,
                linestyle="",
                label=label,
            )
            for marker, face, label in markers
        ],
        loc=where,
        frameon=False,
        fontsize=9,
    )


def _gridded(figure: Figure, title: str, items: Sequence[Claim]) -> Figure:
    """A one-panel dot chart finished: vertical grid lines, open frame, title and a three-line source."""
    axes = figure.axes[0]
    axes.grid(axis="x", color="#e4e4e4")
    axes.spines[["top", "right"]].set_visible(False)
    _finish(figure, title, 3)
    _cited(figure, items)
    return figure


def _label(claim: Claim) -> str:
    """A claim's English and Chinese label on two lines."""
    return f"{claim.label}\n{claim.label_zh}"


def plot_power_budget() -> Figure:
    """The 004 power budget: cluster power for 110,000 and 330,000 GB300, and the overheads in percent."""
    use_cjk_font()
    c = claims().claims
    figure, (power, shares) = plt.subplots(
        1, 2, figsize=(12, 4.2), gridspec_kw={"width_ratios": [3, 2]}
    )
    clusters = [
        (c["004_gb300_300mw"], c["004_power_300mw"]),
        (c["004_gb300_1gw"], c["004_power_1gw"]),
    ]
    _barh(
        power,
        [f"{chips.quantity.surface} GB300" for chips, _ in clusters],
        [watts.value / 1e6 for _, watts in clusters],
        [
            f"{watts.quantity.surface} · {watts.value / chips.value / 1e3:.1f} kW per chip"
            for chips, watts in clusters
        ],
    )
    power.set_xlabel("power at the generator, MW 發電端電力（兆瓦）")
    power.set_title("Cluster power 集群電力")
    power.margins(x=0.35)
    overheads = [c["004_cooling"], c["004_maintenance"]]
    for row, claim in enumerate(overheads):
        q = claim.quantity
        low, high = (q.low, q.high) if q.value is None else (q.value, q.value)
        shares.barh(row, high, color=SECOND_COLOR)
        shares.barh(row, low, color=BAR_COLOR)
        shares.text(high + 1, row, q.surface, va="center", fontsize=9)
    shares.set_yticks(range(len(overheads)), [_label(claim) for claim in overheads])
    shares.invert_yaxis()
    shares.set_xlim(0, 55)
    shares.set_xlabel("added to the chips' power, % 額外電力（%）")
    shares.set_title("Overheads 額外負載")
    shares.spines[["top", "right"]].set_visible(False)
    _finish(figure, "xAI data-centre power budget 資料中心電力預算 (004)")
    _cited(figure, [item for pair in clusters for item in pair] + overheads)
    return figure


def plot_selloff() -> Figure:
    """The Nvidia sell-off amounts of 000 in US dollars on a log scale, the headline total below them."""
    c = claims().claims
    items = [c["000_softbank"], c["000_thiel_value"], c["000_burry"], c["000_selloff_total"]]
    figure, axes = _figure(4.2)
    labels = [_label(claim) for claim in items]
    labels[1] += f"\n({c['000_thiel_shares'].quantity.surface})"
    _barh(
        axes,
        labels,
        [claim.base_value for claim in items],
        [f"{claim.quantity.surface} · {_usd(claim.base_value)}" for claim in items],
        [BAR_COLOR] * 3 + [SECOND_COLOR],
    )
    axes.set_xscale("log")
    axes.set_xlim(1e6, 1e11)
    axes.set_xlabel("US dollars, log scale 美元（對數刻度）")
    axes.set_title("Selling Nvidia in 2025 拋售輝達")
    _finish(figure, "Wall Street leaves Nvidia 華爾街撤離輝達 (000)")
    _cited(figure, items + [c["000_thiel_shares"]])
    return figure


def plot_energy_ladder() -> Figure:
    """Every power figure of the ladder on one log axis, rates per year marked apart from power."""
    items = sorted(claims().in_group("energy_ladder"), key=lambda claim: claim.value)
    figure, axes = _figure(6.2)
    for row, claim in enumerate(items):
        rate = claim.unit.endswith("/year")
        axes.plot(
            claim.value,
            row,
            "s" if rate else "o",
            color=SECOND_COLOR if rate else BAR_COLOR,
            markersize=8,
        )
        left = (
            claim.value > 1e13
        )  # the top rungs are labelled on their left to stay inside the figure
        axes.annotate(
            f"{claim.quantity.surface} ({claim.quantity.doc})",
            (claim.value, row),
            xytext=(-8 if left else 8, -3),
            textcoords="offset points",
            fontsize=9,
            ha="right" if left else "left",
        )
    axes.set_yticks(
        range(len(items)), [f"{claim.label} {claim.label_zh}" for claim in items], fontsize=8.5
    )
    axes.set_xscale("log")
    axes.set_xlim(3e7, 1e16)
    axes.set_xticks([10.0**power for power in range(8, 16)])
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: _si(value, "W")))
    axes.set_xlabel("watts, log scale 瓦（對數刻度）")
    _legend(
        axes,
        [("o", BAR_COLOR, "power 功率"), ("s", SECOND_COLOR, "per year 每年新增")],
        "lower right",
    )
    return _gridded(figure, "Energy ladder: from 100 MW to 100 TW a year 能源階梯", items)


def plot_predictions() -> Figure:
    """Predictions on a calendar: dated ones filled, durations counted from the interview year hollow."""
    items = sorted(claims().in_group("predictions"), key=lambda claim: (claim.year, claim.id))
    figure, axes = _figure(5.2)
    for row, claim in enumerate(items):
        dated = claim.counted_from is None
        axes.plot(
            claim.year,
            row,
            "o",
            markersize=9,
            color=BAR_COLOR,
            markerfacecolor=BAR_COLOR if dated else "white",
        )
        if not dated:
            axes.plot(
                [claim.counted_from, claim.year], [row, row], color="#aaaaaa", linewidth=1, zorder=0
            )
        axes.annotate(
            f"{claim.quantity.surface} · {claim.quantity.sentence}",
            (claim.year, row),
            xytext=(9, -3),
            textcoords="offset points",
            fontsize=8.5,
        )
    axes.set_yticks(
        range(len(items)), [f"{claim.label} {claim.label_zh}" for claim in items], fontsize=8.5
    )
    axes.invert_yaxis()
    axes.set_xlim(2024.5, 2033.5)
    axes.set_xticks(range(2025, 2034))
    axes.set_xlabel("year 年份")
    _legend(
        axes,
        [
            ("o", BAR_COLOR, "a year in the text 文中年份"),
            ("o", "white", "counted from the interview 自訪談起算"),
        ],
        "upper right",
    )
    return _gridded(figure, "Predictions timeline 預測時間表", items)


def plot_revenue() -> Figure:
    """xAI, OpenAI and Anthropic revenue as 001 and 004 report it, side by side."""
    c = claims().claims
    figure, axes = _figure(4.2)
    companies = ("xai", "openai", "anthropic")
    for offset, doc, color in ((-0.2, "001", BAR_COLOR), (0.2, "004", SECOND_COLOR)):
        items = [c[f"{doc}_{company}_revenue"] for company in companies]
        bars = axes.bar(
            [row + offset for row in range(3)],
            [claim.base_value / 1e9 for claim in items],
            0.4,
            color=color,
            label=f"write-up {doc} 記錄 {doc}",
        )
        axes.bar_label(
            bars, labels=[claim.quantity.surface for claim in items], padding=2, fontsize=9
        )
    axes.set_xticks(range(3), [c[f"001_{company}_revenue"].label for company in companies])
    axes.set_ylabel("revenue, US$ bn 營收（十億美元）")
    axes.set_ylim(0, 25)
    axes.legend(frameon=False, fontsize=9, loc="upper left")
    axes.spines[["top", "right"]].set_visible(False)
    _finish(figure, "AI company revenue as reported AI 公司營收")
    _cited(
        figure, [c[f"{doc}_{company}_revenue"] for doc in ("001", "004") for company in companies]
    )
    return figure


def plot_cross_checks() -> Figure:
    """Each check's left/right ratio on a log axis, its tolerance as a band, disagreements in red."""
    table = cross_checks()
    figure, axes = _figure(6.5)
    for row, check in enumerate(table.itertuples()):
        tolerance = claims().checks[check.check].tolerance
        axes.plot(
            [1 - tolerance, 1 + tolerance],
            [row, row],
            color="#cccccc",
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
            f"{check} ({left}–{right})"
            for check, left, right in zip(table["check"], table["left_doc"], table["right_doc"])
        ],
        fontsize=8.5,
    )
    axes.invert_yaxis()
    axes.axvline(1, color="#888888", linewidth=0.8)
    axes.set_xlim(0.8, 1.5)
    axes.set_xlabel(
        "left ÷ right, both in base units (W, s, USD, fraction) 左右比值（基本單位）; grey band: tolerance 容差"
    )
    axes.spines[["top", "right"]].set_visible(False)
    _finish(figure, "Cross-source checks 跨來源核對", 3)
    c = claims().claims
    _cited(
        figure,
        [
            c[claim]
            for pair in zip(
                table["check"].map(lambda key: claims().checks[key].left),
                table["check"].map(lambda key: claims().checks[key].right),
            )
            for claim in pair
        ],
    )
    return figure


def plot_document_numbers(doc_id: str) -> Figure:
    """A document's quantities counted by kind, beside its key figures from the claims file."""
    use_cjk_font()
    doc = document(doc_id)
    counts = Counter(q.kind for q in quantities(doc.id))
    kinds = [kind for kind in KINDS if counts[kind]]
    figure, (bars, listing) = plt.subplots(
        1, 2, figsize=(12, 4.5), gridspec_kw={"width_ratios": [2, 3]}
    )
    _barh(bars, kinds, [counts[kind] for kind in kinds], [str(counts[kind]) for kind in kinds])
    bars.set_xlabel("quantities found 數量")
    bars.set_title("Quantities by kind 各類數量")
    bars.margins(x=0.15)
    items = [claim for claim in claims().claims.values() if claim.quantity.doc == doc.id]
    lines = [
        f"{claim.quantity.surface}  {claim.label_zh} · {claim.quantity.sentence}"
        for claim in items[:14]
    ]
    if len(items) > 14:
        lines.append(f"… and {len(items) - 14} more in corpus/claims.toml")
    listing.text(
        0,
        1,
        "\n".join(lines) or "no key figures curated for this document 本文無關鍵數字",
        va="top",
        fontsize=9,
        linespacing=1.5,
        transform=listing.transAxes,
    )
    listing.set_title("Key figures 關鍵數字")
    listing.axis("off")
    _finish(figure, f"Numbers in document {doc.id} 第 {doc.id} 篇的數字", 1)
    _source(
        figure,
        f"Source: {doc.path.relative_to(PROJECT_ROOT).as_posix()}, quantities by helpers.numbers; "
        "key figures from corpus/claims.toml",
    )
    return figure
