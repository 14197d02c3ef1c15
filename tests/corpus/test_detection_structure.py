"""Format, headings and speakers found in a new text (helpers.corpus.detection), on texts written
for these tests, on texts where nothing should be found, and on the curated corpus."""

import pytest

import helpers.corpus.blocks as blocks_module
import helpers.corpus.segments as segments_module
from helpers.corpus.detection import detect_format, detect_headings, detect_speakers
from helpers.corpus.documents import documents
from helpers.corpus.intake import inspect_bytes
from helpers.corpus.repairs import normalize, normalized
from helpers.corpus.segments import segment
from helpers.corpus.structure import HeadingGroup, Speaker, heading_groups, speakers_of

# A Simplified markdown transcript with two speakers, one of them under two labels; HTML kept.
TRANSCRIPT = """\
# 马斯克谈能源与人工智能

**主持人：** 欢迎收听本期节目。今天我们请到了埃隆·马斯克，聊一聊能源和人工智能。

**埃隆·马斯克（Elon Musk）：** 谢谢邀请。我认为未来三年，最大的瓶颈不是芯片，而是电力。

**主持人：** 为什么这么说？现在大家都在抢显卡。

**埃隆·马斯克：** 芯片的产量每年都在成倍增长，可是发电量几乎没有变化。变压器也不够用。

> 他在节目里反复强调：“电力是新的石油。”

**主持人：** 那中国的情况怎么样？<b>很多人</b>关心这个问题。

**埃隆·马斯克：** 中国的太阳能和电池做得非常出色。<script>alert("不会执行")</script>

**主持人：** 最后一个问题：你对年轻人有什么建议？

**埃隆·马斯克：** 多读书，多动手，去解决真正有用的问题。
"""

# A Traditional article with Taiwan usage, plain text: a title with its byline, numbered headings
# (一、二、三、) and an unnumbered closing heading, blank lines between the parts.
ARTICLE = """\
台灣半導體產業的下一步
記者 王小明／台北報導
台積電昨天公布第三季財報，營收創下新高，毛利率達到百分之五十七。
市場普遍認為，人工智慧晶片的需求仍在快速成長，明年的資本支出可能再提高。

一、先進製程的競賽
台積電的三奈米製程已經量產，二奈米預計明年下半年開始出貨。
分析師指出，蘋果與輝達都是主要客戶，訂單能見度可以看到後年。

二、電力與水資源的挑戰
晶圓廠用電量驚人，一座先進廠每年的用電相當於一個中型城市。
經濟部表示，將加速推動再生能源，並確保南部科學園區的供水穩定。

三、人才從哪裡來
除了設備與電力，工程師的培育同樣重要。
多所大學已經開設半導體學院，希望在五年內培養一萬名人才。

結語：機會與風險並存
整體而言，台灣在全球供應鏈中的地位短期內難以取代。
但地緣政治的變化，仍是投資人最關心的問題。
"""

ARTICLE_HEADINGS = [
    HeadingGroup(("台灣半導體產業的下一步", "記者 王小明／台北報導"), 1),
    HeadingGroup(("一、先進製程的競賽",), 1),
    HeadingGroup(("二、電力與水資源的挑戰",), 1),
    HeadingGroup(("三、人才從哪裡來",), 1),
    HeadingGroup(("結語：機會與風險並存",), 1),
]
TRANSCRIPT_SPEAKERS = [
    Speaker("zhuchiren", "Zhuchiren", "主持人", ("主持人",)),
    Speaker("elon_musk", "Elon Musk", "埃隆·马斯克", ("埃隆·马斯克（Elon Musk）", "埃隆·马斯克")),
]


def test_the_sample_texts_are_small() -> None:
    assert len(TRANSCRIPT) <= 1500 and len(ARTICLE) <= 1500


def test_the_transcript() -> None:
    assert detect_format(TRANSCRIPT) == "markdown"
    assert detect_speakers(TRANSCRIPT) == TRANSCRIPT_SPEAKERS


def test_the_article() -> None:
    assert detect_format(ARTICLE) == "plain"
    assert detect_headings(ARTICLE) == ARTICLE_HEADINGS
    assert detect_speakers(ARTICLE) == []


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030", "big5"])
def test_detection_after_intake_in_any_encoding_and_line_ending(encoding: str) -> None:
    intake = inspect_bytes(ARTICLE.replace("\n", "\r\n").encode(encoding))
    assert detect_format(intake.text) == "plain"
    assert detect_headings(intake.text) == ARTICLE_HEADINGS
    if encoding != "big5":  # Big5 has no Simplified characters
        transcript = inspect_bytes(TRANSCRIPT.replace("\n", "\r\n").encode(encoding)).text
        assert detect_speakers(transcript) == TRANSCRIPT_SPEAKERS


