"""The project's phrase dictionary for OpenCC, read and validated from
corpus/conversion_phrases.tsv, and the cross-strait pairs of corpus/glossary.toml turned into
entries of the same kind.

A row says how a phrase of one source script is written in one or more targets:

    targets<TAB>source<TAB>phrase<TAB>conversion<TAB>reason

targets is a comma-separated list of zh-Hans, zh-Hant, zh-TW, zh-HK; source is Simplified or
Traditional (the script the phrase is written in); phrase and conversion are Han characters only.
Blank lines and lines starting with # are skipped; the first other line is the header above.
helpers.language.opencc_layers puts these entries in front of OpenCC's own dictionaries, so they
take part in its longest-match segmentation instead of patching its output afterwards.

The glossary is read here as a data file (helpers.core.datafiles), not through helpers.glossary,
which sits above helpers.language: only its simplified, traditional and taiwan fields are used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from helpers.core.caching import data_cache
from helpers.core.datafiles import table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.core.types import SCRIPTS, TARGETS, Script, Target

PHRASES_FILE = CORPUS_DIR / "conversion_phrases.tsv"
GLOSSARY_FILE = CORPUS_DIR / "glossary.toml"
HEADER = ("targets", "source", "phrase", "conversion", "reason")
REGIONAL: tuple[Target, ...] = ("zh-Hans", "zh-TW")
"""Targets with their own vocabulary, where a conversion may change length (公交车 → 公車)."""
_HAN_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x323AF),
    (0x2F800, 0x2FA1F),
)
HAN_STRETCH = re.compile(
    "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _HAN_RANGES) + "]+"
)
"""A maximal stretch of Han characters (the ranges of is_han)."""


def is_han(char: str) -> bool:
    """Whether a character is a CJK ideograph (unified, extensions A–H, or compatibility).

    Args:
        char: one character.

    Returns:
        True for 漢, 汉, 𠀀; False for letters, digits, punctuation (、。「」), 〇 and emoji.
    """
    code = ord(char)
    return any(low <= code <= high for low, high in _HAN_RANGES)


@dataclass(frozen=True)
class Phrase:
    """One dictionary entry: in target, phrase (written in source script) becomes conversion.

    Attributes:
        target: the target script.
        source: the script the phrase is written in.
        phrase: the phrase, Han characters only.
        conversion: what it becomes in the target.
        reason: why, in words, with an example sentence.
        where: file and line, or the glossary entry it comes from.
    """

    target: Target
    source: Script
    phrase: str
    conversion: str
    reason: str
    where: str


def _rows(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(file:line, fields) of every data line of a phrases file, after checking the header."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CorpusError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise CorpusError(f"{path}: not UTF-8 (offset {error.start})") from None
    data = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and line[0] != "#"]
    if not data or tuple(data[0][1].split("\t")) != HEADER:
        raise CorpusError(f"{path}: the first line must be the header {' TAB '.join(HEADER)}")
    for number, line in data[1:]:
        yield f"{path}:{number}", line.split("\t")


def _checked(where: str, fields: list[str]) -> Iterator[Phrase]:
    """The entries of one validated row, one per target."""
    if len(fields) != len(HEADER) or not all(field.strip() for field in fields):
        raise CorpusError(f"{where}: expected {len(HEADER)} non-empty tab-separated fields")
    targets, source, phrase, conversion, reason = (field.strip() for field in fields)
    if source not in SCRIPTS:
        raise CorpusError(f"{where}: unknown source '{source}'; valid: {', '.join(SCRIPTS)}")
    for text in (phrase, conversion):
        if not all(map(is_han, text)):
            raise CorpusError(f"{where}: '{text}' has a character that is not Han")
    for target in targets.split(","):
        if target.strip() not in TARGETS:
            raise CorpusError(f"{where}: unknown target '{target}'; valid: {', '.join(TARGETS)}")
        if len(phrase) != len(conversion) and target.strip() not in REGIONAL:
            raise CorpusError(
                f"{where}: '{phrase}' → '{conversion}' changes length, which only a regional "
                f"target ({', '.join(REGIONAL)}) may do"
            )
        yield Phrase(target.strip(), source, phrase, conversion, reason, where)  # type: ignore[arg-type]


def load_phrases(path: Path = PHRASES_FILE) -> tuple[Phrase, ...]:
    """Every entry of a phrases file (format in the module docstring), validated.

    Args:
        path: the file, usually corpus/conversion_phrases.tsv.

    Returns:
        The entries in file order, one per target of each row.

    Raises:
        CorpusError: the file is missing, not UTF-8 or lacks the header; a row has the wrong
            number of fields, an unknown target or source, a non-Han character, a length change
            outside zh-Hans and zh-TW, or the target, source and phrase of an earlier row (file
            and line named).
    """
    seen: dict[tuple[str, str, str], str] = {}
    loaded: list[Phrase] = []
    for where, fields in _rows(path):
        for entry in _checked(where, fields):
            key = (entry.target, entry.source, entry.phrase)
            if key in seen:
                raise CorpusError(f"{where}: duplicate of {seen[key]} ({' '.join(key)})")
            seen[key] = where
            loaded.append(entry)
    return tuple(loaded)


def glossary_phrases(path: Path = GLOSSARY_FILE) -> tuple[Phrase, ...]:
    """The glossary's cross-strait pairs as dictionary entries: simplified → taiwan for zh-TW from
    Simplified, taiwan → simplified for zh-Hans from Traditional.

    No traditional → taiwan entries: a Traditional text with mainland usage goes through
    Simplified (helpers.language.conversion), and one with Taiwan usage already has the author's
    words (000 writes 看跌期權, which 期權 → 選擇權 would rewrite).

    Args:
        path: the glossary, corpus/glossary.toml ([[entry]] rows with simplified, traditional
            and taiwan; taiwan empty where both sides write the word alike).

    Returns:
        The entries of every row with a Taiwan form, in file order.

    Raises:
        CorpusError: the file cannot be read or has no [[entry]] rows.
    """
    pairs: list[Phrase] = []
    for _, where, row in table_rows(path, "entry"):
        taiwan, simplified = row.get("taiwan", ""), row.get("simplified", "")
        if not taiwan or not all(map(is_han, simplified + taiwan)):
            continue
        why = f"glossary pair {simplified} / {taiwan}"
        pairs += [
            Phrase("zh-TW", "Simplified", simplified, taiwan, why, where),
            Phrase("zh-Hans", "Traditional", taiwan, simplified, why, where),
        ]
    return tuple(pairs)


@data_cache
def phrases() -> tuple[Phrase, ...]:
    """The project's entries: corpus/conversion_phrases.tsv, then the glossary pairs that the file
    does not already give (the file wins for the same target, source and phrase)."""
    own = load_phrases()
    keys = {(entry.target, entry.source, entry.phrase) for entry in own}
    return own + tuple(
        entry
        for entry in glossary_phrases()
        if (entry.target, entry.source, entry.phrase) not in keys
    )
