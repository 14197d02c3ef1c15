"""Bytes that should be UTF-8: decoded strictly, and when they are not, the encoding they most
likely have, named in a one-line message with the iconv command that converts them.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from helpers.core.errors import CorpusError

CHINESE_ENCODINGS = frozenset({"gb18030", "gbk", "gb2312", "hz", "big5", "big5hkscs", "cp950"})
"""Codec names of the Chinese legacy encodings charset-normalizer can report."""


def _common_share(text: str, encoding: str) -> float:
    """The share of a decoded text's non-ASCII characters that are CJK punctuation or common Han
    characters of that encoding's own standard (GB 2312's first level, lead bytes 0xB0-0xD7, for
    gb18030; Big5's level 1, lead bytes 0xA4-0xC6, for big5). Bytes read in the wrong encoding
    give rare characters, kana or private-use code points instead."""
    wide = [char for char in text if ord(char) > 0x7F]
    if not wide:
        return 0.0
    standard, low, high = ("gb2312", 0xB0, 0xD7) if encoding == "gb18030" else ("big5", 0xA4, 0xC6)

    def common(char: str) -> bool:
        if "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef":
            return True
        lead = char.encode(standard, "ignore")[:1]
        return "\u4e00" <= char <= "\u9fff" and bool(lead) and low <= lead[0] <= high

    return sum(map(common, wide)) / len(wide)


def likely_encoding(data: bytes) -> str | None:
    """The encoding a text that is not UTF-8 most likely has, Chinese ones first.

    A UTF-16 byte order mark decides. GBK and Big5 bytes often decode as both; short texts fool
    charset-normalizer (it ranks Korean cp949 first). So: of gb18030 and big5, those that decode
    the whole text, the one whose characters are more often the common ones of its own standard
    (GB 2312; Big5 level 1) wins; 'testing' in GBK decodes in Big5 too, but as rare characters.

    Args:
        data: the bytes.

    Returns:
        A Python codec name ('gb18030', 'big5', 'cp932' …), or None if none is found.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # a UTF-16 byte order mark says it, whatever else the bytes might decode as
    decoded: dict[str, str] = {}
    for encoding in ("gb18030", "big5"):
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if decoded:
        return max(decoded, key=lambda name: _common_share(decoded[name], name))
    candidates = [match.encoding for match in charset_normalizer.from_bytes(data)]
    chinese = [name for name in candidates if name in CHINESE_ENCODINGS]
    found = chinese or candidates
    return found[0] if found else None


def _iconv_name(codec: str) -> str:
    """iconv's name for a Python codec: utf_16_le → utf-16le, shift_jis → shift-jis."""
    return re.sub(r"^(utf-(?:16|32))-([lb]e)$", r"\1\2", codec.replace("_", "-"))


def decode_utf8(data: bytes, where: str) -> str:
    """Bytes decoded as strict UTF-8.

    Args:
        data: the bytes of a file or of standard input.
        where: what they are, for the message (a path, "standard input").

    Returns:
        The text, a BOM or CRs kept.

    Raises:
        CorpusError: the bytes are not UTF-8; one line naming where, the first bad byte, its
            offset and the likely encoding.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        encoding = likely_encoding(data)
        likely = f", likely {_iconv_name(encoding)}" if encoding else ""
        how = f" (iconv -f {_iconv_name(encoding)} -t UTF-8)" if encoding else ""
        raise CorpusError(
            f"{where}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}{likely}); "
            f"convert it to UTF-8 first{how}"
        ) from None
