"""TOML text for a new document: its metadata row (for metadata.toml) and its structure rows (for
structure.toml), validated first and read back identically by load_metadata and load_structure.

Values are written as TOML basic strings: backslash, quotation mark and control characters escaped,
everything else (Chinese, HTML, script) as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date

from helpers.core.errors import CorpusError
from helpers.core.types import FORMATS, REGIONS, SCRIPTS, UNKNOWN
from helpers.corpus.documents import Interview
from helpers.corpus.intake import ENCODINGS
from helpers.corpus.structure import HeadingGroup, Speaker

ID = re.compile(r"\d{3}")
"""A document id: three digits."""
SLUG = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")
"""A slug or speaker id: lower-case words joined by '_'."""
FILE = re.compile(r"texts/[^/\\\s]+")
"""A text's file, relative to its corpus folder: a name under texts/, without spaces."""
URL = re.compile(r"https?://\S+")
"""A web address the metadata takes."""
PUBLISHED = re.compile(r"\d{4}-\d{2}-\d{2}")
"""A publication date: YYYY-MM-DD."""
READER_METADATA_HEADER = """\
# A reader's own documents, in the format of the repository's corpus/metadata.toml.
# "unknown" means the document does not say. Fields: id (three digits, 100-999), slug, file (under
# this folder), title, title_en, label_en, publisher, url, published (YYYY-MM-DD), script, region,
# format, notes, encoding (utf-8 unless given) and [document.interview]: venue, date, interviewers,
# interviewee, length.
"""
"""The comment that opens a reader's metadata.toml."""
READER_STRUCTURE_HEADER = """\
# How a reader's plain-text documents divide into sections, and who speaks in their transcripts,
# in the format of the repository's corpus/structure.toml. Detected when a document was added:
# check the heading lines and the speakers' names and labels.
"""
"""The comment that opens a reader's structure.toml."""
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(value: str) -> str:
    """A TOML basic string holding `value` exactly.

    Args:
        value: any text.

    Returns:
        The value in double quotes, with backslash, quotation mark and control characters
        (U+0000-U+001F, U+007F) escaped.
    """
    escaped = "".join(
        _ESCAPES.get(char)
        or (f"\\u{ord(char):04X}" if ord(char) < 0x20 or ord(char) == 0x7F else char)
        for char in value
    )
    return f'"{escaped}"'


def toml_list(values: Iterable[str]) -> str:
    """A TOML array of basic strings on one line ('["a", "b"]', '[]')."""
    return f"[{', '.join(map(toml_string, values))}]"


def control_character(value: str) -> str | None:
    """The first control character (Unicode category Cc: ESC, NUL, tab, newline …) or line or
    paragraph separator (U+2028, U+2029) of a metadata value, as 'U+001B', or None."""
    for char in value:
        if unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            return f"U+{ord(char):04X}"
    return None


def _text(field: str, value: object) -> str:
    """A metadata value that must be non-blank text on one line, without control characters."""
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(
            f"metadata field '{field}' must be non-empty text ('{UNKNOWN}' if unknown)"
        )
    found = control_character(value)
    if found:
        raise CorpusError(
            f"metadata field '{field}': a control character or line break ({found}) is not allowed"
        )
    return value


def _check_form(field: str, value: str, pattern: re.Pattern[str], form: str) -> None:
    """Refuse a value that does not have its field's form."""
    if not pattern.fullmatch(value):
        raise CorpusError(f"metadata field '{field}': {value!r} is not {form}")


