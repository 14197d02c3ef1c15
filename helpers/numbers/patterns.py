"""The regular expressions of the quantity extractor, built from small named pieces.

Five patterns find quantities, tried in this order over a scanned text (see scan_text in
helpers.numbers.extract): DATE (dates, months, quarters, decades, times of day), RANK (第三大),
RATIO (3 比 2), FRACTION (四分之一, 1/10, 一半, 百分百, 八成) and QUANTITY (a number with its
unit, range, rate, sign and approximation words). MASKS blank out what only looks numeric before
any of them runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from helpers.corpus.markdown import IMAGE, URL, WIKI_LINK
from helpers.numbers.units import CN_DIGITS, CN_NUMERAL, PERIODS, SCALES, UNITS


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _scales(chars: Iterable[str], refused: Mapping[str, str]) -> str:
    """An alternation of scale characters, each refused before the text refused[char] matches."""
    return "|".join(char + (f"(?!{refused[char]})" if char in refused else "") for char in chars)


# Approximation words before and after an amount (约 10 亿, 1%左右, 100+).
PRE_APPROX = (
    "大约|大約|大概|差不多|将近|將近|接近|超过|超過|至少|不到|不足|少于|少於|多于|多於|"
    "低于|低於|高于|高於|约|約|近|超|逾"
)
POST_APPROX = "左右|以上|出头|出頭|\\+"

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Scale characters from SCALES: 十 百 千 multiply, 万 亿 兆 are the large scales.
SMALL_SCALES = [char for char, factor in SCALES.items() if factor < 1e4]
LARGE_SCALES = [char for char, factor in SCALES.items() if factor >= 1e4]
# 千 before 瓦, 米, 克 or 伏 and 兆 before 瓦 are SI prefixes that belong to the unit (3千瓦,
# 十万千瓦, 2兆瓦); after Arabic digits 百 before 分 begins 百分点 or 百分之.
PREFIX_OF_UNIT = {"千": "[瓦米克伏]", "兆": "瓦"}
AFTER_DIGITS = {**PREFIX_OF_UNIT, "百": "分"}
LARGE = f"(?:{_scales(LARGE_SCALES, PREFIX_OF_UNIT)})"
# A scale word after Arabic digits: 十, 百 or 千, then up to two large scales, or one of the two
# parts alone (3千, 2.5万, 5千亿, 1.2万亿, 2百万, 4百亿); worth the product of its characters.
SMALL_AFTER_DIGITS = f"(?:{_scales(SMALL_SCALES, AFTER_DIGITS)})"
SCALE = f"(?:{SMALL_AFTER_DIGITS}?{LARGE}{{1,2}}|{SMALL_AFTER_DIGITS})"
# A decimal part written with 点: 一点五七, 三点五 (百分之一点五七, 三点五倍).
CN_DECIMAL = "[点點][零〇一二三四五六七八九]+"
CHINESE = rf"(?:[{CN_DIGITS}]|{_scales(SCALES, PREFIX_OF_UNIT)})+(?:{CN_DECIMAL}{LARGE}{{0,2}})?"
# After 万 or 亿, a colloquial number goes on with Arabic digits or Chinese ones (13万2, 13万2千,
# 14万一): one digit, maybe with 千 or 百, or a Chinese numeral.
AFTER_LARGE = rf"(?<=[万萬亿億])(?:[1-9](?![\d.,])[千百]?|{CHINESE})"
# A vague magnitude (数十, 几百, 数十亿, 上万) has no value; 上千 alone is 1e3. 成千上万 and
# 成百上千 span two orders of magnitude, so they have none either.
SMALL = f"[{''.join(SMALL_SCALES)}]"
VAGUE = rf"成[百千万萬]上[千万萬亿億]|[数數几幾上](?:{SMALL}?{LARGE}{{1,2}}|{SMALL})"
UNIT = _alternation(UNITS)
# 个 between a number and a measure word is filler (两三个吉瓦, 半个吉瓦); before a duration it is
# part of the unit (两个月).
MEASURE = _alternation(
    surface
    for surface, unit in UNITS.items()
    if unit.kind in ("power", "energy", "mass", "length", "area", "speed") and len(surface) > 1
)
FILLER = rf"[个個](?=\s?(?:{MEASURE}))"
# Durations counted with 个: 半个小时, and 个半 puts a half after the classifier: 一个半小时 = 1.5
# hours, 两个半月 = 2.5 months.
HALF_AFTER = "小时|小時|钟头|鐘頭|星期|月"
# 多, 几 or 来 inside a number, before its last large scale: 3千多亿, 三千多万, 十几万, 十来万.
INNER_MORE = rf"(?:(?:{ARABIC})(?:\s?{SCALE})?|{CHINESE})\s?[多几幾来來]{LARGE}{{1,2}}"
NUMBER = (
    rf"{INNER_MORE}|(?:{ARABIC})(?:\s?{SCALE}(?:{AFTER_LARGE})?)?|{VAGUE}|{CHINESE}"
    rf"|半(?={FILLER}|[个個](?:{HALF_AFTER}))"
)
PERIOD = _alternation(PERIODS)
DURATION = _alternation(surface for surface, unit in UNITS.items() if unit.kind == "duration")
# Up to two words between a period and its amount: 每年将一百万吨, 一小时发射一次.
GAP = rf"(?:(?![{CN_NUMERAL}数數几幾上半])[\u4e00-\u9fff]){{1,2}}?"
# A period after 一 is a rate's period only before a count of times (一年 10,000 次), else a
# duration (一年).
PER = rf"每(?:{PERIOD})|(?<![{CN_NUMERAL}])一(?:{PERIOD})(?=(?:{GAP})?\s?(?:{NUMBER})\s?[次])"
RANGE_SIGN = "-|–|~|～|到|至"
# A minus sign: 负 (not 正负, plus or minus), 零下 (below zero), or a hyphen or minus right
# before digits where it does not join two numbers (-5%, but 10-15% is a range).
SIGN = r"(?<!正)[负負]|零下|(?<![0-9A-Za-z.\-–~～])[-−－](?=\d)"
# 来 after a round number and before a unit is "about": 两百来个, 三十来岁 (not 一百万来自).
ROUGHLY = rf"(?<=[十百千万萬亿億0])[来來](?=\s?(?:{UNIT}))"
CLASSIFIER_HALF = rf"[个個]半(?=\s?(?:{HALF_AFTER}))"
# Decimetres and centimetres after 米 (not 厘米, 平方米 …), as heights are said: 一米八 = 1.8 m,
# 一米七五 = 1.75 m; in digits after 1 or 2 metres only (1米8, 1米75), heights of people.
HEIGHT = (
    r"(?:(?<=(?<![厘毫纳納奈微千方])米)(?P<dm>[一二三四五六七八九])(?P<cm>[一二三四五六七八九])?"
    r"|(?<=(?<![\d.])[12]米)(?P<metredigits>\d{1,2}))"
    rf"(?![\d.{CN_NUMERAL}]|\s?(?:{UNIT}))"
)
# Jiao and fen after 块 or 元, fen after 毛 or 角: 三块五 = 3.5, 三块五毛钱 = 3.5, 两元三角五分 =
# 2.35, 两毛五 = 0.25; or a height's decimals.
CHANGE = (
    r"(?:(?<=[块塊元])(?P<jiao>[一二三四五六七八九两])(?:[毛角](?P<fen>[一二三四五六七八九]分?)?)?"
    r"|(?<=[毛角])(?P<fenonly>[一二三四五六七八九])分?)(?:钱|錢)?"
    rf"|{HEIGHT}"
)

# Groups: pre, per (每年), inpre, sign, low and lowunit (a range's low end), either (A 或 B),
# number, more (多, 余, 几 after it), halfafter (个半), unit, change (块五), half (两公里半), slash
# (100GW/年), post. A unit written after the low end of a range must be written again after the
# high end (1吉瓦到10吉瓦); A 或 B is a range only when the unit follows B alone (20 或 30 年), else
# two quantities (10 年或 20 年). A sign before a range belongs to its low end (-5~5度).
QUANTITY = re.compile(
    rf"(?P<pre>{PRE_APPROX})?\s?(?:(?P<per>{PER})(?:{GAP})??\s?(?P<inpre>{PRE_APPROX})?\s?)?"
    rf"(?P<sign>{SIGN})?"
    rf"(?:(?P<low>{NUMBER})\s?(?:(?P<lowunit>{UNIT})?\s?(?:{RANGE_SIGN})|(?P<either>或))\s?)?"
    rf"(?P<number>{NUMBER})(?:\s?(?P<more>多|余|餘|几|幾|{ROUGHLY}))?"
    rf"\s?(?:{FILLER}|(?P<halfafter>{CLASSIFIER_HALF}))?"
    rf"(?P<unit>(?(lowunit)(?P=lowunit)|(?(halfafter)(?:{HALF_AFTER})|(?:{UNIT})(?![A-Za-z]))))?"
    rf"(?(lowunit)(?(unit)|(?!)))(?P<change>{CHANGE})?"
    rf"(?P<half>半)?(?:/(?P<slash>{PERIOD}))?(?P<post>{POST_APPROX})?"
)

RATIO_TERM = rf"\d+(?:\.\d+)?|[{CN_DIGITS}十]{{1,3}}"
# N 比 M is a ratio unless a unit follows M (3 比 2 的比例提升; 5 比 3 个 compares counts).
RATIO = re.compile(
    rf"(?<![\d.{CN_NUMERAL}])(?P<x>{RATIO_TERM})\s?比\s?(?P<y>{RATIO_TERM})"
    rf"(?![\d.{CN_NUMERAL}]|\s?(?:{UNIT}))"
)
# N 成 is N tenths (八成 = 80%, 八成五 = 85%), unless 成 starts a word (一成不变, 三成员, 变成);
# a range of tenths has a low end and a range sign (2-3成) or two adjacent digits (两三成).
TENTH = r"[一二三四五六七八九十两兩]|10|[1-9](?:\.\d)?"
TENTHS = (
    rf"(?<![\d.{CN_NUMERAL}])(?:(?P<tenthslow>{TENTH})\s?(?:{RANGE_SIGN})\s?"
    r"|(?P<pairlow>[一二三四五六七八九两兩])(?=[二三四五六七八九]成))?"
    rf"(?P<tenths>{TENTH})\s?成"
    "(?!为|為|功|长|長|本|员|員|就|绩|績|熟|立|果|交|型|形|品|人|年|都|分|份|不变|不變|千|百)"
)
FRACTION = re.compile(
    rf"(?P<pre>{PRE_APPROX})?(?P<sign>{SIGN})?(?P<den>{NUMBER})分之(?P<num>{NUMBER})"
    rf"|(?P<tpre>{PRE_APPROX})?{TENTHS}(?P<hundredths>[一二三四五六七八九](?![{CN_NUMERAL}]|\s?(?:{UNIT})))?"
    rf"(?P<tpost>{POST_APPROX})?"
    r"|(?<![\d./])(?P<a>\d+)/(?P<b>\d+)(?![\d/])"
    r"|一半|百分百"
)

# Dates. An hour of the day in digits (0–24) or Chinese numerals (一 … 十二).
HOUR = (
    r"(?:(?<![\d.])(?:[01]?\d|2[0-4])\s?"
    rf"|(?<![{CN_NUMERAL}第])(?:十[一二]?|[一二三四五六七八九两兩]))"
)
# A decade: 1990年代 (value 1990), or two digits (60年代, 八十年代) read as the 1900s' decade, a
# range (1960–1969).
DECADE = (
    r"(?:(?P<decade>\d{4})|(?<!\d)(?P<shortdecade>\d0)|(?P<cndecade>[一二三四五六七八九]十))"
    r"\s?年代"
)
# A century (20世纪 = 1900–1999), maybe with a decade in it (20世纪80年代 = 1980–1989); not
# before the common era (公元前5世纪).
CENTURY = (
    r"(?<![\d.前])(?P<century>\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    r"\s?世[纪紀]"
    r"(?:\s?(?P<cdecade>\d0|[一二三四五六七八九]十)\s?年代)?"
)
# A generation by birth decade (90后 = born 1990–1999, 00后 = 2000–2009): 00, 10 and 20 are the
# 2000s, the others the 1900s.
COHORT = r"(?<![\d.])(?P<cohort>\d0)[后後](?![\d])"
# After the year: a month and day, the end or start of the year, a quarter.
IN_YEAR = (
    r"(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号號])?)?(?:底|末|初)?(?:\s?第?[一二三四1-4]\s?季度)?"
)
# A year written digit by digit in Chinese digits: 二〇二五年, 一七二零年.
CN_YEAR = r"(?<![〇零一二三四五六七八九十百千万])(?P<cnyear>[〇零一二三四五六七八九]{4})\s?年"
# Two digits then 年 after 在, 于 or 从 is a year, not a span (在 26 年将超过), unless a word
# after it measures a span (在 26 年里); its century is the one that puts it nearest the last
# four-digit year before it, else 2000 (see helpers.numbers.dates).
SHORT_YEAR = (
    r"(?:(?<=[在于於从從])|(?<=[在于於从從]\s))(?P<shortyear>\d{2})\s?年"
    r"(?![代里裡内內间間来來后後前了之中多半的])"
)
# A year from 2001 to 2029 read as a numeral (两千零五年, 二千零一十九年, 两千二十六年), unless a
# word after it measures a span (两千零五年来); 两千年 is the year 2000 only before 的时候, 初, 底
# or 末 (两千年前 is 2,000 years ago).
CN_SCALED_YEAR = (
    rf"(?<![{CN_NUMERAL}\d])(?P<cnscaled>[两兩二]千(?:零[一二三四五六七八九]|零?一十[一二三四五六七八九]?"
    r"|零?二十[一二三四五六七八九]?|(?=年(?:的时候|的時候|初|底|末))))\s?年"
    r"(?![代里裡内內间間来來后後前了之中多半])"
)
YEAR = rf"(?:(?P<year>\d{{4}})\s?年|{CN_YEAR}|{CN_SCALED_YEAR}|{SHORT_YEAR}){IN_YEAR}"
QUARTER_YEAR = r"Q[1-4](?:\s?(?P<qyear>\d{4}))?"
ISO_DATE = r"(?P<iso>\d{4})-[01]\d-[0-3]\d"
# A month: 1–12 in digits, or 一 … 十二 not inside a longer numeral or after a word that makes 月
# part of another word (每月, 这个月, 上月).
MONTH = (
    r"(?:(?<![\d.个個])(?:1[0-2]|0?[1-9])\s?"
    r"|(?<![〇零一二三四五六七八九十两兩百千个個第每这這上下])(?:十[一二]|[一二三四五六七八九十]))"
    r"月份?(?:\s?[0-3]?\d\s?[日号號]|底|初|[上中下]旬)?"
)
QUARTER = r"第?(?:[一二三四]|\s?(?<![\d.])[1-4]\s?)季度"
# A time of day needs 钟 or a part of the day (八点钟, 下午三点); a bare 三点 is three points.
DAY_PART = "早上|上午|中午|下午|晚上|凌晨|傍晚"
TIME = (
    rf"(?:(?:{DAY_PART})\s?{HOUR}[点點](?:钟|鐘)?|{HOUR}[点點](?:钟|鐘))"
    r"(?:半|\s?\d{1,2}\s?分)?"
)
DATE = re.compile(
    rf"(?P<pre>约|約|大约|大約)?(?:{CENTURY}|{COHORT}|{DECADE}|{YEAR}|{QUARTER_YEAR}|{ISO_DATE}|{MONTH}"
    rf"|{QUARTER}|{TIME})(?P<post>左右)?"
)

# Words with a numeral that are not quantities: 十万八千里 (worlds apart), 一些, 唯一, 万一
# (unless a number is before it: 14万一 is 141,000), 第一性, 总有一天, 月球, 两度 (twice), 一点
# as "a little" (unless digits follow: 一点五 is 1.5; 一点一点 is "bit by bit").
A_LITTLE = "一[点點](?![钟鐘]|[零〇一二三四五六七八九](?![点點]))"
IN_CASE = rf"(?<![\d{CN_NUMERAL}])[万萬]一"
NON_QUANTITY = re.compile(
    f"{A_LITTLE}|{IN_CASE}|"
    "一些|一直|唯一|一切|一夜|一起|一样|一樣|一定|一下|一旦|一边|一邊|统一|統一|"
    "一般|一致|一同|一再|一向|一时|一時|(?<!分)之一|一一|一口气|一口氣|千万别|千萬別|十字|"
    "一番|一律|一度|一眼|一概|一味|一心|一面|一方面|一手|一生|一辈子|一輩子|一路|一刻|一会|一會|"
    "一阵|一陣|一瞬|一刀切|一带|一帶|第一性|一口|一号|一號|[总總终終]有一天|月球|月亮|四处|四處|"
    "两度|兩度|十万八千里|十萬八千里"
)
# A list number at the start of a line (1. 2) 3、, ### 1)) or in brackets (【3】).
LIST_NUMBER = re.compile(r"(?m)^\s*(?:#+\s*|[-*]\s+)?\d+(?:[.)、](?!\d)|\s*】)|【\d+】")
# A digit glued to Latin letters is part of a name (GPT-4, GB300, C-3PO, v6e); Q1–Q4 are quarters.
NAME_WITH_DIGITS = re.compile(
    r"(?<![A-Za-z0-9])(?!Q[1-4](?![A-Za-z0-9]))[A-Za-z][A-Za-z-]*\d[A-Za-z0-9.-]*"
    r"(?:/[A-Za-z]+\d+)*"
)
# A rank: 第 and a number before 大, 名, 位, 代 or 高 (第三大, 第70位, 第三代), or after a word
# of standing or a region (排名第三, 位居全球第二, 世界第一). Other ordinals (第一次, 第三个) are
# masked.
STANDING = "排名|名列|位列|位居|排在|排"
REGION = "全球|世界|全国|全國|全美|亚洲|亞洲|中国|中國|美国|美國"
PLACE = "大|名|位|代|高"
RANK = re.compile(
    rf"(?P<standing>(?:{STANDING})\s?(?:{REGION})?|{REGION})?\s?"
    rf"(?P<ordinal>第\s?(?P<rank>{ARABIC}|{CHINESE}))(?:\s?(?P<place>{PLACE}))?"
)
# Lookbehinds are of one width each: the two-character words of STANDING and REGION, then 排.
ORDINAL = re.compile(
    rf"(?<!{'|'.join(word for word in f'{STANDING}|{REGION}'.split('|') if len(word) == 2)})"
    rf"(?<!排)(?<!排\s)第[\d{CN_NUMERAL}]++(?!\s?(?:季度|{PLACE}))"
)
# A numeral before 系, 号, 级, 型, 版 or 位数 names a series, a model or a number of digits.
SERIES = re.compile(rf"(?:{ARABIC}|{CHINESE})\s?(?:系|号|號|级|級|型|版|位数(?!据)|位數(?!據))")
# A bare run of 9 or more digits with no unit or scale after it is an identifier (a telephone
# number, an identity card number ending maybe in X), not a quantity; so is a telephone number
# written with hyphens (010-12345678, 138-1234-5678), which is no range.
IDENTIFIER = re.compile(
    rf"(?<![\d.,])\d{{9,}}[Xx]?(?![\d.,]|\s?(?:[{''.join(SCALES)}]|{UNIT}))"
    r"|(?<![\d.,-])(?:0\d{2,3}-\d{7,8}|1\d{2}-\d{4}-\d{4})(?![\d.,-])"
)
# A digit then G before a Han word names a generation of mobile networks (5G网络, 4G手机), unless
# the word measures data (5G流量, 内存8G的).
GENERATION = re.compile(
    r"(?<![\dA-Za-z.])[2-6]G(?=[\u4e00-\u9fff])(?!流量|内存|內存|存储|存儲|空间|空間|硬盘|硬盤|显存|顯存"
    r"|的|左右|以上|多)"
)
# 一 before a unit of weight right after a price is "per" (一块五一斤, 5元一公斤), not a count.
PER_WEIGHT = re.compile(r"(?<=[块塊元钱錢毛角分\d一二三四五六七八九])一(?=斤|公斤|千克|克)")
# A title (《2001太空漫游》) names a work; its numbers are not quantities.
TITLE = re.compile(r"《[^》\n]*》")
# 一周好几次: a vague frequency, not one week.
VAGUE_FREQUENCY = re.compile(rf"一(?:{PERIOD})(?=好?[几幾]次)")
# After 的, 一 before a duration is an article (漫长的一天) unless the span is measured
# (今天起的一年后).
ARTICLE_BEFORE_DURATION = re.compile(
    rf"(?<=的)一(?=\s?(?:{DURATION})(?!\s?(?:后|後|前|内|內|里|裡|之|以|来|來|多|半|时间|時間)))"
)
MASKS = (
    URL,
    IMAGE,
    WIKI_LINK,
    LIST_NUMBER,
    NAME_WITH_DIGITS,
    IDENTIFIER,
    GENERATION,
    PER_WEIGHT,
    ORDINAL,
    SERIES,
    NON_QUANTITY,
    TITLE,
    VAGUE_FREQUENCY,
    ARTICLE_BEFORE_DURATION,
)

# Without a unit, a Chinese numeral is a number only with a scale of 百 or more or a decimal part
# (国防预算才一万亿, 三千五, 一点五), else a word (一, 十字, 五十步笑百步's 五十).
# A vague magnitude of 百 or more stands alone too (上千, 数百万).
BARE_VAGUE = re.compile(r"[数數几幾上]十?[百千万萬亿億兆]+")
SCALED_CHINESE = re.compile(
    rf"[{CN_DIGITS}十][{CN_NUMERAL}]*(?:[{''.join(c for c, f in SCALES.items() if f >= 100)}]"
    rf"[{CN_NUMERAL}]*|{CN_DECIMAL})"
)
# Just before a number: a capitalised word names a product (Model 3), a Latin word then a space too
# (Grok 4.2); a digit and a slash, or a slash and a digit after it, make one side of 24/7 or 9/11.
NAME_BEFORE = re.compile(r"[A-Z][a-z]+ $")
LATIN_BEFORE = re.compile(r"[A-Za-z]\s$")
SLASH_BEFORE = re.compile(r"\d/$")
# New Taiwan dollars named before the amount (新台幣五百億元, 新臺幣約30元): the 元 after it is NT$.
TWD_BEFORE = re.compile(r"(?:新)?[台臺][幣币](?:約|约|大約|大约|共|達|达)?$")
# A dollar sign right before an amount, with the country letters Chinese text puts before it
# ($100, US$38, NT$30, HK$5, C$20).
DOLLAR_BEFORE = re.compile(r"(?P<country>NT|HK|US|C)?\$$")
SLASH_AFTER = re.compile(r"/\d")
# 位 is a bit width when computing is talked about within 300 characters before or 100 after.
BIT_TOPIC = (
    "比特|位宽|位寬|浮点|浮點|整数|整數|矩阵|矩陣|乘法|精度|运算|運算|计算|計算|数据|數據|量化|"
    "参数|參數|推理|训练|訓練|内存|內存|处理器|處理器|芯片|优化|優化|权重|權重|bit"
)
BIT_CONTEXT = re.compile(BIT_TOPIC)
# What may follow a bit width: no word, a computing word or a function word; a person noun makes 位
# a count of people (三位专家).
BIT_NEXT = re.compile(rf"(?:[^\u4e00-\u9fff]|的|上|以上|以下|来|來|甚至|通常|或|{BIT_TOPIC})|$")
