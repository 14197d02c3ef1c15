"""Patterns of the text's own markup: sentence ends, URLs, markdown headings and breaks, images,
wiki links and speaker labels. Segmentation, display, conversion and the quantity extractor all read
them from here. Line patterns are meant for a line without its line break and surrounding spaces.
"""

from __future__ import annotations

import re

END_MARKS = "。！？!?；;…"
"""Marks that end a sentence."""
CLOSERS = "」』”’）)】》"
"""Closing quotes and brackets that stay with the sentence they follow."""
SENTENCE_END = re.compile(rf"[{END_MARKS}]+[{CLOSERS}]*")
"""A sentence end: a run of end marks and the closers after it."""
PAIRED_CLOSERS = ('"', "**")
"""Delimiters that close a quote or bold span when an odd number of them came before."""
URL = re.compile(r"https?://[^\s()（）<>\"“”]+")
"""A web address, up to a space, a bracket or a quotation mark."""
ATX_HEADING = re.compile(r"#{1,6}\s+\S")
"""The start of a markdown heading line ('## 摘要'); the number of '#' is its level."""
SETEXT_UNDERLINE = re.compile(r"(?:-{2,}|={2,})\s*")
"""A whole line that underlines the line above as a heading ('==' level 1, '--' level 2)."""
THEMATIC_BREAK = re.compile(r"(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}")
"""A whole line that is a thematic break ('***', '---', '___')."""
BRACKETED_BOLD_LINE = re.compile(r"\*\*\[[^*\]]+\]\*\*\s*")
"""A whole line such as '**[预告片段]**', a heading in the 003 transcript."""
BOLD_LINE = re.compile(r"\*\*[^*]+\*\*\s*")
"""A whole line in bold (a heading when it is a document's first line)."""
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)")
"""A markdown image, with its alt text as 'alt'."""
WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]*\|)?(?P<label>[^\]\n]*)\]\]")
"""A wiki link '[[path|label]]' or '[[path]]', with the text shown as 'label'."""
BOLD_LABEL = re.compile(r"\*\*(?P<name>[^*\n]+?)\s*[：:]\s*\*\*[ \t\u3000]*")
"""A bold speaker label at the start of a line ('**Elon Musk:** '), the name as 'name'."""
PLAIN_LABEL = re.compile(r"(?P<name>[^\s*：:，。][^*\n：:]{0,40}?)[：:][ \t\u3000]*")
"""A plain label at the start of a line ('Peter Diamandis: '); only a known label counts."""
