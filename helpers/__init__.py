"""Reading Musk in Chinese: the one surface the notebooks import from (`from helpers import name`).

The package is layered. Data flows one way: a module imports only from its own layer or lower ones:

    core      paths, the error type, data files, reloadable caches, names of scripts and targets
    corpus    documents, repairs, structure, segmentation, overview tables
    language  OpenCC conversion with the project's phrase dictionary, script detection, OpenCC's
              tables, readings, aligned sentences
    glossary  the curated glossary, term finding, search, concordance, look-up, export
    numbers   quantities, units, annotation scores, key figures and cross-checks
    notes     the reader's own notes and word list, in an SQLite store in their data folder
    views     HTML views, widgets and charts
    classroom exercises and feedback, answers, teacher and student copies, the teacher's guide
    site      the notebooks with their stored outputs as a static site
    walkthrough  the walkthrough notebooks, one template for every document, and their prose files
    (top)     this surface, the command line (cli.py), benchmarks and the notebook runner

tests/test_layers.py fails on an import that goes up. Names are imported on first use, so
`import helpers` stays cheap and `python -m helpers` loads only what a subcommand needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from helpers.core import paths as paths  # fails at once, and says why, without the corpus
from helpers.core.caching import reload as reload

_MODULES = {
    "helpers.core.errors": ("CorpusError", "check_choice"),
    "helpers.core.paths": ("PROJECT_ROOT", "CORPUS_DIR", "NOTEBOOKS_DIR"),
    "helpers.core.home": ("open_reader_corpus",),
    "helpers.core.types": ("TARGETS", "SCRIPTS", "REGIONS", "Target", "Script", "Region"),
    "helpers.corpus.documents": ("document", "documents"),
    "helpers.corpus.repairs": ("normalized", "restore_raw"),
    "helpers.corpus.segments": ("segmented", "all_sentences"),
    "helpers.corpus.labels": ("section_labels", "turn_label"),
    "helpers.corpus.overview": ("corpus_overview", "repair_counts", "repair_log", "speaker_turns"),
    "helpers.language.conversion": ("convert", "convert_document", "converter"),
    "helpers.language.detect": ("detect_script",),
    "helpers.language.opencc_tables": ("one_to_many", "st_characters"),
    "helpers.language.readings": ("char_readings", "readings_via"),
    "helpers.language.reading_cache": ("reading_cache_file",),
    "helpers.language.alignment": ("aligned_table", "document_table"),
    "helpers.language.audit": ("audit_001", "word_changes"),
    "helpers.language.conversion_testset": ("conversion_testset", "ordinary_characters"),
    "helpers.language.conversion_score": ("accuracy_report",),
    "helpers.language.conversion_tables": (
        "chain_table",
        "one_to_many_in_corpus",
        "override_counts",
        "phrase_table",
        "regional_vocabulary",
        "round_trip_changes",
        "round_trip_summary",
    ),
    "helpers.glossary.entries": ("glossary_entries", "load_glossary"),
    "helpers.glossary.terms": ("term_spans", "vocabulary"),
    "helpers.glossary.search": ("concordance", "search"),
    "helpers.glossary.lookup": ("lookup", "lookup_table"),
    "helpers.glossary.senses": ("learner_senses", "traditional_form"),
    "helpers.glossary.export": ("export_anki", "export_csv"),
    "helpers.notes.words": (
        "MyWord",
        "add_word",
        "edit_word",
        "known_share",
        "known_words",
        "list_words",
        "remove_word",
        "set_status",
    ),
    "helpers.notes.word_export": ("export_words_anki", "export_words_csv"),
    "helpers.numbers.extract": ("find_quantities", "quantities", "all_quantities"),
    "helpers.numbers.claims": ("CLAIMS_FILE", "claims", "claims_table", "load_claims"),
    "helpers.numbers.cross_checks": ("cross_checks",),
    "helpers.notes.store": ("StoreError", "open_store", "store_path"),
    "helpers.notes.annotations": (
        "Annotation",
        "add_annotation",
        "delete_annotation",
        "edit_annotation",
        "list_annotations",
    ),
    "helpers.notes.anchoring": ("Anchor", "anchors"),
    "helpers.notes.exchange": ("backup", "import_file", "to_csv", "to_markdown", "to_w3c"),
    "helpers.views.text": ("anchor_id", "document_view", "metadata_card"),
    "helpers.views.aligned": ("aligned_view", "legend"),
    "helpers.views.reader": ("ReaderWidget",),
    "helpers.views.reader_pages": ("reader_rows", "static_first_page"),
    "helpers.views.glossary": (
        "concordance_table",
        "cross_strait_table",
        "cross_strait_view",
        "document_glossary",
        "glossary_table",
    ),
    "helpers.views.glossary_explorer": ("GlossaryExplorer", "static_explorer"),
    "helpers.views.notes_view": (
        "document_progress",
        "load_notes_fixture",
        "notes_by_document",
        "notes_by_tag",
        "progress_table",
    ),
    "helpers.views.audit": ("audit_view",),
    "helpers.views.numbers": ("NumberExplorer", "static_explorer_view"),
    "helpers.views.charts": ("plot_corpus_size", "plot_speaker_turns"),
    "helpers.views.document_numbers": ("plot_document_numbers",),
    "helpers.views.number_charts": (
        "plot_cross_checks",
        "plot_energy_ladder",
        "plot_power_budget",
        "plot_predictions",
        "plot_revenue",
        "plot_selloff",
    ),
    "helpers.classroom.registry": ("check", "exercise", "exercises"),
    "helpers.classroom.answers": (
        "answer_exercise",
        "answer_history",
        "reset_answers",
        "section_scores",
    ),
    "helpers.classroom.answer_files": ("collect_answers", "export_answers"),
    "helpers.classroom.feedback": ("answer_key", "check_answer", "exercise_question", "solution"),
    "helpers.classroom.widget": ("ExerciseWidget",),
    "helpers.classroom.chart_reading": ("chart_for",),
    "helpers.classroom.release": ("release",),
    "helpers.classroom.guide": ("hsk_profile", "lesson_plan", "nbgitpuller_link"),
    "helpers.walkthrough.template": ("walkthrough_notebook",),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}
__all__ = sorted([*_HOME, "reload"])


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use."""
    if name not in _HOME:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    value = getattr(import_module(_HOME[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # the same names, for type checkers and editors
    from helpers.core.errors import CorpusError, check_choice  # noqa: F401
