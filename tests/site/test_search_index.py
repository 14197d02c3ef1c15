"""The search data: forms in both scripts, Taiwan phrases and toneless pinyin, checked on sentences
read by hand from corpus/texts."""

from typing import Any

from helpers.corpus.documents import document
from helpers.corpus.segments import segmented
from helpers.site.search_index import offsets, search_index, sentence_entry, toneless


def entry(ref: str) -> dict[str, Any]:
    doc = ref[:3]
    sentence = next(s for s in segmented(doc).sentences if s.ref == ref)
    return sentence_entry(sentence, document(doc))


def test_toneless() -> None:
    assert [toneless(r) for r in ("zhòng", "lǜ", "xīn", None)] == ["zhong", "lu", "xin", ""]


def test_offsets_of_a_replaced_phrase() -> None:
    # 英伟达 replaces 輝達 (each of its characters points at the phrase's start); 股 is kept;
    # 价 is 價
    assert offsets("輝達股價", "英伟达股价") == [0, 0, 0, 2, 3, 4]
    assert offsets("晶片", "芯片") == 0


def test_a_taiwan_word_is_found_mid_sentence_in_both_scripts_and_in_pinyin() -> None:
    found = entry("000:p107.s0")
    # 當推理效率的數學天平傾向於TPU這樣的專用晶片時,… : 晶片 is characters 21-22
    assert found["t"][21:23] == "晶片"
    forms = [form for form, _ in found["v"]]
    assert forms[0][21:23] == "芯片"  # zh-Hans, Taiwan phrase converted (tw2sp)
    assert any(form[21:23] == "晶片" and "当" in form for form in forms)  # Simplified characters
    own, via = [s.split(" ") for s, _ in found["y"]]
    assert own[21:23] == ["jing", "pian"] and via[21:23] == ["xin", "pian"]


def test_nvidia_is_found_as_written_in_either_script() -> None:
    found = entry("000:p0.s1")  # 幾乎在同一時間,華爾街卻悄悄拋棄了輝達,…
    assert found["t"][17:19] == "輝達"
    by_form = {form[17:20]: where for form, where in found["v"]}
    assert by_form["英伟达"][17:21] == [17, 17, 17, 19]  # the phrase, then the comma after 輝達
    assert "辉达," in by_form  # character-only t2s keeps the word
    assert found["y"][0][0].split(" ")[17:19] == ["hui", "da"]


def test_a_simplified_sentence_has_its_taiwan_phrase_form() -> None:
    found = entry("004:p3.s0")  # …以及自建芯片工厂（TeraFab）的计划。
    assert found["t"][80:82] == "芯片"
    assert {form[80:82] for form, _ in found["v"]} == {"芯片", "晶片"}  # zh-Hant keeps 芯片


def test_the_index_covers_documents_with_pages() -> None:
    index = search_index({"000": "01_a.html", "003": "04_b.html"})
    assert index["pages"] == {"000": "01_a.html", "003": "04_b.html"}
    assert index["langs"] == {"000": "zh-TW", "003": "zh-Hans"}
    assert {s["r"][:3] for s in index["sentences"]} == {"000", "003"}
    refs = [s["r"] for s in index["sentences"]]
    assert "000:p107.s0" in refs and len(refs) == len(set(refs))
