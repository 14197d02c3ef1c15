"""Phrase corrections applied on top of OpenCC's output, read and validated from corpus/conversion_overrides.toml.

An override is keyed on the phrase as OpenCC outputs it for one target, with as much context as it takes to
match only the wrong uses (這隻佔, 大幅回撥, [[01-部落格/), not on the source text. The source is written in
three different ways (Simplified, Taiwan Traditional, a converter's mainland Traditional), so a source key
would need one spelling per source and still say nothing about what OpenCC made of it; the output is one
spelling per target, and it is what the reader sees. A bare output key such as 釋出 would also hit correct
uses, so keys are whole phrases, and an optional region (mainland or Taiwan) limits a row to the documents
from that region where a phrase is right in the others. At one position the longest matching key wins, and
replaced text is never matched again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from helpers.core.datafiles import table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.core.types import REGIONS, TARGETS

OVERRIDES_FILE = CORPUS_DIR / "conversion_overrides.toml"
FIELDS = ("target", "source", "replacement", "reason")


@dataclass(frozen=True)
class Override:
    """One correction: in a target's OpenCC output, source becomes replacement (for one region or all)."""

    row: int
    target: str
    source: str
    replacement: str
    reason: str
    region: str | None = None


def _override(where: str, row: object, number: int) -> Override:
    """One validated row of the overrides file."""
    if not isinstance(row, dict):
        raise CorpusError(f"{where}: not a table")
    unknown = sorted(set(row) - set(FIELDS) - {"region"})
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {', '.join(unknown)}")
    for name in FIELDS:
        if not isinstance(row.get(name), str) or not row[name].strip():
            raise CorpusError(f"{where}: field '{name}' is missing or empty")
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
    """Every override in a file, each row validated and named in any error."""
    overrides, seen = [], {}
    for number, where, row in table_rows(path, "override"):
        override = _override(where, row, number)
        key = (override.target, override.source)
        if key in seen:
            raise CorpusError(
                f"{where}: duplicate of override {seen[key]} ({override.target} '{override.source}')"
            )
        seen[key] = number
        overrides.append(override)
    return tuple(overrides)


@cache
def overrides() -> tuple[Override, ...]:
    """The project's overrides (read once)."""
    return load_overrides()


@cache
def _rules(target: str, region: str) -> tuple[re.Pattern | None, dict[str, Override]]:
    """One pattern matching every override for a target and source region, longest first, and each by source."""
    by_source = {
        override.source: override
        for override in overrides()
        if override.target == target and override.region in (None, region)
    }
    if not by_source:
        return None, by_source
    return re.compile("|".join(map(re.escape, sorted(by_source, key=len, reverse=True)))), by_source


def apply_overrides(text: str, target: str, region: str) -> tuple[str, list[Override]]:
    """OpenCC output for a target with the overrides for its source region applied, and those that fired."""
    pattern, by_source = _rules(target, region)
    fired: list[Override] = []

    def replace(match: re.Match) -> str:
        fired.append(by_source[match.group(0)])
        return fired[-1].replacement

    return (pattern.sub(replace, text) if pattern else text), fired
