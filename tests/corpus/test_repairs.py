"""Tests for helpers.corpus.repairs and repair_rules: every repair is logged and the raw text can be
rebuilt from the log."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from helpers.core.errors import CorpusError
from helpers.corpus.documents import document
from helpers.corpus.repair_rules import CuratedRepair, Edit, load_curated_repairs
from helpers.corpus.repairs import apply_edits, normalize, normalized, restore_raw

TONED_GLOSS = re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


@pytest.mark.parametrize("doc_id", ["000", "001", "002", "003", "004"])
def test_every_raw_file_is_rebuilt_from_normalised_text_and_log(doc_id):
    text = normalized(doc_id)
    assert restore_raw(text.text, text.repairs) == document(doc_id).path.read_bytes().decode()


# Pieces that the rules act on, so that generated texts are full of repairs next to one another.
PIECES = [
    "數",
    "據",
    "A",
    "b",
    " ",
    "?",
    "(shù)",
    "(xiàn)",
    "\r",
    "\n",
    "\ufeff",
    "<span>",
    "?/p>",
    "。",
]


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3)).map("".join))
@example("數(shù)\r\n")  # a deletion and the repair right after it share their normalised start
def test_any_text_is_rebuilt_from_its_normalisation(raw):
    try:
        text = normalize("t", raw)
    except CorpusError as error:  # two rules claim one passage ('數?b?數>')
        assert "overlaps another repair" in str(error)
        return
    assert restore_raw(text.text, text.repairs) == raw
    assert "\r" not in text.text
    for repair in text.repairs:
        assert raw[repair.raw_start : repair.raw_start + len(repair.before)] == repair.before
        assert text.text[repair.start : repair.start + len(repair.after)] == repair.after


@pytest.mark.parametrize("doc_id", ["000", "001", "002", "003", "004"])
def test_each_logged_repair_sits_where_it_says(doc_id):
    text = normalized(doc_id)
    for repair in text.repairs:
        assert text.raw[repair.raw_start : repair.raw_start + len(repair.before)] == repair.before
        assert text.text[repair.start : repair.start + len(repair.after)] == repair.after
        # A replaced span maps to its raw start; after a deletion the next character maps past the
        # deleted text.
        expected = repair.raw_start if repair.after else repair.raw_start + len(repair.before)
        assert text.raw_offset(repair.start) == expected


def test_001_pinyin_glosses_are_all_removed_and_logged():
    text = normalized("001")
    # 89 glosses like 數(shù) in the raw file, counted with the same pattern by hand.
    assert len(TONED_GLOSS.findall(text.raw)) == 89
    assert not TONED_GLOSS.search(text.text)
    assert sum(repair.rule == "pinyin_gloss" for repair in text.repairs) == 89
    assert (
        "人工智能在指數級狂奔" in text.text
        and "對現實的冷酷診斷" in text.text
        and "互聯網科技巨頭" in text.text
    )


def test_001_html_remnant_and_lost_quotes_are_repaired():
    text = normalized("001")
    assert "/span>" not in text.text
    assert "“好吧,我們還有很長的路要走?!”\n①太空" in text.text
    assert "2021年更名為“Meta Platform Inc.”的美國互聯網科技巨頭" in text.text
    assert "與The Boring Company(掘進公司)" in text.text
    assert "更是一次關于競爭與生存極限" in text.text
    rules = {repair.rule for repair in text.repairs}
    assert rules == {
        "pinyin_gloss",
        "html_remnant",
        "lost_quotation_marks",
        "stray_space",
        "curated",
    }


def test_001_conversion_mistakes_are_not_repairs():
    text = normalized("001").text
    assert "關于太空AI的暴論" in text and "為什么" in text and "中國制造" in text


def test_brackets_that_are_not_pinyin_of_the_character_before_stay():
    text = normalized("000").text
    assert "「痛哭流涕」(crying)" in text
    assert "谷歌(Google)" in normalized("001").text
    assert normalize("t", "數(xiàn)據").text == "數(xiàn)據"
    assert normalize("t", "數(shù)據").text == "數據"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("股價上漲?/span>三成", "股價上漲三成"),  # a closing tag whose '<' became '?'
        ('記者?span class="x">報導', "記者報導"),
        ("他說?br>明天見", "他說明天見"),
        # Markup written as markup is text: kept as it is, and escaped where it is shown.
        ("她說<b>很好</b>", "她說<b>很好</b>"),
        ("<script>alert('你好')</script>", "<script>alert('你好')</script>"),
        ("為什麼?因為便宜", "為什麼?因為便宜"),  # a question mark before a word is not a tag
    ],
)
def test_only_tags_with_a_garbled_opening_are_html_remnants(raw, text):
    assert normalize("t", raw).text == text


def test_byte_order_mark_and_crlf_are_repaired_and_restored():
    raw = "\ufeff第一行。\r\n第二行(Line 2)?\r\n\r\n第三行\r"
    text = normalize("t", raw)
    assert text.text == "第一行。\n第二行(Line 2)?\n\n第三行\n"
    assert [repair.rule for repair in text.repairs] == ["byte_order_mark"] + ["line_ending"] * 4
    assert restore_raw(text.text, text.repairs) == raw


def test_documents_without_artifacts_are_unchanged():
    for doc_id in ("000", "003", "004"):
        assert normalized(doc_id).text == normalized(doc_id).raw and not normalized(doc_id).repairs


def test_002_stray_spaces_between_characters_are_removed_but_not_after_punctuation():
    text = normalized("002")
    assert [repair.before for repair in text.repairs] == [" ", " "]
    assert "而是這些卡要“幹什麼”" in text.text and "當前已進入第三代(V3)" in text.text
    assert "支撐 Grok 的訓練與推理叢集擴張。 這意味著" in text.text


def test_raw_offsets_follow_the_repairs():
    text = normalized("001")
    start = text.text.index("我們還有很長的路要走")
    raw_start = text.raw_offset(start)
    assert text.raw[raw_start : raw_start + 10] == "我們還有很長的路要走"
    end = text.text.index("規避監管的舉措") + 7
    assert text.raw[text.raw_offset(end) - 1] == "措"


def test_a_curated_repair_must_match_exactly_once():
    missing = CuratedRepair("t", "不存在", "存在", "test")
    with pytest.raises(CorpusError, match="occurs 0 times"):
        normalize("t", "一段文字。", (missing,))
    twice = CuratedRepair("t", "文字", "文本", "test")
    with pytest.raises(CorpusError, match="occurs 2 times"):
        normalize("t", "文字和文字。", (twice,))


def test_a_curated_repair_changes_only_the_differing_characters():
    repair = CuratedRepair("t", "TheBoring Company", "The Boring Company", "missing space")
    text = normalize("t", "與TheBoring Company沒有", (repair,))
    assert text.text == "與The Boring Company沒有"
    assert [(r.rule, r.raw_start, r.before, r.after) for r in text.repairs] == [
        ("curated", 4, "", " ")
    ]


def test_overlapping_repairs_are_an_error():
    edits = [Edit("a", 0, "abc", "x", ""), Edit("b", 2, "cd", "y", "")]
    with pytest.raises(CorpusError, match="overlaps"):
        apply_edits("t", "abcdef", edits)


def test_curated_repairs_file_is_validated(tmp_path):
    path = tmp_path / "repairs.toml"
    path.write_text('[[repair]]\ndoc = "001"\nbefore = "甲"\nafter = "乙"\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"repair #1: field 'reason' is missing"):
        load_curated_repairs(path)


def test_the_project_has_two_curated_repairs_of_001():
    # grep -c '^\[\[repair\]\]' corpus/repairs.toml: 2, both with doc = "001".
    assert [repair.doc for repair in load_curated_repairs()] == ["001", "001"]
    assert load_curated_repairs()[0].after == "The Boring Company(掘進公司)"


def test_a_log_that_does_not_match_the_text_is_an_error():
    text = normalized("001")
    with pytest.raises(CorpusError, match="does not match"):
        restore_raw(text.text[5:], text.repairs)


def test_an_end_offset_stops_before_a_deletion_that_starts_there():
    text = normalize("t", "數(shù)字和100%?/span>。")
    assert text.text == "數字和100%。"
    assert (text.raw_offset(1), text.raw_offset(1, end=True)) == (6, 1)
    percent_end = text.text.index("。")
    assert text.raw[text.raw_offset(2) : text.raw_offset(percent_end, end=True)] == "和100%"
    assert text.raw_offset(percent_end) == text.raw.index("。")


def test_a_curated_repair_of_an_unknown_document_is_an_error(tmp_path):
    path = tmp_path / "repairs.toml"
    path.write_text(
        '[[repair]]\ndoc = "001"\nbefore = "甲"\nafter = "乙"\nreason = "r"\n\n'
        '[[repair]]\ndoc = "009"\nbefore = "甲"\nafter = "乙"\nreason = "r"\n',
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match=r"repair #2: unknown document '009'"):
        load_curated_repairs(path)


def test_a_curated_repairs_file_without_repairs_is_allowed_but_not_a_malformed_one(tmp_path):
    path = tmp_path / "repairs.toml"
    path.write_text("# nothing to repair\n", encoding="utf-8")
    assert load_curated_repairs(path) == ()
    path.write_text('repair = "甲"\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"no \[\[repair\]\] entries"):
        load_curated_repairs(path)
