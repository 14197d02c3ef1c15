"""The curated bilingual glossary in corpus/glossary.toml: loaded and validated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pypinyin import Style
from pypinyin.contrib.tone_convert import to_normal
from pypinyin.pinyin_dict import pinyin_dict
from pypinyin.style import convert as convert_style

from helpers.core.datafiles import table_rows
from helpers.core.errors import CorpusError
from helpers.core.paths import CORPUS_DIR
from helpers.language.conversion import convert

GLOSSARY_PATH = CORPUS_DIR / "glossary.toml"
CATEGORIES = ("technology", "company", "product", "person", "economics", "idea", "idiom")
TEXT_FIELDS = ("id", "simplified", "traditional", "pinyin", "zhuyin", "english", "category", "note")
FIELDS = (*TEXT_FIELDS, "taiwan", "taiwan_zhuyin", "surfaces", "hsk", "traditional_reason")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Entry:
    """One glossary entry."""

    id: str
    simplified: str
    traditional: str
    taiwan: str
    pinyin: str
    zhuyin: str
    english: str
    category: str
    note: str
    surfaces: tuple[str, ...]
    hsk: str
    traditional_reason: str = ""
    taiwan_zhuyin: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form of the entry: Simplified, Traditional, Taiwan and the corpus surfaces."""
        return tuple(
            dict.fromkeys(
                form
                for form in (self.simplified, self.traditional, self.taiwan, *self.surfaces)
                if form
            )
        )

    def as_dict(self) -> dict:
        """The entry as a JSON-ready dict, in the file's field order."""
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


@cache
def pinyin_syllables() -> frozenset[str]:
    """Every Mandarin syllable pypinyin knows, with tone marks and toneless."""
    marked = {syllable for readings in pinyin_dict.values() for syllable in readings.split(",")}
    return frozenset(marked | {to_normal(syllable) for syllable in marked})


@cache
def zhuyin_syllables() -> frozenset[str]:
    """Every Zhuyin syllable: each pinyin syllable in Zhuyin, and each toneless one in all four tones."""
    zhuyin = {
        convert_style(syllable, Style.BOPOMOFO, strict=True, default="")
        for syllable in pinyin_syllables()
    }
    bases = {syllable.rstrip("˙") for syllable in zhuyin if syllable.endswith("˙")}
    return frozenset(zhuyin | {f"{base}{mark}" for base in bases for mark in ("", "ˊ", "ˇ", "ˋ")})


def _check_zhuyin(where: str, name: str, text: str, count: int) -> None:
    """Fail unless a field holds exactly count valid Zhuyin syllables."""
    zhuyin = text.split(" ")
    if len(zhuyin) != count or any(syllable not in zhuyin_syllables() for syllable in zhuyin):
        raise CorpusError(
            f"{where}: {name} '{text}' is not {count} valid Zhuyin syllable(s), one per character"
        )


def _entry(where: str, row: dict) -> Entry:
    """One validated entry; the error names the row and the rule it breaks."""
    unknown = sorted(set(row) - set(FIELDS))
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {', '.join(unknown)}")
    for name in TEXT_FIELDS:
        if not isinstance(row.get(name), str) or not row[name].strip():
            raise CorpusError(f"{where}: field '{name}' is missing or empty")
    for name in ("taiwan", "taiwan_zhuyin", "hsk", "traditional_reason"):
        if not isinstance(row.get(name, ""), str):
            raise CorpusError(f"{where}: field '{name}' must be a string")
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
    if bool(taiwan) != bool(taiwan_zhuyin):
        raise CorpusError(
            f"{where}: 'taiwan' and 'taiwan_zhuyin' go together: give both or neither"
        )
    if taiwan:
        _check_zhuyin(where, "taiwan_zhuyin", taiwan_zhuyin, len(taiwan))
    expected = convert(row["simplified"], "zh-Hant", "Simplified")
    if row["traditional"] != expected and not row.get("traditional_reason"):
        raise CorpusError(
            f"{where}: traditional '{row['traditional']}' differs from the conversion of "
            f"'{row['simplified']}' ('{expected}'); add a traditional_reason if it is meant"
        )
    if row.get("hsk", "") not in ("", "1", "2", "3", "4", "5", "6"):
        raise CorpusError(f"{where}: hsk '{row['hsk']}' is not an HSK level 1–6 or empty")
    surfaces = row.get("surfaces")
    if (
        not isinstance(surfaces, list)
        or not surfaces
        or not all(isinstance(s, str) and s for s in surfaces)
    ):
        raise CorpusError(
            f"{where}: field 'surfaces' must be a non-empty list of the forms the corpus uses"
        )
    fields = {name: row.get(name, "") for name in FIELDS if name != "surfaces"}
    return Entry(surfaces=tuple(surfaces), **fields)


def load_glossary(path: Path | None = None) -> tuple[Entry, ...]:
    """All entries of a glossary file, in file order, validated."""
    path = path or GLOSSARY_PATH
    entries: dict[str, Entry] = {}
    for _, where, row in table_rows(path, "entry"):
        entry = _entry(where, row)
        if entry.id in entries:
            raise CorpusError(f"{where}: duplicate id {entry.id}")
        entries[entry.id] = entry
    return tuple(entries.values())


@cache
def glossary_entries() -> tuple[Entry, ...]:
    """The project's glossary (loaded once)."""
    return load_glossary()
