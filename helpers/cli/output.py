"""What every subcommand shares: JSON output, one object a line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping
from typing import Any


def print_json_lines(rows: Iterable[Mapping[str, Any]]) -> None:
    """Print one JSON object a line, Chinese characters left readable (not escaped)."""
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


def print_json(value: object) -> None:
    """Print one JSON document, indented, Chinese characters left readable."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def nothing_to_refuse(args: argparse.Namespace) -> str | None:
    """The refusal check of a subcommand whose flags always apply."""
    return None
