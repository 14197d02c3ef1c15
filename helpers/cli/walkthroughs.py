"""`python -m helpers walkthroughs [--check | --write] [--doc ID]`: the walkthrough notebooks
against the template (helpers.walkthrough).

--check (the default) lists each notebook whose cells (sources, types, ids, tags, metadata) differ
from what the template and its prose file make, and exits 1 if any does. --write rewrites them,
keeping each cell's stored outputs where its source is unchanged, and the notebook's metadata.
Without --doc, every curated document with a prose file (corpus/walkthroughs/NNN.toml).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from helpers.cli.output import nothing_to_refuse


def register(commands: Any) -> None:
    """Add the walkthroughs subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "walkthroughs", help="check or rewrite the walkthrough notebooks from their template"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="list notebooks that differ (default)")
    mode.add_argument("--write", action="store_true", help="rewrite them from the template")
    parser.add_argument("--doc", metavar="ID", help="one document (default: the curated ones)")
    parser.set_defaults(run=run, refuse=nothing_to_refuse)


def run(args: argparse.Namespace) -> int:
    """Check or write the walkthroughs; print one line per notebook that differs or was written.

    Returns:
        0 when every notebook agrees with the template (or was written); 1 when --check finds one
        that differs or is missing.

    Raises:
        CorpusError: an unknown document, or a prose file with a problem.
    """
    import nbformat

    from helpers.walkthrough.files import (
        curated_walkthroughs,
        differences,
        notebook_path,
        write_notebook,
    )
    from helpers.walkthrough.template import prose_for, walkthrough_notebook

    status = 0
    for doc_id in [args.doc] if args.doc else curated_walkthroughs():
        prose = prose_for(doc_id)
        path = notebook_path(doc_id, prose.notebook)
        made = walkthrough_notebook(doc_id, prose)
        if args.write:
            if write_notebook(path, made):
                print(f"wrote {path}")
            continue
        if not path.is_file():
            print(f"{path}: missing", file=sys.stderr)
            status = 1
            continue
        found = differences(nbformat.read(path, as_version=4), made)
        if found:
            status = 1
            print(f"{path}: differs from the template", file=sys.stderr)
            for line in found:
                print(f"  {line}", file=sys.stderr)
    return status
