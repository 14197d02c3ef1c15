"""Tests for helpers.language.conversion_testset and conversion_score: the hand-checked conversion
test set, its checks, its held-out rule and the figures scored on it."""

import pytest

from helpers.core.errors import CorpusError
from helpers.language.conversion_score import accuracy_report, score
from helpers.language.conversion_testset import (
    COLUMNS,
    conversion_testset,
    is_held_out,
    ordinary_characters,
    parse_testset,
)

HEADER = "\t".join(COLUMNS)
GOOD = "s001\t头发很干\t頭髮很乾\t\t发干\thair"


def rows_of(*lines: str) -> str:
    """A test set text: a comment, the header and the lines."""
    return "\n".join(["# a comment", HEADER, *lines]) + "\n"


def test_a_good_row_is_read_with_its_fields() -> None:
    (row,) = parse_testset(rows_of(GOOD))
    assert (row.id, row.simplified, row.zh_hant, row.zh_tw, row.chars, row.note) == (
        "s001", "头发很干", "頭髮很乾", None, "发干", "hair",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("s001\t头发很干\t頭髮很乾\t\t发干", "line 3: 5 fields, expected 6"),
        ("x1\t头发很干\t頭髮很乾\t\t发\t", "line 3: field 'id' is 'x1'"),
        ("s001\t头发很干\t\t\t发\t", "line 3: field 'zh_hant' is empty"),
        ("s001\t头发很干\t頭髮很乾了\t\t发\t", "line 3: field 'zh_hant' has 5 characters"),
        ("s001\t头发很干\t頭髮很乾\t\t面\t", "line 3: field 'chars' lists '面', not in the"),
        ("s001\t头发很干\t頭髮很乾\t\t头\t", "line 3: field 'chars' lists '头', which has one"),
    ],
)
def test_a_malformed_row_is_refused_naming_line_and_field(line: str, message: str) -> None:
    with pytest.raises(CorpusError, match=message):
        parse_testset(rows_of(line), "set.tsv")


def test_repeated_ids_and_sentences_are_refused() -> None:
    with pytest.raises(CorpusError, match="field 'id' repeats 's001'"):
        parse_testset(rows_of(GOOD, "s001\t面很好\t麪很好\t\t面\t"))
    with pytest.raises(CorpusError, match="field 'simplified' repeats '头发很干'"):
        parse_testset(rows_of(GOOD, "s002\t头发很干\t頭髮很乾\t\t\t"))


def test_a_missing_header_is_refused() -> None:
    with pytest.raises(CorpusError, match="must be the header"):
        parse_testset(GOOD + "\n", "set.tsv")


def test_a_missing_file_is_named(tmp_path) -> None:
    with pytest.raises(CorpusError, match="file not found"):
        conversion_testset(tmp_path / "none.tsv")


def test_the_held_out_rule_depends_on_the_id_alone() -> None:
    # sha256("s001") begins with byte 0x7e = 126 = 3 × 42; sha256("s002") with 0xfb = 251.
    assert is_held_out("s001")
    assert not is_held_out("s002")


def test_the_set_is_large_enough_and_split_about_a_third_held_out() -> None:
    rows = conversion_testset()
    assert len(rows) >= 300
    held_out = sum(row.held_out for row in rows)
    assert 0.25 * len(rows) < held_out < 0.42 * len(rows)
    assert all(row.held_out == is_held_out(row.id) for row in rows)


def test_every_ordinary_one_to_many_character_is_tested() -> None:
    covered = {char for row in conversion_testset() for char in row.chars}
    assert ordinary_characters() - covered == set()


def test_ordinary_characters_take_common_ones_and_leave_rare_ones() -> None:
    ordinary = ordinary_characters()
    # 发 干 只 are among the most frequent characters; 锫 (berkelium), 镎 (neptunium) and 跖 are
    # not among the 3,500 most frequent of jieba's dictionary.
    assert {"发", "干", "只", "后", "里"} <= ordinary
    assert not {"锫", "镎", "跖"} & ordinary


