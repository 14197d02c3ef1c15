"""Every problem of both corpora, with its file: those found on loading (bad metadata rows, texts,
structure rows, clashing ids) and those that show only when a text is normalised and segmented
(a curated repair that does not apply, a heading line or speaker label the text does not have).
"""

from __future__ import annotations

from helpers.core.errors import CorpusError
from helpers.corpus.documents import (
    Problem,
    corpus_folder,
    corpus_problems,
    document,
    documents,
)
from helpers.corpus.segments import segmented


def document_problem(doc_id: str) -> Problem | None:
    """What stops a loaded document from being normalised and segmented, if anything.

    Args:
        doc_id: an id of documents().

    Returns:
        The problem, or None if the document works. Its file is the one its message names: a
        reader's structure.toml or repairs.toml when the fault is in its rows, else the text.
    """
    try:
        segmented(doc_id)
    except CorpusError as error:
        doc, message = document(doc_id), str(error)
        held = (corpus_folder(doc.corpus) / name for name in ("structure.toml", "repairs.toml"))
        named = [path for path in held if doc.corpus != "curated" and str(path) in message]
        return Problem(named[0] if named else doc.path, doc_id, message)
    return None


def check_corpus() -> tuple[Problem, ...]:
    """Every problem of both corpora: corpus_problems(), then each loaded document's own.

    Returns:
        The problems, in corpus and file order; none when every document works.
    """
    found = [document_problem(doc_id) for doc_id in documents()]
    return corpus_problems() + tuple(problem for problem in found if problem)


def working_documents() -> tuple[str, ...]:
    """The ids of the documents that load, normalise and segment, in documents() order."""
    return tuple(doc_id for doc_id in documents() if document_problem(doc_id) is None)
