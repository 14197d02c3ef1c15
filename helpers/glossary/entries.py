"""The curated bilingual glossary in corpus/glossary.toml: loaded and validated.

Pinyin and Zhuyin are checked against the syllables pypinyin knows; the Traditional form against
OpenCC's conversion of the Simplified one (helpers.language.conversion).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from pypinyin import Style
from pypinyin.contrib.tone_convert import to_normal
from pypinyin.pinyin_dict import pinyin_dict
from pypinyin.style import convert as convert_style

from helpers.core.caching import data_cache
from helpers.core.datafiles import check_fields, table_rows, text_list
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.language.conversion import convert

Category = Literal["technology", "company", "product", "person", "economics", "idea", "idiom"]
HskLevel = Literal["", "1", "2", "3", "4", "5", "6"]
"""An HSK 2.0 level, or "" for a word that is not on the HSK list."""

CATEGORIES: tuple[Category, ...] = get_args(Category)
HSK_LEVELS: tuple[HskLevel, ...] = get_args(HskLevel)
GLOSSARY_PATH = CORPUS_DIR / "glossary.toml"
TEXT_FIELDS = ("id", "simplified", "traditional", "pinyin", "zhuyin", "english", "category", "note")
"""The fields every entry must give as a non-empty string."""
OPTIONAL_TEXT_FIELDS = ("taiwan", "taiwan_zhuyin", "hsk", "traditional_reason")
FIELDS = (*TEXT_FIELDS, *OPTIONAL_TEXT_FIELDS, "surfaces")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Entry:
    """One glossary entry, as validated from corpus/glossary.toml.

    Attributes:
        id: a slug of lower-case words joined by '-' ("chip"), unique in the glossary.
        simplified: the Simplified form (芯片).
        traditional: the Traditional form; OpenCC's conversion of simplified unless
            traditional_reason says why not.
        taiwan: the word Taiwan writes instead (晶片), or "" when it writes the Traditional form.
        pinyin: the reading of the Simplified form, one syllable with tone mark per character.
        zhuyin: the reading of the Traditional form in Zhuyin, one syllable per pinyin syllable.
        english: the English gloss; senses separated by ';' or ','.
        category: one of CATEGORIES.
        note: a usage note for the reader.
        surfaces: the forms the corpus writes, each found in at least one text.
        hsk: the HSK 2.0 level of the Simplified form, or "".
        traditional_reason: why traditional differs from OpenCC's conversion, or "".
        taiwan_zhuyin: the Taiwan-standard (Ministry of Education) Zhuyin of the word a Taiwan
            reader writes (taiwan, else traditional); given whenever taiwan is, or the Taiwan
            reading differs from zhuyin (亞馬遜 ㄧㄚˇ ㄇㄚˇ ㄒㄩㄣˋ), "" otherwise.
    """

    id: str
    simplified: str
    traditional: str
    taiwan: str
    pinyin: str
    zhuyin: str
    english: str
    category: Category
    note: str
    surfaces: tuple[str, ...]
    hsk: HskLevel
    traditional_reason: str = ""
    taiwan_zhuyin: str = ""

    @property
    def taiwan_reading(self) -> str:
        """The Taiwan-standard Zhuyin of the word a Taiwan reader writes: taiwan_zhuyin, or
        zhuyin where the Taiwan reading is the same."""
        return self.taiwan_zhuyin or self.zhuyin

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form: Simplified, Traditional, Taiwan, then the surfaces; each once."""
        written = (self.simplified, self.traditional, self.taiwan, *self.surfaces)
        return tuple(dict.fromkeys(form for form in written if form))

    def as_dict(self) -> dict[str, Any]:
        """The entry as a JSON-ready dict: every field as a string, surfaces as a list."""
        return {
            "id": self.id,
            "simplified": self.simplified,
            "traditional": self.traditional,
            "taiwan": self.taiwan,
            "pinyin": self.pinyin,
            "zhuyin": self.zhuyin,
            "english": self.english,
            "category": self.category,
            "note": self.note,
            "surfaces": list(self.surfaces),
            "hsk": self.hsk,
            "traditional_reason": self.traditional_reason,
            "taiwan_zhuyin": self.taiwan_zhuyin,
        }


@data_cache
def pinyin_syllables() -> frozenset[str]:
    """Every Mandarin syllable pypinyin's character dictionary knows, lower-case.

    Returns:
        Each syllable with its tone mark ("suàn") and toneless ("suan").
    """
    marked = {syllable for readings in pinyin_dict.values() for syllable in readings.split(",")}
    return frozenset(marked | {to_normal(syllable) for syllable in marked})


@data_cache
def zhuyin_syllables() -> frozenset[str]:
    """Every Zhuyin syllable, from pypinyin's syllables converted to Zhuyin.

    Returns:
        Each syllable with its tone mark ("ㄙㄨㄢˋ"); a neutral-tone syllable ("ㄇㄜ˙") also in all
        four tones, since pypinyin lists some syllables only in the neutral tone.
    """
    zhuyin = {
        convert_style(syllable, Style.BOPOMOFO, strict=True, default="")
        for syllable in pinyin_syllables()
    }
    bases = {syllable.rstrip("˙") for syllable in zhuyin if syllable.endswith("˙")}
    return frozenset(zhuyin | {f"{base}{mark}" for base in bases for mark in ("", "ˊ", "ˇ", "ˋ")})


