"""Tests for the layered OpenCC configs: the project's dictionary in front of OpenCC's own breaks
none of OpenCC's conformance cases, wins against overlapping stock phrases, and is not undone by a
later step."""

import pytest

from helpers.language.conversion import convert
from helpers.language.opencc_layers import layered_chain

# The project target each official config stands for (helpers.language.conversion's chains).
CONFIG_TARGETS = {
    "s2t": "zh-Hant",
    "s2twp": "zh-TW",
    "s2hk": "zh-HK",
    "tw2t": "zh-Hant",
    "tw2s": "zh-Hans",
    "tw2sp": "zh-Hans",
}


@pytest.mark.parametrize("config", sorted(CONFIG_TARGETS))
def test_the_layered_config_passes_every_official_case(opencc_cases, config):
    converters = layered_chain(CONFIG_TARGETS[config], (config,))
    failures = []
    for case_id, text, expected in opencc_cases[config]:
        out = text
        for each in converters:
            out = each.convert(out)
        if out != expected:
            failures.append(f"{case_id}: {text!r} gave {out!r}, expected {expected!r}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "text, expected",
    [
        # 丝发 (絲髮) is a stock phrase overlapping 发送; the guard 丝发送 wins.
        ("向粉丝发送消息", "向粉絲發送消息"),
        # 被发 (被髮, dishevelled) overlaps 发明.
        ("被发明", "被發明"),
        # 松脆饼 overlaps 饼干; 年历 overlaps 历程; 参与制 overlaps 制造; 是只 overlaps 只有.
        ("松脆饼干", "鬆脆餅乾"),
        ("百年历程", "百年歷程"),
        ("参与制造", "參與製造"),
        ("还是只有", "還是只有"),
        # 但云 (但云, 'but said') overlaps 云原生.
        ("但云原生", "但雲原生"),
    ],
)
def test_an_entry_wins_against_a_stock_phrase_that_overlaps_its_start(text, expected):
    assert convert(text, "zh-Hant", "Simplified") == expected


def test_a_later_step_does_not_undo_an_entry():
    # s2twp's Taiwan step turns 發布 into 釋出; the entry 发布 → 發布 is kept through it.
    assert convert("发布", "zh-TW", "Simplified") == "發布"


def test_a_mainland_traditional_text_takes_the_simplified_entries():
    # tw2s first, then s2twp with the Simplified entries: 參與制造 (a converter's mistake) → 製造.
    assert convert("參與制造", "zh-TW", "Traditional", "mainland") == "參與製造"
    assert convert("參與制造", "zh-Hant", "Traditional", "mainland") == "參與製造"
