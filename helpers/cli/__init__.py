"""The command line, `python -m helpers SUBCOMMAND`: the notebooks' capabilities, printing JSON
(one object a line) or text, reading standard input where that makes sense.

One module per subcommand; each has `register(commands)`, which adds its parser, the function that
runs it (it may return an exit status), and a check that refuses flags that would have no effect.
A problem with the input (CorpusError) is one line on standard error and exit status 2; so is a
usage error (argparse). `--corpus-dir DIR`, before or after the subcommand, names a reader's corpus
for this run (it sets READER_CORPUS).

May import: every layer, and helpers.bench.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from helpers.cli import (
    add,
    bench,
    convert,
    corpus,
    exercises,
    glossary,
    notes,
    numbers,
    readings,
    release,
    site,
    walkthroughs,
    words,
)
from helpers.core.caching import reload
from helpers.core.errors import CorpusError
from helpers.core.home import CORPUS_VARIABLE

SUBCOMMANDS = (
    corpus,
    add,
    convert,
    readings,
    glossary,
    numbers,
    notes,
    words,
    exercises,
    release,
    site,
    walkthroughs,
    bench,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="python -m helpers", description="Reading tools for the Musk interview corpus."
    )
    corpus_dir = "a reader's corpus folder (metadata.toml, texts/ …); sets READER_CORPUS"
    parser.add_argument("--corpus-dir", metavar="DIR", help=corpus_dir)
    commands = parser.add_subparsers(dest="command", required=True)
    for module in SUBCOMMANDS:
        module.register(commands)
    for subparser in commands.choices.values():
        subparser.add_argument(
            "--corpus-dir", metavar="DIR", default=argparse.SUPPRESS, help=corpus_dir
        )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand.

    Args:
        argv: the arguments after `python -m helpers` (default: sys.argv[1:]).

    Returns:
        The exit status: 0 on success (or the subcommand's own status), 2 for a problem with the
        input (reported on standard error).

    Raises:
        SystemExit: a usage error (unknown flag, a flag that does not apply), from argparse.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    problem = args.refuse(args)
    if problem:
        parser.error(f"{args.command}: {problem}")
    if args.corpus_dir:
        os.environ[CORPUS_VARIABLE] = str(Path(args.corpus_dir).expanduser().resolve())
        reload()
    status = 0
    try:
        status = args.run(args) or 0
        sys.stdout.flush()
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader of our output (e.g. `head`) has gone; stop quietly like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return status
