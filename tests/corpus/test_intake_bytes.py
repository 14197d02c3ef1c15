"""A user's file checked before it joins a corpus: encodings, line endings and every kind of bad
input (helpers.corpus.intake)."""

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.intake import (
    ENCODINGS,
    MAX_BYTES,
    BinaryDataError,
    EmptyTextError,
    IntakeError,
    NoChineseError,
    TooLargeError,
    UndecodableError,
    content_hash,
    inspect_bytes,
    line_endings,
)
from helpers.corpus.taken import TakenError, next_reader_id, refuse_taken, slug_from

# Written for these tests: a Simplified paragraph (in GBK) and a Traditional one (Big5 and GBK).
SIMPLIFIED = (
    "马斯克在访谈中说，未来三年里人工智能和机器人会让商品和服务的产出超过通货膨胀。\n"
    "他认为能源、芯片和制造三件事缺一不可，而中国在这些方面做得非常出色。\n"
)
TRADITIONAL = (
    "馬斯克在訪談中說，未來三年裡人工智慧和機器人會讓商品和服務的產出超過通膨。\n"
    "他認為能源、晶片和製造三件事缺一不可，而臺灣的晶片產業非常重要。\n"
)


@pytest.mark.parametrize(
    ("data", "encoding", "label", "bom"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8", "UTF-8", False),
        (SIMPLIFIED.encode("utf-8-sig"), "utf-8", "UTF-8 with BOM", True),
        (SIMPLIFIED.encode("utf-16"), "utf-16", "UTF-16 with BOM", True),
        (b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be"), "utf-16", "UTF-16 with BOM", True),
        (b"\xff\xfe" + SIMPLIFIED.encode("utf-16-le"), "utf-16", "UTF-16 with BOM", True),
        (SIMPLIFIED.encode("gbk"), "gb18030", "GB18030", False),
        (SIMPLIFIED.encode("gb18030"), "gb18030", "GB18030", False),
        (TRADITIONAL.encode("gbk"), "gb18030", "GB18030", False),
        (TRADITIONAL.encode("big5"), "big5", "Big5", False),
    ],
)
def test_each_encoding_taken_is_recognised_and_decoded(
    data: bytes, encoding: str, label: str, bom: bool
) -> None:
    intake = inspect_bytes(data)
    assert (intake.encoding, intake.label, intake.bom) == (encoding, label, bom)
    assert intake.encoding in ENCODINGS
    assert intake.text in (SIMPLIFIED, TRADITIONAL)
    assert intake.size == len(data)
    assert intake.converted == (encoding not in ("utf-8", "utf-8-sig"))
    # the recorded encoding decodes the file, the BOM (if any) is the only difference
    assert data.decode(intake.encoding).removeprefix("\ufeff") == intake.text


def test_the_same_text_has_one_hash_in_every_encoding_and_line_ending() -> None:
    files = [
        SIMPLIFIED.encode("utf-8"),
        SIMPLIFIED.encode("utf-8-sig"),
        SIMPLIFIED.encode("utf-16"),
        SIMPLIFIED.encode("gb18030"),
        SIMPLIFIED.replace("\n", "\r\n").encode("utf-8"),
    ]
    assert len({inspect_bytes(data).digest for data in files}) == 1
    assert content_hash(SIMPLIFIED) != content_hash(TRADITIONAL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一\n二\n", "LF"),
        ("一\r\n二\r\n", "CRLF"),
        ("一\r二\r", "CR"),
        ("一\r\n二\n", "mixed"),
        ("一二", "none"),
    ],
)
def test_line_endings(text: str, expected: str) -> None:
    assert line_endings(text) == expected


def test_crlf_is_reported_and_kept_in_the_text() -> None:
    # the corpus logs CRLF → LF as a repair; intake reports the endings and keeps the text as it is
    intake = inspect_bytes(SIMPLIFIED.replace("\n", "\r\n").encode("utf-16"))
    assert intake.line_endings == "CRLF"
    assert intake.text == SIMPLIFIED.replace("\n", "\r\n")


def test_html_and_script_are_kept_verbatim() -> None:
    text = '<p onclick="x()">马斯克说：<script>alert("你好")</script> &amp; <b>芯片</b></p>\n'
    assert inspect_bytes(text.encode()).text == text


def one_line_error(data: bytes, kind: type[IntakeError], limit: int = MAX_BYTES) -> str:
    """The message inspect_bytes refuses `data` with, checked to be of `kind` and one line."""
    with pytest.raises(kind) as error:
        inspect_bytes(data, limit=limit, where="new.txt")
    message = str(error.value)
    assert isinstance(error.value, CorpusError)
    assert "\n" not in message and message.startswith("new.txt: ")
    return message


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", "\u3000\n".encode(), b"\xef\xbb\xbf"])
def test_empty_or_whitespace_only(data: bytes) -> None:
    message = one_line_error(data, EmptyTextError)
    assert message.endswith(("the file is empty", "the file is only whitespace"))


def test_whitespace_only_in_utf16() -> None:
    assert one_line_error(" \n ".encode("utf-16"), EmptyTextError).endswith("only whitespace")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        bytes(range(1, 256)) * 20,  # no NUL byte, and nothing reads it as text
        ("中文" + "\x01\x02\x03\x04" * 20).encode(),  # UTF-8, but mostly control characters
    ],
)
def test_binary(data: bytes) -> None:
    assert "not a text file" in one_line_error(data, BinaryDataError)


@pytest.mark.parametrize(
    "data", [b"Hello, world. <script>alert(1)</script>\n", "Café, très bien.\n".encode()]
)
def test_no_chinese(data: bytes) -> None:
    assert "no Chinese characters" in one_line_error(data, NoChineseError)


