"""`python -m helpers site --out DIR`: the static site of the notebooks (what `make site` runs)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from helpers.cli.output import nothing_to_refuse, print_json


def register(commands: Any) -> None:
    """Add the site subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "site", help="build the notebooks, with their stored outputs, into a static site"
    )
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    parser.add_argument(
        "--notebooks",
        type=Path,
        metavar="DIR",
        help="folder of the NN_name.ipynb notebooks (default: the project's notebooks/)",
    )
    parser.set_defaults(run=run, refuse=nothing_to_refuse)


def run(args: argparse.Namespace) -> None:
    """Build the site and print what was written as JSON: pages, files, bytes and the folder.

    Raises:
        CorpusError: the folder holds other files, or a notebook cannot be shown (named).
    """
    from helpers.core.paths import NOTEBOOKS_DIR
    from helpers.site.build import build_site

    written = build_site(args.out, args.notebooks or NOTEBOOKS_DIR)
    print_json({**written, "out": str(args.out)})
