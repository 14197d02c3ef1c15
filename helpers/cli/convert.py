"""`python -m helpers convert`: standard input or a whole document converted to a target script.

Standard input's script and usage are detected by default (--from auto); what was found goes to
standard error, or into the JSON object with --json, so standard output stays the converted text.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from helpers.core.types import REGIONS, SCRIPTS
from helpers.corpus.documents import document
from helpers.corpus.encodings import decode_utf8

AUTO = "auto"


def register(commands: Any) -> None:
    """Add the convert subcommand to the subparsers of the main parser."""
    parser = commands.add_parser("convert", help="convert standard input or a document")
    parser.add_argument(
        "--to", required=True, metavar="TARGET", help="zh-Hans, zh-Hant, zh-TW or zh-HK"
    )
    parser.add_argument("--doc", metavar="DOC", help="convert this document instead of stdin")
    parser.add_argument(
        "--from",
        dest="source_script",
        choices=(AUTO, *SCRIPTS),
        default=AUTO,
        help="script of standard input (default auto: detected, and reported on stderr)",
    )
    parser.add_argument(
        "--region", choices=REGIONS, help="usage of stdin (default: detected from its words)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object: the text, the source used and what was detected",
    )
    parser.set_defaults(run=run, refuse=refuse)


def refuse(args: argparse.Namespace) -> str | None:
    """Why the flags cannot be taken as given, or None."""
    if args.doc and (args.source_script != AUTO or args.region or args.json):
        return (
            "--from and --region describe standard input, and --json reports their detection; "
            "a document's metadata gives them"
        )
    return None


def run(args: argparse.Namespace) -> None:
    """Print the converted text (or, with --json, an object with it and the detection).

    Raises:
        CorpusError: an unknown target or document, or standard input that is not UTF-8 (one
            line naming the likely encoding).
    """
    from helpers.language.conversion import convert, convert_document
    from helpers.language.detect import detect_script

    if args.doc:
        sys.stdout.write(convert_document(document(args.doc).id, args.to))
        return
    text = decode_utf8(sys.stdin.buffer.read(), "standard input")
    detection = detect_script(text)
    script, region = detection.source(args.to)
    if args.source_script != AUTO:
        script = args.source_script
    region = args.region or region
    converted = convert(text, args.to, script, region)
    if args.json:
        found = {
            "script": detection.script,
            "region": detection.region,
            "simplified": "".join(detection.simplified),
            "traditional": "".join(detection.traditional),
            "mainland_words": list(detection.mainland_words),
            "taiwan_words": list(detection.taiwan_words),
        }
        used = {"script": script, "region": region}
        result = {"text": converted, "target": args.to, "source": used, "detected": found}
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        return
    if args.source_script == AUTO:
        print(f"detected: {detection.summary()}; converted from {script}", file=sys.stderr)
    sys.stdout.write(converted)
