"""Key figures of the documents (corpus/claims.toml), each traced to an extracted quantity.

The file has three arrays of tables: [[group]] (a set of claims drawn as one chart), [[claim]] (a
named figure pointing at a quantity that helpers.numbers.extract finds, by sentence reference
and/or occurrence of its surface) and [[check]] (two claims of the same figure and the relative
difference still counted as agreement). Every row is validated on load.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.core.caching import data_cache, read_only
from helpers.core.datafiles import table_rows
from helpers.core.errors import CorpusError, check_choice
from helpers.core.paths import CORPUS_DIR
from helpers.corpus.documents import document
from helpers.numbers.extract import Quantity, quantities
from helpers.numbers.units import UNITS, YEAR_SECONDS

CLAIMS_FILE = CORPUS_DIR / "claims.toml"
TIMELINE = "predictions"
GROUP_FIELDS = ("id", "title", "title_zh")
CLAIM_FIELDS = ("id", "group", "doc", "surface", "label", "label_zh")
CLAIM_OPTIONAL = ("sentence", "occurrence", "implied_unit", "counted_from", "note")
CHECK_FIELDS = ("id", "label", "label_zh", "left", "right", "tolerance", "note")


def unit_base(unit: str) -> float | None:
    """The factor from a unit name into SI units or USD.

    Args:
        unit: a unit name (W, USD, year …; see helpers.numbers.units).

    Returns:
        What one of the unit is in SI units or USD (year → 31,557,600 s), None for a unit
        without one (CNY, date, degree, rates).
    """
    return next(
        (item.base for item in UNITS.values() if item.name == unit and item.factor == 1.0), None
    )


@dataclass(frozen=True)
class Group:
    """A set of claims drawn as one chart."""

    id: str
    title: str
    title_zh: str


@dataclass(frozen=True)
class Claim:
    """A named figure of a document and the extracted quantity it rests on.

    Attributes:
        id, group: its id and the id of its group.
        label, label_zh: what it is, in English and in Chinese.
        quantity: the extracted quantity (offsets into the raw and normalised text of its doc).
        unit: the quantity's unit, or the unit a bare number implies (implied_unit).
        counted_from: for a duration in the predictions timeline, the year it counts from.
        note: what a reader should know about it.
    """

    id: str
    group: str
    label: str
    label_zh: str
    quantity: Quantity
    unit: str
    counted_from: int | None = None
    note: str = ""

    @property
    def value(self) -> float | None:
        """The value in its unit; the midpoint of a range."""
        q = self.quantity
        if q.value is not None:
            return q.value
        return None if q.low is None or q.high is None else (q.low + q.high) / 2

    @property
    def base_value(self) -> float | None:
        """The value in SI units or USD (a range's midpoint), None where the unit has no base."""
        if self.quantity.base_value is not None and self.unit == self.quantity.unit:
            return self.quantity.base_value
        base = unit_base(self.unit)
        return None if self.value is None or base is None else self.value * base

    @property
    def year(self) -> float | None:
        """When a prediction falls: a date's year, or a duration added to its counted_from year."""
        q = self.quantity
        if q.kind == "date":
            return q.value
        if q.kind == "duration" and self.counted_from is not None and q.base_value is not None:
            return self.counted_from + q.base_value / YEAR_SECONDS
        return None


@dataclass(frozen=True)
class Check:
    """Two claims of the same figure and the relative difference still counted as agreement.

    Attributes:
        id: its id.
        left, right: the ids of the two claims (same unit, each with a base value).
        tolerance: the largest |left / right − 1| counted as agreement (0.05 is 5 %).
        note: what the comparison shows.
        label, label_zh: what is compared, in English and in Chinese (a chart's row label).
    """

    id: str
    left: str
    right: str
    tolerance: float
    note: str
    label: str = ""
    label_zh: str = ""


@dataclass(frozen=True)
class Claims:
    """The validated claims file: groups, claims and checks by id, in file order (read-only)."""

    groups: Mapping[str, Group]
    claims: Mapping[str, Claim]
    checks: Mapping[str, Check]

    def in_group(self, group: str) -> list[Claim]:
        """A group's claims in file order.

        Raises:
            CorpusError: group is not a group id of the file.
        """
        check_choice(self.groups, group, "group")
        return [claim for claim in self.claims.values() if claim.group == group]


def _fields(
    where: str, row: object, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    """A row checked for unknown and missing fields; required text fields must not be empty."""
    if not isinstance(row, dict):
        raise CorpusError(f"{where}: not a table")
    unknown = sorted(set(row) - set(required) - set(optional))
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {', '.join(unknown)}")
    for name in required:
        if name not in row or (isinstance(row[name], str) and not row[name].strip()):
            raise CorpusError(f"{where}: field '{name}' is missing or empty")
    return row


def _pointed(where: str, row: dict[str, Any]) -> Quantity:
    """The extracted quantity a claim points at, by sentence and/or occurrence of its surface."""
    doc, surface, sentence = row["doc"], row["surface"], row.get("sentence")
    occurrence = row.get("occurrence")
    if sentence is None and occurrence is None:
        raise CorpusError(
            f"{where}: give 'sentence' or 'occurrence' to say which '{surface}' is meant"
        )
    if sentence is not None and not str(sentence).startswith(f"{doc}:"):
        raise CorpusError(f"{where}: sentence '{sentence}' is not a sentence of document {doc}")
    if occurrence is not None and (not isinstance(occurrence, int) or occurrence < 0):
        raise CorpusError(f"{where}: occurrence must be a whole number from 0")
    found = [q for q in quantities(doc) if q.surface == surface and sentence in (None, q.sentence)]
    place = f" in sentence {sentence}" if sentence else ""
    if occurrence is None and len(found) > 1:
        raise CorpusError(
            f"{where}: '{surface}' is extracted {len(found)} times{place}; give 'occurrence'"
        )
    if len(found) <= (occurrence or 0):
        raise CorpusError(
            f"{where}: no extracted quantity '{surface}'{place} in document {doc}"
            + (f" (occurrence {occurrence}, {len(found)} found)" if occurrence else "")
        )
    return found[occurrence or 0]


def _claim(where: str, row: object, groups: Mapping[str, Group]) -> Claim:
    """One validated claim row."""
    row = _fields(where, row, CLAIM_FIELDS, CLAIM_OPTIONAL)
    if row["group"] not in groups:
        raise CorpusError(f"{where}: unknown group '{row['group']}'; groups: {', '.join(groups)}")
    try:
        document(row["doc"])
    except CorpusError as error:
        raise CorpusError(f"{where}: {error}") from None
    quantity = _pointed(where, row)
    unit = row.get("implied_unit", quantity.unit)
    if "implied_unit" in row and (quantity.unit != "number" or unit_base(unit) is None):
        raise CorpusError(f"{where}: implied_unit '{unit}' needs a bare number and a known unit")
    counted_from = row.get("counted_from")
    if counted_from is not None and (
        quantity.kind != "duration" or not isinstance(counted_from, int)
    ):
        raise CorpusError(f"{where}: counted_from must be a year and the quantity a duration")
    claim = Claim(
        row["id"],
        row["group"],
        row["label"],
        row["label_zh"],
        quantity,
        unit,
        counted_from,
        row.get("note", ""),
    )
    if claim.group == TIMELINE and claim.year is None:
        raise CorpusError(f"{where}: a prediction needs a date, or a duration with counted_from")
    return claim


def _check(where: str, row: object, claims: Mapping[str, Claim]) -> Check:
    """One validated check row: known claims in one unit, a tolerance from 0."""
    row = _fields(where, row, CHECK_FIELDS)
    for side in ("left", "right"):
        if row[side] not in claims:
            raise CorpusError(f"{where}: unknown claim '{row[side]}' in '{side}'")
        if not claims[row[side]].base_value:
            raise CorpusError(
                f"{where}: claim '{row[side]}' has no non-zero value in base units to compare"
            )
    left, right = claims[row["left"]], claims[row["right"]]
    if left.unit != right.unit:
        raise CorpusError(f"{where}: claims in different units ({left.unit}, {right.unit})")
    if not isinstance(row["tolerance"], (int, float)) or row["tolerance"] < 0:
        raise CorpusError(f"{where}: tolerance must be a number from 0")
    return Check(
        row["id"],
        row["left"],
        row["right"],
        float(row["tolerance"]),
        row["note"],
        row["label"],
        row["label_zh"],
    )


def _unique(where: str, seen: Mapping[str, object], key: str) -> str:
    """An id not used before in its table."""
    if key in seen:
        raise CorpusError(f"{where}: duplicate id '{key}'")
    return key


def load_claims(path: Path = CLAIMS_FILE) -> Claims:
    """Groups, claims and checks of a claims file, every row validated.

    Args:
        path: the file (corpus/claims.toml, or a copy to try an edit on).

    Returns:
        The claims, each resting on a quantity of helpers.numbers.extract.quantities.

    Raises:
        CorpusError: naming the file, table and row ("claim #3 (id x)"): unreadable TOML, a
            missing, empty or unknown field, an unknown group, document or claim, a pointer that
            matches no extracted quantity or more than one, a duplicate id, a check across units
            or with a negative tolerance, a prediction without a year.
    """
    groups: dict[str, Group] = {}
    for _, where, row in table_rows(path, "group"):
        row = _fields(where, row, GROUP_FIELDS)
        groups[_unique(where, groups, row["id"])] = Group(row["id"], row["title"], row["title_zh"])
    claims: dict[str, Claim] = {}
    for _, where, row in table_rows(path, "claim"):
        claim = _claim(where, row, groups)
        claims[_unique(where, claims, claim.id)] = claim
    checks: dict[str, Check] = {}
    for _, where, row in table_rows(path, "check"):
        check = _check(where, row, claims)
        checks[_unique(where, checks, check.id)] = check
    return Claims(read_only(groups), read_only(claims), read_only(checks))


@data_cache
def claims() -> Claims:
    """The project's claims from corpus/claims.toml, loaded once until helpers.reload().

    Raises:
        CorpusError: see load_claims.
    """
    return load_claims()


def claims_table(group: str | None = None) -> pd.DataFrame:
    """The project's claims as a table.

    Args:
        group: only this group's claims (a group id of corpus/claims.toml), else all.

    Returns:
        One row a claim in file order: id, group, doc, label, label_zh, surface (as written in
        the raw text), value (in unit; a range's midpoint), unit and ref (the sentence).

    Raises:
        CorpusError: group is not a group id of corpus/claims.toml (or see load_claims).
    """
    if group is not None:
        check_choice(claims().groups, group, "group")
    rows = [
        {
            "id": claim.id,
            "group": claim.group,
            "doc": claim.quantity.doc,
            "label": claim.label,
            "label_zh": claim.label_zh,
            "surface": claim.quantity.surface,
            "value": claim.value,
            "unit": claim.unit,
            "ref": claim.quantity.sentence,
        }
        for claim in claims().claims.values()
        if group in (None, claim.group)
    ]
    return pd.DataFrame(rows)
