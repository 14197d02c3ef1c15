"""What a new text's structure most likely is, for the user to check: its format, the heading lines
of a plain text and the speakers of a transcript, in the types of helpers.corpus.structure.

Run it on the normalised text (helpers.corpus.repairs.normalize), whose whole lines the corpus
matches headings against. Every rule is stated in its function's docstring; when in doubt a rule
finds nothing, since a heading or speaker found wrongly is worse than one left for the user to add.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import pairwise

from helpers.core.types import Format
from helpers.corpus.markdown import (
    ATX_HEADING,
    BOLD_LABEL,
    END_MARKS,
    IMAGE,
    PLAIN_LABEL,
    THEMATIC_BREAK,
    WIKI_LINK,
)
from helpers.corpus.structure import HeadingGroup, Speaker

MAX_HEADING = 30
"""The most characters an unnumbered heading line has."""
MAX_NUMBERED_HEADING = 40
"""The most characters a numbered heading line ('1. …', '一、…', '第一章 …') has."""
MAX_RUN_LINES = 3
"""The most possible heading lines in a row (blank lines aside) that can still be headings."""
MAX_RUN_GROUPS = 2
"""The most headings in a row (a title and a section's heading) with no running text between."""
NOT_HEADING_ENDS = END_MARKS + "，,、：:；—-"
"""Marks a heading line never ends with: a line ending so is a sentence or runs on."""
NUMBERED = (
    re.compile(r"第[0-9一二三四五六七八九十百零〇两]+[章節节部篇回讲講]"),
    re.compile(r"[一二三四五六七八九十]+[、．.]"),
    re.compile(r"[（(][一二三四五六七八九十]+[)）]"),
    re.compile(r"\d{1,2}[、．.](?!\d)"),
)
"""Heading numbers, highest rank first: 第一章, 一、, （一）, 1. (at the start of a line)."""
_NOT_SPEAKER_WORDS = """
时间 時間 日期 地点 地點 来源 來源 出处 出處 作者 编辑 編輯 责编 責編 记者按 注 注意
备注 備註 摘要 总结 總結 结论 結論 标题 標題 关键词 關鍵詞 原文 链接 鏈接 連結 网址
網址 翻译 翻譯 例如 比如 例 提示 说明 說明 更新 声明 聲明
Note Notes Source Date Time Link Title Author Editor Update Summary Tip Warning
"""
NOT_SPEAKERS = frozenset(_NOT_SPEAKER_WORDS.split())
SPEECH_VERBS = (
    *("说", "說", "道", "表示", "指出", "认为", "認為", "称", "稱", "强调", "強調", "回答", "提到"),
    *("问", "問", "写", "寫", "补充", "補充"),
)
"""Verbs that end a plain 'X说：' quoting someone, which is no speaker label ('问' alone is)."""
"""Words that stand before a colon without naming a speaker."""
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CHINESE_NAME = re.compile(rf"[{_HAN}][{_HAN}·•・]{{0,7}}")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}")
_BRACKETED = re.compile(r"(?P<first>[^（(]+?)\s*[（(](?P<second>[^）)]+)[）)]")
_SENTENCE_INSIDE = re.compile(r"[。！？!?；;]")
_LINK = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)")
_LIST_ITEM = re.compile(r"[-*+]\s+\S")
_SETEXT = re.compile(r"={2,}\s*")


