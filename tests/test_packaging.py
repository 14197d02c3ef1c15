"""A non-editable install copies only the code: it stops at once with a clear message, and works
from any folder once READER_PROJECT_ROOT names the checkout."""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parent.parent


def installed_copy(tmp_path: Path) -> Path:
    """The package as a wheel lays it out in site-packages: helpers/ alone, no corpus beside it."""
    site = tmp_path / "site-packages"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "helpers", site / "helpers", ignore=ignore)
    return site


def run(site: Path, cwd: Path, code: str, **env: str) -> subprocess.CompletedProcess:
    """Python run from another folder with only the copied package on its path."""
    environment = {k: v for k, v in os.environ.items() if k != "READER_PROJECT_ROOT"}
    environment.update(PYTHONPATH=str(site), **env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=environment, capture_output=True, text=True
    )


def test_without_its_corpus_the_package_stops_with_a_clear_message(tmp_path) -> None:
    result = run(installed_copy(tmp_path), tmp_path, "import helpers.corpus.documents")
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: helpers cannot find its corpus")
    assert "pip install -e ." in last and "READER_PROJECT_ROOT" in last


def test_a_wrong_setting_is_named(tmp_path) -> None:
    site = installed_copy(tmp_path)
    result = run(site, tmp_path, "import helpers", READER_PROJECT_ROOT="/nowhere")
    assert "READER_PROJECT_ROOT=/nowhere has no corpus/metadata.toml" in result.stderr


def test_with_the_setting_it_works_from_any_folder(tmp_path) -> None:
    site = installed_copy(tmp_path)
    code = (
        "import helpers, helpers.corpus.segments as s; "
        "print(helpers.PROJECT_ROOT, len(s.segmented('003').sentences), helpers.__file__)"
    )
    result = run(site, tmp_path, code, READER_PROJECT_ROOT=str(ROOT))
    assert result.returncode == 0, result.stderr
    root, sentences, module = result.stdout.split()
    assert root == str(ROOT) and module.startswith(str(site))
    assert int(sentences) > 1000


def test_the_wheel_takes_every_subpackage() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    found = set(find_packages(where=str(ROOT), include=include))
    folders = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "helpers").rglob("__init__.py")
    }
    assert found == folders and {"helpers", "helpers.core", "helpers.views"} <= found


def test_the_wheel_takes_every_file_the_code_reads() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = config["tool"]["setuptools"]["package-data"]
    files = {
        path.relative_to(ROOT)
        for path in (ROOT / "helpers").rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts
    }
    # helpers/site/search.js, the static site's search box, is the one such file today.
    assert files == {Path("helpers/site/search.js")}
    assert all(
        any(path.match(pattern) for pattern in declared[".".join(path.parent.parts)])
        for path in files
    )
