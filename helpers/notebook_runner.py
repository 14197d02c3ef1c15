"""Re-execute notebooks in place and store their outputs: `python -m helpers.notebook_runner [NB …]`
(what `make notebooks` runs).

Each notebook runs in a kernel of this interpreter, from its own folder. Before it is written back,
JupyterLab's timing metadata is dropped and each widget output keeps only its static HTML view
(widget model ids are random in every run), so that re-running an unchanged notebook leaves its file
unchanged. The notebook is then signed as trusted in this user's Jupyter database, since its outputs
are the project's own HTML (see trust_notebooks).
"""

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbformat.sign import NotebookNotary

from helpers.core.paths import NOTEBOOKS_DIR

KERNEL_NAME = "current-env"
CELL_TIMEOUT = 120
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


class CurrentEnvSpecs(KernelSpecManager):
    """Kernel specs whose `current-env` kernel runs this interpreter."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        """Return the current-interpreter spec, or the installed spec of that name."""
        if kernel_name != KERNEL_NAME:
            return super().get_kernel_spec(kernel_name)
        argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        return KernelSpec(argv=argv, display_name="Python 3", language="python")


class MissingStaticViewError(ValueError):
    """A notebook shows a widget that has no static HTML view to store in its place."""


NOTEBOOK_FAILURES = (CellExecutionError, CellTimeoutError, DeadKernelError, MissingStaticViewError)
"""What stops one notebook without stopping the others."""


def static_widget_outputs(nb: Any, name: str) -> Any:
    """The notebook with each widget output reduced to its static HTML view.

    A live widget needs a kernel. What a notebook stores for it is the "text/html" part of its
    display data (helpers.views.page.StaticFallback), which reads the same in JupyterLab before
    running, in nbconvert's HTML export and in the static site. The widget state JupyterLab or
    nbclient saved in the notebook's metadata is dropped with the views that used it.

    Args:
        nb: an executed notebook (nbformat NotebookNode), changed in place.
        name: the notebook's file name, for the error message.

    Returns:
        The same notebook.

    Raises:
        MissingStaticViewError: a widget output has no "text/html" to keep.
    """
    nb.metadata.pop("widgets", None)
    for number, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW not in data:
                continue
            if "text/html" not in data:
                raise MissingStaticViewError(
                    f"{name}, cell {number}: a widget is shown without a static HTML view; "
                    "give its class a static_html() (helpers.views.page.StaticFallback)"
                )
            del data[WIDGET_VIEW]
    return nb


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    """Environment variables set for the kernels started inside the block, restored after it."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_notebook(path: Path, timeout: int = CELL_TIMEOUT) -> None:
    """Execute one notebook from its own folder and write it back with its outputs.

    Args:
        path: the notebook file.
        timeout: seconds any one cell may take.

    Raises:
        nbclient's CellExecutionError, CellTimeoutError or DeadKernelError: a cell failed, took
        too long or killed the kernel; the file is then left as it was. The error carries a note
        naming that cell, "cell N (id ID)" (failed_cell reads it).
        MissingStaticViewError: a widget output has nothing to store in the notebook.
    """
    nb = nbformat.read(path, as_version=4)
    started: list[int] = []

    def on_cell_start(cell: Any, cell_index: int) -> None:
        started.append(cell_index)

    # The reader reopens where its settings file says: stored outputs start from no settings.
    with (
        tempfile.TemporaryDirectory(prefix="reader-data-") as reader_data,
        _environment(READER_HOME=reader_data),
    ):
        # The kernel talks over local sockets in that folder: no TCP port is opened.
        km = AsyncKernelManager(
            kernel_name=KERNEL_NAME,
            kernel_spec_manager=CurrentEnvSpecs(),
            transport="ipc",
            ip=str(Path(reader_data) / "kernel"),
        )
        client = NotebookClient(
            nb,
            km=km,
            timeout=timeout,
            startup_timeout=60,
            record_timing=False,
            resources={"metadata": {"path": str(path.parent)}},
        )
        client.on_cell_start = on_cell_start
        try:
            client.execute(cleanup_kc=True)  # the kernel manager is ours: shut its kernel down
        except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
            if started:
                error.add_note(f"cell {started[-1]} (id {nb.cells[started[-1]].get('id')})")
            raise
    for cell in nb.cells:
        cell.metadata.pop("execution", None)  # timestamps left by JupyterLab runs
    static_widget_outputs(nb, path.name)
    NotebookNotary().sign(nb)
    nbformat.write(nb, path)


def failed_cell(error: BaseException) -> str:
    """The cell a run_notebook failure names ("cell N (id ID)"), or "a cell" if none is known."""
    return "; ".join(getattr(error, "__notes__", ())) or "a cell"


def trust_notebooks(paths: list[Path]) -> None:
    """Sign notebooks as trusted in this user's Jupyter database, without running them.

    A notebook JupyterLab does not trust is shown with its HTML outputs sanitised: their <style>
    blocks and ruby markup are dropped. The stored outputs are the project's own views, so
    `make lab` signs them (the signature covers the file's content: an edited notebook is
    untrusted again until it is signed or run).

    Args:
        paths: notebook files.

    Raises:
        nbformat.reader.NotJSONError: a file is not a notebook.
    """
    notary = NotebookNotary()
    for path in paths:
        notary.sign(nbformat.read(path, as_version=4))


def main(argv: list[str] | None = None) -> int:
    """Run the given notebooks, or every notebook in notebooks/.

    Args:
        argv: notebook paths, --timeout and --trust (default: sys.argv[1:]).

    Returns:
        0 when every notebook ran (or was signed, with --trust); 1 when one failed (named on
        standard error) or none was found.
    """
    parser = argparse.ArgumentParser(prog="python -m helpers.notebook_runner", description=__doc__)
    parser.add_argument(
        "paths", nargs="*", type=Path, help="notebooks (default: notebooks/*.ipynb)"
    )
    parser.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="seconds per cell")
    parser.add_argument(
        "--trust", action="store_true", help="only sign the notebooks as trusted, do not run them"
    )
    args = parser.parse_args(argv)
    paths = args.paths or sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
    if not paths:
        print(f"no notebooks found in {NOTEBOOKS_DIR}", file=sys.stderr)
        return 1
    if args.trust:
        trust_notebooks(paths)
        return 0
    failed: list[Path] = []
    for path in paths:
        print(f"running {path}", flush=True)
        try:
            run_notebook(path.resolve(), args.timeout)
        except (
            CellExecutionError,
            CellTimeoutError,
            DeadKernelError,
            MissingStaticViewError,
        ) as error:
            print(f"FAILED {path}:\n{error}", file=sys.stderr)
            failed.append(path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
