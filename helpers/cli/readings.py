"""`python -m helpers readings`: the reading of every character of standard input, line by line.

Each line of standard input gives one line of output, a JSON list with one reading per character of
the line (its line break not counted), null for a character without one, in input order. Each
line's script is detected on its own; a Traditional line is read through its Simplified form.
Readings come from helpers.language.readings.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from helpers.cli.output import print_json_lines
from helpers.core.types import READING_STYLES, REGIONS, TONES
from helpers.corpus.encodings import decode_utf8


def register(commands: Any) -> None:
    """Add the readings subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "readings", help="one JSON list of readings per line of standard input"
    )
    parser.add_argument("--style", choices=READING_STYLES, help="pinyin or zhuyin")
    parser.add_argument(
        "--numbers", action="store_true", help="pinyin with tone numbers (zhong4, de5)"
    )
    parser.add_argument(
        "--region",
        choices=REGIONS,
        default="mainland",
        help="mainland (Putonghua) or Taiwan (Ministry of Education) readings; default mainland",
    )
    parser.add_argument(
        "--tones",
        choices=TONES,
        default="citation",
        help="citation (each character's own tone) or sandhi (一, 不, third tones as spoken)",
    )
    parser.add_argument(
        "--warm-cache",
        action="store_true",
        help="compute every reading the reader can show for the corpus into the readings cache"
        " (no standard input; one JSON line per document)",
    )
    parser.add_argument(
        "--doc", action="append", help="with --warm-cache: only this document (repeatable)"
    )
    parser.set_defaults(run=run, refuse=refuse)


_READING_FLAGS = {"--style": "style", "--numbers": "numbers"}
"""The flags of reading standard input, which --warm-cache does not take."""


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    if args.warm_cache:
        given = [flag for flag, value in _READING_FLAGS.items() if getattr(args, value)]
        if given:
            return f"--warm-cache reads no standard input; {given[0]} does not apply"
        return None
    if args.doc:
        return "--doc applies to --warm-cache only"
    if args.style is None:
        return "--style pinyin or --style zhuyin is required"
    if args.numbers and args.style != "pinyin":
        return "--numbers writes pinyin tone numbers; zhuyin has its own tone marks"
    return None


def run(args: argparse.Namespace) -> None:
    """Print one JSON list of readings per line of standard input, each line as soon as it is read.

    Raises:
        CorpusError: a line of standard input that is not UTF-8 (one line naming the line, the
            byte and the likely encoding); the lines before it are printed.
    """
    if args.warm_cache:
        _warm(args.doc)
        return
    from helpers.language.readings import char_readings

    for number, raw in enumerate(sys.stdin.buffer, start=1):
        line = decode_utf8(raw, f"standard input, line {number}").rstrip("\n")
        line = line.removesuffix("\r")
        readings = char_readings(
            line, args.style, region=args.region, tones=args.tones, numbers=args.numbers
        )
        sys.stdout.write(json.dumps(readings, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def _warm(doc_ids: list[str] | None) -> None:
    """Fill the readings cache for documents (default all), printing one JSON line for each."""
    from helpers.views.reading_warmup import warm_readings

    for warmed in warm_readings(doc_ids):
        print_json_lines([asdict(warmed)])
