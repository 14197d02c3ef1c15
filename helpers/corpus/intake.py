"""A user's file checked before it joins a corpus: its encoding and decoded text, its line endings,
and every kind of bad input refused with a one-line message (a reader's document id, slug and file
name are helpers.corpus.taken's). Nothing is written here.

Encodings taken: UTF-8 with or without a BOM, UTF-16 with a BOM, GB18030 (which includes GBK and
GB 2312) and Big5. Anything else (UTF-16 without a BOM, UTF-32, Shift-JIS …) is refused with a
message that names the encoding found and the iconv command that converts the file to UTF-8.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

import charset_normalizer

from helpers.core.errors import CorpusError
from helpers.corpus.encodings import _common_share, _iconv_name, likely_encoding

MAX_BYTES = 2_000_000
"""The size limit of a file to add: 2 MB (2,000,000 bytes), some 600,000 Chinese characters."""
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "gb18030", "big5")
"""The encodings a corpus text may be recorded in (the metadata field 'encoding')."""
PLAUSIBLE_SHARE = 0.6
"""The least share of a legacy-decoded text's non-ASCII characters that must be CJK punctuation or
common Han characters of its encoding's standard; below it the bytes are something else."""
NOT_TEXT_SHARE = 0.05
"""The largest share of control, private-use or replacement characters a text may have."""
BROKEN_UTF8_RATIO = 4
"""How many CJK characters per byte that is not UTF-8 make a file UTF-8 with a few bad bytes,
refused as such, rather than text in another encoding."""
LineEndings = Literal["LF", "CRLF", "CR", "mixed", "none"]
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


class IntakeError(CorpusError):
    """A file that cannot be added; the message is one line."""


class EmptyTextError(IntakeError):
    """The file is empty or holds only whitespace."""


class BinaryDataError(IntakeError):
    """The file is not text: it has NUL bytes, or mostly control or unreadable characters."""


class NoChineseError(IntakeError):
    """The text has no Chinese character at all."""


class TooLargeError(IntakeError):
    """The file is over the size limit."""


class UndecodableError(IntakeError):
    """The file is text in an encoding the corpus does not take, or in none that can be found."""


@dataclass(frozen=True)
class Intake:
    """What a file to add turned out to be.

    Attributes:
        encoding: how it is to be decoded, one of ENCODINGS ('utf-8' also for UTF-8 with a BOM:
            the corpus logs removing the BOM as a repair).
        label: the encoding as a person would name it ('UTF-8 with BOM', 'GB18030', 'Big5' …).
        bom: whether the file starts with a byte order mark.
        line_endings: 'LF', 'CRLF', 'CR', 'mixed' or 'none' (a single line).
        text: the decoded text, without its BOM, line endings as in the file.
        size: the file's size in bytes.
        digest: content_hash(text), the same for the same text in any encoding or line endings.
    """

    encoding: str
    label: str
    bom: bool
    line_endings: LineEndings
    text: str
    size: int
    digest: str

    @property
    def converted(self) -> bool:
        """Whether the file is not UTF-8 and its text is decoded from another encoding."""
        return self.encoding not in ("utf-8", "utf-8-sig")


def content_hash(text: str) -> str:
    """A text's identity for finding the same text twice: SHA-256 of its UTF-8 bytes, without a
    BOM, with CRLF and CR made LF and surrounding whitespace removed.

    Args:
        text: a decoded text.

    Returns:
        64 hexadecimal digits.
    """
    plain = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()


def line_endings(text: str) -> LineEndings:
    """The line endings of a text: 'LF', 'CRLF', 'CR', 'mixed' (more than one kind) or 'none'."""
    crlf = text.count("\r\n")
    kinds = {
        "CRLF": crlf,
        "LF": text.count("\n") - crlf,
        "CR": text.count("\r") - crlf,
    }
    found = [kind for kind, count in kinds.items() if count]
    if not found:
        return "none"
    return "mixed" if len(found) > 1 else found[0]  # type: ignore[return-value]


def _refuse_encoding(name: str, where: str, reason: str = "") -> UndecodableError:
    """The error for a file in an encoding the corpus does not take."""
    iconv = _iconv_name(name)
    return UndecodableError(
        f"{where}: {reason or f'text in {iconv}'}, which the corpus does not take; "
        f"convert it to UTF-8 first (iconv -f {iconv} -t UTF-8 FILE > FILE.utf8.txt)"
    )


