"""A notebook's student copy: teacher cells removed, solution regions replaced by a stub, outputs of
exercise and solution cells cleared, exercise and read-only cells locked; and the check that a
written student copy gives nothing away.

The cell conventions (shared with the walkthrough notebooks and nbgrader, metadata schema 3):

    tag `teacher`     a teacher note or answer key: removed
    tag `exercise`    an exercise widget or check result: outputs cleared, locked
    solution region   `### BEGIN SOLUTION` … `### END SOLUTION` lines, several per cell allowed:
                      replaced by `answer = ""  # YOUR ANSWER HERE` at the region's indentation
    nbgrader solution metadata {"solution": true, ...}: outputs cleared; a cell without a region
                      has its whole source replaced, as nbgrader does
    other nbgrader metadata (grade or read-only cells): locked

nbgrader metadata is checked first (helpers.classroom.nbgrader), so nbgrader accepts the copies.

A whole notebook for teachers only (the teacher's guide, with its sample answers) says so in its
notebook-level metadata, `"classroom": {"audience": "teacher"}` (AUDIENCE_KEY; the other audience,
the default, is "student"): it has no student copy at all, so a release leaves it out of
student/ (teacher/ keeps it) and the static site, built from student copies, has no page for it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, fields
from typing import Any, Literal, get_args

from helpers.classroom.nbgrader import check_nbgrader
from helpers.core.errors import CorpusError

BEGIN = "### BEGIN SOLUTION"
END = "### END SOLUTION"
CODE_STUB = 'answer = ""  # YOUR ANSWER HERE'
MARKDOWN_STUB = "YOUR ANSWER HERE"
TEACHER = "teacher"
EXERCISE = "exercise"
SOLUTION_CALL = re.compile(r"\bsolution\(")
AUDIENCE_KEY = "classroom"
"""The notebook-level metadata key whose "audience" says who a notebook is for."""
Audience = Literal["student", "teacher"]
AUDIENCES: tuple[Audience, ...] = get_args(Audience)


@dataclass(frozen=True)
class CopyCounts:
    """What making a copy changed, summed over notebooks.

    Attributes:
        notebooks: notebooks written.
        cells_removed: cells tagged `teacher` left out.
        solutions_stripped: solution regions replaced by the stub (whole-cell replacements count 1).
        cells_locked: cells made read-only.
        outputs_cleared: cells whose outputs and execution count were cleared.
    """

    notebooks: int = 0
    cells_removed: int = 0
    solutions_stripped: int = 0
    cells_locked: int = 0
    outputs_cleared: int = 0

    def __add__(self, other: CopyCounts) -> CopyCounts:
        """The two counts summed field by field."""
        return CopyCounts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


def tags(cell: Any) -> list[str]:
    """A cell's tags (metadata.tags), [] when it has none."""
    return list(cell.get("metadata", {}).get("tags", []))


def audience(nb: Any, name: str) -> Audience:
    """Who a notebook is for: its metadata's classroom.audience, "student" when it has none.

    Raises:
        CorpusError: a classroom entry that is not a table, or an audience not in AUDIENCES.
    """
    entry = nb.get("metadata", {}).get(AUDIENCE_KEY, {})
    found = entry.get("audience", "student") if isinstance(entry, dict) else None
    for known in AUDIENCES:
        if found == known:
            return known
    raise CorpusError(
        f'{name}: notebook metadata {AUDIENCE_KEY} should be {{"audience": "teacher"}} '
        f'or {{"audience": "student"}}, not {entry!r}'
    )


def _nbgrader(cell: Any) -> dict[str, Any] | None:
    meta = cell.get("metadata", {}).get("nbgrader")
    return meta if isinstance(meta, dict) else None


def _where(name: str, index: int, cell: Any) -> str:
    return f"{name}: cell {index} (id {cell.get('id', '?')})"


def _marker(line: str) -> str | None:
    stripped = line.strip()
    return stripped if stripped in (BEGIN, END) else None


