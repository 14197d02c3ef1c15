"""Reading-comprehension questions on each section of a document, from corpus/comprehension.toml,
as multiple-choice exercises ('002.comprehension.q3').

Each question is written in the document's script, in English, and answered by sentences of its
section (their references are checked against the segmented text). A choice is shown in both
languages, 'Chinese — English'; the choices keep the file's order, which varies where the right
one sits, so no position gives it away.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers.classroom.checking import check_choice_answer
from helpers.classroom.model import Exercise, ExerciseKind
from helpers.core.caching import data_cache, read_only
from helpers.core.datafiles import check_fields, table_rows, text_list
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.corpus.documents import document, documents
from helpers.corpus.segments import Sentence, segmented
from helpers.language.conversion import converter

QUESTIONS_PATH = CORPUS_DIR / "comprehension.toml"
KINDS: tuple[ExerciseKind, ...] = ("comprehension",)
TEXT_FIELDS = ("id", "doc", "question_zh", "question_en", "explanation_en")
LIST_FIELDS = ("choices_zh", "choices_en", "refs")
NUMBER_FIELDS = ("section", "answer")
MIN_CHOICES, MAX_CHOICES = 2, 6
SEPARATOR = " — "

check = check_choice_answer
"""Judge an answer: the choice's text, letter or number (helpers.classroom.checking)."""


@dataclass(frozen=True)
class Question:
    """One validated row of corpus/comprehension.toml.

    Attributes:
        id: 'q1' …, unique within its document.
        doc: the document id.
        section: the number of the section it is about, from 0.
        question_zh, question_en: the question in the document's script, and in English.
        choices_zh, choices_en: the choices, in the same order in both languages.
        answer: the right choice's index, from 0.
        refs: the references of the sentences that answer it ('000:p29.s1').
        explanation_en: why the answer is right, quoting the text.
    """

    id: str
    doc: str
    section: int
    question_zh: str
    question_en: str
    choices_zh: tuple[str, ...]
    choices_en: tuple[str, ...]
    answer: int
    refs: tuple[str, ...]
    explanation_en: str


@data_cache
def _sentences(doc_id: str) -> Mapping[str, Sentence]:
    """A document's sentences by reference."""
    return read_only({sentence.ref: sentence for sentence in segmented(doc_id).sentences})


@data_cache
def _written(doc_id: str) -> frozenset[str]:
    """The characters a document itself writes."""
    return frozenset("".join(sentence.text for sentence in _sentences(doc_id).values()))


def wrong_script(text: str, doc_id: str) -> str:
    """The characters of a text that are in the other script than its document's.

    A character counts as the other script when OpenCC's character conversion into the document's
    script (t2s for a Simplified document, s2t for a Traditional one) changes it and the document
    itself never writes it: 001 writes 么 and 于, and 000 and 002 write 台, so those pass.

    Args:
        text: Chinese text meant for the document (a question or a choice).
        doc_id: the document id.

    Returns:
        The offending characters in order of first appearance, '' when there are none.

    Raises:
        CorpusError: unknown document.
    """
    config = "t2s" if document(doc_id).script == "Simplified" else "s2t"
    change = converter(config).convert
    bad = (c for c in text if c not in _written(doc_id) and change(c) != c)
    return "".join(dict.fromkeys(bad))


def _number(where: str, row: dict[str, Any], name: str) -> int:
    """A field that must be a whole number (not a boolean)."""
    value = row.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise CorpusError(f"{where}: field '{name}' must be a whole number, not {value!r}")
    return value


def _choices(where: str, row: dict[str, Any], doc_id: str) -> tuple[tuple[str, ...], ...]:
    """The two choice lists, checked: same length, 2 to 6 entries, no repeats, the right script."""
    lists = tuple(
        text_list(row.get(name), f"{where}: field '{name}' must be a list of non-empty strings")
        for name in ("choices_zh", "choices_en")
    )
    zh, en = lists
    if len(zh) != len(en):
        raise CorpusError(
            f"{where}: choices_zh has {len(zh)} choices and choices_en {len(en)}; give each "
            "choice in both languages"
        )
    if not MIN_CHOICES <= len(zh) <= MAX_CHOICES:
        raise CorpusError(
            f"{where}: {len(zh)} choices; give between {MIN_CHOICES} and {MAX_CHOICES}"
        )
    for name, choices in zip(("choices_zh", "choices_en"), lists, strict=True):
        repeated = sorted({c for c in choices if choices.count(c) > 1})
        if repeated:
            raise CorpusError(f"{where}: field '{name}' repeats the choice(s) {repeated}")
    for name, text in [("question_zh", row["question_zh"]), *(("choices_zh", c) for c in zh)]:
        bad = wrong_script(text, doc_id)
        if bad:
            raise CorpusError(
                f"{where}: field '{name}' {text!r} has {bad!r}, not in the script of document "
                f"{doc_id} ({document(doc_id).script})"
            )
    return lists


