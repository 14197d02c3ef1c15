"""Reading the project's TOML data files; parse errors and malformed rows name the file and row."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from helpers.core.errors import CorpusError


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML data file.

    Args:
        path: the file (one of corpus/*.toml, or a user's copy).

    Returns:
        The parsed document: tables as dicts, arrays as lists.

    Raises:
        CorpusError: the file does not exist, is not UTF-8 or is not valid TOML (file named).
    """
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise CorpusError(f"{path}: file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CorpusError(f"{path}: not valid TOML: {error}") from None


def table_rows(path: Path, table: str) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """The rows of an array of tables ([[table]]) in a TOML data file.

    Args:
        path: the file.
        table: the array's name ("entry", "override", "claim" …).

    Yields:
        (number, where, row): the row's number from 1, a label naming file, table, number and id
        for error messages ("corpus/glossary.toml: entry #3 (id chip)"), and the row itself.

    Raises:
        CorpusError: the file cannot be read, has no such rows, or a row is not a table.
    """
    rows = read_toml(path).get(table)
    if not isinstance(rows, list) or not rows:
        raise CorpusError(f"{path}: no [[{table}]] entries")
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise CorpusError(f"{path}: {table} #{number} is not a table")
        label = f" (id {row['id']})" if isinstance(row.get("id"), str) else ""
        yield number, f"{path}: {table} #{number}{label}", row


def check_fields(
    where: str, row: Mapping[str, Any], text: Iterable[str], optional: Iterable[str] = ()
) -> None:
    """Refuse a row with an unknown field, or a text field that is missing, not a string or blank.

    Args:
        where: the row's label for messages (from table_rows).
        row: the row.
        text: fields that must hold non-blank text.
        optional: other fields the row may have (checked by the caller).

    Raises:
        CorpusError: naming the unknown fields, or the first text field that is missing or empty.
    """
    text = tuple(text)
    unknown = sorted(set(row) - set(text) - set(optional))
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {', '.join(unknown)}")
    for name in text:
        value = row.get(name)
        if not isinstance(value, str) or not value.strip():
            raise CorpusError(f"{where}: field '{name}' is missing or empty")


def text_list(value: object, problem: str) -> tuple[str, ...]:
    """A field that must be a non-empty list of non-empty strings, as a tuple.

    Args:
        value: the field's value.
        problem: the whole error message to give otherwise (row and field named).

    Raises:
        CorpusError: with that message.
    """
    if not isinstance(value, list) or not value:
        raise CorpusError(problem)
    if not all(isinstance(item, str) and item for item in value):
        raise CorpusError(problem)
    return tuple(value)
