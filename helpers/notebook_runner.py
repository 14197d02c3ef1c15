"""Re-execute notebooks in place and store their outputs."""

import argparse
import sys
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from helpers.core.paths import NOTEBOOKS_DIR

KERNEL_NAME = "current-env"
CELL_TIMEOUT = 120


class CurrentEnvSpecs(KernelSpecManager):
    """Kernel specs whose `current-env` kernel runs this interpreter."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        """Return the current-interpreter spec, or the installed spec of that name."""
        if kernel_name != KERNEL_NAME:
            return super().get_kernel_spec(kernel_name)
        argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        return KernelSpec(argv=argv, display_name="Python 3", language="python")


def run_notebook(path: Path, timeout: int = CELL_TIMEOUT) -> None:
    """Execute one notebook from its own folder and write it back with outputs."""
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
    nbformat.write(nb, path)


def main(argv: list[str] | None = None) -> int:
    """Run the given notebooks, or every notebook in notebooks/; return an exit status."""
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
