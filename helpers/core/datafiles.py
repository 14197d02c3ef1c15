"""Reading the project's TOML data files; parse errors and malformed rows name the file and row."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
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
