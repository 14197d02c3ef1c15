"""The reader's own data folder: settings, notes and word lists live there, never in the repository.

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
