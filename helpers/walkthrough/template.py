"""The one template of the walkthrough notebooks: `walkthrough_notebook(doc_id)`.

Every walkthrough has the same skeleton: title card, metadata, speakers for a transcript, reading
notes, the text section by section, vocabulary, numbers, the aligned reader with a drive cell and a
close reading, exercises with teacher-tagged and nbgrader cells, and a link on. The code cells are
written here; the markdown and the few document-specific choices come from the document's prose file
(helpers.walkthrough.prose), or, for a document without one, from its metadata and structure
(helpers.walkthrough.defaults). Cells carry no outputs.
"""

from __future__ import annotations

from typing import Any

import nbformat
from nbformat.notebooknode import NotebookNode

from helpers.corpus.documents import document
from helpers.walkthrough.defaults import default_prose
from helpers.walkthrough.files import prose_file
from helpers.walkthrough.prose import Prose, Section, load_prose

NOTEBOOK_METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {
        "codemirror_mode": {"name": "ipython", "version": 3},
        "file_extension": ".py",
        "mimetype": "text/x-python",
        "name": "python",
        "nbconvert_exporter": "python",
        "pygments_lexer": "ipython3",
        "version": "3.11.7",
    },
}
NUMBERS_TABLE = (
    "The quantities as a table, in reading order, with the sentence each comes from."
    " The live explorer with filters by kind and speaker is in"
    " [08 · Numbers across the interviews](08_numbers_across_interviews.ipynb)."
)
EXERCISES = (
    "## Exercises {heading}\n\nQuestions on document {doc}, made from the project's data: its"
    " words, scripts, readings and numbers. Each answer is checked at once; a wrong one gets a"
    " reason and a hint, and you may try again. The score for each section is kept below the"
    " questions.{typed}"
)
TYPED = (
    "\n\nThe last exercise is typed. Write your answer as a string in the cell marked"
    " *YOUR ANSWER HERE*, run it, then run the check below it."
)


def prose_for(doc_id: str) -> Prose:
    """The prose of a document's walkthrough: its prose file, or defaults from its metadata.

    Args:
        doc_id: a document id.

    Returns:
        The checked Prose.

    Raises:
        CorpusError: an unknown document, or a prose file with a problem.
    """
    path = prose_file(doc_id)
    return load_prose(path, doc_id) if path.is_file() else default_prose(doc_id)


class _Cells:
    """The notebook's cells as they are added, each with its id from the prose file or its role."""

    def __init__(self, prose: Prose):
        self.prose, self.cells = prose, []  # type: tuple[Prose, list[NotebookNode]]

    def add(
        self, role: str, kind: str, source: str, metadata: dict[str, Any] | None = None
    ) -> None:
        """Append one cell; role names it in [ids] (or gives its id: 'w' + document id + role)."""
        self.cell(self.prose.ids.get(role, f"w{self.prose.doc}-{role}"), kind, source, metadata)

    def cell(
        self, cell_id: str, kind: str, source: str, metadata: dict[str, Any] | None = None
    ) -> None:
        """Append one cell with its id."""
        make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
        new = make(source, id=cell_id, metadata=metadata or {})
        self.cells.append(new)

    def extras(self, after: str) -> None:
        """Append the prose file's extra cells for one place."""
        for extra in self.prose.extra:
            if extra.after == after:
                self.cell(extra.id, extra.cell_type, extra.source)


def _section_code(doc: str, section: Section) -> str:
    """The code cell that shows one heading's sections."""
    view = section.view
    shown = str(view) if isinstance(view, int) else f"range({view[0]}, {view[1]})"
    folded = ", collapsible=True" if section.collapsible else ""
    return f'HTML(document_view("{doc}", section={shown}{folded}))'


def _alt(prose: Prose, role: str) -> dict[str, Any]:
    """A chart cell's metadata: its description, if the prose file gives one."""
    return {"alt": prose.alt[role]} if role in prose.alt else {}


def _nbgrader(grade_id: str, solution: bool) -> dict[str, Any]:
    """nbgrader's metadata for a locked cell (solution False) or the answer cell (True)."""
    flags = {"grade": False, "grade_id": grade_id, "locked": not solution}
    flags |= {"schema_version": 3, "solution": solution}
    locked = {} if solution else {"deletable": False, "editable": False}
    return {**locked, "nbgrader": flags}


def _head(cells: _Cells, doc: str, transcript: bool, own: bool) -> None:
    """Title, imports (and, for a reader's text, its corpus), metadata, speakers, reading notes."""
    prose = cells.prose
    names = {"document_view", "metadata_card", *prose.extra_imports}
    names |= {"corpus_overview"} if prose.overview != "none" else set()
    names |= {"plot_speaker_turns", "speaker_turns"} if transcript else set()
    names |= {"open_reader_corpus"} if own else set()
    imports = "import matplotlib.pyplot as plt\nimport pandas as pd\n"
    imports += "from IPython.display import HTML"
    cells.add("title", "markdown", prose.prose["title"])
    imports += f"\n\nfrom helpers import {', '.join(sorted(names))}"
    # A reader's notebook lives in <corpus>/notebooks/ and finds its corpus from there.
    imports += '\n\nopen_reader_corpus("..")' if own else ""
    cells.add("imports", "code", imports)
    pandas = 'pd.set_option("display.max_colwidth", None)  # show labels, names and reasons in full'
    cells.add("pandas", "code", pandas)
    cells.add("metadata", "markdown", prose.prose["metadata"])
    cells.add("metadata_card", "code", f'HTML(metadata_card("{doc}"))')
    overview = f'corpus_overview().set_index("id").loc[["{doc}"]]'
    if prose.overview == "metadata":
        cells.add("overview", "code", overview)
    if transcript:
        cells.add("speakers", "markdown", prose.prose["speakers"])
        cells.add("speaker_turns", "code", f'speaker_turns("{doc}")')
        chart = f'plot_speaker_turns("{doc}")\nplt.show()'
        cells.add("speaker_chart", "code", chart, _alt(prose, "speaker_chart"))
    if "notes" in prose.prose:
        cells.add("notes", "markdown", prose.prose["notes"])
    cells.extras("notes")
    if prose.overview == "notes":
        cells.add("overview", "code", overview)


