"""Patterns of the text's own markup: sentence ends, URLs, markdown headings and breaks, images, wiki links and
speaker labels. Segmentation, display, conversion and the quantity extractor all read them from here.
"""

from __future__ import annotations

import re

END_MARKS = "。！？!?；;…"
CLOSERS = "」』”’）)】》"
SENTENCE_END = re.compile(rf"[{END_MARKS}]+[{CLOSERS}]*")
PAIRED_CLOSERS = ('"', "**")
URL = re.compile(r"https?://[^\s()（）<>\"“”]+")
ATX_HEADING = re.compile(r"#{1,6}\s+\S")
SETEXT_UNDERLINE = re.compile(r"(?:-{2,}|={2,})\s*")
THEMATIC_BREAK = re.compile(r"(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}")
BRACKETED_BOLD_LINE = re.compile(r"\*\*\[[^*\]]+\]\*\*\s*")
BOLD_LINE = re.compile(r"\*\*[^*]+\*\*\s*")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)")
WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]*\|)?(?P<label>[^\]\n]*)\]\]")
BOLD_LABEL = re.compile(r"\*\*(?P<name>[^*\n]+?)\s*[：:]\s*\*\*[ \t\u3000]*")
PLAIN_LABEL = re.compile(r"(?P<name>[^\s*：:，。][^*\n：:]{0,40}?)[：:][ \t\u3000]*")
