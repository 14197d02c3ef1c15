"""The glossary and the reader agree on every entry: the reader's Taiwan-standard zhuyin of the
word a Taiwan reader writes is the entry's taiwan_zhuyin (or zhuyin, where the Taiwan reading is
the same), and its mainland pinyin of the Simplified form is the entry's pinyin.

The glossary's readings were checked by hand against the Ministry of Education's dictionary
(Taiwan) and CC-CEDICT (mainland); where the two sides differed, the wrong one was fixed.
"""

from helpers.glossary.entries import glossary_entries
from helpers.language.readings import char_readings


def _joined(readings: list[str | None]) -> str:
    return " ".join(reading or "?" for reading in readings)


def test_taiwan_zhuyin_is_the_readers_taiwan_reading() -> None:
    differ = {
        entry.id
        for entry in glossary_entries()
        if _joined(char_readings(entry.taiwan or entry.traditional, "zhuyin", region="Taiwan"))
        != entry.taiwan_reading
    }
    assert differ == set()


def test_pinyin_is_the_readers_mainland_reading() -> None:
    differ = {
        entry.id
        for entry in glossary_entries()
        if _joined(char_readings(entry.simplified, "pinyin")).lower() != entry.pinyin.lower()
    }
    assert differ == set()


def test_a_taiwan_reading_that_differs_is_given() -> None:
    # Hand-checked: MoE 亞 ㄧㄚˇ, 跌 ㄉㄧㄝˊ, 期 ㄑㄧˊ, 擊 ㄐㄧˊ.
    by_id = {entry.id: entry for entry in glossary_entries()}
    assert by_id["amazon"].taiwan_reading == "ㄧㄚˇ ㄇㄚˇ ㄒㄩㄣˋ"
    assert by_id["put-option"].taiwan_reading == "ㄎㄢˋ ㄉㄧㄝˊ ㄑㄧˊ ㄑㄩㄢˊ"
    assert by_id["dimension-strike"].taiwan_reading == "ㄐㄧㄤˋ ㄨㄟˊ ㄉㄚˇ ㄐㄧˊ"
    assert by_id["chip"].taiwan_reading == "ㄐㄧㄥ ㄆㄧㄢˋ"
