"""Teacher and student copies of the notebooks (`python -m helpers release --out DIR`).

out/teacher/ holds every notebook byte for byte as it is (outputs and nbgrader metadata kept);
out/student/ holds the student copies made by helpers.classroom.student, except of a notebook for
teachers only (its metadata's classroom.audience, see helpers.classroom.student), which has none.
The notebooks import the installed `helpers`, so a copy runs from any folder and nothing else is
copied.

A release never deletes what it did not write: the folder must be new, empty, or an earlier release
(it holds the marker file, which lists the files that release wrote, and nothing else); it is not
a file, a notebook's name (*.ipynb) or inside an earlier release, which it would block. Every
notebook is read and converted before anything is written, so a malformed one leaves the folder as
it was.
"""

from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import nbformat

from helpers.classroom.student import CopyCounts, audience, leaks, student_notebook
from helpers.core.errors import CorpusError
from helpers.core.paths import NOTEBOOKS_DIR

MARKER = ".mr-release"
"""The file every release holds: the paths it wrote, one a line, relative to the release folder."""
COPIES = ("teacher", "student")


@dataclass(frozen=True)
class ReleaseReport:
    """What a release wrote.

    Attributes:
        out: the release folder.
        notebooks: the notebooks' file names, in order.
        teacher: the teacher copy's counts (nothing is removed, stripped, locked or cleared).
        student: the student copy's counts (its notebooks leave out those for teachers only).
        teacher_only: the notebooks for teachers only, left out of the student copy.
    """

    out: Path
    notebooks: tuple[str, ...]
    teacher: CopyCounts
    student: CopyCounts
    teacher_only: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready values: out, notebooks, each copy's counts, teacher_only."""
        return {
            "out": str(self.out),
            "notebooks": list(self.notebooks),
            "teacher": asdict(self.teacher),
            "student": asdict(self.student),
            "teacher_only": list(self.teacher_only),
        }


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _refuse_place(out: Path, source: Path) -> None:
    if out.suffix == ".ipynb":
        raise CorpusError(f"{out} is a notebook's name; --out is the release folder")
    existing = next(path for path in (out, *out.parents) if path.exists())
    if not existing.is_dir():
        raise CorpusError(f"{existing} is a file, not a folder; release into a folder")
    earlier = next((p for p in out.parents if (p / MARKER).is_file()), None)
    if earlier is not None:
        raise CorpusError(f"{out} is inside the earlier release {earlier}; release elsewhere")
    for folder in {NOTEBOOKS_DIR.resolve(), source}:
        if _inside(out, folder):
            raise CorpusError(f"{out} is inside the notebooks folder {folder}; release elsewhere")
    if _inside(source, out):
        raise CorpusError(f"the notebooks folder {source} is inside {out}; release elsewhere")


def _read(path: Path) -> Any:
    try:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
    except (OSError, ValueError, nbformat.ValidationError) as error:
        raise CorpusError(f"{path.name}: not a readable notebook: {error}") from error
    return nb


def _clear_earlier(out: Path) -> None:
    """Remove the files of an earlier release; refuse a folder holding anything else."""
    if not out.exists() or not any(out.iterdir()):
        return
    if not (out / MARKER).is_file():
        raise CorpusError(
            f"{out} is not empty and holds no earlier release ({MARKER}); "
            "choose an empty or new folder"
        )
    ours = set((out / MARKER).read_text(encoding="utf-8").splitlines())
    present = {p.relative_to(out).as_posix() for p in out.rglob("*") if not p.is_dir()}
    others = sorted(present - ours - {MARKER})
    if others:
        raise CorpusError(
            f"{out} holds files an earlier release did not write ({', '.join(others[:5])}); "
            "move them or choose another folder"
        )
    for name in sorted(ours & present):
        (out / name).unlink()
    for copy in COPIES:
        if (out / copy).is_dir() and not any((out / copy).iterdir()):
            (out / copy).rmdir()
    (out / MARKER).unlink()


def release(out: Path, source: Path = NOTEBOOKS_DIR) -> ReleaseReport:
    """Write out/teacher/ and out/student/ from every *.ipynb notebook of a folder.

    Args:
        out: the release folder: new, empty, or an earlier release (its files are replaced).
        source: the notebooks' folder (default: the project's notebooks/).

    Returns:
        What was written, with the counts of each copy.

    Raises:
        CorpusError: out is inside the notebooks folder (or holds it), is a file, ends in .ipynb,
            lies inside an earlier release, or is neither empty nor an earlier release; the folder
            holds no notebook; a notebook cannot be read, has malformed solution markers (notebook
            and cell named) or a malformed audience; a written student copy still gives something
            away (each problem named).
    """
    out, source = out.resolve(), source.resolve()
    _refuse_place(out, source)
    paths = sorted(source.glob("*.ipynb"))
    if not paths:
        raise CorpusError(f"no notebooks (*.ipynb) in {source}")
    students, student_counts = {}, CopyCounts()
    for path in paths:
        nb = _read(path)
        if audience(nb, path.name) == "student":
            students[path.name], counts = student_notebook(nb, path.name)
            nbformat.validate(students[path.name])
            student_counts += counts
    _clear_earlier(out)
    written: list[str] = []
    for copy in COPIES:
        (out / copy).mkdir(parents=True, exist_ok=True)
    for path in paths:
        shutil.copyfile(path, out / "teacher" / path.name)
        written.append(f"teacher/{path.name}")
    for name, student in students.items():
        nbformat.write(student, out / "student" / name)
        written.append(f"student/{name}")
    (out / MARKER).write_text("".join(f"{name}\n" for name in written), encoding="utf-8")
    problems = [p for name in students for p in leaks(_read(out / "student" / name), name)]
    if problems:
        raise CorpusError(f"student copy in {out / 'student'} gives away: {'; '.join(problems)}")
    teacher_only = tuple(p.name for p in paths if p.name not in students)
    return ReleaseReport(
        out,
        tuple(p.name for p in paths),
        CopyCounts(notebooks=len(paths)),
        student_counts,
        teacher_only,
    )
