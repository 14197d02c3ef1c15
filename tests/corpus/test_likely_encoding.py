"""Naming the encoding of bytes that are not UTF-8 (helpers.corpus.encodings)."""

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.encodings import decode_utf8, likely_encoding

# Sentences written for this test; GBK holds both scripts, Big5 only Traditional characters.
GBK_ONLY = ["测试文本", "马斯克说人工智能", "这是一个很长的句子，里面有很多常用字。"]
BOTH = ["一万二千元", "頭髮很乾", "測試文本，一共三個字", "臺灣的晶片產業", "那個人說了一句話"]


@pytest.mark.parametrize("text", GBK_ONLY + BOTH)
def test_gbk_bytes_are_named_gb18030(text: str) -> None:
    assert likely_encoding(text.encode("gbk")) == "gb18030"


@pytest.mark.parametrize("text", BOTH)
def test_big5_bytes_are_named_big5(text: str) -> None:
    # these Big5 bytes also decode as GBK, into rare characters, kana or private-use code points
    assert likely_encoding(text.encode("big5")) == "big5"


def test_the_message_names_the_byte_the_offset_and_the_command() -> None:
    # 頭 in Big5 is 0xC0 0x59: the first byte is already not UTF-8
    with pytest.raises(CorpusError) as error:
        decode_utf8("頭髮很乾".encode("big5"), "standard input")
    assert str(error.value) == (
        "standard input: not UTF-8 (byte 0xc0 at offset 0, likely big5); "
        "convert it to UTF-8 first (iconv -f big5 -t UTF-8)"
    )


def test_utf16_is_named_as_iconv_spells_it() -> None:
    # Python calls it utf_16; iconv refuses that name and wants utf-16
    with pytest.raises(CorpusError) as error:
        decode_utf8("测试".encode("utf-16"), "standard input")
    assert "likely utf-16); convert it to UTF-8 first (iconv -f utf-16 -t UTF-8)" in str(
        error.value
    )


def test_a_utf16_byte_order_mark_names_utf16():
    # FF FE and FE FF are UTF-16's byte order marks; charset-normalizer alone guessed cp1006 here.
    assert likely_encoding(b"\xff\xfe\n") == "utf-16"
    assert likely_encoding(b"\xfe\xff" + "中文".encode("utf-16-be")) == "utf-16"
