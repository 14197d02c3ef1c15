"""Phrase corrections applied on top of OpenCC's output, read and validated from
corpus/conversion_overrides.toml: only what the phrase dictionary (helpers.language.phrases) cannot
say, corrections involving non-Han characters or a document's region beyond its script. None is
needed today; the file says so.

An override is keyed on the phrase as OpenCC outputs it for one target, with as much context as it
takes to match only the wrong uses (這隻佔, 大幅回撥, [[01-部落格/), not on the source text.
The source is written in three different ways (Simplified, Taiwan Traditional, a converter's
mainland Traditional), so a source key would need one spelling per source and still say nothing
about what OpenCC made of it; the output is one spelling per target, and it is what the reader sees.
A bare output key such as 釋出 would also hit correct uses, so keys are whole phrases, and an
optional region (mainland or Taiwan) limits a row to the documents from that region where a phrase
is right in the others. At one position the longest matching key wins, and replaced text is never
matched again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers.core.caching import data_cache, read_only
from helpers.core.datafiles import check_fields, read_toml, table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.core.types import REGIONS, TARGETS, Region, Target

OVERRIDES_FILE = CORPUS_DIR / "conversion_overrides.toml"
FIELDS = ("target", "source", "replacement", "reason")
"""The fields every row must give; 'region' is optional."""


@dataclass(frozen=True)
class Override:
    """One correction: in a target's OpenCC output, source becomes replacement.

    Attributes:
        row: its row number in the file, from 1.
        target: the target whose OpenCC output it corrects.
        source: the phrase as OpenCC outputs it.
        replacement: what the phrase becomes.
        reason: where it fires and why, in words.
        region: the source region it is limited to, or None for documents of any region.
    """

    row: int
    target: Target
    source: str
    replacement: str
    reason: str
    region: Region | None = None


def _override(where: str, row: Mapping[str, Any], number: int) -> Override:
    """One validated row of the overrides file."""
    check_fields(where, row, FIELDS, optional=("region",))
    if row["target"] not in TARGETS:
        raise CorpusError(
            f"{where}: unknown target '{row['target']}'; valid targets: {', '.join(TARGETS)}"
        )
    if "region" in row and row["region"] not in REGIONS:
        raise CorpusError(
            f"{where}: unknown region '{row['region']}'; valid regions: {', '.join(REGIONS)}"
        )
    if row["source"] == row["replacement"]:
        raise CorpusError(f"{where}: replacement is the same as source '{row['source']}'")
    return Override(
        number, row["target"], row["source"], row["replacement"], row["reason"], row.get("region")
    )


def load_overrides(path: Path = OVERRIDES_FILE) -> tuple[Override, ...]:
    """Every override of an overrides file, validated.

    Args:
        path: a file in the format of corpus/conversion_overrides.toml ([[override]] rows of
            target, source, replacement, reason and an optional region).

    Returns:
        The overrides in file order; none for a file without [[override]] rows.

    Raises:
        CorpusError: the file is missing or not TOML, or a row has a
            missing, empty or unknown field, an unknown target or region, a replacement equal to
            its source, or the target and source of an earlier row (file and row named).
    """
    loaded: list[Override] = []
    seen: dict[tuple[str, str], int] = {}
    if "override" not in read_toml(path):
        return ()
    for number, where, row in table_rows(path, "override"):
        override = _override(where, row, number)
        key = (override.target, override.source)
        if key in seen:
            raise CorpusError(
                f"{where}: duplicate of override {seen[key]} "
                f"({override.target} '{override.source}')"
            )
        seen[key] = number
        loaded.append(override)
    return tuple(loaded)


@data_cache
def overrides() -> tuple[Override, ...]:
    """The project's overrides, from corpus/conversion_overrides.toml (see load_overrides)."""
    return load_overrides()


@data_cache
def _rules(target: Target, region: Region) -> tuple[re.Pattern[str] | None, Mapping[str, Override]]:
    """One pattern matching every override for a target and source region, longest first (None
    if there is none), and each override by its source."""
    by_source = {
        override.source: override
        for override in overrides()
        if override.target == target and override.region in (None, region)
    }
    if not by_source:
        return None, read_only(by_source)
    keys = sorted(by_source, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys))), read_only(by_source)


def apply_overrides(text: str, target: Target, region: Region) -> tuple[str, list[Override]]:
    """OpenCC output with the project's overrides for its target and source region applied.

    Args:
        text: a text as OpenCC output it for the target.
        target: the target it was converted to.
        region: the source document's region; overrides limited to the other region are skipped.

    Returns:
        The corrected text, and the overrides that fired, once per replacement, in text order.
    """
    pattern, by_source = _rules(target, region)
    fired: list[Override] = []

    def replace(match: re.Match[str]) -> str:
        fired.append(by_source[match.group(0)])
        return fired[-1].replacement

    return (pattern.sub(replace, text) if pattern else text), fired
