"""Logged, reversible repairs that turn a raw document into the normalised text everything else
reads.

The general rules and the one-off repairs of corpus/repairs.toml (helpers.corpus.repair_rules) find
the edits; each is applied and logged with its offset in both texts, so the raw text can be rebuilt
from the normalised text and the log (restore_raw).
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers.core.caching import data_cache
from helpers.core.errors import CorpusError
from helpers.corpus.documents import (
    ENCODING_NAMES,
    Corpus,
    corpus_folder,
    corpus_problems,
    document,
    documents,
    read_raw,
)
from helpers.corpus.repair_rules import (
    REPAIRS_FILE,
    RULES,
    CuratedRepair,
    Edit,
    Rule,
    curated_edits,
    load_curated_repairs,
)


@dataclass(frozen=True)
class Repair:
    """One logged repair.

    Attributes:
        rule: the rule that made it.
        raw_start: where `before` starts, in characters into the raw text.
        start: where `after` starts, in characters into the normalised text.
        before: the raw text replaced.
        after: its replacement in the normalised text ('' for a deletion).
        reason: why, in words.
    """

    rule: Rule
    raw_start: int
    start: int
    before: str
    after: str
    reason: str

    def as_dict(self) -> dict[str, str | int]:
        """The repair as a JSON-ready dict with the keys rule, raw_start, start, before, after and
        reason, in that order."""
        return {
            "rule": self.rule,
            "raw_start": self.raw_start,
            "start": self.start,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class NormalizedText:
    """A document's raw text, its normalised text and the repairs that lead from one to the other.

    Attributes:
        doc_id: the document.
        raw: the file's text as decoded.
        text: the normalised text.
        repairs: the repairs in text order.
    """

    doc_id: str
    raw: str
    text: str
    repairs: tuple[Repair, ...]

    def raw_offset(self, offset: int, end: bool = False) -> int:
        """The raw-text offset of a normalised-text offset.

        A start offset maps past a repair that begins at it; an end offset (end=True) stops before
        it, so that a span ending where a deletion begins (before '(shù)' or '?/span>') does not
        take in the deleted text. An offset inside a repair's replacement maps to the same distance
        into its raw text, clamped to that text's length.

        Args:
            offset: characters into the normalised text (0 … len(text)).
            end: whether the offset ends a span rather than starts one.

        Returns:
            Characters into the raw text.
        """
        shift = 0
        for repair in self.repairs:
            if offset < repair.start or (end and offset == repair.start):
                break
            if offset < repair.start + len(repair.after):
                return repair.raw_start + min(offset - repair.start, len(repair.before))
            shift = repair.raw_start + len(repair.before) - repair.start - len(repair.after)
        return offset + shift


def apply_edits(doc_id: str, raw: str, edits: list[Edit]) -> NormalizedText:
    """Apply edits to a raw text and log each one with its offsets in both texts.

    Args:
        doc_id: the document, for the result and for error messages.
        raw: the raw text the edits were found in.
        edits: the edits, in any order.

    Returns:
        The normalised text with its repairs in text order.

    Raises:
        CorpusError: two edits overlap in the raw text (rule and raw offset named).
    """
    pieces, repairs, position, shift = [], [], 0, 0
    for edit in sorted(edits, key=lambda edit: (edit.raw_start, len(edit.before))):
        if edit.raw_start < position:
            raise CorpusError(
                f"document {doc_id}: repair '{edit.rule}' at offset {edit.raw_start} "
                "overlaps another repair"
            )
        pieces += [raw[position : edit.raw_start], edit.after]
        repairs.append(
            Repair(
                edit.rule,
                edit.raw_start,
                edit.raw_start + shift,
                edit.before,
                edit.after,
                edit.reason,
            )
        )
        shift += len(edit.after) - len(edit.before)
        position = edit.raw_start + len(edit.before)
    pieces.append(raw[position:])
    return NormalizedText(doc_id, raw, "".join(pieces), tuple(repairs))


def normalize(
    doc_id: str, raw: str, curated: tuple[CuratedRepair, ...] = (), encoding: str = "utf-8"
) -> NormalizedText:
    """A raw text with every general rule and the document's curated repairs applied.

    Args:
        doc_id: the document; only curated repairs of this id apply.
        raw: the raw text.
        curated: one-off repairs (see load_curated_repairs).
        encoding: the encoding the raw text was decoded from; one other than UTF-8 is logged as
            a zero-width 'encoding' repair at offset 0, and its byte order mark named as its own.

    Returns:
        The normalised text and the log of its repairs.

    Raises:
        CorpusError: a curated passage does not occur exactly once, or two repairs overlap.
    """
    edits = [edit for rule in RULES for edit in rule(raw)]
    name = ENCODING_NAMES.get(encoding)
    if name:
        edits = [
            Edit(edit.rule, 0, edit.before, edit.after, f"a {name} byte order mark is not text")
            if edit.rule == "byte_order_mark"
            else edit
            for edit in edits
        ]
        reason = f"decoded from {name}; the file is kept byte for byte as received"
        edits.insert(0, Edit("encoding", 0, "", "", reason))
    edits.extend(curated_edits(doc_id, raw, curated))
    return apply_edits(doc_id, raw, edits)


def restore_raw(text: str, repairs: tuple[Repair, ...]) -> str:
    """The raw text rebuilt from a normalised text and its repair log.

    Args:
        text: a normalised text.
        repairs: its repairs (NormalizedText.repairs) in log order, offsets as logged.

    Returns:
        The raw text, character for character.

    Raises:
        CorpusError: a repair's replacement is not at its logged offset in the text.
    """
    # Last repair first. A deletion shares its start with the repair right after it, so the sort
    # must keep log order among equal starts before it is reversed.
    for repair in sorted(repairs, key=lambda repair: repair.start)[::-1]:
        end = repair.start + len(repair.after)
        if text[repair.start : end] != repair.after:
            raise CorpusError(
                f"repair log does not match the text at offset {repair.start}: "
                f"expected {repair.after!r}"
            )
        text = text[: repair.start] + repair.before + text[end:]
    return text


@data_cache
def curated_repairs(corpus: Corpus) -> tuple[CuratedRepair, ...]:
    """The one-off repairs of a corpus: corpus/repairs.toml, or the reader's repairs.toml (none if
    it has no such file).

    Raises:
        CorpusError: the file is malformed (see load_curated_repairs).
    """
    if corpus == "curated":
        return load_curated_repairs(REPAIRS_FILE)
    path = corpus_folder(corpus) / "repairs.toml"
    if not path.is_file():
        return ()
    known = {doc_id for doc_id, doc in documents().items() if doc.corpus == corpus}
    known.update(problem.doc_id for problem in corpus_problems() if problem.doc_id)
    return load_curated_repairs(path, known)


@data_cache
def normalized(doc_id: str) -> NormalizedText:
    """A corpus document's normalised text with its repair log.

    Args:
        doc_id: a document id of either corpus.

    Returns:
        The document's raw file text (texts/), decoded in its encoding, with the general rules and
        the curated repairs of its corpus's repairs.toml applied.

    Raises:
        CorpusError: the id is unknown or the document has a problem, its corpus's repairs.toml
            is malformed, or its repairs do not apply (see normalize).
    """
    doc = document(doc_id)
    raw = read_raw(doc.path, doc.encoding)
    return normalize(doc_id, raw, curated_repairs(doc.corpus), doc.encoding)
