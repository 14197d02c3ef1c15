"""`python -m helpers release --out DIR`: teacher and student copies of the notebooks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from helpers.cli.output import nothing_to_refuse, print_json


def register(commands: Any) -> None:
    """Add the release subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "release",
        help="teacher and student copies of the notebooks (answers stripped, exercises locked)",
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="DIR",
        help="release folder: new, empty or an earlier release; gets teacher/ and student/",
    )
    parser.add_argument(
        "--source",
        type=Path,
        metavar="DIR",
        help="folder of the notebooks (default: the project's notebooks/)",
    )
    parser.set_defaults(run=run, refuse=nothing_to_refuse)


def run(args: argparse.Namespace) -> None:
    """Write the release and print, as JSON, the folder, the notebooks and each copy's counts.

    Raises:
        CorpusError: a folder that cannot be used, or a notebook that cannot be released (named).
    """
    from helpers.classroom.release import release
    from helpers.core.paths import NOTEBOOKS_DIR

    print_json(release(args.out, args.source or NOTEBOOKS_DIR).as_dict())