def _lines(text: str) -> list[str]:
    """The text's lines without line breaks (CRLF and CR taken as line breaks)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def detect_format(text: str) -> Format:
    """Whether a text is markdown or plain text (one paragraph a line).

    Markdown when it has one strong sign: a '#' heading line, front matter (a first line '---'
    closed by another), an image, a link '[text](address)' or wiki link, a '==' setext underline,
    two or more '**bold**' spans; or two kinds of weak sign: two '>' quote lines, two '- ' / '* '
    list lines, a thematic break ('***', '---', '___'). Numbered lines ('1.') are no sign: plain
    texts number their headings so.

    Args:
        text: the text.

    Returns:
        'markdown' or 'plain'.
    """
    lines = [line.strip() for line in _lines(text)]
    filled = [line for line in lines if line]
    strong = (
        any(ATX_HEADING.match(line) for line in filled)
        or (len(filled) > 1 and filled[0] == "---" and "---" in filled[1:])
        or bool(IMAGE.search(text) or _LINK.search(text) or WIKI_LINK.search(text))
        or any(_SETEXT.fullmatch(line) and previous for previous, line in pairwise(lines))
        or len(re.findall(r"\*\*[^*\n]+\*\*", text)) >= 2
    )
    weak = (
        sum(line.startswith(">") for line in filled) >= 2,
        sum(bool(_LIST_ITEM.match(line)) for line in filled) >= 2,
        any(THEMATIC_BREAK.fullmatch(line) for line in filled),
    )
    return "markdown" if strong or sum(weak) >= 2 else "plain"


def _numbering(line: str) -> int | None:
    """The rank of a line's heading number (0 for 第一章 … 3 for 1.), None if it has none."""
    for rank, pattern in enumerate(NUMBERED):
        if pattern.match(line):
            return rank
    return None


def _may_be_heading(line: str) -> bool:
    """Whether a stripped line could be a heading: some Chinese, short, not a sentence."""
    limit = MAX_NUMBERED_HEADING if _numbering(line) is not None else MAX_HEADING
    return (
        0 < len(line) <= limit
        and bool(re.search(f"[{_HAN}]", line))
        and line[-1] not in NOT_HEADING_ENDS
        and not _SENTENCE_INSIDE.search(line)
        and not line.startswith(("#", ">", "*", "-", "!", "[", "|", "http"))
    )


def _run_headings(
    run: list[tuple[int, str]], *, after_text: bool, follows_text: bool
) -> list[tuple[int | None, tuple[str, ...]]]:
    """The headings of a run of possible heading lines (whole (index, line) pairs of the text,
    running text or nothing between them), as (rank of the numbering or None, lines).

    The run is cut into groups at blank lines: only lines directly adjacent are one group. A run
    of at most MAX_RUN_LINES lines in at most MAX_RUN_GROUPS groups, followed by running text,
    gives one heading per group: a numbered group is one line, an unnumbered group one or two
    lines (a title with its subtitle) and counts only when the run opens the text or follows
    running text. Two numbered groups of the same rank in one run are a list, not headings.
    Any other run gives nothing.
    """
    groups: list[list[str]] = []
    for (index, line), previous in zip(run, [None, *run[:-1]], strict=True):
        if previous is not None and previous[0] + 1 == index:
            groups[-1].append(line)
        else:
            groups.append([line])
    if not follows_text or len(run) > MAX_RUN_LINES or len(groups) > MAX_RUN_GROUPS:
        return []
    found: list[tuple[int | None, tuple[str, ...]]] = []
    for group in groups:
        ranks = [_numbering(line) for line in group]
        if ranks[0] is not None and len(group) == 1:
            found.append((ranks[0], tuple(group)))
        elif len(group) <= 2 and after_text and all(rank is None for rank in ranks):
            found.append((None, tuple(group)))
        else:
            return []
    numbered = [rank for rank, _ in found if rank is not None]
    return [] if len(numbered) != len(set(numbered)) else found


