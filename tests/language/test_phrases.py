"""Tests for the project's phrase dictionary: the file validates, every entry fires and is right on
a sentence written for it (none taken from the corpus), the glossary pairs become entries.
"""

import pytest

from helpers.core.errors import CorpusError
from helpers.language.conversion import convert
from helpers.language.phrases import (
    PHRASES_FILE,
    glossary_phrases,
    is_han,
    load_phrases,
    phrases,
)

# (source script, sentence, expected conversion by target). The sentences are new, not from the
# corpus; each expected text was read character by character against the entry's reason (發 not
# 髮, 只 'only' not the measure word 隻 …). zh-Hant keeps OpenCC's standard forms (喫, 審覈, 着).
SENTENCES = [
    # rows found on the development part of corpus/conversion_testset.tsv; outputs read by hand
    (
        "Simplified",
        "我会尽快回复你",
        {"zh-Hant": "我會儘快回覆你", "zh-TW": "我會儘快回覆你", "zh-HK": "我會儘快回覆你"},
    ),
    (
        "Simplified",
        "他参与制作了这部电影",
        {
            "zh-Hant": "他參與製作了這部電影",
            "zh-TW": "他參與製作了這部電影",
            "zh-HK": "他參與製作了這部電影",
        },
    ),
    (
        "Simplified",
        "行李已经托运了",
        {"zh-Hant": "行李已經託運了", "zh-TW": "行李已經託運了", "zh-HK": "行李已經託運了"},
    ),
    (
        "Simplified",
        "大家都给他点赞",
        {"zh-Hant": "大家都給他點讚", "zh-TW": "大家都給他點讚", "zh-HK": "大家都給他點讚"},
    ),
    (
        "Simplified",
        "早上冲咖啡，晚上冲一杯茶",
        {
            "zh-Hant": "早上沖咖啡，晚上沖一杯茶",
            "zh-TW": "早上沖咖啡，晚上沖一杯茶",
            "zh-HK": "早上沖咖啡，晚上沖一杯茶",
        },
    ),
    (
        "Simplified",
        "我太困了，想睡觉",
        {"zh-Hant": "我太睏了，想睡覺", "zh-TW": "我太睏了，想睡覺", "zh-HK": "我太睏了，想睡覺"},
    ),
    (
        "Simplified",
        "汤里放几片姜",
        {"zh-Hant": "湯裏放幾片薑", "zh-TW": "湯裡放幾片薑", "zh-HK": "湯裏放幾片薑"},
    ),
    (
        "Simplified",
        "这条裤子腰有点松",
        {"zh-Hant": "這條褲子腰有點鬆", "zh-TW": "這條褲子腰有點鬆", "zh-HK": "這條褲子腰有點鬆"},
    ),
    (
        "Simplified",
        "他姓范，她姓钟，我姓余，那位韩国朋友姓朴",
        {
            "zh-Hant": "他姓范，她姓鍾，我姓余，那位韓國朋友姓朴",
            "zh-TW": "他姓范，她姓鍾，我姓余，那位韓國朋友姓朴",
            "zh-HK": "他姓范，她姓鍾，我姓余，那位韓國朋友姓朴",
        },
    ),
    (
        "Simplified",
        "新家具很贵",
        {"zh-Hant": "新傢俱很貴", "zh-TW": "新家具很貴", "zh-HK": "新傢俱很貴"},
    ),
    (
        "Simplified",
        "晚饭吃土豆",
        {"zh-Hant": "晚飯喫土豆", "zh-TW": "晚飯吃馬鈴薯", "zh-HK": "晚飯吃土豆"},
    ),
    (
        "Simplified",
        "硬盘坏了",
        {"zh-Hant": "硬盤壞了", "zh-TW": "硬碟壞了", "zh-HK": "硬盤壞了"},
    ),
    (
        "Simplified",
        "我给粉丝发送了一条消息",
        {
            "zh-Hant": "我給粉絲發送了一條消息",
            "zh-TW": "我給粉絲傳送了一條訊息",
            "zh-HK": "我給粉絲發送了一條消息",
        },
    ),
    (
        "Simplified",
        "电话是被发明出来的",
        {
            "zh-Hant": "電話是被發明出來的",
            "zh-TW": "電話是被發明出來的",
            "zh-HK": "電話是被發明出來的",
        },
    ),
    (
        "Simplified",
        "公司昨天发布了新手机",
        {
            "zh-Hant": "公司昨天發佈了新手機",
            "zh-TW": "公司昨天發布了新手機",
            "zh-HK": "公司昨天發佈了新手機",
        },
    ),
    (
        "Simplified",
        "老师展示了如何做实验",
        {
            "zh-Hant": "老師展示了如何做實驗",
            "zh-TW": "老師展示了如何做實驗",
            "zh-HK": "老師展示了如何做實驗",
        },
    ),
    (
        "Simplified",
        "可是只有他知道",
        {"zh-Hant": "可是只有他知道", "zh-TW": "可是只有他知道", "zh-HK": "可是只有他知道"},
    ),
    (
        "Simplified",
        "我们还是只租房子",
        {"zh-Hant": "我們還是只租房子", "zh-TW": "我們還是只租房子", "zh-HK": "我們還是只租房子"},
    ),
    (
        "Simplified",
        "这只占很小一部分",
        {"zh-Hant": "這只佔很小一部分", "zh-TW": "這只佔很小一部分", "zh-HK": "這只佔很小一部分"},
    ),
    (
        "Simplified",
        "一只只小鸟飞走了",
        {"zh-Hant": "一隻隻小鳥飛走了", "zh-TW": "一隻隻小鳥飛走了", "zh-HK": "一隻隻小鳥飛走了"},
    ),
    (
        "Simplified",
        "我喜欢吃松脆饼干",
        {"zh-Hant": "我喜歡喫鬆脆餅乾", "zh-TW": "我喜歡吃鬆脆餅乾", "zh-HK": "我喜歡吃鬆脆餅乾"},
    ),
    (
        "Simplified",
        "这所大学的百年历程",
        {
            "zh-Hant": "這所大學的百年歷程",
            "zh-TW": "這所大學的百年歷程",
            "zh-HK": "這所大學的百年歷程",
        },
    ),
    (
        "Simplified",
        "别干看着，快来帮忙",
        {
            "zh-Hant": "別乾看着，快來幫忙",
            "zh-TW": "別乾看著，快來幫忙",
            "zh-HK": "別乾看着，快來幫忙",
        },
    ),
    (
        "Simplified",
        "这是他去年干的事",
        {"zh-Hant": "這是他去年幹的事", "zh-TW": "這是他去年幹的事", "zh-HK": "這是他去年幹的事"},
    ),
    (
        "Simplified",
        "他参与制造了这台机器",
        {
            "zh-Hant": "他參與製造了這臺機器",
            "zh-TW": "他參與製造了這臺機器",
            "zh-HK": "他參與製造了這台機器",
        },
    ),
    (
        "Simplified",
        "但云原生技术发展很快",
        {
            "zh-Hant": "但雲原生技術發展很快",
            "zh-TW": "但雲原生技術發展很快",
            "zh-HK": "但雲原生技術發展很快",
        },
    ),
    (
        "Simplified",
        "这种方法可以改变量子比特的状态",
        {
            "zh-Hant": "這種方法可以改變量子比特的狀態",
            "zh-TW": "這種方法可以改變量子位元的狀態",
            "zh-HK": "這種方法可以改變量子比特的狀態",
        },
    ),
    (
        "Simplified",
        "只有少数组织参加",
        {"zh-Hant": "只有少數組織參加", "zh-TW": "只有少數組織參加", "zh-HK": "只有少數組織參加"},
    ),
    (
        "Simplified",
        "这个电视频段很清楚",
        {
            "zh-Hant": "這個電視頻段很清楚",
            "zh-TW": "這個電視頻段很清楚",
            "zh-HK": "這個電視頻段很清楚",
        },
    ),
    (
        "Simplified",
        "这是唯一出路",
        {"zh-Hant": "這是唯一出路", "zh-TW": "這是唯一出路", "zh-HK": "這是唯一出路"},
    ),
    (
        "Simplified",
        "只要延长几年就好",
        {"zh-Hant": "只要延長幾年就好", "zh-TW": "只要延長幾年就好", "zh-HK": "只要延長幾年就好"},
    ),
    (
        "Simplified",
        "我每天坐公交车上班",
        {
            "zh-Hant": "我每天坐公交車上班",
            "zh-TW": "我每天坐公車上班",
            "zh-HK": "我每天坐公交車上班",
        },
    ),
    (
        "Simplified",
        "这家公司想扩展业务",
        {
            "zh-Hant": "這家公司想擴展業務",
            "zh-TW": "這家公司想擴展業務",
            "zh-HK": "這家公司想擴展業務",
        },
    ),
    (
        "Simplified",
        "调整参数大小",
        {"zh-Hant": "調整參數大小", "zh-TW": "調整參數大小", "zh-HK": "調整參數大小"},
    ),
    (
        "Simplified",
        "火星上也有昼夜循环",
        {
            "zh-Hant": "火星上也有晝夜循環",
            "zh-TW": "火星上也有晝夜循環",
            "zh-HK": "火星上也有晝夜循環",
        },
    ),
    (
        "Simplified",
        "这是另一种类型的事",
        {
            "zh-Hant": "這是另一種類型的事",
            "zh-TW": "這是另一種類型的事",
            "zh-HK": "這是另一種類型的事",
        },
    ),
    (
        "Simplified",
        "他发表了一份声明",
        {"zh-Hant": "他發表了一份聲明", "zh-TW": "他發表了一份聲明", "zh-HK": "他發表了一份聲明"},
    ),
    (
        "Simplified",
        "申请需要审核",
        {"zh-Hant": "申請需要審覈", "zh-TW": "申請需要審核", "zh-HK": "申請需要審核"},
    ),
    (
        "Simplified",
        "我们在这个进程的中心",
        {
            "zh-Hant": "我們在這個進程的中心",
            "zh-TW": "我們在這個進程的中心",
            "zh-HK": "我們在這個進程的中心",
        },
    ),
    (
        "Simplified",
        "他想和客户建立联系",
        {
            "zh-Hant": "他想和客戶建立聯繫",
            "zh-TW": "他想和客戶建立聯繫",
            "zh-HK": "他想和客户建立聯繫",
        },
    ),
    (
        "Simplified",
        "这件事把我们联系在了一起",
        {
            "zh-Hant": "這件事把我們聯繫在了一起",
            "zh-TW": "這件事把我們聯繫在了一起",
            "zh-HK": "這件事把我們聯繫在了一起",
        },
    ),
    (
        "Simplified",
        "这个程序已经优化了",
        {
            "zh-Hant": "這個程序已經優化了",
            "zh-TW": "這個程式已經最佳化了",
            "zh-HK": "這個程序已經優化了",
        },
    ),
    (
        "Simplified",
        "市值超过三万亿美元",
        {
            "zh-Hant": "市值超過三萬億美元",
            "zh-TW": "市值超過三兆美元",
            "zh-HK": "市值超過三萬億美元",
        },
    ),
    (
        "Simplified",
        "市盈率很高，芯片很贵",
        {
            "zh-Hant": "市盈率很高，芯片很貴",
            "zh-TW": "本益比很高，晶片很貴",
            "zh-HK": "市盈率很高，芯片很貴",
        },
    ),
    (
        "Traditional",
        "蘋果今天發佈新手機",
        {"zh-TW": "蘋果今天發佈新手機", "zh-Hans": "苹果今天发布新手机"},
    ),
    (
        "Traditional",
        "這部電影的腳本很好",
        {"zh-TW": "這部電影的腳本很好", "zh-Hans": "这部电影的脚本很好"},
    ),
    ("Traditional", "股價出現回調", {"zh-TW": "股價出現回調", "zh-Hans": "股价出现回调"}),
    (
        "Traditional",
        "現在是投資的好窗口",
        {"zh-TW": "現在是投資的好窗口", "zh-Hans": "现在是投资的好窗口"},
    ),
    ("Traditional", "請調整這個參數", {"zh-TW": "請調整這個參數", "zh-Hans": "请调整这个参数"}),
    ("Traditional", "以客戶為核心", {"zh-TW": "以客戶為核心", "zh-Hans": "以客户为核心"}),
    ("Traditional", "他說話直奔核心", {"zh-TW": "他說話直奔核心", "zh-Hans": "他说话直奔核心"}),
    (
        "Traditional",
        "這是一個核心指標",
        {"zh-TW": "這是一個核心指標", "zh-Hans": "这是一个核心指标"},
    ),
    (
        "Traditional",
        "他在去年年末建立了公司",
        {"zh-TW": "他在去年年末建立了公司", "zh-Hans": "他在去年年末建立了公司"},
    ),
    (
        "Traditional",
        "記者宣佈連線現場",
        {"zh-TW": "記者宣佈連線現場", "zh-Hans": "记者宣布连线现场"},
    ),
    (
        "Traditional",
        "我們正在現場連線",
        {"zh-TW": "我們正在現場連線", "zh-Hans": "我们正在现场连线"},
    ),
    (
        "Traditional",
        "整個鏈條執行得很好",
        {"zh-TW": "整個鏈條執行得很好", "zh-Hans": "整个链条执行得很好"},
    ),
    ("Traditional", "士兵去執行任務", {"zh-TW": "士兵去執行任務", "zh-Hans": "士兵去执行任务"}),
    ("Traditional", "我上網查資料", {"zh-TW": "我上網查資料", "zh-Hans": "我上网查资料"}),
    (
        "Traditional",
        "債務高達三十兆美元",
        {"zh-TW": "債務高達三十兆美元", "zh-Hans": "债务高达三十万亿美元"},
    ),
    (
        "Traditional",
        "這家公司的本益比很高，晶片很貴",
        {"zh-TW": "這家公司的本益比很高，晶片很貴", "zh-Hans": "这家公司的市盈率很高，芯片很贵"},
    ),
]
HEADER = "targets\tsource\tphrase\tconversion\treason\n"


