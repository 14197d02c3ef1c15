"""Reading TOML data files: every problem names the file and the row."""

import pytest

from helpers.core.datafiles import check_fields, read_toml, table_rows, text_list
from helpers.core.errors import CorpusError


def test_a_missing_file_and_bad_toml_are_named(tmp_path):
    with pytest.raises(CorpusError, match=r"nothing\.toml: file not found"):
        read_toml(tmp_path / "nothing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[entry]\nid = 1\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"broken\.toml: not valid TOML"):
        read_toml(broken)
    gbk = tmp_path / "gbk.toml"
    gbk.write_bytes('note = "数据"'.encode("gbk"))  # 0xCA 0xFD: 0xFD cannot follow in UTF-8
    with pytest.raises(CorpusError, match=r"gbk\.toml: not valid TOML"):
        read_toml(gbk)


def test_rows_are_numbered_and_labelled(tmp_path):
    path = tmp_path / "rows.toml"
    path.write_text('[[entry]]\nid = "chip"\n\n[[entry]]\nname = "x"\n', encoding="utf-8")
    rows = list(table_rows(path, "entry"))
    assert [(number, where.split(": ", 1)[1]) for number, where, _ in rows] == [
        (1, "entry #1 (id chip)"),
        (2, "entry #2"),
    ]
    with pytest.raises(CorpusError, match=r"no \[\[override\]\] entries"):
        list(table_rows(path, "override"))
    path.write_text("entry = [1, 2]\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"entry #1 is not a table"):
        list(table_rows(path, "entry"))


def test_check_fields_refuses_unknown_missing_and_blank_fields():
    check_fields("f: row #1", {"a": "x", "b": 3}, text=["a"], optional=["b"])
    with pytest.raises(CorpusError, match=r"f: row #1: unknown field\(s\) c, d"):
        check_fields("f: row #1", {"a": "x", "d": 1, "c": 2}, text=["a"])
    with pytest.raises(CorpusError, match=r"field 'a' is missing or empty"):
        check_fields("f: row #1", {}, text=["a"])
    with pytest.raises(CorpusError, match=r"field 'a' is missing or empty"):
        check_fields("f: row #1", {"a": "  "}, text=["a"])
    with pytest.raises(CorpusError, match=r"field 'a' is missing or empty"):
        check_fields("f: row #1", {"a": 7}, text=["a"])


@pytest.mark.parametrize("value", [None, "芯片", [], ["芯片", ""], ["芯片", 3], {"a": "b"}])
def test_text_list_refuses_anything_but_a_list_of_text(value):
    with pytest.raises(CorpusError, match=r"^row 3: surfaces must be a list$"):
        text_list(value, "row 3: surfaces must be a list")


def test_text_list_gives_a_tuple():
    assert text_list(["芯片", "晶片"], "unused") == ("芯片", "晶片")
