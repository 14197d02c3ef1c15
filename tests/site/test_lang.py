"""The lang tagger on small hand-made HTML; each expected string is written out by hand."""

import pytest

from helpers.site.lang import majority_tag, run_tag, script_of, tag_chinese


@pytest.mark.parametrize(
    "run, script",
    [
        ("輝達", "Traditional"),  # t2s gives 辉达; s2t leaves it
        ("辉达", "Simplified"),  # s2t gives 輝達; t2s leaves it
        ("中文", None),  # the same in both scripts
        ("晶片", None),  # a Taiwan word, but its characters are the same in both scripts
        ("这個", None),  # Simplified 这 and Traditional 個: valid in neither
    ],
)
def test_script_of_a_run(run: str, script: str | None) -> None:
    assert script_of(run) == script


def test_run_tags_follow_the_page_for_ambiguous_runs() -> None:
    assert run_tag("中文", "zh-TW") == "zh-TW"
    assert run_tag("中文", "zh-Hans") == "zh-Hans"
    assert run_tag("輝達", "zh-Hans") == "zh-Hant"  # Traditional on a Simplified page
    assert run_tag("輝達", "zh-TW") == "zh-TW"
    assert run_tag("辉达", "zh-TW") == "zh-Hans"


def test_majority_tag_counts_runs_of_known_script() -> None:
    assert majority_tag(["辉达 and 汉字", "中文"]) == "zh-Hans"  # two Simplified, one neither
    assert majority_tag(["輝達", "辉达"]) == "zh-Hant"  # a tie goes to Traditional


@pytest.mark.parametrize(
    "html, expected",
    [
        (
            "<p class=x>Musk 說「輝達」and 辉达</p>",
            '<p class=x>Musk <span lang="zh-TW">說「輝達」</span>and '
            '<span lang="zh-Hans">辉达</span></p>',
        ),
        ('<p lang="zh-Hans">中<b>文</b><br>字</p>', '<p lang="zh-Hans">中<b>文</b><br>字</p>'),
        (
            '<div lang="zh-TW"><i lang="en">中文</i>中文</div>',
            '<div lang="zh-TW"><i lang="en"><span lang="zh-TW">中文</span></i>中文</div>',
        ),
        ("<style>p::after {content: '中'}</style>", "<style>p::after {content: '中'}</style>"),
        ("<script>var s = '中 < 文';</script>", "<script>var s = '中 < 文';</script>"),
        ("<title>中文</title>", "<title>中文</title>"),
        ("a &amp; &lt;b&gt; 中", 'a &amp; &lt;b&gt; <span lang="zh-TW">中</span>'),
        (
            '<img alt="中文" src="a.png">中',
            '<img alt="中文" src="a.png"><span lang="zh-TW">中</span>',
        ),
        ("<!-- 中文 --><p>AI</p>", "<!-- 中文 --><p>AI</p>"),
        ("<svg><text>中文</text></svg>", "<svg><text>中文</text></svg>"),
    ],
)
def test_tag_chinese(html: str, expected: str) -> None:
    assert tag_chinese(html, "zh-TW") == expected


def test_an_element_closed_out_of_order_does_not_leave_its_lang_behind() -> None:
    html = '<div><p lang="zh-Hans">中</div>文'
    assert (
        tag_chinese(html, "zh-TW") == '<div><p lang="zh-Hans">中</div><span lang="zh-TW">文</span>'
    )