def _check_zhuyin(where: str, name: str, text: str, count: int) -> None:
    """Fail unless a field holds exactly count valid Zhuyin syllables separated by single spaces."""
    zhuyin = text.split(" ")
    if len(zhuyin) != count or any(syllable not in zhuyin_syllables() for syllable in zhuyin):
        raise CorpusError(
            f"{where}: {name} '{text}' is not {count} valid Zhuyin syllable(s), one per character"
        )


def _check_fields(where: str, row: dict[str, Any]) -> None:
    """Fail on an unknown field, a missing text field, or a field of the wrong type."""
    check_fields(where, row, TEXT_FIELDS, optional=FIELDS)
    for name in OPTIONAL_TEXT_FIELDS:
        if not isinstance(row.get(name, ""), str):
            raise CorpusError(f"{where}: field '{name}' must be a string")
    text_list(
        row.get("surfaces"),
        f"{where}: field 'surfaces' must be a non-empty list of the forms the corpus uses",
    )


def _check_values(where: str, row: dict[str, Any]) -> None:
    """Fail on a value that breaks a rule: id, category, readings, Traditional form, HSK level."""
    if not SLUG.fullmatch(row["id"]):
        raise CorpusError(f"{where}: id '{row['id']}' must be lower-case words joined by '-'")
    if row["category"] not in CATEGORIES:
        raise CorpusError(
            f"{where}: category '{row['category']}' is not one of {', '.join(CATEGORIES)}"
        )
    syllables = row["pinyin"].split(" ")
    bad = [syllable for syllable in syllables if syllable.lower() not in pinyin_syllables()]
    if bad:
        raise CorpusError(
            f"{where}: pinyin syllable(s) {', '.join(map(repr, bad))} do not exist in Mandarin"
        )
    _check_zhuyin(where, "zhuyin", row["zhuyin"], len(syllables))
    taiwan, taiwan_zhuyin = row.get("taiwan", ""), row.get("taiwan_zhuyin", "")
    if taiwan and not taiwan_zhuyin:
        raise CorpusError(f"{where}: a 'taiwan' form needs its 'taiwan_zhuyin'")
    if taiwan_zhuyin:
        _check_zhuyin(where, "taiwan_zhuyin", taiwan_zhuyin, len(taiwan or row["traditional"]))
    if taiwan_zhuyin and not taiwan and taiwan_zhuyin == row["zhuyin"]:
        raise CorpusError(
            f"{where}: taiwan_zhuyin repeats zhuyin; give it only where the Taiwan reading differs"
        )
    expected = convert(row["simplified"], "zh-Hant", "Simplified")
    if row["traditional"] != expected and not row.get("traditional_reason"):
        raise CorpusError(
            f"{where}: traditional '{row['traditional']}' differs from the conversion of "
            f"'{row['simplified']}' ('{expected}'); add a traditional_reason if it is meant"
        )
    if row.get("hsk", "") not in HSK_LEVELS:
        raise CorpusError(f"{where}: hsk '{row['hsk']}' is not an HSK level 1–6 or empty")


def _entry(where: str, row: dict[str, Any]) -> Entry:
    """One validated entry; the error names the row (where) and the rule it breaks."""
    _check_fields(where, row)
    _check_values(where, row)
    fields = {name: row.get(name, "") for name in FIELDS if name != "surfaces"}
    return Entry(surfaces=tuple(row["surfaces"]), **fields)


def load_glossary(path: Path | None = None) -> tuple[Entry, ...]:
    """Read and validate a glossary file.

    Args:
        path: a TOML file of [[entry]] tables; corpus/glossary.toml when None.

    Returns:
        Every entry in file order.

    Raises:
        CorpusError: the file cannot be read or parsed, or an entry breaks a rule (unknown or
            missing field, malformed id, unknown category, pinyin or Zhuyin that is not Mandarin or
            does not match the number of syllables, a Traditional form that differs from OpenCC's
            without a reason, an HSK level outside 1–6, empty surfaces, a duplicate id); the
            message names the file, the entry's number and id, and the rule.
    """
    path = path or GLOSSARY_PATH
    entries: dict[str, Entry] = {}
    for _, where, row in table_rows(path, "entry"):
        entry = _entry(where, row)
        if entry.id in entries:
            raise CorpusError(f"{where}: duplicate id {entry.id}")
        entries[entry.id] = entry
    return tuple(entries.values())


@data_cache
def glossary_entries() -> tuple[Entry, ...]:
    """The project's glossary, corpus/glossary.toml, validated and in file order.

    Raises:
        CorpusError: as load_glossary, when the file breaks a rule.
    """
    return load_glossary()
