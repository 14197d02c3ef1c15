"""Fixtures shared across the test folders."""

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project_root() -> Path:
    """The checkout's root folder (holding corpus/, notebooks/, helpers/)."""
    return ROOT


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run `python -m helpers ARGS…` as a user would, from a folder outside the project.

    Call it as cli("corpus", "--json") or cli("convert", "--to", "zh-TW", stdin="芯片"); stdin may
    be bytes (to send another encoding). stdout and stderr come back decoded as UTF-8.
    """

    def run(*args: str, stdin: str | bytes = b"") -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "helpers", *args],
            cwd=tmp_path,
            input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
            capture_output=True,
        )
        out, err = (
            stream.decode("utf-8", errors="replace") for stream in (done.stdout, done.stderr)
        )
        return subprocess.CompletedProcess(done.args, done.returncode, out, err)

    return run
