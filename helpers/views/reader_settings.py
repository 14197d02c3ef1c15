"""The reader's settings file, which keeps its choices across kernel restarts.

The file is settings.json in the reader's data folder (helpers.core.home: the platform's user data
folder, or the folder READER_HOME names). It holds the layout, reading (style, standard, tones)
and glossary choices, and per document the script pair and the place last shown:

    {"documents": {"003": {"pair": "original ↔ zh-TW", "ref": "003:p90.s0", "section": 4,
     "turn": -1}}, "glossary": false, "layout": "side by side", "reading": "none",
     "standard": "automatic", "tones": "citation"}

A file written before standard and tones were offered loads with their defaults.

"ref" is the first sentence of the page shown, so a reader with another page size still opens at
that sentence. Writes replace the file whole (a temporary file, then os.replace), keep the
documents and keys they do not set, and never touch a file that could not be read.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helpers.core.errors import CorpusError
from helpers.core.home import reader_home
from helpers.core.types import TONES, Tones
from helpers.corpus.documents import documents
from helpers.views.marks import STANDARDS, Standard
from helpers.views.reader_pages import (
    ANY,
    LAYOUT_BUTTONS,
    PAIRS,
    READING_BUTTONS,
    LayoutChoice,
    PairChoice,
    ReadingChoice,
)

FILE_NAME = "settings.json"


class SettingsRefusedError(CorpusError):
    """The settings file exists but cannot be read as settings; it is left as it is."""


@dataclass(frozen=True)
class Place:
    """Where a reader was in one document.

    Attributes:
        pair: the script pair shown.
        section, turn: the section and turn chosen (ANY for all).
        ref: the first sentence of the page shown, or None for the first page.
    """

    pair: PairChoice
    section: int = ANY
    turn: int = ANY
    ref: str | None = None


@dataclass(frozen=True)
class Settings:
    """The reader's settings: the choices shared by all documents, and a place per document."""

    layout: LayoutChoice = "side by side"
    reading: ReadingChoice = "none"
    glossary: bool = False
    places: Mapping[str, Place] = field(default_factory=dict)
    standard: Standard = "automatic"
    tones: Tones = "citation"

    @property
    def ruby(self) -> tuple[Standard, Tones]:
        """The reading standard and tones."""
        return self.standard, self.tones


@dataclass(frozen=True)
class Loaded:
    """What load_settings found.

    Attributes:
        settings: the settings, defaults in place of anything missing or unknown.
        messages: one line per value replaced by its default.
        refused: why the file was refused, or None; a refused file must not be written.
    """

    settings: Settings
    messages: tuple[str, ...] = ()
    refused: str | None = None


def settings_path() -> Path:
    """Where the settings file is: settings.json in the reader's data folder (reader_home()).
    The folder may not exist yet."""
    return reader_home() / FILE_NAME


def _read(path: Path) -> dict[str, Any]:
    """The file's JSON object ({} when there is no file)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsRefusedError(f"settings file {path} cannot be read ({error})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SettingsRefusedError(f"settings file {path} is not JSON ({error})") from None
    if not isinstance(data, dict):
        raise SettingsRefusedError(f"settings file {path} does not hold a JSON object")
    return data


def _choice(
    data: Mapping[str, Any], key: str, options: tuple[Any, ...], messages: list[str]
) -> Any:
    """data[key] if it is one of options, else options[0] (with a message if it was given)."""
    value = data.get(key, options[0])
    if value in options and type(value) is type(options[0]):
        return value
    messages.append(
        f"{key}: {value!r} is not one of {', '.join(map(repr, options))}; using {options[0]!r}"
    )
    return options[0]


def _index(data: Mapping[str, Any], key: str, found: list[str]) -> int:
    """data[key] if it is a section or turn number (or ANY), else ANY (with a message)."""
    value = data.get(key, ANY)
    if isinstance(value, int) and not isinstance(value, bool) and value >= ANY:
        return value
    found.append(f"{key} {value!r} is not a {key} number; using all")
    return ANY


def _place(doc_id: str, data: object, messages: list[str]) -> Place | None:
    """A document's stored place, its unknown values replaced by defaults."""
    if doc_id not in documents() or not isinstance(data, dict):
        messages.append(f"documents: ignoring {doc_id!r}, which is not a document with a place")
        return None
    found: list[str] = []
    pair = _choice(data, "pair", tuple(PAIRS), found)
    section, turn = (_index(data, key, found) for key in ("section", "turn"))
    ref = data.get("ref")
    if ref is not None and not isinstance(ref, str):
        found.append(f"ref {ref!r} is not a reference; using the first page")
        ref = None
    messages += [f"documents: {doc_id}: {message}" for message in found]
    return Place(pair, section, turn, ref)


def load_settings(path: Path) -> Loaded:
    """The reader's settings from a settings file.

    Args:
        path: the file (settings_path()); a missing file gives the defaults.

    Returns:
        The settings, with a message for each value that is not one the reader offers (it falls
        back to its default); or, when the file cannot be read, is not JSON or not a JSON object,
        the defaults and in `refused` why.
    """
    try:
        data = _read(path)
    except SettingsRefusedError as error:
        return Loaded(
            Settings(), refused=f"{error}: it is left as it is and settings are not saved"
        )
    messages: list[str] = []
    layout = _choice(data, "layout", tuple(LAYOUT_BUTTONS), messages)
    reading = _choice(data, "reading", tuple(READING_BUTTONS), messages)
    glossary = _choice(data, "glossary", (False, True), messages)
    standard = _choice(data, "standard", STANDARDS, messages)
    tones = _choice(data, "tones", TONES, messages)
    stored = data.get("documents", {})
    if not isinstance(stored, dict):
        messages.append("documents: not a JSON object; no places restored")
        stored = {}
    places = {doc_id: _place(doc_id, value, messages) for doc_id, value in stored.items()}
    kept = {doc_id: p for doc_id, p in places.items() if p is not None}
    settings = Settings(layout, reading, glossary, kept, standard, tones)
    return Loaded(settings, tuple(f"settings file {path}: {m}" for m in messages))


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings, keeping the places and keys of the file that they do not set.

    Args:
        path: the settings file; its folder is made if missing.
        settings: the shared choices and the places to store (others in the file are kept).

    Raises:
        SettingsRefusedError: the file exists but cannot be read as settings (it is not touched).
        CorpusError: the folder or the file cannot be written (the message names it and why).
    """
    data = _read(path)
    stored = data.get("documents")
    places = dict(stored) if isinstance(stored, dict) else {}
    places.update(
        {
            doc_id: {"pair": p.pair, "section": p.section, "turn": p.turn, "ref": p.ref}
            for doc_id, p in settings.places.items()
        }
    )
    data.update(
        layout=settings.layout,
        reading=settings.reading,
        glossary=settings.glossary,
        standard=settings.standard,
        tones=settings.tones,
        documents=places,
    )
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise CorpusError(f"settings cannot be saved to {path} ({error})") from None
