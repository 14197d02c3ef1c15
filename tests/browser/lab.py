"""A hermetic JupyterLab server and Debian's Chromium, for the browser tests and the timing script.

The server runs on 127.0.0.1 (a free port, a random token) over a temporary COPY of notebooks/:
running a notebook in the browser autosaves it, and the repository's files must stay as they are.
Its Jupyter config, data, runtime, settings and workspace folders are temporary too, with the news
prompt and update checks turned off. The copies are signed as trusted exactly as `make lab` signs
the notebooks (`python -m helpers.notebook_runner --trust`, into the server's JUPYTER_DATA_DIR), so
the tests see what a user of `make lab` sees.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
FONTS = Path("/usr/share/fonts")  # where fonts-noto-cjk puts its fonts, and Chromium finds them
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
INSTALL_HINT = "install them with `sudo apt-get install chromium fonts-noto-cjk` (or run .ci/run)"
STARTUP_SECONDS = 60
LAB_SETTINGS = {
    # Never fetch news (so no "Jupyter news" prompt) and never check for updates.
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    # JupyterLab otherwise renders only the cells near the viewport; the tests read every output.
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def missing_prerequisites() -> list[str]:
    """What the browser tests need from the system and do not find.

    Returns:
        One line per missing piece (Debian's Chromium at /usr/bin/chromium, a Noto CJK font in
        the system's font folder), each saying what to install; empty when both are there.
    """
    problems = []
    if not os.access(CHROMIUM, os.X_OK):
        problems.append(f"no Chromium at {CHROMIUM}: {INSTALL_HINT}")
    if not any(FONTS.glob("**/Noto*CJK*")):
        problems.append(f"no Noto CJK font under {FONTS}: {INSTALL_HINT}")
    return problems


def launch_chromium(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless, without background networking, updates, first run or sync."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Lab:
    """A running server: its address, token, the folder it serves and its log file."""

    base: str
    token: str
    root_dir: Path
    log: Path

    def url(self, notebook: str) -> str:
        """The address that opens a notebook (a file name under root_dir) in a fresh workspace."""
        return f"{self.base}/lab/tree/{notebook}?token={self.token}&reset"

    def shutdown_kernels(self) -> None:
        """Shut down every kernel the server runs, so one test's kernels do not slow the next."""
        for kernel in json.loads(self._request("GET", "/api/kernels")):
            self._request("DELETE", f"/api/kernels/{kernel['id']}")

    def _request(self, method: str, path: str) -> str:
        """The body of an authenticated request to the server's REST API."""
        request = urllib.request.Request(
            f"{self.base}{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return str(response.read().decode("utf-8"))


def _environment(home: Path) -> dict[str, str]:
    """The server's (and so its kernels') environment: temporary Jupyter folders, this checkout."""
    folders = {
        "JUPYTER_CONFIG_DIR": home / "config",
        "JUPYTER_DATA_DIR": home / "data",
        "JUPYTER_RUNTIME_DIR": home / "runtime",
        "JUPYTERLAB_SETTINGS_DIR": home / "settings",
        "JUPYTERLAB_WORKSPACES_DIR": home / "workspaces",
        "IPYTHONDIR": home / "ipython",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    path = os.environ.get("PYTHONPATH", "")
    return {
        **os.environ,
        **{name: str(folder) for name, folder in folders.items()},
        # Kernels import this checkout's helpers whatever the editable install points at.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), path])),
        "JUPYTER_PLATFORM_DIRS": "1",
        # The kernels' notes, words and settings: never the user's own (helpers.core.home).
        "READER_HOME": str(home / "reader"),
    }


def _write_settings(settings_dir: Path) -> None:
    """User settings files that keep JupyterLab from asking about news or checking for updates."""
    for name, values in LAB_SETTINGS.items():
        path = settings_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")


def _answering(url: str) -> bool:
    """Whether the server answers its status API with 200."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status) == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@contextmanager
def running_lab(home: Path) -> Iterator[Lab]:
    """Start JupyterLab over a trusted copy of notebooks/ and stop it by its own process id.

    Args:
        home: an empty temporary folder for the copy and the Jupyter folders.

    Yields:
        The running server.

    Raises:
        RuntimeError: the notebooks could not be signed, or the server exited or did not answer
            within STARTUP_SECONDS (the message holds its log).
    """
    root_dir = home / "notebooks"
    shutil.copytree(ROOT / "notebooks", root_dir, ignore=shutil.ignore_patterns(".ipynb_*"))
    env = _environment(home)
    _write_settings(Path(env["JUPYTERLAB_SETTINGS_DIR"]))
    notebooks = sorted(str(path) for path in root_dir.glob("*.ipynb"))
    signed = subprocess.run(
        [sys.executable, "-m", "helpers.notebook_runner", "--trust", *notebooks],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if signed.returncode != 0:
        raise RuntimeError(f"signing the notebooks failed:\n{signed.stdout}{signed.stderr}")
    port, token = free_port(), secrets.token_hex(16)
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root_dir}",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log_path = home / "server.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=home)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _answering(f"{base}/api/status?token={token}"):
            if server.poll() is not None or time.monotonic() > deadline:
                state = f"exited with {server.returncode}" if server.poll() is not None else "hung"
                raise RuntimeError(f"jupyter lab {state}:\n{log_path.read_text()}")
            time.sleep(0.25)
        yield Lab(base, token, root_dir, log_path)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
