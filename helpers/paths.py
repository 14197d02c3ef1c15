"""Where the project's folders are, wherever the code is run from."""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = PROJECT_ROOT / "corpus"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
