"""Where repairs come from: the general rules that find damage any text may carry, and the one-off
repairs of corpus/repairs.toml. helpers.corpus.repairs applies and logs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from helpers.core.datafiles import read_toml, table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.corpus.documents import documents
from helpers.corpus.structure import corpus_file

REPAIRS_FILE = CORPUS_DIR / "repairs.toml"
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHARACTER = re.compile(rf"[{HAN}]")
"""One Han character (CJK unified ideographs, extension A, compatibility ideographs)."""
TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"

Rule = Literal[
    "encoding",
    "byte_order_mark",
    "line_ending",
    "pinyin_gloss",
    "html_remnant",
    "lost_quotation_marks",
    "stray_space",
    "curated",
]
"""The name of a repair rule; 'curated' is a one-off repair from corpus/repairs.toml; 'encoding'
logs (zero-width, at offset 0) that a text was decoded from an encoding other than UTF-8."""


@dataclass(frozen=True)
class Edit:
    """A replacement found in a raw text, before its offset in the normalised text is known.

    Attributes:
        rule: the rule that found it.
        raw_start: where `before` starts, in characters into the raw text.
        before: the raw text replaced.
        after: its replacement ('' for a deletion).
        reason: why, in words.
    """

    rule: Rule
    raw_start: int
    before: str
    after: str
    reason: str


def _pattern_edits(
    rule: Rule,
    pattern: str,
    replacement: str | Callable[[re.Match[str]], str | None],
    reason: str,
) -> Callable[[str], Iterator[Edit]]:
    """A rule replacing every match of a pattern (a callable may return None to keep a match)."""
    compiled = re.compile(pattern)

    def find(raw: str) -> Iterator[Edit]:
        for match in compiled.finditer(raw):
            after = replacement(match) if callable(replacement) else match.expand(replacement)
            if after is not None and after != match.group(0):
                yield Edit(rule, match.start(), match.group(0), after, reason)

    return find


def _drop_pinyin_gloss(match: re.Match[str]) -> str | None:
    """Drop '(shù)' after 數 when pypinyin knows it as a reading of 數; keep any other bracket."""
    from pypinyin import Style, pinyin

    han = match.string[match.start() - 1]
    readings = pinyin(han, heteronym=True, style=Style.TONE)[0]
    return "" if match.group("syllable") in readings else None


RULES: tuple[Callable[[str], Iterator[Edit]], ...] = (
    _pattern_edits("byte_order_mark", r"\A\ufeff", "", "a UTF-8 byte order mark is not text"),
    _pattern_edits("line_ending", r"\r\n?", "\n", "line breaks are normalised to LF"),
    _pattern_edits(
        "pinyin_gloss",
        rf"(?<=[{HAN}])\((?P<syllable>[a-zü]*[{TONE_VOWELS}][a-zü{TONE_VOWELS}]*)\)",
        _drop_pinyin_gloss,
        "pinyin of the preceding character left in brackets by a conversion tool",
    ),
    _pattern_edits(
        "html_remnant",
        # Only a tag whose '<' a converter garbled to '?' is damage; markup written as such is
        # text, kept verbatim and escaped wherever it is shown.
        r"\?/?(?:span|div|p|br|b|i|em|strong|font|a)\b[^<>\n]*>",
        "",
        "an HTML tag whose '<' was garbled to '?', left in the text",
    ),
    _pattern_edits(
        "lost_quotation_marks",
        rf"(?<=[{HAN}])\?(?P<name>[A-Za-z][A-Za-z0-9 .&'-]*?)\?(?=[{HAN}])",
        r"“\g<name>”",
        "quotation marks around a Latin-script name garbled to '?'",
    ),
    _pattern_edits(
        "stray_space",
        rf"(?<=[{HAN}]) (?=[{HAN}])",
        "",
        "a space inside a run of Chinese characters",
    ),
)
"""The general rules, each finding its edits in a raw text."""


@dataclass(frozen=True)
class CuratedRepair:
    """A one-off repair from corpus/repairs.toml: replace a passage that occurs once in a document.

    Attributes:
        doc: the document id.
        before: the passage in the raw text.
        after: what it becomes (only the characters that differ are changed and logged).
        reason: why, in words.
    """

    doc: str
    before: str
    after: str
    reason: str


def load_curated_repairs(
    path: Path = REPAIRS_FILE, known: Collection[str] | None = None
) -> tuple[CuratedRepair, ...]:
    """The one-off repairs of a repairs file, validated.

    Args:
        path: a file in the format of corpus/repairs.toml ([[repair]] rows of doc, before, after,
            reason).
        known: the ids its rows may name (default: every document of documents()).

    Returns:
        The repairs in file order; none for a file without a 'repair' key.

    Raises:
        CorpusError: the file is missing or not TOML, 'repair' is not a list of tables, or a row
            has a missing or empty field ('after' may be empty), names an unknown document or does
            not change anything (file and row named). Whether the passage occurs once is checked
            when the document is normalised.
    """
    if read_toml(path).get("repair", []) == []:
        return ()  # a corpus that needs no one-off repair
    repairs = []
    for _, where, row in table_rows(path, "repair"):
        for name in ("doc", "before", "after", "reason"):
            if not isinstance(row.get(name), str) or (name != "after" and not row[name]):
                raise CorpusError(f"{where}: field '{name}' is missing or empty")
        if row["doc"] not in (documents() if known is None else known):
            raise CorpusError(f"{where}: unknown document '{row['doc']}'")
        if row["before"] == row["after"]:
            raise CorpusError(f"{where}: 'before' and 'after' are the same")
        repairs.append(CuratedRepair(row["doc"], row["before"], row["after"], row["reason"]))
    return tuple(repairs)


def curated_edits(doc_id: str, raw: str, curated: tuple[CuratedRepair, ...]) -> Iterator[Edit]:
    """The edits of a document's curated repairs, each trimmed to the characters that change.

    Args:
        doc_id: the document; repairs of other documents are skipped.
        raw: its raw text.
        curated: the curated repairs (see load_curated_repairs).

    Yields:
        One edit per repair of the document.

    Raises:
        CorpusError: a repair's passage does not occur exactly once in the raw text.
    """
    for repair in curated:
        if repair.doc != doc_id:
            continue
        found = raw.count(repair.before)
        if found != 1:
            raise CorpusError(
                f"{corpus_file(doc_id, 'repairs.toml')}: passage {repair.before!r} occurs "
                f"{found} times "
                f"in document {doc_id}, not once"
            )
        before, after = repair.before, repair.after
        prefix = len(_common_prefix(before, after))
        suffix = len(_common_prefix(before[prefix:][::-1], after[prefix:][::-1]))
        yield Edit(
            "curated",
            raw.index(before) + prefix,
            before[prefix : len(before) - suffix],
            after[prefix : len(after) - suffix],
            repair.reason,
        )


def _common_prefix(first: str, second: str) -> str:
    """The longest common prefix of two strings."""
    length = 0
    while length < min(len(first), len(second)) and first[length] == second[length]:
        length += 1
    return first[:length]
