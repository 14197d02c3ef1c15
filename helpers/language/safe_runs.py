"""Any text through a converter with nothing lost: the converter only ever sees runs it handles.

OpenCC takes a C string, so it stops at a NUL (測試\\0文本 comes back as 測試), and it cannot take a
lone surrogate at all (Python's UTF-8 encoder refuses it). convert_safely cuts the text at such
characters, converts the runs between them and puts the cut characters back where they were.

The promise, for any text: the non-Han characters of the output are those of the input, in the same
order, none dropped or added. Where every conversion keeps length (all of zh-Hant and zh-HK, and
zh-TW or zh-Hans wherever no phrase changes length), each one is also at its input offset. A phrase
that changes length (公交车 → 公車) shifts what follows it by the difference and nothing else.
A run whose conversion would break the promise is converted one Han stretch at a time instead, each
stretch in the longest pieces whose conversion is Han only: OpenCC's Taiwan tables add or drop
Latin letters in a few words (乙肝 → B肝, 宝马集团 → BMW集團, 隨身碟 → U盘), so those words keep
their characters (乙肝 → 乙肝) and the rest of the sentence is converted as usual.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from helpers.language.phrases import HAN_STRETCH, is_han

UNSAFE = re.compile("([\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff])")
"""A character OpenCC cannot be given: a control character (Unicode category Cc) other than tab and
line breaks, since NUL ends its C string, or a surrogate (Cs), which UTF-8 cannot encode."""


def _non_han(text: str) -> str:
    """The non-Han characters of a text, in order."""
    return HAN_STRETCH.sub("", text)


def _han_pieces(stretch: str, convert: Callable[[str], str]) -> str:
    """A stretch of Han characters converted in the longest pieces, from the left, whose conversion
    is Han characters only; a single character whose conversion is not is copied."""
    out, start = [], 0
    while start < len(stretch):
        end = len(stretch)
        converted = convert(stretch[start:end])
        while end > start + 1 and not (converted and all(map(is_han, converted))):
            end -= 1
            converted = convert(stretch[start:end])
        out.append(converted if converted and all(map(is_han, converted)) else stretch[start:end])
        start = end
    return "".join(out)


def _by_han_stretch(run: str, convert: Callable[[str], str]) -> str:
    """A run converted one stretch of Han characters at a time, everything else copied."""
    out, position = [], 0
    for stretch in HAN_STRETCH.finditer(run):
        out += [run[position : stretch.start()], _han_pieces(stretch.group(), convert)]
        position = stretch.end()
    return "".join([*out, run[position:]])


def convert_safely(text: str, convert: Callable[[str], str]) -> str:
    """A text converted run by run around the characters a converter cannot take.

    Args:
        text: any text (NUL and other control characters, lone surrogates, emoji, combining marks).
        convert: the conversion of a run free of such characters (an OpenCC chain).

    Returns:
        The converted text, with the non-Han characters of the input kept as the module
        docstring promises.
    """
    pieces = UNSAFE.split(text)
    # split() with a group alternates runs and the characters cut out: even indexes are runs.
    return "".join(
        _run(piece, convert) if index % 2 == 0 else piece for index, piece in enumerate(pieces)
    )


def _run(run: str, convert: Callable[[str], str]) -> str:
    """One safe run converted, by Han stretch if the whole-run conversion would change a non-Han
    character."""
    if not run:
        return run
    converted = convert(run)
    return converted if _non_han(converted) == _non_han(run) else _by_han_stretch(run, convert)
