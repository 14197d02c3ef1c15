"""Tests for script and usage detection, on sentences written for them (not from the corpus)."""

import pytest

from helpers.core.errors import CorpusError
from helpers.language.detect import detect_script


@pytest.mark.parametrize(
    "text, script, simplified, traditional",
    [
        ("头发很干", "Simplified", "头发", ""),  # 头, 发: Simplified-only; 很, 干 written alike
        ("頭髮很乾", "Traditional", "", "頭髮"),  # 乾 stays 乾 in 乾坤, so it counts for neither
        ("我們今天去买东西", "mixed", "买东", "們"),
        ("大家好", "either", "", ""),  # written alike in both scripts
        ("人口", "either", "", ""),
        ("", "either", "", ""),
        ("Hello, world! 123", "either", "", ""),
    ],
)
def test_the_script_and_the_characters_that_show_it(text, script, simplified, traditional):
    found = detect_script(text)
    assert found.script == script
    assert "".join(found.simplified) == simplified
    assert "".join(found.traditional) == traditional


@pytest.mark.parametrize(
    "text, region, mainland, taiwan",
    [
        ("这款芯片的市盈率很高", "mainland", ("芯片", "市盈率"), ()),  # glossary pairs
        ("這款晶片的本益比很高", "Taiwan", (), ("晶片", "本益比")),
        ("我的軟體和記憶體都很好", "Taiwan", (), ("軟體", "記憶體")),  # TWPhrases 軟件 → 軟體
        ("我的软件和内存都很好", "mainland", ("软件", "内存"), ()),
        ("這個軟件的內存很大", "mainland", ("軟件", "內存"), ()),  # mainland usage in Traditional
        ("芯片和晶片", None, ("芯片",), ("晶片",)),  # a tie decides nothing
        ("我的電腦軟體很好用", None, (), ("軟體",)),  # one word decides nothing
        ("軟體、軟體、軟體", None, (), ("軟體", "軟體", "軟體")),  # nor one word said thrice
        ("芯片、晶片、记忆体", "Taiwan", ("芯片",), ("晶片", "记忆体")),  # two words against one
        # words ordinary in both regions count for neither (OpenCC pairs 运行 ↔ 執行, 仿真 ↔ 模擬)
        ("各地要认真执行新政策，建立监督机制，抓住核心任务。", None, (), ()),
        ("這個項目的運行成本很高，各項參數都符合設定。", None, (), ()),
        ("计算机模拟", None, (), ()),
        ("头发很干", None, (), ()),
    ],
)
def test_the_usage_and_the_words_that_show_it(text, region, mainland, taiwan):
    found = detect_script(text)
    assert (found.region, found.mainland_words, found.taiwan_words) == (region, mainland, taiwan)


@pytest.mark.parametrize(
    "text, target, source",
    [
        ("頭髮很乾", "zh-Hans", ("Traditional", "Taiwan")),  # no evidence: Traditional is Taiwan
        ("头发很干", "zh-TW", ("Simplified", "mainland")),
        ("這個軟件的內存很大", "zh-TW", ("Traditional", "mainland")),
        ("這個軟件很好用", "zh-TW", ("Traditional", "Taiwan")),  # one word: the script decides
        ("我們今天去买东西", "zh-Hans", ("Traditional", "Taiwan")),  # mixed into Simplified
        ("我們今天去买东西", "zh-TW", ("Simplified", "mainland")),  # mixed into Traditional
        ("大家好", "zh-Hant", ("Simplified", "mainland")),
    ],
)
def test_the_source_a_detection_converts_from(text, target, source):
    assert detect_script(text).source(target) == source


def test_the_summary_names_script_usage_and_words():
    assert (
        detect_script("這款晶片的本益比很高").summary()
        == "Traditional, Taiwan usage (晶片, 本益比)"
    )
    assert detect_script("大家好").summary() == (
        "written alike in both scripts, usage not shown by the words"
    )


def test_the_usage_test_set_is_never_detected_as_the_other_side():
    """Texts written for it (tests/language/usage_testset.py): a detection may say nothing, but
    never the wrong side, and the usage `add` records from it (the script's when undecided) is
    right for every text."""
    from tests.language.usage_testset import USAGE_TESTSET

    assert len([row for row in USAGE_TESTSET if row[0] == "mainland"]) >= 6
    assert len([row for row in USAGE_TESTSET if row[0] == "Taiwan"]) >= 6
    for region, text in USAGE_TESTSET:
        found = detect_script(text)
        assert found.region in (None, region), (text, found)
        recorded = found.region or ("Taiwan" if found.script == "Traditional" else "mainland")
        assert recorded == region, (text, found)


@pytest.mark.parametrize("doc_id", ["000", "001", "002", "003", "004"])
def test_the_curated_texts_keep_their_detected_usage(doc_id):
    from helpers.corpus.documents import document
    from helpers.corpus.repairs import normalized

    assert detect_script(normalized(doc_id).text).region == document(doc_id).region


def test_the_shared_words_file_is_checked(tmp_path, monkeypatch):
    import helpers.language.detect as detect
    from helpers.core.caching import reload

    assert "执行" in detect.shared_words() and "项目" in detect.shared_words()
    for text, message in [
        ('taiwan_side = ["执行"]\n', "'mainland_side' must be a non-empty list"),
        ('taiwan_side = ["执行"]\nmainland_side = ["run"]\n', "'run' is not a Chinese word"),
        ('taiwan_side = ["执行"]\nmainland_side = ["项目"]\nother = 1\n', "unknown key 'other'"),
    ]:
        path = tmp_path / "shared.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(detect, "SHARED_WORDS_FILE", path)
        reload()
        with pytest.raises(CorpusError, match=message):
            detect.shared_words()
    monkeypatch.undo()
    reload()
