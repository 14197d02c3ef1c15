"""Where the project's folders are, wherever the code is run from.

The project root is the checkout that holds this package: an editable install (`pip install -e .`,
which `make setup` does) or code run from the checkout. A non-editable install copies only the code;
then set READER_PROJECT_ROOT to the checkout's folder, or importing helpers stops and says so.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT_VARIABLE = "READER_PROJECT_ROOT"


def _project_root() -> Path:
    """The folder holding corpus/ and notebooks/: READER_PROJECT_ROOT if set, else the checkout.

    Raises:
        ImportError: the folder has no corpus/metadata.toml (the package was installed without its
            corpus, or the setting names the wrong folder).
    """
    setting = os.environ.get(ROOT_VARIABLE)
    root = Path(setting).expanduser().resolve() if setting else Path(__file__).resolve().parents[2]
    if not (root / "corpus" / "metadata.toml").is_file():
        where = (
            f"{ROOT_VARIABLE}={setting}" if setting else f"the folder above the package, {root},"
        )
        raise ImportError(
            f"helpers cannot find its corpus: {where} has no corpus/metadata.toml. Install the "
            f"package editable from its checkout (pip install -e .), or set {ROOT_VARIABLE} to "
            "the checkout's folder."
        )
    return root


PROJECT_ROOT = _project_root()
CORPUS_DIR = PROJECT_ROOT / "corpus"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
