"""The closed sets of names the project uses: scripts, regional usage, formats, conversion targets.

Targets are BCP 47 language tags: zh-Hans (Simplified), zh-Hant (OpenCC's standard Traditional),
zh-TW (Traditional with Taiwan vocabulary) and zh-HK (Hong Kong Traditional).
"""

from __future__ import annotations

from typing import Literal, get_args

Script = Literal["Simplified", "Traditional"]
Region = Literal["mainland", "Taiwan"]
Format = Literal["plain", "markdown"]
Target = Literal["zh-Hans", "zh-Hant", "zh-TW", "zh-HK"]

SCRIPTS: tuple[Script, ...] = get_args(Script)
REGIONS: tuple[Region, ...] = get_args(Region)
FORMATS: tuple[Format, ...] = get_args(Format)
TARGETS: tuple[Target, ...] = get_args(Target)
UNKNOWN = "unknown"
"""What metadata records for a fact its document does not give."""