def _refs(where: str, row: dict[str, Any], doc_id: str, section: int) -> tuple[str, ...]:
    """The sentence references, checked: each exists in the document and is in the section."""
    refs = text_list(row.get("refs"), f"{where}: field 'refs' must be a list of sentence refs")
    for ref in refs:
        sentence = _sentences(doc_id).get(ref)
        if sentence is None:
            raise CorpusError(f"{where}: refs: no sentence {ref!r} in document {doc_id}")
        if sentence.section != section:
            raise CorpusError(
                f"{where}: refs: {ref} is in section {sentence.section}, not section {section}"
            )
    return refs


def _question(where: str, row: dict[str, Any]) -> Question:
    """One validated question; the error names the row (where), the field and the rule."""
    check_fields(where, row, TEXT_FIELDS, optional=LIST_FIELDS + NUMBER_FIELDS)
    for name in LIST_FIELDS + NUMBER_FIELDS:
        if name not in row:
            raise CorpusError(f"{where}: field '{name}' is missing")
    doc_id = row["doc"]
    if doc_id not in documents():
        raise CorpusError(f"{where}: doc {doc_id!r} is not one of {', '.join(documents())}")
    section = _number(where, row, "section")
    count = len(segmented(doc_id).sections)
    if not 0 <= section < count:
        raise CorpusError(
            f"{where}: section {section} is out of range; document {doc_id} has sections "
            f"0 to {count - 1}"
        )
    zh, en = _choices(where, row, doc_id)
    answer = _number(where, row, "answer")
    if not 0 <= answer < len(zh):
        raise CorpusError(
            f"{where}: answer {answer} is out of range; it indexes the {len(zh)} choices from 0"
        )
    refs = _refs(where, row, doc_id, section)
    texts = {name: row[name] for name in TEXT_FIELDS if name not in ("id", "doc")}
    return Question(
        row["id"], doc_id, section, choices_zh=zh, choices_en=en, answer=answer, refs=refs, **texts
    )


@data_cache
def load_questions(path: Path | None = None) -> tuple[Question, ...]:
    """Read and validate a file of comprehension questions.

    Args:
        path: a TOML file of [[question]] tables; corpus/comprehension.toml when None.

    Returns:
        Every question, in file order.

    Raises:
        CorpusError: the file cannot be read or parsed, or a row breaks a rule: an unknown or
            missing field, a field of the wrong type or empty, an unknown document, a section out
            of range, choice lists of different lengths or not 2 to 6 long, a repeated choice, an
            answer out of range, a reference to no sentence of the document or to one outside the
            section, Chinese in the other script than the document's, an id used twice in one
            document. The message names the file, the row's number and id, and the field.
    """
    path = path or QUESTIONS_PATH
    found: dict[tuple[str, str], Question] = {}
    for _, where, row in table_rows(path, "question"):
        question = _question(where, row)
        if (question.doc, question.id) in found:
            raise CorpusError(f"{where}: duplicate id {question.id} in document {question.doc}")
        found[question.doc, question.id] = question
    return tuple(found.values())


def questions(doc_id: str) -> tuple[Question, ...]:
    """The project's questions on one document, in file order.

    Raises:
        CorpusError: unknown document, or corpus/comprehension.toml breaks a rule.
    """
    document(doc_id)
    return tuple(question for question in load_questions() if question.doc == doc_id)


def choice_text(zh: str, en: str) -> str:
    """A choice as shown: 'Chinese — English', or the text once when both are the same ('45%')."""
    return zh if zh == en else f"{zh}{SEPARATOR}{en}"


def _exercise(question: Question) -> Exercise:
    """The exercise asking one question."""
    choices = tuple(map(choice_text, question.choices_zh, question.choices_en))
    sentences = _sentences(question.doc)
    quoted = " ".join(f"{ref} 「{sentences[ref].text.strip()}」" for ref in question.refs)
    where = ", ".join(question.refs)
    return Exercise(
        id=f"{question.doc}.comprehension.{question.id}",
        doc=question.doc,
        section=question.section,
        kind="comprehension",
        prompt=question.question_en,
        prompt_zh=question.question_zh,
        lang=document(question.doc).language,
        choices=choices,
        answer=choices[question.answer],
        explanation=f"{question.explanation_en} The text: {quoted}",
        hint=f"Reread {where} (section {question.section}): the answer is said there.",
        ref=question.refs[0],
        source=f"corpus/comprehension.toml#{question.doc}.{question.id}",
    )


def generate(doc_id: str) -> Iterator[Exercise]:
    """One multiple-choice exercise per comprehension question on a document.

    Args:
        doc_id: a document id ('000').

    Yields:
        The exercises, in the file's order; choices 'Chinese — English' in the file's order.

    Raises:
        CorpusError: unknown document, or corpus/comprehension.toml breaks a rule.
    """
    for question in questions(doc_id):
        yield _exercise(question)