def _decode(data: bytes, where: str) -> tuple[str, str, str, bool]:
    """(encoding, label, text without BOM, bom) of a file's bytes, or the error refusing them."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise _refuse_encoding("utf-32", where, "UTF-32 text (BOM)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return "utf-16", "UTF-16 with BOM", data.decode("utf-16").removeprefix("\ufeff"), True
        except UnicodeDecodeError:
            raise UndecodableError(
                f"{where}: starts with a UTF-16 byte order mark but is not UTF-16; "
                "save it again as UTF-8"
            ) from None
    if b"\x00" in data:
        if _utf16_without_bom(data):
            raise _refuse_encoding("utf-16le", where, "UTF-16 text without a byte order mark")
        raise BinaryDataError(f"{where}: not a text file (it has NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        _refuse_broken_utf8(data, error.start, where)
    else:
        bom = text.startswith("\ufeff")
        return "utf-8", "UTF-8 with BOM" if bom else "UTF-8", text.removeprefix("\ufeff"), bom
    encoding = likely_encoding(data)
    if encoding in ("gb18030", "big5"):
        text = data.decode(encoding)
        if _common_share(text, encoding) >= PLAUSIBLE_SHARE:
            return encoding, "GB18030" if encoding == "gb18030" else "Big5", text, False
        encoding = _other_encoding(data)
    if encoding is None:
        raise BinaryDataError(f"{where}: not a text file (no encoding decodes it as readable text)")
    raise _refuse_encoding(encoding, where)


def _refuse_broken_utf8(data: bytes, first: int, where: str) -> None:
    """Refuse UTF-8 text with a few bad bytes in it, naming the first; return for anything else.

    The bytes are taken as broken UTF-8 when, decoded as UTF-8, they give at least
    BROKEN_UTF8_RATIO times as many CJK characters (Han, CJK or full-width punctuation) as
    bytes that are not UTF-8: text in GB18030 or Big5 gives few or none.

    Raises:
        UndecodableError: 'not UTF-8: byte 0xNN at offset N' (in bytes) and how to fix the file.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for char in text if "\udc80" <= char <= "\udcff")
    cjk = sum(1 for char in text if "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef")
    if cjk >= BROKEN_UTF8_RATIO * bad:
        raise UndecodableError(
            f"{where}: not UTF-8: byte 0x{data[first]:02x} at offset {first} "
            f"({bad} byte{'s' if bad > 1 else ''} in UTF-8 text are not UTF-8); drop them "
            "(iconv -f UTF-8 -t UTF-8 -c FILE > FILE.utf8.txt) or save the file again as UTF-8"
        )


def _other_encoding(data: bytes) -> str | None:
    """charset-normalizer's best encoding for bytes that GB18030 and Big5 read only as rare
    characters (Latin-1, Shift-JIS …), or None if it finds none or only Chinese ones."""
    for match in charset_normalizer.from_bytes(data):
        if match.encoding not in ("gb18030", "big5", "gbk", "gb2312"):
            return str(match.encoding)
    return None


def _utf16_without_bom(data: bytes) -> bool:
    """Whether NUL-laden bytes read as UTF-16 (little- or big-endian) text without a BOM."""
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if text.strip() and _not_text_share(text) <= NOT_TEXT_SHARE:
            return True
    return False


def _not_text_share(text: str) -> float:
    """The share of a text's characters that are control (other than line and tab), private-use,
    unassigned or replacement characters."""
    if not text:
        return 0.0
    bad = sum(
        1
        for char in text
        if char == "\ufffd"
        or (char not in _TEXT_CONTROLS and unicodedata.category(char) in ("Cc", "Co", "Cn", "Cs"))
    )
    return bad / len(text)


def inspect_bytes(data: bytes, *, limit: int = MAX_BYTES, where: str = "file") -> Intake:
    """Check a file's bytes and decode them, refusing every kind of bad input.

    The checks, in order: size, encoding (a UTF-16 or UTF-32 BOM; NUL bytes; strict UTF-8; else
    GB18030 or Big5, whichever gives more common characters of its own standard, see
    helpers.corpus.encodings.likely_encoding; else charset-normalizer's guess, refused), empty or
    whitespace only, mostly not text, no Chinese character. HTML or script in a text is text like
    any other: kept verbatim.

    Args:
        data: the file's bytes.
        limit: the largest size taken, in bytes (MAX_BYTES: 2 MB).
        where: what the bytes are, to begin each message (a file name).

    Returns:
        The file's encoding, text and line endings.

    Raises:
        TooLargeError: over `limit` bytes.
        UndecodableError: in an encoding other than those of ENCODINGS (named, with the iconv
            command), with a UTF-16 BOM but not UTF-16, or UTF-8 with a few bytes that are not
            (the first named by its offset; see _refuse_broken_utf8).
        BinaryDataError: NUL bytes that are not UTF-16 text, no encoding that reads the bytes,
            or more than NOT_TEXT_SHARE of control, private-use or replacement characters.
        EmptyTextError: no bytes, or only whitespace.
        NoChineseError: not one Chinese (Han) character.
    """
    if len(data) > limit:
        raise TooLargeError(
            f"{where}: {len(data):,} bytes is over the limit of {limit:,} bytes "
            f"({limit / 1_000_000:g} MB); split the text into smaller files"
        )
    if not data.strip():
        raise EmptyTextError(f"{where}: the file is {'empty' if not data else 'only whitespace'}")
    encoding, label, text, bom = _decode(data, where)
    if not text.strip():
        raise EmptyTextError(f"{where}: the file is only whitespace")
    if _not_text_share(text) > NOT_TEXT_SHARE:
        raise BinaryDataError(
            f"{where}: not a text file (over {NOT_TEXT_SHARE:.0%} control or unreadable characters)"
        )
    if not _HAN.search(text):
        raise NoChineseError(f"{where}: no Chinese characters in the text ({label})")
    return Intake(encoding, label, bom, line_endings(text), text, len(data), content_hash(text))