def metadata_row(
    *,
    doc_id: str,
    slug: str,
    file: str,
    script: str,
    region: str,
    format: str,
    title: str = UNKNOWN,
    title_en: str = UNKNOWN,
    label_en: str = UNKNOWN,
    publisher: str = UNKNOWN,
    url: str = UNKNOWN,
    published: str = UNKNOWN,
    notes: str = UNKNOWN,
    interview: Interview | None = None,
    encoding: str = "utf-8",
) -> str:
    """A document's [[document]] row for a metadata file, validated.

    Args:
        doc_id: three digits.
        slug: lower-case words joined by '_'.
        file: the text's file relative to the corpus folder ('texts/100_my_text.txt').
        script, region, format: one of SCRIPTS, REGIONS, FORMATS.
        title … notes: non-empty text without control characters or line breaks (see
            control_character), 'unknown' when not given; url a web address and
            published YYYY-MM-DD unless 'unknown'.
        interview: the interview the document reports on; every field 'unknown' (and no
            interviewers) when not given.
        encoding: one of ENCODINGS; the field is written only when it is not 'utf-8'.

    Returns:
        The row as TOML text, '[[document]]' to its [document.interview] table, ending with a
        newline; append it to a metadata file after a blank line.

    Raises:
        CorpusError: a value of the wrong form; the message names the field and the form.
    """
    values = {
        "id": _text("id", doc_id),
        "slug": _text("slug", slug),
        "file": _text("file", file),
        "title": _text("title", title),
        "title_en": _text("title_en", title_en),
        "label_en": _text("label_en", label_en),
        "publisher": _text("publisher", publisher),
        "url": _text("url", url),
        "published": _text("published", published),
        "script": _text("script", script),
        "region": _text("region", region),
        "format": _text("format", format),
        "notes": _text("notes", notes),
    }
    _check_form("id", doc_id, ID, "three digits")
    _check_form("slug", slug, SLUG, "lower-case words joined by '_'")
    _check_form("file", file, FILE, "a file name under texts/ (texts/NAME, no spaces)")
    if url != UNKNOWN:
        _check_form("url", url, URL, f"a web address (http:// or https://) or '{UNKNOWN}'")
    if published != UNKNOWN:
        _check_form("published", published, PUBLISHED, f"a date YYYY-MM-DD or '{UNKNOWN}'")
        try:
            date.fromisoformat(published)
        except ValueError:
            raise CorpusError(f"metadata field 'published': {published!r} is not a date") from None
    for field, valid in (
        ("script", SCRIPTS),
        ("region", REGIONS),
        ("format", FORMATS),
        ("encoding", ENCODINGS),
    ):
        value = encoding if field == "encoding" else values[field]
        if value not in valid:
            raise CorpusError(
                f"metadata field '{field}': {value!r} is not one of {', '.join(valid)}"
            )
    interview = interview or Interview(UNKNOWN, UNKNOWN, (), UNKNOWN, UNKNOWN)
    facts = {
        "venue": interview.venue,
        "date": interview.date,
        "interviewee": interview.interviewee,
        "length": interview.length,
    }
    for name, value in facts.items():
        _text(f"interview.{name}", value)
    if not all(isinstance(name, str) and name.strip() for name in interview.interviewers):
        raise CorpusError("metadata field 'interview.interviewers' must be a list of names")
    if encoding != "utf-8":
        values["encoding"] = encoding
    lines = ["[[document]]", *(f"{name} = {toml_string(value)}" for name, value in values.items())]
    lines += ["", "[document.interview]"]
    lines += [f"{name} = {toml_string(facts[name])}" for name in ("venue", "date")]
    lines.append(f"interviewers = {toml_list(interview.interviewers)}")
    lines += [f"{name} = {toml_string(facts[name])}" for name in ("interviewee", "length")]
    return "\n".join(lines) + "\n"


def _heading_row(number: int, group: HeadingGroup) -> str:
    """One heading as an inline table, validated as load_structure validates it."""
    if not group.lines or not all(line and line.strip() == line for line in group.lines):
        raise CorpusError(
            f"heading #{number}: 'lines' must be non-empty lines without surrounding spaces"
        )
    if any("\n" in line or "\r" in line for line in group.lines):
        raise CorpusError(f"heading #{number}: a line must not hold a line break")
    if group.level not in (1, 2):
        raise CorpusError(f"heading #{number}: 'level' must be 1 or 2, not {group.level!r}")
    return f"  {{ level = {group.level}, lines = {toml_list(group.lines)} }},"


def _speaker_rows(speakers: Sequence[Speaker]) -> list[str]:
    """The speakers as inline tables, validated as load_structure validates them."""
    rows: list[str] = []
    ids: set[str] = set()
    labels: set[str] = set()
    for number, speaker in enumerate(speakers, start=1):
        for field in ("id", "name", "name_zh"):
            if not getattr(speaker, field).strip():
                raise CorpusError(f"speaker #{number}: field '{field}' is missing or empty")
        if not SLUG.fullmatch(speaker.id):
            raise CorpusError(
                f"speaker #{number}: id {speaker.id!r} is not lower-case words joined by '_'"
            )
        if speaker.id in ids:
            raise CorpusError(f"speaker #{number}: duplicate id {speaker.id}")
        if not speaker.labels or not all(label.strip() for label in speaker.labels):
            raise CorpusError(f"speaker #{number}: 'labels' must be a non-empty list of labels")
        clash = labels.intersection(speaker.labels)
        if clash:
            raise CorpusError(
                f"speaker #{number}: label(s) {sorted(clash)} already belong to another speaker"
            )
        ids.add(speaker.id)
        labels.update(speaker.labels)
        rows.append(
            f"  {{ id = {toml_string(speaker.id)}, name = {toml_string(speaker.name)}, "
            f"name_zh = {toml_string(speaker.name_zh)}, labels = {toml_list(speaker.labels)} }},"
        )
    return rows


def structure_rows(
    doc_id: str, headings: Sequence[HeadingGroup], speakers: Sequence[Speaker]
) -> str:
    """A document's table for a structure file, validated.

    Args:
        doc_id: three digits.
        headings: its heading groups, in text order (none for a markdown document).
        speakers: its speakers, if it is a transcript.

    Returns:
        '["ID"]' with 'headings' and/or 'speakers' as arrays of inline tables, one a line, ending
        with a newline; "" when there are neither headings nor speakers (nothing to write).

    Raises:
        CorpusError: a malformed id, heading (empty or padded line, level not 1 or 2) or speaker
            (empty field, id not a slug, duplicate id, no labels, a label of two speakers).
    """
    _check_form("id", doc_id, ID, "three digits")
    if not headings and not speakers:
        return ""
    lines = [f"[{toml_string(doc_id)}]"]
    if headings:
        lines.append("headings = [")
        lines += [_heading_row(number, group) for number, group in enumerate(headings, start=1)]
        lines.append("]")
    if speakers:
        lines += ["speakers = [", *_speaker_rows(speakers), "]"]
    return "\n".join(lines) + "\n"
