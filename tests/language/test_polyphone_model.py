"""Tests for helpers.language.polyphone_model: g2pM's model run with numpy, with probabilities,
batched over sentences."""

import numpy as np
import pytest

from helpers.language import polyphone_model
from helpers.language.polyphone_model import is_polyphone, polyphone_readings, sentences_of


def test_readings_of_polyphones_in_context_by_hand():
    (found,) = polyphone_readings(["他还在睡觉。"])
    # 还在 hái zài, 睡觉 shuì jiào (checked by hand).
    assert found[1].syllable == "hai2" and 0.5 < found[1].probability <= 1
    assert found[4].syllable == "jiao4"


def test_u_umlaut_is_written_v():
    # 效率 xiào lǜ: g2pM's class is lu:4.
    assert polyphone_readings(["效率很高。"])[0][1].syllable == "lv4"


def test_only_polyphones_get_a_prediction():
    assert is_polyphone("行") and not is_polyphone("我")
    assert set(polyphone_readings(["我去银行。"])[0]) == {3}  # 行 only


def test_positions_count_from_the_start_of_a_text_of_several_sentences():
    text = "他还在睡觉。我们去银行取钱！"
    found = polyphone_readings([text])[0]
    assert text[10] == "行" and 10 in found and text[4] == "觉" and found[4].syllable == "jiao4"
    assert found[1].syllable == "hai2"


def test_a_batch_reads_each_sentence_as_one_by_one(monkeypatch):
    texts = ["他还在睡觉。", "我们去银行取钱，然后还款。", "这样做不行", "", "ABC 123"]
    together = polyphone_readings(texts)
    monkeypatch.setattr(polyphone_model, "BATCH", 1)
    for text, found in zip(texts, together, strict=True):
        alone = polyphone_readings([text])[0]
        assert {k: p.syllable for k, p in alone.items()} == {
            k: p.syllable for k, p in found.items()
        }
        for k, p in alone.items():
            assert np.isclose(p.probability, found[k].probability, atol=1e-5)


def test_sentences_join_back_to_the_text():
    text = "第一句。第二句！第三句？没有句号\n下一行"
    assert sentences_of(text) == ["第一句。", "第二句！", "第三句？", "没有句号\n", "下一行"]
    assert "".join(sentences_of(text)) == text


def test_model_files_are_closed_after_loading(run_python):
    code = (
        "import warnings, gc, json\nwarnings.simplefilter('error')\n"
        "from helpers.language.polyphone_model import _model\n_model()\ngc.collect()\n"
        "print(json.dumps('ok'))"
    )
    assert run_python(code) == "ok"


def test_weights_are_read_only():
    with pytest.raises(ValueError):
        polyphone_model._model().weights["embedding.weight"][0, 0] = 1