def strip_solutions(source: str, stub: str, where: str) -> tuple[str, int]:
    """A cell's source with each solution region replaced by the stub, at its BEGIN indentation.

    Args:
        source: the cell's source.
        stub: the line put in place of a region.
        where: the notebook and cell, for error messages.

    Returns:
        (the new source, the number of regions replaced).

    Raises:
        CorpusError: a BEGIN inside a region (nested), an END outside one, or a BEGIN never closed;
            the message names the notebook, the cell and the line.
    """
    kept: list[str] = []
    opened: int | None = None
    regions = 0
    for number, line in enumerate(source.split("\n"), start=1):
        marker = _marker(line)
        if marker == BEGIN:
            if opened is not None:
                raise CorpusError(
                    f"{where}: line {number}: {BEGIN} inside the region opened on line {opened}"
                )
            opened = number
            kept.append(line[: len(line) - len(line.lstrip())] + stub)
            regions += 1
        elif marker == END:
            if opened is None:
                raise CorpusError(f"{where}: line {number}: {END} without a {BEGIN} before it")
            opened = None
        elif opened is None:
            kept.append(line)
    if opened is not None:
        raise CorpusError(f"{where}: line {opened}: {BEGIN} without an {END}")
    return "\n".join(kept), regions


def _lock(cell: Any) -> None:
    cell.metadata["editable"] = False
    cell.metadata["deletable"] = False
    meta = _nbgrader(cell)
    if meta is not None:
        meta["locked"] = True


def _clear(cell: Any) -> bool:
    if cell.cell_type != "code":
        return False
    cell.outputs = []
    cell.execution_count = None
    return True


def student_notebook(nb: Any, name: str) -> tuple[Any, CopyCounts]:
    """The student copy of a notebook (the notebook itself is left unchanged).

    Args:
        nb: a notebook read with nbformat (version 4).
        name: its file name, for error messages.

    Returns:
        (the student notebook, what was changed).

    Raises:
        CorpusError: nbgrader metadata nbgrader would refuse (see check_nbgrader), malformed
            solution markers (see strip_solutions), or a cell that is both a solution cell and
            tagged `exercise` (it would be locked against its answer).
    """
    check_nbgrader(nb, name)
    student = copy.deepcopy(nb)
    cells, removed, stripped, locked, cleared = [], 0, 0, 0, 0
    for index, cell in enumerate(student.cells):
        if TEACHER in tags(cell):
            removed += 1
            continue
        where = _where(name, index, cell)
        stub = CODE_STUB if cell.cell_type == "code" else MARKDOWN_STUB
        cell.source, regions = strip_solutions(cell.source, stub, where)
        meta = _nbgrader(cell)
        is_solution = regions > 0 or bool(meta and meta.get("solution"))
        if meta and meta.get("solution") and not regions:
            cell.source, regions = stub, 1
        if is_solution and EXERCISE in tags(cell):
            raise CorpusError(f"{where}: a solution cell cannot also be tagged {EXERCISE!r}")
        stripped += regions
        if (is_solution or EXERCISE in tags(cell)) and _clear(cell):
            cleared += 1
        if EXERCISE in tags(cell) or (meta is not None and not is_solution):
            _lock(cell)
            locked += 1
        cells.append(cell)
    student.cells = cells
    return student, CopyCounts(1, removed, stripped, locked, cleared)


def leaks(nb: Any, name: str) -> list[str]:
    """What a student copy gives away: every problem found, [] for a clean copy.

    Looks for a notebook for teachers only (audience), solution marker lines, cells tagged
    `teacher`, `solution(` calls in code, and outputs or execution counts in exercise and solution
    cells.
    """
    found = []
    if audience(nb, name) == "teacher":
        found.append(f"{name}: a notebook for teachers only")
    for index, cell in enumerate(nb.cells):
        where = _where(name, index, cell)
        meta = _nbgrader(cell)
        if any(_marker(line) for line in cell.source.split("\n")):
            found.append(f"{where}: a solution marker")
        if TEACHER in tags(cell):
            found.append(f"{where}: a cell tagged {TEACHER!r}")
        if cell.cell_type == "code" and SOLUTION_CALL.search(cell.source):
            found.append(f"{where}: a solution( call")
        answerable = EXERCISE in tags(cell) or bool(meta and meta.get("solution"))
        if answerable and cell.cell_type == "code" and (cell.outputs or cell.execution_count):
            found.append(f"{where}: outputs in an exercise or solution cell")
    return found