def segmented(
    monkeypatch: pytest.MonkeyPatch, raw: str, markdown: bool
) -> segments_module.SegmentedDocument:
    """The segmentation of a new document, its structure detected on its normalised text."""
    text = normalize("100", raw).text
    headings = () if markdown else tuple(detect_headings(text))
    speakers = tuple(detect_speakers(text))
    monkeypatch.setattr(blocks_module, "heading_groups", lambda doc_id: headings)
    monkeypatch.setattr(segments_module, "speakers_of", lambda doc_id: speakers)
    return segment("100", text, markdown)


def test_the_detected_structure_segments_the_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    article = segmented(monkeypatch, ARTICLE, False)
    assert "".join(sentence.text for sentence in article.sentences) == article.text
    assert [section.title for section in article.sections] == [
        "台灣半導體產業的下一步 — 記者王小明／台北報導",  # a stray space removed by a repair
        "一、先進製程的競賽",
        "二、電力與水資源的挑戰",
        "三、人才從哪裡來",
        "結語：機會與風險並存",
    ]
    transcript = segmented(monkeypatch, TRANSCRIPT, True)
    assert "".join(sentence.text for sentence in transcript.sentences) == transcript.text
    assert [turn.speaker for turn in transcript.turns] == ["zhuchiren", "elon_musk"] * 4
    assert '<script>alert("不会执行")</script>' in transcript.text


PLAIN_WITHOUT_HEADINGS = """\
马斯克在访谈中说，未来三年里人工智能和机器人会让商品和服务的产出超过通货膨胀。
他认为能源、芯片和制造三件事缺一不可：
第一，算力；第二，电力；第三，制造能力。
他说了什么？
很多人并不相信这个判断，但他给出了具体的时间表和理由。
"""
POEM = "床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n"
NUMBERED_LIST = """\
这篇文章讨论三个问题，每一个都和未来的产业有关系，值得我们仔细思考。
1. 算力
2. 能源
3. 制造
下面我们一个一个来看，先从算力开始说起，再谈能源和制造的问题。
"""
ONE_NUMBERED_LINE = """\
这篇文章讨论一个问题，它和未来的产业有关系，值得我们仔细思考一下。
1. 算力从哪里来
算力的增长速度非常快，每年都在成倍增加，可是电力跟不上它的脚步。
"""
REPEATED_LINE = """\
我们先看第一部分的内容，这一部分讲的是能源和电力的问题。
小结
这一部分说明了电力是最大的瓶颈，芯片反而不是最难的事情。
小结
这一部分说明了人才的培养需要时间，不能一蹴而就，需要长期投入。
"""


@pytest.mark.parametrize(
    "text", [PLAIN_WITHOUT_HEADINGS, POEM, NUMBERED_LIST, ONE_NUMBERED_LINE, REPEATED_LINE, ""]
)
def test_no_headings_where_there_are_none(text: str) -> None:
    assert detect_headings(text) == []


SHORT_SECTIONS = """\
台積電擴產計畫

台積電董事長在股東會上表示，今年資本支出將達到三百億美元，其中七成用於先進製程。

美國廠進度

他說，亞利桑那州的第一座晶圓廠預計明年量產，良率已經接近台灣的水準。

人才與電力

不過，電力供應和工程師人數仍是最大的挑戰。
"""


TITLE_AND_SECTIONS = """\
社会观察报告

城市交通

早高峰时地铁非常拥挤，很多人每天通勤要花两个小时。政府计划明年新开三条线路。

住房问题

房价在过去五年上涨了百分之三十，年轻人买房越来越难。
"""


def test_a_title_and_sections_of_one_paragraph_have_their_headings() -> None:
    # Three of the five lines may be headings, but they hold 14 of 78 characters: not a poem.
    assert detect_headings(TITLE_AND_SECTIONS) == [
        HeadingGroup(("社会观察报告",), 1),
        HeadingGroup(("城市交通",), 1),
        HeadingGroup(("住房问题",), 1),
    ]


def test_sections_of_one_paragraph_each_have_their_headings() -> None:
    # Headings are half the lines here, each between running text: a sectioned article, not a poem.
    assert detect_headings(SHORT_SECTIONS) == [
        HeadingGroup(("台積電擴產計畫",), 1),
        HeadingGroup(("美國廠進度",), 1),
        HeadingGroup(("人才與電力",), 1),
    ]


ARTICLE_WITH_COLONS = """\
时间：2025年7月27日
来源：新智元
马斯克说：我们要先把算力建好。
注意：以下内容根据现场录音整理，可能有出入。
记者问他为什么这么急，他回答：时间不等人。
注意：文中数字均为约数。
Note: figures are rounded.
Note: the interview was in English.
"""
BOLD_ONCE = "**马斯克：** 我们要先把算力建好。\n这是他说的唯一一句话。\n"
QUOTING = (
    "马斯克说：我们要先把算力建好。\n记者问：为什么？\n马斯克说：因为电不够。\n记者问：然后呢？\n"
)