def detect_headings(text: str) -> list[HeadingGroup]:
    """The heading lines of a plain text (one paragraph a line; blank lines may separate them).

    A heading line has some Chinese, contains no sentence end (。！？!?；;), does not end with one
    or with a comma, colon or dash (NOT_HEADING_ENDS), and has at most MAX_HEADING characters
    (MAX_NUMBERED_HEADING when it starts with a heading number: 第一章, 一、, （一）, 1.). The next
    non-blank line must be running text, or one more heading separated from it by a blank line
    (a title, then a section's heading), and, for an unnumbered heading, the line before must be
    running text too (or the heading opens the text). Two such lines directly one after the other
    (no blank line between) are one heading with its subtitle; possible headings separated by a
    blank line are never one group (see _run_headings for the whole rule). Numbered headings
    count only when at least two share a style. Nothing is found when possible headings hold half
    or more of the text's characters (a poem, a list: counted in characters, not lines, so that a
    short article whose sections are one paragraph each keeps its headings), or a heading line
    occurs twice in the text.
    Levels: the highest-ranked kind of heading present is level 1 (第一章 before 一、 and
    unnumbered ones, then （一）, then 1.), every other kind level 2.

    Args:
        text: a plain text, preferably normalised.

    Returns:
        Its heading groups in text order (each line stripped of surrounding spaces).
    """
    lines = [line.strip() for line in _lines(text)]
    filled = [(index, line) for index, line in enumerate(lines) if line]
    possible = [_may_be_heading(line) for _, line in filled]
    heading_share = sum(len(line) for (_, line), may in zip(filled, possible, strict=True) if may)
    if not filled or 2 * heading_share >= sum(len(line) for _, line in filled):
        return []
    found: list[tuple[int | None, tuple[str, ...]]] = []
    position = 0
    while position < len(filled):
        if not possible[position]:
            position += 1
            continue
        end = position + 1
        while end < len(filled) and possible[end]:
            end += 1
        found += _run_headings(
            filled[position:end],
            after_text=position == 0 or not possible[position - 1],
            follows_text=end < len(filled),
        )
        position = end
    counts = {rank: sum(1 for other, _ in found if other == rank) for rank, _ in found}
    found = [(rank, group) for rank, group in found if rank is None or counts[rank] >= 2]
    occurrences = {line: lines.count(line) for _, group in found for line in group}
    found = [(r, g) for r, g in found if all(occurrences[line] == 1 for line in g)]
    ranks = {1 if rank is None else rank for rank, _ in found}
    top = min(ranks, default=0)
    return [
        HeadingGroup(group, 1 if (1 if rank is None else rank) == top else 2)
        for rank, group in found
    ]


def _name_like(name: str) -> bool:
    """Whether a plain label is a person's or role's name: Chinese (up to eight characters, with
    '·'), Latin (up to four capitalised words), or one of each with the other in brackets; not
    a word of NOT_SPEAKERS and not ending with a verb of SPEECH_VERBS ('马斯克说')."""
    bracketed = _BRACKETED.fullmatch(name)
    parts = [bracketed["first"], bracketed["second"]] if bracketed else [name]
    speech = any(name.endswith(verb) and name != verb for verb in SPEECH_VERBS)
    return (
        name not in NOT_SPEAKERS
        and not speech
        and all(_CHINESE_NAME.fullmatch(part) or _LATIN_NAME.fullmatch(part) for part in parts)
    )


def _slug(name: str) -> str:
    """A speaker id from a name: Latin words lower-cased, Chinese in toneless pinyin by word
    ('埃隆·马斯克' → 'ailong_masike'), joined by '_'."""
    from pypinyin import lazy_pinyin

    words = []
    for part in re.split(r"[\s·•・.'’-]+", name):
        spelled = "".join(lazy_pinyin(part)).lower()
        words.append(re.sub(r"[^a-z0-9]", "", spelled))
    return "_".join(word for word in words if word)


def _parts(label: str) -> tuple[str, ...]:
    """The names in a label: 'X（Y）' gives X and Y, any other label itself."""
    bracketed = _BRACKETED.fullmatch(label)
    return (bracketed["first"].strip(), bracketed["second"].strip()) if bracketed else (label,)


