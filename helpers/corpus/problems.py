"""Every problem of both corpora, with its file: those found on loading (bad metadata rows, texts,
structure rows, clashing ids) and those that show only when a text is normalised and segmented
(a curated repair that does not apply, a heading line or speaker label the text does not have).
"""

from __future__ import annotations

from helpers.core.errors import CorpusError
from helpers.corpus.documents import Problem, corpus_problems, document, documents
from helpers.corpus.segments import segmented


def document_problem(doc_id: str) -> Problem | None:
    """What stops a loaded document from being normalised and segmented, if anything.

    Args:
        doc_id: an id of documents().

    Returns:
        The problem (its file: the document's text), or None if the document works.
    """
    try:
        segmented(doc_id)
    except CorpusError as error:
        return Problem(document(doc_id).path, doc_id, str(error))
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
