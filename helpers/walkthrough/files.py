"""Where walkthroughs live, how a stored notebook differs from the template's, and writing one.

A curated document's prose file is corpus/walkthroughs/NNN.toml and its notebook is
notebooks/<the prose file's 'notebook'>; a reader's document may have a prose file in
<READER_CORPUS>/walkthroughs/ and its notebook is <READER_CORPUS>/notebooks/NNN_slug.ipynb.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import nbformat
from nbformat.notebooknode import NotebookNode

from helpers.core.errors import CorpusError
from helpers.core.paths import NOTEBOOKS_DIR
from helpers.corpus.documents import corpus_folder, document

PROSE_FOLDER = "walkthroughs"
COMPARED = ("cell_type", "id", "metadata", "source")
"""What of a cell --check compares (outputs and execution counts are the last run's)."""


def prose_file(doc_id: str) -> Path:
    """The prose file of a document's walkthrough (it may not exist).

    Raises:
        CorpusError: an unknown document.
    """
    doc = document(doc_id)
    return corpus_folder(doc.corpus) / PROSE_FOLDER / f"{doc_id}.toml"


def curated_walkthroughs() -> list[str]:
    """The ids of the curated documents that have a prose file, in order."""
    folder = corpus_folder("curated") / PROSE_FOLDER
    return sorted(path.stem for path in folder.glob("[0-9][0-9][0-9].toml"))


def notebook_path(doc_id: str, name: str | None = None) -> Path:
    """The walkthrough notebook of a document.

    Args:
        doc_id: a document id.
        name: the notebook's file name from its prose file, if it gives one.

    Returns:
        notebooks/<name> for a curated document; for a reader's one,
        <READER_CORPUS>/notebooks/<name or NNN_slug.ipynb>.

    Raises:
        CorpusError: an unknown document, or a curated one whose prose file names no notebook.
    """
    doc = document(doc_id)
    if doc.corpus == "curated":
        if name is None:
            raise CorpusError(f"{prose_file(doc_id)}: key 'notebook' is missing")
        return NOTEBOOKS_DIR / name
    return corpus_folder("reader") / "notebooks" / (name or f"{doc_id}_{doc.slug}.ipynb")


def _cell(cell: Any) -> dict[str, Any]:
    """What --check compares of one cell, as plain data."""
    return {key: json.loads(json.dumps(cell.get(key, {}))) for key in COMPARED}


def differences(stored: NotebookNode, made: NotebookNode) -> list[str]:
    """How a stored notebook's cells differ from the template's.

    Args:
        stored: the notebook on disk.
        made: walkthrough_notebook's notebook.

    Returns:
        One line per difference (cell number and id, what differs); empty when they agree.
    """
    lines = []
    if len(stored.cells) != len(made.cells):
        lines.append(f"{len(stored.cells)} cells stored, the template makes {len(made.cells)}")
    for number, (old, new) in enumerate(zip(stored.cells, made.cells, strict=False)):
        a, b = _cell(old), _cell(new)
        changed = [key for key in COMPARED if a[key] != b[key]]
        if changed:
            lines.append(f"cell {number} ({b['id']}): {', '.join(changed)} differ")
    return lines


def merged(stored: NotebookNode | None, made: NotebookNode) -> NotebookNode:
    """The template's notebook with the stored outputs of every cell whose source is unchanged.

    Args:
        stored: the notebook on disk, or None.
        made: walkthrough_notebook's notebook (changed in place).

    Returns:
        `made`, with the stored notebook's metadata and, cell by cell (matched by id), its outputs
        and execution count where the source is the same.
    """
    if stored is None:
        return made
    made.metadata = stored.metadata
    old = {cell.get("id"): cell for cell in stored.cells}
    for cell in made.cells:
        before = old.get(cell.id)
        if cell.cell_type == "code" and before is not None and before.source == cell.source:
            cell.outputs = before.get("outputs", [])
            cell.execution_count = before.get("execution_count")
    return made


def write_notebook(path: Path, made: NotebookNode) -> bool:
    """Write a walkthrough, keeping what merged() keeps from the file it replaces.

    Args:
        path: the notebook file (its folder is made if needed).
        made: walkthrough_notebook's notebook.

    Returns:
        True when the file changed.
    """
    stored = nbformat.read(path, as_version=4) if path.is_file() else None
    text = nbformat.writes(merged(stored, made)) + "\n"
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True