def _cases():
    for script, sentence, expected in SENTENCES:
        for target, text in expected.items():
            yield script, sentence, target, text


@pytest.mark.parametrize("script, sentence, target, expected", list(_cases()))
def test_each_sentence_converts_as_checked_by_hand(script, sentence, target, expected):
    region = "Taiwan" if script == "Traditional" else "mainland"
    assert convert(sentence, target, script, region) == expected


def test_every_dictionary_row_has_a_sentence_where_it_fires():
    uncovered = [
        f"{entry.where}: {entry.target} {entry.phrase} → {entry.conversion}"
        for entry in load_phrases()
        if not any(
            script == entry.source
            and entry.phrase in sentence
            and entry.conversion in expected.get(entry.target, "")
            for script, sentence, expected in SENTENCES
        )
    ]
    assert uncovered == []


def test_the_file_loads_one_entry_per_target_of_each_row():
    loaded = load_phrases(PHRASES_FILE)
    rows = [
        line
        for line in PHRASES_FILE.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ][1:]
    assert len(loaded) == sum(len(row.split("\t")[0].split(",")) for row in rows)
    first = loaded[0]  # the first data row of the file, for its first target
    assert (first.target, first.source, first.phrase, first.conversion) == (
        "zh-Hant",
        "Simplified",
        "发送",
        "發送",
    )


