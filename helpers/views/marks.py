"""The markup of readings and notes inside Chinese text: ruby, and the notes a glossary term or a
one-to-many character opens on hover, on click or tap, and on keyboard focus (CSS only).

Readings come from helpers.language.readings, glossary entries from corpus/glossary.toml, the
one-to-many characters from OpenCC's STCharacters.txt. Every piece of text is escaped here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape
from typing import Literal, get_args

from helpers.core.caching import data_cache, read_only
from helpers.core.types import READING_STYLES, ReadingStyle, Region, Tones
from helpers.glossary.entries import Entry
from helpers.language.opencc_tables import one_to_many, st_characters
from helpers.language.readings import char_readings

Standard = Literal["automatic", "mainland", "Taiwan"]
"""Whose readings ruby shows: Taiwan's for Taiwan text and mainland's otherwise (automatic), or one
standard for all text."""
STANDARDS: tuple[Standard, ...] = get_args(Standard)


@dataclass(frozen=True)
class Ruby:
    """The reader's reading choices: style (None: no ruby), standard and tones."""

    style: ReadingStyle | None = None
    standard: Standard = "automatic"
    tones: Tones = "citation"

    def region(self, taiwan_text: bool) -> Region:
        """The standard to read a text in: the one chosen, or (automatic) Taiwan's for Taiwan
        text (the zh-TW column, a document whose region is Taiwan) and mainland's otherwise."""
        if self.standard == "automatic":
            return "Taiwan" if taiwan_text else "mainland"
        return self.standard


READING_LANGUAGE: dict[ReadingStyle, str] = {"pinyin": "zh-Latn-pinyin", "zhuyin": "zh-Bopo"}
"""The BCP 47 tag of each reading style, so that screen readers do not read readings as Han."""
# Shown only where the CSS is missing (a sanitised output): the note then reads "(…; …)" in line.
SEPARATOR = '<span class="mr-sep">; </span>'
OPEN, CLOSE = '<span class="mr-sep"> (</span>', '<span class="mr-sep">)</span>'


@data_cache
def alternatives() -> Mapping[str, tuple[str, ...]]:
    """Which one-to-many choices each character takes part in (OpenCC's STCharacters.txt).

    Returns:
        A read-only mapping from each Simplified character with several Traditional forms, and
        from each of those forms, to the Simplified characters whose choice it is, in order:
        "髮" → ("发",).
    """
    notes: dict[str, list[str]] = {}
    for simplified in sorted(one_to_many()):
        for char in dict.fromkeys((simplified, *st_characters()[simplified])):
            notes.setdefault(char, []).append(simplified)
    return read_only({char: tuple(found) for char, found in notes.items()})


def ruby(char: str, reading: str | None, style: ReadingStyle | None) -> str:
    """One escaped character with its reading as ruby, the reading in parentheses for a renderer
    without ruby.

    Args:
        char: one character.
        reading: its reading, or None for a character without one.
        style: the reading's style, which gives its lang tag (READING_LANGUAGE); None for none.

    Returns:
        "<ruby>我<rp>(</rp><rt lang=…>wǒ</rt><rp>)</rp></ruby>", or the escaped character alone.
    """
    if reading is None or style is None:
        return escape(char)
    return (
        f'<ruby>{escape(char)}<rp>(</rp><rt lang="{READING_LANGUAGE[style]}">{escape(reading)}</rt>'
        "<rp>)</rp></ruby>"
    )


def alternative_lines(chars: Iterable[str]) -> list[str]:
    """The one-to-many note of each character that has one, once each.

    Args:
        chars: characters, in the order to list them.

    Returns:
        One HTML line per Simplified character with several Traditional forms among or behind
        chars: "发 → 發/髮", the Simplified side tagged zh-Hans and the Traditional side zh-Hant.
    """
    sources = dict.fromkeys(source for char in chars for source in alternatives().get(char, ()))
    return [
        f'<span class="mr-line"><span lang="zh-Hans">{escape(source)}</span> → '
        f'<span lang="zh-Hant">{escape("/".join(st_characters()[source]))}</span></span>'
        for source in sources
    ]


def _readings(item: Entry, surface: str, style: ReadingStyle, region: Region, tones: Tones) -> str:
    """A term's reading as written, in one style: the glossary's own in citation tones (mainland,
    or the Taiwan form's zhuyin), else the reader's in the standard and tones chosen."""
    taiwan_form = bool(item.taiwan) and surface == item.taiwan
    if tones == "citation" and region == "mainland" and not taiwan_form:
        return item.pinyin if style == "pinyin" else item.zhuyin
    if tones == "citation" and taiwan_form and style == "zhuyin":
        return item.taiwan_zhuyin
    return " ".join(filter(None, char_readings(surface, style, region=region, tones=tones)))


def note(lines: list[str]) -> str:
    """A note that CSS shows next to its focusable parent on hover, click, tap or focus.

    Args:
        lines: the note's lines as HTML, escaped by the caller.

    Returns:
        A <span class="mr-note" role="note"> holding the lines, which read as "(…; …)" without CSS.
    """
    return f'<span class="mr-note" role="note">{OPEN}{SEPARATOR.join(lines)}{CLOSE}</span>'


def term_note(
    item: Entry, surface: str, reading: ReadingStyle | None, ruby: Ruby, taiwan_text: bool
) -> list[str]:
    """The glossary lines of a term's note: its readings and its English.

    Args:
        item: the glossary entry.
        surface: the term as written in the text; the Taiwan form (晶片) is read as itself.
        reading: the reading style the reader chose, or None for both pinyin and zhuyin.
        ruby: the reader's standard and tones, which the readings follow.
        taiwan_text: whether the term is in Taiwan text (for the automatic standard).

    Returns:
        Two HTML lines: the readings (each tagged with READING_LANGUAGE), the English (en).
    """
    region = ruby.region(taiwan_text)
    sounds = " ".join(
        f'<span lang="{READING_LANGUAGE[style]}">'
        f"{escape(_readings(item, surface, style, region, ruby.tones))}</span>"
        for style in (READING_STYLES if reading is None else (reading,))
    )
    return [
        f'<span class="mr-line">{sounds}</span>',
        f'<span class="mr-line" lang="en">{escape(item.english)}</span>',
    ]
