"""Reading the project's TOML data files: parse errors and malformed [[table]] rows named by file and row."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from helpers.core.errors import CorpusError


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML data file, naming the file in any error."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise CorpusError(f"{path}: file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CorpusError(f"{path}: not valid TOML: {error}") from None


def table_rows(path: Path, table: str) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """The [[table]] rows of a TOML data file, numbered from 1, each with a label that names it in errors."""
    rows = read_toml(path).get(table)
    if not isinstance(rows, list) or not rows:
        raise CorpusError(f"{path}: no [[{table}]] entries")
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise CorpusError(f"{path}: {table} #{number} is not a table")
        where = f"{path}: {table} #{number}" + (
            f" (id {row['id']})" if isinstance(row.get("id"), str) else ""
        )
        yield number, where, row