@pytest.mark.parametrize("text", [ARTICLE, ARTICLE_WITH_COLONS, BOLD_ONCE, QUOTING, POEM, ""])
def test_no_speakers_where_there_are_none(text: str) -> None:
    assert detect_speakers(text) == []


def test_a_once_used_bold_label_of_a_transcript_is_a_speaker() -> None:
    # the segmentation refuses a bold label it does not know, so every one is listed
    text = TRANSCRIPT + "\n**观众：** 我也有一个问题。\n"
    found = detect_speakers(text)
    assert found[:2] == TRANSCRIPT_SPEAKERS
    assert found[2] == Speaker("guanzhong", "Guanzhong", "观众", ("观众",))


def test_labels_alone_on_their_line() -> None:
    text = "**主持人：**\n\n你好。\n\n**嘉宾：**\n\n你好。\n\n**主持人：**\n\n再见。\n"
    assert [speaker.labels for speaker in detect_speakers(text)] == [("主持人",), ("嘉宾",)]


def test_plain_latin_and_chinese_labels() -> None:
    text = "Q: 你好吗？\nA: 很好。\nQ: 真的吗？\nA: 真的。\n张三: 我也来。\n张三：我又来了。\n"
    assert detect_speakers(text) == [
        Speaker("q", "Q", "Q", ("Q",)),
        Speaker("a", "A", "A", ("A",)),
        Speaker("zhangsan", "Zhangsan", "张三", ("张三",)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        PLAIN_WITHOUT_HEADINGS,
        NUMBERED_LIST,
        "第一段有一个**重点**。\n第二段没有。\n",
        "- 只有一个列表项\n普通的一行。\n",
    ],
)
def test_plain_texts_are_plain(text: str) -> None:
    assert detect_format(text) == "plain"


@pytest.mark.parametrize(
    "text",
    [
        TRANSCRIPT,
        "## 摘要\n正文。\n",
        "---\ntitle: 标题\n---\n正文。\n",
        "正文有一张图 ![图](a.png)。\n",
        "正文有一个[链接](https://example.org)。\n",
        "标题\n====\n正文。\n",
        "> 引文一\n> 引文二\n\n***\n\n正文。\n",
    ],
)
def test_markdown_texts_are_markdown(text: str) -> None:
    assert detect_format(text) == "markdown"


@pytest.mark.parametrize("doc_id", ["000", "001", "002", "003", "004"])
def test_on_the_curated_corpus(doc_id: str) -> None:
    """Right format for every document; every heading found in 000 and 001 is a curated one (most
    of 002's, whose headings are often whole sentences); 003's labels all belong to speakers."""
    text = normalized(doc_id).text
    assert detect_format(text) == documents()[doc_id].format
    found = detect_headings(text)
    curated = {group.lines for group in heading_groups(doc_id)}
    if doc_id in ("000", "001"):
        assert found and all(group.lines in curated for group in found)
    if doc_id == "002":
        assert sum(group.lines in curated for group in found) >= len(found) - 1
    labels = {label for speaker in speakers_of(doc_id) for label in speaker.labels}
    assert {label for speaker in detect_speakers(text) for label in speaker.labels} == labels


TITLE_THEN_HEADING = """\
社会观察报告

城市交通

城市的交通越来越拥挤，很多人每天要花两个小时通勤。
政府正在修建新的地铁线路，希望五年以后情况会好一些。
"""


@pytest.mark.parametrize(
    "text, groups",
    [
        (TITLE_THEN_HEADING, [(("社会观察报告",), 1), (("城市交通",), 1)]),
        # directly adjacent: a title with its subtitle, one group
        (TITLE_THEN_HEADING.replace("告\n\n城", "告\n城"), [(("社会观察报告", "城市交通"), 1)]),
        # a title and a numbered heading: two headings, the numbered one of the lower rank
        (
            TITLE_THEN_HEADING.replace("城市交通", "一、城市交通")
            + "\n二、住房\n\n房价今年没有上涨，但是租金涨了很多，年轻人压力很大。\n",
            [(("社会观察报告",), 1), (("一、城市交通",), 1), (("二、住房",), 1)],
        ),
        # two numbered lines of one style with a blank line between, then text: a list
        (
            "下面是三个问题，我们一个一个来看，先从算力开始说起。\n\n1. 算力\n\n2. 能源\n\n"
            "算力的增长速度非常快，每年都在成倍增加，可是电力跟不上它的脚步。\n",
            [],
        ),
    ],
)
def test_possible_headings_apart_are_separate_headings(
    monkeypatch: pytest.MonkeyPatch, text: str, groups: list
) -> None:
    found = detect_headings(text)
    assert [(group.lines, group.level) for group in found] == groups
    document = segmented(monkeypatch, text, False)  # the loader's blocks take them
    titles = [section.title for section in document.sections if section.title]
    assert titles == [" — ".join(lines) for lines, _ in groups]
