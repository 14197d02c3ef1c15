"""nbgrader's cell metadata, schema version 3: the checks `nbgrader generate_assignment` makes, so a
notebook this project releases is also one nbgrader accepts.

The metadata sits in a cell's metadata under "nbgrader" (nbgrader's nbgraderformat/v3.json and
v3.py; https://nbgrader.readthedocs.io, "JSON Metadata Format"):

    schema_version  3 (required)
    grade, solution, locked   booleans (required); task, optional boolean
    grade_id        required when grade, solution or locked is true; letters, digits, _ and - only
                    (no dots: exercise id '000.script.p3.s0' has grade_id '000_script_p3_s0');
                    unique within the notebook
    points          a number >= 0, required when grade is true
    checksum, cell_type   written by nbgrader into its own student copies

A markdown cell is graded by hand, so it must be both grade and solution, or neither (task cells
excepted).
"""

from __future__ import annotations

import re
from typing import Any

from helpers.core.errors import CorpusError

SCHEMA_VERSION = 3
FLAGS = ("grade", "solution", "locked")
KEYS = {"schema_version", *FLAGS, "task", "grade_id", "points", "checksum", "cell_type"}
GRADE_ID = re.compile(r"[A-Za-z0-9_\-]+")


def _problem(meta: Any, cell_type: str) -> str | None:
    if not isinstance(meta, dict):
        return "nbgrader metadata is not an object"
    extra = sorted(set(meta) - KEYS)
    if extra:
        return f"nbgrader metadata has unknown keys {extra}"
    if meta.get("schema_version") != SCHEMA_VERSION:
        return f"nbgrader schema_version must be {SCHEMA_VERSION}"
    if not all(isinstance(meta.get(flag), bool) for flag in FLAGS):
        return f"nbgrader metadata needs {', '.join(FLAGS)} as true or false"
    if any(meta[flag] for flag in FLAGS) and not GRADE_ID.fullmatch(str(meta.get("grade_id", ""))):
        return "nbgrader grade_id must be letters, digits, _ or - (no dots, not empty)"
    points = meta.get("points")
    usable = isinstance(points, int | float) and not isinstance(points, bool) and points >= 0
    if meta["grade"] and not usable:
        return "an nbgrader grade cell needs points, a number 0 or more"
    if cell_type == "markdown" and not meta.get("task") and meta["grade"] != meta["solution"]:
        return "an nbgrader markdown cell must be both grade and solution, or neither"
    return None


def check_nbgrader(nb: Any, name: str) -> None:
    """Refuse a notebook whose nbgrader cell metadata nbgrader itself would refuse.

    Args:
        nb: a notebook read with nbformat (version 4).
        name: its file name, for the message.

    Raises:
        CorpusError: the first problem found, naming the notebook, the cell (index and id) and
            the rule broken: keys, schema version, flags, grade_id, points, a duplicate grade_id.
    """
    seen: dict[str, int] = {}
    for index, cell in enumerate(nb.cells):
        if "nbgrader" not in cell.get("metadata", {}):
            continue
        meta = cell.metadata["nbgrader"]
        where = f"{name}: cell {index} (id {cell.get('id', '?')})"
        problem = _problem(meta, cell.cell_type)
        if problem:
            raise CorpusError(f"{where}: {problem}")
        if any(meta[flag] for flag in FLAGS):
            if meta["grade_id"] in seen:
                raise CorpusError(
                    f"{where}: nbgrader grade_id {meta['grade_id']!r} is also cell "
                    f"{seen[meta['grade_id']]}'s"
                )
            seen[meta["grade_id"]] = index
