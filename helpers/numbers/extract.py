"""Every quoted quantity of a document: found in the normalised text, valued, and traced to the raw text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from helpers.corpus.documents import document, documents
from helpers.corpus.markdown import IMAGE, URL, WIKI_LINK
from helpers.corpus.repairs import NormalizedText, normalized
from helpers.corpus.segments import segmented
from helpers.numbers.units import (
    BIT,
    CLASSIFIERS,
    CN_DIGITS,
    CN_NUMERAL,
    CN_PREFIX_FREE,
    CN_SCALE_PREFIX,
    PERIOD_SECONDS,
    PERIODS,
    UNITS,
    Unit,
    consecutive_digits,
    number_value,
)

FIELDS = (
    "doc",
    "start",
    "end",
    "surface",
    "value",
    "low",
    "high",
    "unit",
    "base_value",
    "kind",
    "approx",
    "sentence",
    "speaker",
)
KINDS = (
    "money",
    "power",
    "energy",
    "percent",
    "ratio",
    "date",
    "duration",
    "count",
    "length",
    "speed",
    "mass",
    "area",
    "rate",
    "other",
)
PRE_APPROX = "大约|大約|大概|差不多|将近|將近|接近|超过|超過|至少|不到|不足|少于|少於|多于|多於|低于|低於|高于|高於|约|約|近|超|逾"
POST_APPROX = "左右|以上|出头|出頭|\\+"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# 兆 and 千 are SI prefixes before 瓦, 米, 克 and 伏: there they belong to the unit, not the number.
SCALE = rf"(?:万亿|萬億|千万|千萬|百万|百萬|万|萬|亿|億|{CN_SCALE_PREFIX}|百(?!分))"
CHINESE = rf"(?:[{CN_PREFIX_FREE}]|{CN_SCALE_PREFIX})+"
# 成千上万 and 成百上千 span two orders of magnitude, so like 数十 and 几百 they have no value; 上千 is 1e3.
VAGUE = r"成[百千万萬]上[千万萬亿億]|[数數几幾上](?:[十百千](?:万亿|萬億|[万萬亿億]|兆(?!瓦))?|万亿|萬億|[万萬亿億]|兆(?!瓦))"
UNIT = _alternation(UNITS)
# 个 between a number and a measure word is filler (两三个吉瓦, 半个吉瓦); before a duration it is part of the unit.
MEASURES = ("power", "energy", "mass", "length", "area", "speed")
MEASURE = _alternation(
    surface for surface, unit in UNITS.items() if unit.kind in MEASURES and len(surface) > 1
)
FILLER = rf"[个個](?=\s?(?:{MEASURE}))"
INNER_MORE = rf"(?:(?:{ARABIC})(?:\s?{SCALE})?|{CHINESE})\s?多(?:万亿|萬億|[万萬亿億])"
NUMBER = rf"{INNER_MORE}|(?:{ARABIC})(?:\s?{SCALE})?|{VAGUE}|{CHINESE}|半(?={FILLER})"
PERIOD = _alternation(PERIODS)
DURATION = _alternation(surface for surface, unit in UNITS.items() if unit.kind == "duration")
# Up to two words between a period and its amount: 每年将一百万吨, 一小时发射一次.
GAP = rf"(?:(?![{CN_NUMERAL}数數几幾上半])[\u4e00-\u9fff]){{1,2}}?"
# A period after 一 is a rate's period only before a count of times (一年 10,000 次), else a duration (一年).
PER = rf"每(?:{PERIOD})|(?<![{CN_NUMERAL}])一(?:{PERIOD})(?=(?:{GAP})?\s?(?:{NUMBER})\s?[次])"
# A unit written after the low end of a range must be written again after the high end (1吉瓦到10吉瓦); A 或 B is a
# range only when the unit follows B alone (20 或 30 年), else two quantities (10 年或 20 年).
QUANTITY = re.compile(
    rf"(?P<pre>{PRE_APPROX})?\s?(?:(?P<per>{PER})(?:{GAP})??\s?(?P<inpre>{PRE_APPROX})?\s?)?"
    rf"(?:(?P<low>{NUMBER})\s?(?:(?P<lowunit>{UNIT})?\s?(?:-|–|~|～|到|至)|(?P<either>或))\s?)?"
    rf"(?P<number>{NUMBER})(?:\s?(?P<more>多|余|餘|几|幾))?\s?(?:{FILLER})?"
    rf"(?P<unit>(?(lowunit)(?P=lowunit)|(?:{UNIT})(?![A-Za-z])))?(?(lowunit)(?(unit)|(?!)))(?P<half>半)?"
    rf"(?:/(?P<slash>{PERIOD}))?(?P<post>{POST_APPROX})?"
)
RATIO_TERM = rf"\d+(?:\.\d+)?|[{CN_DIGITS}十]{{1,3}}"
# N 比 M is a ratio unless a unit follows M (3 比 2 的比例提升; 5 比 3 个 compares counts).
RATIO = re.compile(
    rf"(?<![\d.{CN_NUMERAL}])(?P<x>{RATIO_TERM})\s?比\s?(?P<y>{RATIO_TERM})(?![\d.{CN_NUMERAL}]|\s?(?:{UNIT}))"
)
FRACTION = re.compile(
    rf"(?P<pre>{PRE_APPROX})?(?P<den>{NUMBER})分之(?P<num>{NUMBER})|(?<![\d./])(?P<a>\d+)/(?P<b>\d+)(?![\d/])|一半|百分百"
)
HOUR = rf"(?:(?<![\d.])(?:[01]?\d|2[0-4])\s?|(?<![{CN_NUMERAL}第])(?:十[一二]?|[一二三四五六七八九两兩]))"
DATE = re.compile(
    r"(?P<pre>约|約|大约|大約)?(?:(?:(?P<decade>\d{4})|(?<!\d)\d{2}|[一二三四五六七八九]十)\s?年代"
    r"|(?P<year>\d{4})\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号號])?)?(?:底|末|初)?"
    r"(?:\s?第?[一二三四1-4]\s?季度)?"
    r"|Q[1-4](?:\s?(?P<qyear>\d{4}))?"
    r"|(?P<iso>\d{4})-[01]\d-[0-3]\d"
    r"|(?:(?<![\d.个個])(?:1[0-2]|0?[1-9])\s?|(?<![〇零一二三四五六七八九十两兩百千个個第每这這上下])(?:十[一二]|[一二三四五六七八九十]))"
    r"月份?(?:\s?[0-3]?\d\s?[日号號]|底|初|[上中下]旬)?"
    r"|第?(?:[一二三四]|\s?(?<![\d.])[1-4]\s?)季度"
    # A time of day needs 钟 or a part of the day (八点钟, 下午三点); a bare 三点 is three points.
    rf"|(?:(?:早上|上午|中午|下午|晚上|凌晨|傍晚)\s?{HOUR}[点點](?:钟|鐘)?|{HOUR}[点點](?:钟|鐘))(?:半|\s?\d{{1,2}}\s?分)?"
    r")(?P<post>左右)?"
)
NON_QUANTITY = re.compile(
    "一些|一直|唯一|一切|一夜|一起|一样|一樣|一定|一[点點](?![钟鐘])|一下|一旦|一边|一邊|统一|統一|万一|萬一|一般|一致|一同|"
    "一再|一向|一时|一時|(?<!分)之一|一一|一口气|一口氣|千万别|千萬別|十字|一番|一律|一度|一眼|一概|一味|一心|一面|一方面|"
    "一手|一生|一辈子|一輩子|一路|一刻|一会|一會|一阵|一陣|一瞬|一刀切|一带|一帶|第一性|一口|一号|一號|"
    "[总總终終]有一天|月球|月亮|四处|四處|两度|兩度"
)
MASKS = (
    URL,
    IMAGE,
    WIKI_LINK,
    re.compile(r"(?m)^\s*(?:#+\s*|[-*]\s+)?\d+(?:[.)、](?!\d)|\s*】)|【\d+】"),
    # A digit glued to Latin letters is part of a name (GPT-4, GB300, C-3PO, v6e); Q1–Q4 are quarters.
    re.compile(
        r"(?<![A-Za-z0-9])(?!Q[1-4](?![A-Za-z0-9]))[A-Za-z][A-Za-z-]*\d[A-Za-z0-9.-]*(?:/[A-Za-z]+\d+)*"
    ),
    re.compile(rf"第[\d{CN_NUMERAL}]+(?!\s?季度)"),
    re.compile(rf"(?:{ARABIC}|{CHINESE})\s?(?:系|号|號|级|級|型|版|位数(?!据)|位數(?!據))"),
    NON_QUANTITY,
    re.compile(
        r"《[^》\n]*》"
    ),  # a title (《2001太空漫游》) names a work, its numbers are not quantities
    re.compile(rf"一(?:{PERIOD})(?=好?[几幾]次)"),  # 一周好几次: a vague frequency, not one week
    # After 的, 一 before a duration is an article (漫长的一天) unless the span is measured (今天起的一年后).
    re.compile(
        rf"(?<=的)一(?=\s?(?:{DURATION})(?!\s?(?:后|後|前|内|內|里|裡|之|以|来|來|多|半|时间|時間)))"
    ),
)
# Without a unit, a Chinese numeral is a number only with a scale word (国防预算才一万亿), else a word (一, 十字).
SCALED_CHINESE = re.compile(rf"[{CN_DIGITS}十][{CN_NUMERAL}]*[万萬亿億兆]")
NAME_BEFORE = re.compile(r"[A-Z][a-z]+ $")
SLASH_BEFORE = re.compile(r"\d/$")
SLASH_AFTER = re.compile(r"/\d")
LATIN_BEFORE = re.compile(r"[A-Za-z]\s$")
BIT_TOPIC = (
    "比特|位宽|位寬|浮点|浮點|整数|整數|矩阵|矩陣|乘法|精度|运算|運算|计算|計算|数据|數據|量化|参数|參數|推理|训练|訓練|"
    "内存|內存|处理器|處理器|芯片|优化|優化|权重|權重|bit"
)
BIT_CONTEXT = re.compile(BIT_TOPIC)
# What may follow a bit width: no word, a computing word or a function word; a person noun makes 位 a count of people.
BIT_NEXT = re.compile(rf"(?:[^\u4e00-\u9fff]|的|上|以上|以下|来|來|甚至|通常|或|{BIT_TOPIC})|$")


@dataclass(frozen=True)
class Quantity:
    """One quantity: its span in the raw text, its value and unit, and where it was said."""

    doc: str
    start: int
    end: int
    surface: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    base_value: float | None
    kind: str
    approx: bool
    sentence: str
    speaker: str | None

    def as_dict(self) -> dict:
        """The quantity as a JSON-ready dict, keys in the fixed schema order."""
        return {field: getattr(self, field) for field in FIELDS}


def _found(
    start: int,
    end: int,
    value: float | None,
    low: float | None,
    high: float | None,
    unit: str,
    base_value: float | None,
    kind: str,
    approx: bool,
) -> Quantity:
    """A quantity at normalised-text offsets, before it is traced to the raw text and a sentence."""
    return Quantity("", start, end, "", value, low, high, unit, base_value, kind, approx, "", None)


def scan_text(text: str) -> str:
    """The text with identifiers, markup and numeral-like words blanked out, offsets kept."""
    chars = list(text)
    for pattern in MASKS:
        for match in pattern.finditer(text):
            chars[match.start() : match.end()] = "\0" * (match.end() - match.start())
    return "".join(chars)


def _number(text: str) -> tuple[float | None, float | None, float | None, bool] | None:
    """Value, low, high and approximation of a written number ('两三' is a range, '数十' has no value), or None."""
    if text[0] in "数數几幾成":
        return None, None, None, True
    if text == "半":
        return 0.5, None, None, False
    if text[0] != "上" and "多" not in text and (pair := consecutive_digits(text)):
        return None, pair[0], pair[1], True
    value = number_value(text.removeprefix("上").replace("多", ""))
    return None if value is None else (value, None, None, text[0] == "上" or "多" in text)


def _scaled(
    value: float | None, unit: Unit, per: str | None
) -> tuple[float | None, str, float | None, str]:
    """Value in the unit, unit name, base value and kind, a per-period rate ('/年', '每秒') applied."""
    if value is not None:
        value *= unit.factor
    base = None if unit.base is None or value is None else value * unit.base
    if per is None:
        return value, unit.name, base, unit.kind
    period = PERIODS[per]
    base = None if base is None else base / PERIOD_SECONDS[period]
    if unit.kind == "length":
        return (
            value,
            f"{unit.name}/{'s' if period == 'second' else 'h' if period == 'hour' else period}",
            base,
            "speed",
        )
    return value, f"{unit.name}/{period}", base, "rate"


def _quantity(match: re.Match) -> Quantity | None:
    """A quantity from a QUANTITY match, or None when the numeral is not a quantity there."""
    number, unit_text = match["number"], match["unit"]
    arabic = number[0].isdigit()
    before = match.string[max(0, match.start("number") - 20) : match.start("number")]
    bare = arabic or SCALED_CHINESE.fullmatch(number)
    if NAME_BEFORE.search(before) or (
        unit_text is None and (not bare or LATIN_BEFORE.search(before))
    ):
        return None  # a number after a word in Latin letters names a product (Model 3, Colossus 2, Grok 4.2)
    if SLASH_BEFORE.search(before) or SLASH_AFTER.match(match.string, match.end("number")):
        return None  # one side of a slash pair that is not a fraction (24/7, 9/11)
    if number in ("零", "〇"):
        return None  # 零件, 零售: a lone 零 starts a word, it is not a zero count
    if unit_text in CLASSIFIERS and number == "一" and not match["per"] and not match["low"]:
        return None  # 一 before a classifier is the indefinite article (一個, 一家), not a count
    if match["either"] and unit_text is None:
        return _quantity(
            QUANTITY.match(match.string, match.start(), match.end("low"))
        )  # 2028 或 2029: two years
    parsed = _number(number)
    if parsed is None:
        return None
    value, low, high, approx = parsed
    if match["low"]:
        scale = re.search(rf"{SCALE}$", number) if match["low"][-1].isdigit() else None
        parsed_low = _number(match["low"] + (scale.group(0) if scale else ""))
        if parsed_low is None:
            return None
        low, high, value = parsed_low[0], value, None
        if low is not None and high is not None and low > high:
            # 从 3 纳米到 2 纳米 is a change between two quantities, not a range: the first stands alone.
            first_end = match.end("lowunit") if match["lowunit"] else match.end("low")
            return _quantity(QUANTITY.match(match.string, match.start(), first_end))
    if match["half"] and value is not None:
        value += 0.5
    if unit_text is None:
        if re.fullmatch(r"(?:19|20)\d\d", number.replace(",", "")):
            return _found(
                match.start("number"),
                match.end("number"),
                value,
                None,
                None,
                "date",
                None,
                "date",
                False,
            )
        unit = Unit("number", "other")
    elif unit_text == "位" and _bit_width(match.string, match.end("unit")):
        unit = BIT
    else:
        unit = UNITS[unit_text]
    per = match["per"][1:] if match["per"] else match["slash"]
    value, name, base, kind = _scaled(value, unit, per)
    low, high = (_scaled(bound, unit, per)[0] for bound in (low, high))
    approx = (
        approx
        or bool(match["pre"] or match["inpre"] or match["post"] or match["more"])
        or "多" in (unit_text or "")
    )
    spans = [
        match.span(group)
        for group in ("pre", "per", "low", "number", "more", "unit", "half", "slash", "post")
        if match[group]
    ]
    return _found(
        spans[0][0], max(end for _, end in spans), value, low, high, name, base, kind, approx
    )


def _bit_width(text: str, end: int) -> bool:
    """Whether the 位 ending at end is a bit width: computing is talked about nearby and no person noun follows."""
    return bool(BIT_NEXT.match(text, end)) and bool(
        BIT_CONTEXT.search(text, max(0, end - 300), end + 100)
    )


def _ratio(match: re.Match) -> Quantity | None:
    """A ratio written 'N 比 M' (3 比 2 → 1.5), or None for a zero or malformed term."""
    first, second = number_value(match["x"]), number_value(match["y"])
    if first is None or not second:
        return None
    value = first / second
    return _found(match.start(), match.end(), value, None, None, "ratio", value, "ratio", False)


def _is_fraction(numerator: int, denominator: int) -> bool:
    """Whether 'a/b' is a fraction (1/50, 3/4, 7/100) rather than a schedule or a date (24/7, 9/11, 3/15)."""
    # Fractions written with a slash are proper and have a numerator of 1 or a denominator of at most 10 or of 100.
    return (
        denominator > 0
        and numerator < denominator
        and (numerator == 1 or denominator <= 10 or denominator == 100)
    )


def _fraction(match: re.Match) -> Quantity | None:
    """A fraction ('四分之一', '1/10', '一半', '千分之千') as a ratio, or a percentage (百分之二十, 百分百), or None."""
    if match.group(0) == "一半":
        return _found(match.start(), match.end(), 0.5, None, None, "ratio", 0.5, "ratio", False)
    if match.group(0) == "百分百":
        return _found(
            match.start(), match.end(), 100.0, None, None, "percent", 1.0, "percent", False
        )
    if match["a"]:
        numerator, denominator = int(match["a"]), int(match["b"])
        if not _is_fraction(numerator, denominator):
            return None
        value = numerator / denominator
        return _found(match.start(), match.end(), value, None, None, "ratio", value, "ratio", False)
    numerator_value, denominator_value = number_value(match["num"]), number_value(match["den"])
    if numerator_value is None or not denominator_value:
        return None
    value = numerator_value / denominator_value
    if match["den"] == "百":
        return _found(
            match.start(),
            match.end(),
            value * 100,
            None,
            None,
            "percent",
            value,
            "percent",
            bool(match["pre"]),
        )
    return _found(
        match.start(), match.end(), value, None, None, "ratio", value, "ratio", bool(match["pre"])
    )


def _date(match: re.Match) -> Quantity:
    """A calendar date, month, quarter or decade: value is the year when one is written, else None."""
    year = match["decade"] or match["year"] or match["qyear"] or match["iso"]
    return _found(
        match.start(),
        match.end(),
        float(year) if year else None,
        None,
        None,
        "date",
        None,
        "date",
        bool(match["pre"] or match["post"]),
    )


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in a normalised text, in order: dates, then ratios and fractions, then numbers with units."""
    scanned = scan_text(text)
    found: list[Quantity] = []
    taken = [False] * len(text)
    for pattern, build in (
        (DATE, _date),
        (RATIO, _ratio),
        (FRACTION, _fraction),
        (QUANTITY, _quantity),
    ):
        position = 0
        while match := pattern.search(scanned, position):
            quantity = None if any(taken[match.start() : match.end()]) else build(match)
            position = (
                match.end() if quantity is None else quantity.end
            )  # a quantity may end before its match
            if quantity is not None:
                found.append(quantity)
                taken[quantity.start : quantity.end] = [True] * (quantity.end - quantity.start)
    return sorted(found, key=lambda quantity: quantity.start)


@cache
def quantities(doc_id: str) -> tuple[Quantity, ...]:
    """A corpus document's quantities, with raw offsets, sentence refs and speakers (computed once)."""
    doc_id = document(doc_id).id
    text = normalized(doc_id)
    sentences = segmented(doc_id).sentences
    starts = [sentence.start for sentence in sentences]
    rows = []
    for found in find_quantities(text.text):
        sentence = sentences[bisect.bisect_right(starts, found.start) - 1]
        rows.append(
            replace(
                traced(text, found), doc=doc_id, sentence=sentence.ref, speaker=sentence.speaker
            )
        )
    return tuple(rows)


def traced(text: NormalizedText, found: Quantity) -> Quantity:
    """A quantity found in a normalised text, moved to its raw-text offsets and surface."""
    start, end = text.raw_offset(found.start), text.raw_offset(found.end, end=True)
    return replace(found, start=start, end=end, surface=text.raw[start:end])


def all_quantities() -> Iterator[Quantity]:
    """Every quantity of every corpus document, in document order."""
    for doc_id in documents():
        yield from quantities(doc_id)
