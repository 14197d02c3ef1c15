"""The closed sets of names the project uses: scripts, regional usage, formats, conversion targets.

Targets are BCP 47 language tags: zh-Hans (Simplified), zh-Hant (OpenCC's standard Traditional),
zh-TW (Traditional with Taiwan vocabulary) and zh-HK (Hong Kong Traditional).
"""

from __future__ import annotations

from typing import Literal, get_args

Script = Literal["Simplified", "Traditional"]
Region = Literal["mainland", "Taiwan"]
DetectedScript = Literal["Simplified", "Traditional", "mixed", "either"]
"""The script a text is found to be in: mixed has characters of both, either has only characters
written alike in both (人口, 中国人 is Simplified: 国)."""
Format = Literal["plain", "markdown"]
Target = Literal["zh-Hans", "zh-Hant", "zh-TW", "zh-HK"]
ReadingStyle = Literal["pinyin", "zhuyin"]
"""How a reading is written: tone-marked pinyin ('zhòng') or zhuyin ('ㄓㄨㄥˋ')."""
Tones = Literal["citation", "sandhi"]
"""How tones are shown: each character's own (citation) tone, or tone sandhi applied (一, 不,
third-tone sandhi)."""
WordStatus = Literal["1", "2", "3", "4", "known", "ignored"]
"""How well the reader knows one of their words: 1 new, 2 recognised, 3 familiar, 4 learned,
known, ignored (the levels language readers such as LingQ use)."""

SCRIPTS: tuple[Script, ...] = get_args(Script)
REGIONS: tuple[Region, ...] = get_args(Region)
DETECTED_SCRIPTS: tuple[DetectedScript, ...] = get_args(DetectedScript)
FORMATS: tuple[Format, ...] = get_args(Format)
TARGETS: tuple[Target, ...] = get_args(Target)
READING_STYLES: tuple[ReadingStyle, ...] = get_args(ReadingStyle)
TONES: tuple[Tones, ...] = get_args(Tones)
WORD_STATUSES: tuple[WordStatus, ...] = get_args(WordStatus)
UNKNOWN = "unknown"
"""What metadata records for a fact its document does not give."""