def test_over_the_size_limit() -> None:
    data = SIMPLIFIED.encode()
    message = one_line_error(data, TooLargeError, limit=len(data) - 1)
    assert f"{len(data):,} bytes is over the limit of {len(data) - 1:,} bytes" in message
    assert MAX_BYTES == 2_000_000
    inspect_bytes(data, limit=len(data))  # at the limit is fine


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (SIMPLIFIED.encode("utf-16-le"), "iconv -f utf-16le -t UTF-8"),
        (SIMPLIFIED.encode("utf-32"), "iconv -f utf-32 -t UTF-8"),
        (
            "東京の天気は晴れです。私は毎日コーヒーを飲みます。".encode("shift_jis"),
            "iconv -f cp932",
        ),
        ("Le café est très bon. Où est la gare ? Çà et là.".encode("latin-1"), "iconv -f cp1252"),
    ],
)
def test_an_encoding_not_taken_is_named_with_the_command(data: bytes, named: str) -> None:
    message = one_line_error(data, UndecodableError)
    assert "which the corpus does not take; convert it to UTF-8 first" in message
    assert named in message


def test_a_utf16_bom_on_bytes_that_are_not_utf16() -> None:
    assert "not UTF-16" in one_line_error(b"\xff\xfe\x00\xd8", UndecodableError)


def test_the_next_reader_id() -> None:
    assert next_reader_id(["000", "001", "004"]) == "100"
    assert next_reader_id(["000", "100", "101", "103"]) == "102"
    with pytest.raises(TakenError, match="every reader's document id"):
        next_reader_id(f"{number:03d}" for number in range(1000))


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Musk Interview 2025.txt", "musk_interview_2025"),
        ("musk-on-AI.md", "musk_on_ai"),
        ("马斯克访谈.txt", "text_100"),
        ("马斯克 X Takeover 访谈.txt", "x_takeover"),
        ("a b c d e f g h.txt", "a_b_c_d_e_f"),
        ("我的 文章 (1).txt", "text_100"),  # digits only
        ("2025.txt", "text_100"),
        ("a.txt", "text_100"),  # too short to mean anything
        ("访谈 X.md", "text_100"),
        ("AI 2.txt", "ai_2"),
    ],
)
def test_slug_from_a_file_name(name: str, slug: str) -> None:
    assert slug_from(name, "text_100") == slug


def test_a_text_id_or_slug_already_in_the_corpus_is_refused() -> None:
    digest = content_hash(SIMPLIFIED)
    existing = [("000", "kamath", content_hash(TRADITIONAL)), ("100", "mine", "0" * 64)]
    refuse_taken("101", "new", digest, existing)
    with pytest.raises(
        TakenError, match=r"^the same text is already in the corpus as document 000$"
    ):
        refuse_taken("101", "new", content_hash(TRADITIONAL.replace("\n", "\r\n")), existing)
    with pytest.raises(TakenError, match=r"^id 100 is already taken"):
        refuse_taken("100", "new", digest, existing)
    with pytest.raises(TakenError, match=r"^slug 'kamath' is already taken by document 000$"):
        refuse_taken("101", "kamath", digest, existing)


@pytest.mark.parametrize(
    ("data", "offset", "byte"),
    [
        (
            "中文文本很好。".encode() + b"\xff\xfe" + "这是中间的坏字节，其他都好。".encode(),
            21,
            "ff",
        ),
        ("马斯克说人工智能很重要。".encode()[:-1] + "我们需要电力。".encode(), 33, "e3"),
        (b"\x80" + "马斯克说人工智能很重要。".encode(), 0, "80"),
    ],
)
def test_utf8_with_a_few_bad_bytes_names_the_first(data: bytes, offset: int, byte: str) -> None:
    message = one_line_error(data, UndecodableError)
    assert f"not UTF-8: byte 0x{byte} at offset {offset} " in message
    assert "iconv -f UTF-8 -t UTF-8 -c" in message and "save the file again as UTF-8" in message


def test_what_a_corpus_folder_takes(tmp_path) -> None:
    from helpers.corpus.taken import Taken, taken_in

    assert taken_in(tmp_path / "none") == Taken()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "105_Stray.TXT").write_bytes(b"")
    (tmp_path / "texts" / "107_stray_two.txt").write_bytes(b"")
    (tmp_path / "metadata.toml").write_text(
        '[[document]]\nid = "101"\nslug = "bad"\nfile = "texts/Bad.txt"\npublished = "20-1-2026"'
        "\n[[document]]\nslug = 3\n",
        encoding="utf-8",
    )
    (tmp_path / "structure.toml").write_text('["103"]\nheadings = []\n', encoding="utf-8")
    taken = taken_in(tmp_path)
    assert taken.ids == {"101", "103", "107"}
    assert taken.slugs == {"bad", "stray_two"}
    assert taken.files == {"bad.txt", "105_stray.txt", "107_stray_two.txt"}
    with pytest.raises(TakenError, match="id 103"):
        refuse_taken("103", "new", "0" * 64, [], taken, "103_new.txt")
    with pytest.raises(TakenError, match="slug 'bad'"):
        refuse_taken("104", "bad", "0" * 64, [], taken, "104_bad.txt")
    with pytest.raises(TakenError, match=r"texts/105_STRAY\.txt"):
        refuse_taken("104", "new", "0" * 64, [], taken, "105_STRAY.txt")
    (tmp_path / "structure.toml").write_text('["103"]\n["103"]\n', encoding="utf-8")
    with pytest.raises(IntakeError, match=r"structure\.toml: cannot be read"):
        taken_in(tmp_path)