def _group(labels: Iterable[str], order: Mapping[str, int]) -> list[list[str]]:
    """Labels in groups of one speaker each, in order of first use: labels sharing a name (as
    'Elon Musk' and '埃隆·马斯克（Elon Musk）' do) are one speaker; order gives each label's
    place of first use."""
    groups: list[tuple[set[str], list[str]]] = []
    for label in labels:
        names = set(_parts(label)) | {label}
        joined = [group for group in groups if group[0] & names]
        merged: tuple[set[str], list[str]] = (names, [])
        for group in joined:
            merged[0].update(group[0])
            merged[1].extend(group[1])
            groups.remove(group)
        merged[1].append(label)
        groups.append(merged)
    groups.sort(key=lambda group: min(order[label] for label in group[1]))
    return [sorted(group[1], key=order.__getitem__) for group in groups]


def detect_speakers(text: str) -> list[Speaker]:
    """The speakers of a transcript, from the labels that start its paragraphs.

    A label is a bold '**Name：**' or a plain 'Name：' (half- or full-width colon) at the very
    start of a line (text after it on the line or not), as helpers.corpus.segments reads them.
    A plain label counts only when it is a name (see _name_like; not a word such as 时间 or 来源,
    NOT_SPEAKERS, nor a quotation such as 马斯克说, SPEECH_VERBS). The text
    is a transcript when some label is used at least twice. Then every label used at least twice
    becomes a speaker's label, and so does every bold label (the segmentation refuses a bold label
    it does not know). Labels sharing a name ('Elon Musk', '埃隆·马斯克（Elon Musk）') are one
    speaker. name_zh is its first Chinese name (else its first name), name its first Latin name
    (else name_zh in pinyin, capitalised), id a slug of name (made unique with _2, _3 …).

    Args:
        text: a text, preferably normalised.

    Returns:
        The speakers in order of first appearance; empty when the text is not a transcript.
    """
    uses: dict[str, int] = {}
    bold: set[str] = set()
    for line in _lines(text):
        match = BOLD_LABEL.match(line)
        if match and len(match["name"]) <= 40:
            bold.add(match["name"])
        else:
            match = PLAIN_LABEL.match(line)
            if not (match and _name_like(match["name"])):
                continue
        uses[match["name"]] = uses.get(match["name"], 0) + 1
    if not any(count >= 2 for count in uses.values()):
        return []
    labels = [label for label, count in uses.items() if count >= 2 or label in bold]
    order = {label: number for number, label in enumerate(uses)}
    speakers, ids = [], set()
    for group in _group(labels, order):
        names = [name for label in group for name in _parts(label)]
        chinese = [name for name in names if re.search(f"[{_HAN}]", name)]
        latin = [name for name in names if not re.search(f"[{_HAN}]", name)]
        name_zh = chinese[0] if chinese else names[0]
        name = latin[0] if latin else " ".join(w.capitalize() for w in _slug(name_zh).split("_"))
        base = _slug(name) or "speaker"
        speaker_id, number = base, 1
        while speaker_id in ids:
            number += 1
            speaker_id = f"{base}_{number}"
        ids.add(speaker_id)
        speakers.append(Speaker(speaker_id, name or name_zh, name_zh, tuple(group)))
    return speakers


def detect_structure(
    doc_id: str, text: str, markdown: bool
) -> tuple[list[HeadingGroup], list[Speaker]]:
    """A new document's headings (plain text only) and speakers, as the corpus will read them:
    what the corpus's segmentation refuses is dropped (the speakers first, then the headings),
    so that what is written to structure.toml never leaves the document out.

    Args:
        doc_id: the new document's id (for messages only).
        text: its normalised text.
        markdown: whether it is a markdown text (headings are then its own markup).

    Returns:
        (heading groups, speakers); either may be empty.
    """
    from helpers.core.errors import CorpusError
    from helpers.corpus.segments import segment

    headings = [] if markdown else detect_headings(text)
    speakers = detect_speakers(text)
    for tried in ((headings, speakers), (headings, []), ([], [])):
        try:
            segment(doc_id, text, markdown, headings=tuple(tried[0]), speakers=tuple(tried[1]))
        except CorpusError:
            continue
        return tried
    return [], []