def test_the_common_characters_are_tested_in_each_standard_reading() -> None:
    # The readings checked by hand: each Traditional form below occurs in some zh_hant text at a
    # position of that Simplified character.
    readings = {
        "发": "發髮", "干": "幹乾干", "只": "只隻", "面": "面麪", "后": "後后", "里": "裏里",
        "台": "臺颱檯台", "系": "系係繫", "云": "雲云", "松": "松鬆", "历": "歷曆", "制": "制製",
        "复": "復複覆", "范": "範范", "冲": "衝沖", "征": "徵征", "钟": "鐘鍾", "准": "準准",
        "汇": "匯彙", "斗": "鬥斗", "尽": "盡儘", "蒙": "蒙矇濛", "游": "遊游", "据": "據据",
        "表": "表錶", "卷": "卷捲", "当": "當噹", "凶": "兇凶", "了": "了瞭",
    }  # fmt: skip
    seen: dict[str, set[str]] = {}
    for row in conversion_testset():
        for simplified, traditional in zip(row.simplified, row.zh_hant, strict=True):
            seen.setdefault(simplified, set()).add(traditional)
    assert {char: set(forms) - seen[char] for char, forms in readings.items()} == {
        char: set() for char in readings
    }


def test_the_issues_examples_are_in_the_set() -> None:
    sentences = "".join(row.simplified for row in conversion_testset())
    for example in (
        "向粉丝发送", "被发明", "展示了如何", "可是只有", "一只只", "松脆饼干", "百年历程",
        "干看", "参与制造", "但云原生", "改变量子比特", "少数组织", "电视频段", "公交车",
    ):  # fmt: skip
        assert example in sentences


def test_scores_on_a_hand_made_set() -> None:
    rows = parse_testset(
        rows_of(
            "s001\t头发很干\t頭髮很乾\t頭髮很乾\t发干\t",
            "s002\t只有面\t只有麪\t只有麵\t只面\t",
            "s003\t公交车\t公交車\t公車\t\t",
        )
    )
    answers = {"头发很干": "頭髮很幹", "只有面": "只有麪", "公交车": "公交車"}
    result = score(rows, answers.__getitem__, "zh-Hant")
    # By hand: s001 wrong at 干 (乾 expected, 幹 given); s002 and s003 right. One-to-many
    # positions: 发 干 in s001, 只 面 in s002, none in s003 (公 交 车 have one form each).
    assert result.figures() == {
        "sentences": 3, "sentences_right": 2, "sentence_accuracy": 0.6667,
        "characters": 4, "characters_right": 3, "character_accuracy": 0.75,
    }  # fmt: skip
    assert result.wrong_rows == ("s001",)
    assert [(e.id, e.position, e.char, e.expected, e.got) for e in result.errors] == [
        ("s001", 3, "干", "乾", "幹")
    ]
    # zh-TW: s002's answer keeps 麪 where 麵 is expected, s003 keeps 公交車 (its length differs
    # from 公車, so the sentence counts and its characters do not).
    taiwan = score(rows, answers.__getitem__, "zh-TW")
    assert (taiwan.sentences, taiwan.sentences_right, taiwan.characters) == (3, 0, 4)
    assert taiwan.characters_right == 2


def test_the_project_does_no_worse_than_stock_opencc() -> None:
    report = accuracy_report()
    for target in ("zh-Hant", "zh-TW"):
        for part in ("dev", "held_out"):
            project, stock = report["project"][target][part], report["stock_opencc"][target][part]
            assert project["sentences_right"] >= stock["sentences_right"], (target, part)
            assert project["characters_right"] >= stock["characters_right"], (target, part)


def test_the_figures_do_not_fall_below_those_measured_when_the_set_was_made() -> None:
    report = accuracy_report()

    def whole(target: str, count: str) -> int:
        return sum(report["project"][target][part][count] for part in ("dev", "held_out"))

    # `python -m helpers bench --conversion`, 2026-11-29: stock OpenCC gets zh-Hant 580 of 623
    # sentences and 1,218 of 1,261 characters, zh-TW 29 of 51 and 80 of 95; the project, with
    # corpus/conversion_phrases.tsv, zh-Hant 602 and 1,240, zh-TW 48 and 93.
    assert whole("zh-Hant", "sentences_right") >= 602
    assert whole("zh-Hant", "characters_right") >= 1240
    assert whole("zh-TW", "sentences_right") >= 48
    assert whole("zh-TW", "characters_right") >= 93
