"""The reader's own data folder (settings, notes and word lists live there, never in the repository)
and the reader's own corpus, if READER_CORPUS names one.

It is platformdirs.user_data_dir("musk-interviews-reader") (~/.local/share/musk-interviews-reader on
Linux, ~/Library/Application Support/musk-interviews-reader on macOS, %LOCALAPPDATA% on Windows),
or the folder the READER_HOME environment variable names. On a JupyterHub each user's home holds
their own. Tests and `make notebooks` point READER_HOME at folders of their own.

Data the project can compute again (the readings cache) lives apart, in
platformdirs.user_cache_dir("musk-interviews-reader") (~/.cache/musk-interviews-reader on Linux),
or the folder the READER_CACHE environment variable names; tests point it at a folder of their own.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "musk-interviews-reader"
HOME_VARIABLE = "READER_HOME"
"""The environment variable that moves the reader's data folder."""
CACHE_VARIABLE = "READER_CACHE"
"""The environment variable that moves the reader's cache folder."""


def reader_home() -> Path:
    """The reader's data folder (it may not exist yet).

    Returns:
        The folder READER_HOME names if it is set and not empty, else the platform's user data
        folder for this application (platformdirs).
    """
    return Path(os.environ.get(HOME_VARIABLE) or platformdirs.user_data_dir(APP_NAME))


def reader_cache() -> Path:
    """The reader's cache folder: data computed from the project's files, safe to delete (it may not
    exist yet).

    Returns:
        The folder READER_CACHE names if it is set and not empty, else the platform's user cache
        folder for this application (platformdirs).
    """
    return Path(os.environ.get(CACHE_VARIABLE) or platformdirs.user_cache_dir(APP_NAME))


CORPUS_VARIABLE = "READER_CORPUS"
"""The environment variable naming a reader's corpus: a folder outside the repository with the
curated corpus's layout (metadata.toml, texts/, structure.toml, repairs.toml, notebooks/)."""


def reader_corpus_dir() -> Path | None:
    """The reader's corpus folder, if one is named (it may not exist).

    Returns:
        The folder READER_CORPUS names (`~` expanded, made absolute) if it is set and not empty,
        else None: the suite then shows the curated documents only.
    """
    setting = os.environ.get(CORPUS_VARIABLE, "").strip()
    return Path(setting).expanduser().resolve() if setting else None


def open_reader_corpus(folder: str | Path) -> None:
    """Show a reader's corpus from here on: the first cell of a walkthrough of one's own text.

    A reader's walkthrough lives in <corpus>/notebooks/ and runs from there, so
    `open_reader_corpus("..")` finds its corpus whatever READER_CORPUS said when the kernel started.
    It returns nothing, so no path is printed into the notebook's outputs.

    Args:
        folder: the corpus folder, relative to the working directory or absolute.
    """
    from helpers.core.caching import reload

    os.environ[CORPUS_VARIABLE] = str(Path(folder).expanduser().resolve())
    reload()
