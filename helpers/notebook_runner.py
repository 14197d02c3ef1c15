"""Re-execute notebooks in place and store their outputs: `python -m helpers.notebook_runner [NB …]`
(what `make notebooks` runs).

Each notebook runs in a kernel of this interpreter, from its own folder. Before it is written back,
JupyterLab's timing metadata is dropped and the widget model ids, random in every run, are renamed
in a fixed order, so that re-running an unchanged notebook leaves its file unchanged.
"""

import argparse
import json
import re
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from helpers.core.paths import NOTEBOOKS_DIR

KERNEL_NAME = "current-env"
CELL_TIMEOUT = 120
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
MODEL_REFERENCE = re.compile(r"IPY_MODEL_([0-9a-f]{32})")


class CurrentEnvSpecs(KernelSpecManager):
    """Kernel specs whose `current-env` kernel runs this interpreter."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        """Return the current-interpreter spec, or the installed spec of that name."""
        if kernel_name != KERNEL_NAME:
            return super().get_kernel_spec(kernel_name)
        argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        return KernelSpec(argv=argv, display_name="Python 3", language="python")


def _model_order(nb: Any) -> Iterator[str]:
    """Widget model ids in an order that does not depend on their values.

    First the models shown in outputs, cell by cell, each followed by the models its state refers
    to (depth first, fields in name order); then any model nothing refers to, by its state's text.
    """
    state = nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    seen: set[str] = set()

    def visit(model: str) -> Iterator[str]:
        if model in seen or model not in state:
            return
        seen.add(model)
        yield model
        text = json.dumps(state[model]["state"], sort_keys=True)
        for child in MODEL_REFERENCE.findall(text):
            yield from visit(child)

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            view = output.get("data", {}).get(WIDGET_VIEW)
            if view:
                yield from visit(view["model_id"])
    masked = {m: MODEL_REFERENCE.sub("", json.dumps(state[m], sort_keys=True)) for m in state}
    yield from sorted((m for m in state if m not in seen), key=lambda m: (masked[m], m))


def stable_widget_ids(nb: Any, name: str) -> Any:
    """The notebook with every widget model id replaced by one derived from its name and place.

    Args:
        nb: an executed notebook (nbformat NotebookNode).
        name: the notebook's file name, so that two notebooks never share ids.

    Returns:
        A new NotebookNode: the same notebook, ids renamed throughout (outputs, widget state and
        the IPY_MODEL_ references inside it).
    """
    renamed = {
        model: uuid.uuid5(uuid.NAMESPACE_URL, f"{name}#{index}").hex
        for index, model in enumerate(_model_order(nb))
    }
    if not renamed:
        return nb
    text = re.sub("|".join(renamed), lambda match: renamed[match.group()], nbformat.writes(nb))
    return nbformat.reads(text, as_version=4)


def run_notebook(path: Path, timeout: int = CELL_TIMEOUT) -> None:
    """Execute one notebook from its own folder and write it back with its outputs.

    Args:
        path: the notebook file.
        timeout: seconds any one cell may take.

    Raises:
        nbclient's CellExecutionError, CellTimeoutError or DeadKernelError: a cell failed, took
        too long or killed the kernel; the file is then left as it was.
    """
    nb = nbformat.read(path, as_version=4)
    km = AsyncKernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=CurrentEnvSpecs())
    client = NotebookClient(
        nb,
        km=km,
        timeout=timeout,
        startup_timeout=60,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)  # timestamps left by JupyterLab runs
    nbformat.write(stable_widget_ids(nb, path.name), path)


def main(argv: list[str] | None = None) -> int:
    """Run the given notebooks, or every notebook in notebooks/.

    Args:
        argv: notebook paths and --timeout (default: sys.argv[1:]).

    Returns:
        0 when every notebook ran; 1 when one failed (named on standard error) or none was found.
    """
    parser = argparse.ArgumentParser(prog="python -m helpers.notebook_runner", description=__doc__)
    parser.add_argument(
        "paths", nargs="*", type=Path, help="notebooks (default: notebooks/*.ipynb)"
    )
    parser.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="seconds per cell")
    args = parser.parse_args(argv)
    paths = args.paths or sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
    if not paths:
        print(f"no notebooks found in {NOTEBOOKS_DIR}", file=sys.stderr)
        return 1
    failed: list[Path] = []
    for path in paths:
        print(f"running {path}", flush=True)
        try:
            run_notebook(path.resolve(), args.timeout)
        except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
            print(f"FAILED {path}:\n{error}", file=sys.stderr)
            failed.append(path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
