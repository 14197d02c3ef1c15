"""JupyterLab starts from this environment and serves the start-here notebook."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = "notebooks/00_start_here.ipynb"
STARTUP_SECONDS = 60


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str, str]:
    """Status, content type and body of a GET request."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read().decode()


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """Base URL and token of a JupyterLab server running on loopback."""
    port, token = free_port(), secrets.token_hex(16)
    runtime = tmp_path_factory.mktemp("jupyter-runtime")
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={ROOT}",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log = (runtime / "server.log").open("w+")
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(runtime)}
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if server.poll() is not None:
                log.seek(0)
                pytest.fail(f"jupyter lab exited with {server.returncode}:\n{log.read()}")
            try:
                if fetch(f"{base}/api/status?token={token}")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"jupyter lab did not answer within {STARTUP_SECONDS} s:\n{log.read()}")
            time.sleep(0.25)
        yield base, token
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def test_start_notebook_exists() -> None:
    assert (ROOT / NOTEBOOK).is_file(), f"{NOTEBOOK} is missing"


def test_contents_api_serves_start_notebook(lab: tuple[str, str]) -> None:
    base, token = lab
    status, _, body = fetch(f"{base}/api/contents/{NOTEBOOK}?token={token}")
    model = json.loads(body)
    assert status == 200
    assert (model["type"], model["format"], model["path"]) == ("notebook", "json", NOTEBOOK)
    assert model["content"]["cells"]


def test_lab_page_opens_start_notebook(lab: tuple[str, str]) -> None:
    base, token = lab
    status, content_type, body = fetch(f"{base}/lab/tree/{NOTEBOOK}?token={token}")
    assert status == 200 and content_type.startswith("text/html")
    assert "<title>JupyterLab</title>" in body and "jupyter-config-data" in body
