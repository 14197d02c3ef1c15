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
from typing import Any

from helpers.core.types import REGIONS
from helpers.corpus.encodings import decode_utf8
from helpers.language.readings import READING_STYLES, TONES


def register(commands: Any) -> None:
    """Add the readings subcommand to the subparsers of the main parser."""
    parser = commands.add_parser(
        "readings", help="one JSON list of readings per line of standard input"
    )
    parser.add_argument("--style", required=True, choices=READING_STYLES, help="pinyin or zhuyin")
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
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    if args.numbers and args.style != "pinyin":
        return "--numbers writes pinyin tone numbers; zhuyin has its own tone marks"
    return None


def run(args: argparse.Namespace) -> None:
    """Print one JSON list of readings per line of standard input, each line as soon as it is read.

    Raises:
        CorpusError: a line of standard input that is not UTF-8 (one line naming the line, the
            byte and the likely encoding); the lines before it are printed.
    """
    from helpers.language.readings import char_readings

    for number, raw in enumerate(sys.stdin.buffer, start=1):
        line = decode_utf8(raw, f"standard input, line {number}").rstrip("\n")
        line = line.removesuffix("\r")
        readings = char_readings(
            line, args.style, region=args.region, tones=args.tones, numbers=args.numbers
        )
        sys.stdout.write(json.dumps(readings, ensure_ascii=False) + "\n")
        sys.stdout.flush()