@pytest.mark.parametrize(
    "row, message",
    [
        ("zh-TW\tSimplified\t公交车\t公車\n", r"expected 5 non-empty tab-separated fields"),
        ("zh-CN\tSimplified\t只有\t只有\tr\n", r":2: unknown target 'zh-CN'"),
        ("zh-TW\tHanzi\t只有\t只有\tr\n", r":2: unknown source 'Hanzi'"),
        ("zh-TW\tSimplified\t只有a\t只有\tr\n", r"'只有a' has a character that is not Han"),
        ("zh-Hant\tSimplified\t公交车\t公車\tr\n", r"changes length, which only a regional"),
        (
            "zh-TW\tSimplified\t只有\t只有\tr\nzh-TW\tSimplified\t只有\t祇有\tr\n",
            r":3: duplicate of",
        ),
    ],
)
def test_a_malformed_row_is_rejected_with_file_and_line(tmp_path, row, message):
    path = tmp_path / "phrases.tsv"
    path.write_text(HEADER + row, encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as error:
        load_phrases(path)
    assert str(path) in str(error.value)


def test_a_file_without_the_header_is_rejected(tmp_path):
    path = tmp_path / "phrases.tsv"
    path.write_text("zh-TW\tSimplified\t只有\t只有\tr\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="the first line must be the header"):
        load_phrases(path)


def test_glossary_pairs_become_entries_both_ways():
    pairs = {(e.target, e.source, e.phrase): e.conversion for e in glossary_phrases()}
    # corpus/glossary.toml, entry 'chip': simplified 芯片, taiwan 晶片.
    assert pairs[("zh-TW", "Simplified", "芯片")] == "晶片"
    assert pairs[("zh-Hans", "Traditional", "晶片")] == "芯片"
    assert pairs[("zh-TW", "Simplified", "市盈率")] == "本益比"
    assert all(e.source != "Traditional" or e.target == "zh-Hans" for e in glossary_phrases())


def test_the_file_wins_over_a_glossary_pair_for_the_same_phrase():
    keys = [(e.target, e.source, e.phrase) for e in phrases()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    "text, target, script, expected",
    [
        ("市盈率很高", "zh-TW", "Simplified", "本益比很高"),  # the example
        ("这种芯片用了新算法", "zh-TW", "Simplified", "這種晶片用了新演算法"),
        ("他們的演算法很好", "zh-TW", "Traditional", "他們的演算法很好"),  # not 演演算法
        ("一個數據中心", "zh-Hans", "Traditional", "一个数据中心"),
        ("一座資料中心", "zh-Hans", "Traditional", "一座数据中心"),
    ],
)
def test_glossary_pairs_convert_any_text(text, target, script, expected):
    region = "Taiwan" if script == "Traditional" else "mainland"
    assert convert(text, target, script, region) == expected


@pytest.mark.parametrize("char, han", [("漢", True), ("汉", True), ("𠀀", True), ("〇", False)])
def test_is_han(char, han):
    assert is_han(char) is han
