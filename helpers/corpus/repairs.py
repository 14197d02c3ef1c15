"""Logged, reversible repairs that turn a raw document into the normalised text everything else reads."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from helpers.core.datafiles import read_toml, table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.corpus.documents import document, documents, read_raw

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


@dataclass(frozen=True)
class Edit:
    """A replacement found in the raw text, before offsets in the normalised text are known."""

    rule: str
    raw_start: int
    before: str
    after: str
    reason: str


@dataclass(frozen=True)
class Repair:
    """One logged repair: where it sits in the raw and the normalised text, what it replaced, and why."""

    rule: str
    raw_start: int
    start: int
    before: str
    after: str
    reason: str

    def as_dict(self) -> dict:
        """The repair as a JSON-ready dict."""
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
    """A document's raw text, its normalised text and the repairs that lead from one to the other."""

    doc_id: str
    raw: str
    text: str
    repairs: tuple[Repair, ...]

    def raw_offset(self, offset: int, end: bool = False) -> int:
        """The raw-text offset of a normalised-text offset (inside a repair: clamped to its raw span).

        A start offset maps past a repair that begins at it; an end offset (end=True) stops before it, so that a span
        ending where a deletion begins (before '(shù)' or '?/span>') does not take in the deleted text.
        """
        shift = 0
        for repair in self.repairs:
            if offset < repair.start or (end and offset == repair.start):
                break
            if offset < repair.start + len(repair.after):
                return repair.raw_start + min(offset - repair.start, len(repair.before))
            shift = repair.raw_start + len(repair.before) - repair.start - len(repair.after)
        return offset + shift


def _pattern_edits(
    rule: str, pattern: str, replacement: str | Callable[[re.Match], str | None], reason: str
) -> Callable[[str], Iterator[Edit]]:
    """A rule that replaces every match of a pattern (a callable may return None to keep a match)."""
    compiled = re.compile(pattern)

    def find(raw: str) -> Iterator[Edit]:
        for match in compiled.finditer(raw):
            after = replacement(match) if callable(replacement) else match.expand(replacement)
            if after is not None and after != match.group(0):
                yield Edit(rule, match.start(), match.group(0), after, reason)

    return find


def _drop_pinyin_gloss(match: re.Match) -> str | None:
    """Drop '(shù)' after 數 when it is one of that character's readings; keep any other bracket."""
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
        r"[<?]/?(?:span|div|p|br|b|i|em|strong|font|a)\b[^<>\n]*>",
        "",
        "an HTML tag left in the text (its '<' garbled to '?')",
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


@dataclass(frozen=True)
class CuratedRepair:
    """A one-off repair from corpus/repairs.toml: replace a unique passage of one document."""

    doc: str
    before: str
    after: str
    reason: str


def load_curated_repairs(path: Path | None = None) -> tuple[CuratedRepair, ...]:
    """The curated one-off repairs, validated."""
    path = path or CORPUS_DIR / "repairs.toml"
    if read_toml(path).get("repair", []) == []:
        return ()  # a corpus that needs no one-off repair
    repairs = []
    for _, where, row in table_rows(path, "repair"):
        for name in ("doc", "before", "after", "reason"):
            if not isinstance(row.get(name), str) or (name != "after" and not row[name]):
                raise CorpusError(f"{where}: field '{name}' is missing or empty")
        if row["doc"] not in documents():
            raise CorpusError(f"{where}: unknown document '{row['doc']}'")
        if row["before"] == row["after"]:
            raise CorpusError(f"{where}: 'before' and 'after' are the same")
        repairs.append(CuratedRepair(row["doc"], row["before"], row["after"], row["reason"]))
    return tuple(repairs)


def _curated_edits(doc_id: str, raw: str, curated: tuple[CuratedRepair, ...]) -> Iterator[Edit]:
    """The curated repairs of one document, each trimmed to the characters that really change."""
    for repair in curated:
        if repair.doc != doc_id:
            continue
        found = raw.count(repair.before)
        if found != 1:
            raise CorpusError(
                f"corpus/repairs.toml: passage {repair.before!r} occurs {found} times in document {doc_id}, not once"
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


def apply_edits(doc_id: str, raw: str, edits: list[Edit]) -> NormalizedText:
    """Apply non-overlapping edits to the raw text and log each one with both offsets."""
    pieces, repairs, position, shift = [], [], 0, 0
    for edit in sorted(edits, key=lambda edit: (edit.raw_start, len(edit.before))):
        if edit.raw_start < position:
            raise CorpusError(
                f"document {doc_id}: repair '{edit.rule}' at offset {edit.raw_start} overlaps another repair"
            )
        pieces.append(raw[position : edit.raw_start])
        pieces.append(edit.after)
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


def normalize(doc_id: str, raw: str, curated: tuple[CuratedRepair, ...] = ()) -> NormalizedText:
    """Find every repair in a raw text and apply them all."""
    edits = [edit for rule in RULES for edit in rule(raw)]
    edits.extend(_curated_edits(doc_id, raw, curated))
    return apply_edits(doc_id, raw, edits)


def restore_raw(text: str, repairs: tuple[Repair, ...]) -> str:
    """Rebuild the raw text from the normalised text and the repair log."""
    for repair in sorted(repairs, key=lambda repair: repair.start, reverse=True):
        end = repair.start + len(repair.after)
        if text[repair.start : end] != repair.after:
            raise CorpusError(
                f"repair log does not match the text at offset {repair.start}: expected {repair.after!r}"
            )
        text = text[: repair.start] + repair.before + text[end:]
    return text


@cache
def normalized(doc_id: str) -> NormalizedText:
    """A corpus document's normalised text with its repair log (computed once)."""
    return normalize(doc_id, read_raw(document(doc_id).path), load_curated_repairs())