def _text(cells: _Cells, doc: str) -> None:
    """The text section by section, vocabulary and numbers."""
    prose = cells.prose
    cells.add("text", "markdown", prose.prose["text"])
    for number, section in enumerate(prose.sections):
        md_id, code_id = section.ids or (f"w{doc}-section{number}", f"w{doc}-view{number}")
        cells.cell(md_id, "markdown", section.prose)
        cells.cell(code_id, "code", _section_code(doc, section))
    cells.extras("text")
    cells.add("vocabulary", "markdown", prose.prose["vocabulary"])
    glossary = f'from helpers import document_glossary\n\nHTML(document_glossary("{doc}"))'
    cells.add("vocabulary_code", "code", glossary)
    cells.add("numbers", "markdown", prose.prose["numbers"])
    plot = "from helpers import plot_document_numbers, static_explorer_view\n\n"
    plot += f'plot_document_numbers("{doc}")\nplt.show()'
    cells.add("numbers_chart", "code", plot, _alt(prose, "numbers_chart"))
    table = NUMBERS_TABLE if prose.notebook else NUMBERS_TABLE.split(" The live")[0]
    cells.add("numbers_table_md", "markdown", table)
    cells.add("numbers_table", "code", f'HTML(static_explorer_view(doc="{doc}"))')


def _reader(cells: _Cells, doc: str) -> None:
    """The aligned reader, its drive cell and the close reading."""
    prose = cells.prose
    cells.add("aligned", "markdown", prose.prose["aligned"])
    imports = "from helpers import ReaderWidget, aligned_view, legend, reader_rows"
    cells.add("reader_imports", "code", imports)
    cells.add("legend_md", "markdown", "What the marks mean:")
    cells.add("legend", "code", "HTML(legend())")
    cells.add("reader_md", "markdown", prose.prose["reader"])
    cells.add("reader", "code", f'reader = ReaderWidget("{doc}", pair="{prose.pair}")\nreader')
    cells.add("drive_md", "markdown", prose.prose["drive"])
    drive = prose.drive if prose.drive.endswith("\n") else prose.drive + "\n"
    cells.add("drive", "code", f"{drive}print(reader.page_label)\nprint(reader.refs)")
    cells.add("close_md", "markdown", prose.prose["close_reading"])
    refs = ", ".join(f'"{ref}"' for ref in prose.close_refs)
    close = f'rows = reader_rows("{doc}")\npicked = rows[rows["ref"].isin([{refs}])]\n'
    close += f'HTML(aligned_view(picked, ("original", "{prose.close_target}"), '
    close += f'reading="{prose.close_reading}"))'
    cells.add("close", "code", close)


def _exercises(cells: _Cells, doc: str, simplified: bool) -> None:
    """The exercises, the teacher's cells, the typed exercise's nbgrader cells and the way on."""
    prose, exercise = cells.prose, cells.prose.exercise
    heading = "练习" if simplified else "練習"
    typed = TYPED if exercise else ""
    cells.add("exercises", "markdown", EXERCISES.format(heading=heading, doc=doc, typed=typed))
    widget = f'from helpers import ExerciseWidget, check_answer\n\nExerciseWidget("{doc}")'
    cells.add("exercise_widget", "code", widget, {"tags": ["exercise"]})
    if "teacher_note" in prose.prose:
        cells.add("teacher_note", "markdown", prose.prose["teacher_note"], {"tags": ["teacher"]})
    key = f'from helpers import answer_key\n\nHTML(answer_key("{doc}"))'
    cells.add("answer_key", "code", key, {"tags": ["teacher"]})
    if exercise:
        grade_id = exercise.replace(".", "_")
        question = f'from helpers import exercise_question\n\nHTML(exercise_question("{exercise}"))'
        cells.add("question", "code", question, _nbgrader(f"{grade_id}_question", False))
        answer = "### BEGIN SOLUTION\nfrom helpers import solution\n\n"
        answer += f'answer = solution("{exercise}")\n### END SOLUTION'
        cells.add("solution", "code", answer, _nbgrader(grade_id, True))
        check = _nbgrader(f"{grade_id}_check", False) | {"tags": ["exercise"]}
        cells.add("check", "code", f'check_answer("{exercise}", answer)', check)
    cells.add("next", "markdown", prose.prose["next"])


def walkthrough_notebook(doc_id: str, prose: Prose | None = None) -> NotebookNode:
    """The walkthrough notebook of one document, as the template and its prose make it.

    Args:
        doc_id: a document id, curated or a reader's.
        prose: the walkthrough's prose (default: prose_for(doc_id)).

    Returns:
        An nbformat 4.5 notebook whose cells have stable ids and no outputs.

    Raises:
        CorpusError: an unknown document, or a prose file with a problem.
    """
    doc = document(doc_id)
    prose = prose or prose_for(doc_id)
    cells = _Cells(prose)
    transcript = "speakers" in prose.prose
    _head(cells, doc_id, transcript, doc.corpus == "reader")
    _text(cells, doc_id)
    _reader(cells, doc_id)
    _exercises(cells, doc_id, doc.script == "Simplified")
    nb: NotebookNode = nbformat.v4.new_notebook(cells=cells.cells, metadata=NOTEBOOK_METADATA)
    nb.nbformat_minor = 5
    return nb
