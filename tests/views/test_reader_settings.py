"""Tests for helpers.views.reader_settings: where the settings file is, what is read back, what is
refused and left untouched. tests/views/conftest.py points READER_HOME at a fresh folder."""

import json

import pytest

from helpers.core.errors import CorpusError
from helpers.views.reader_settings import (
    Loaded,
    Place,
    Settings,
    SettingsRefusedError,
    load_settings,
    save_settings,
    settings_path,
)


def test_the_file_is_in_the_folder_the_variable_names(reader_data):
    assert settings_path() == reader_data / "settings.json"


def test_without_the_variable_it_is_in_the_users_data_folder(monkeypatch, tmp_path):
    # platformdirs on Linux: $XDG_DATA_HOME/<app name>.
    monkeypatch.delenv("READER_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "musk-interviews-reader" / "settings.json"


def test_no_file_gives_the_defaults(reader_data):
    assert load_settings(reader_data / "settings.json") == Loaded(Settings())


def test_settings_come_back_as_saved_and_the_file_is_readable_json(reader_data):
    path = reader_data / "new folder" / "settings.json"
    settings = Settings(
        "interlinear",
        "zhuyin",
        True,
        {"003": Place("zh-Hans ↔ zh-TW", 4, 90, "003:p97.s0")},
        "Taiwan",
        "sandhi",
    )
    save_settings(path, settings)
    assert load_settings(path) == Loaded(settings)
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "documents": {
            "003": {"pair": "zh-Hans ↔ zh-TW", "ref": "003:p97.s0", "section": 4, "turn": 90}
        },
        "glossary": True,
        "layout": "interlinear",
        "reading": "zhuyin",
        "standard": "Taiwan",
        "tones": "sandhi",
    }
    # Written through a temporary file in the same folder, replaced into place: none is left.
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_saving_keeps_other_documents_and_keys_it_does_not_know(reader_data):
    path = reader_data / "settings.json"
    path.write_text(
        '{"documents": {"000": {"pair": "original ↔ zh-Hans", "section": 2, "turn": -1, '
        '"ref": "000:p28.s1"}}, "future": [1, 2]}',
        encoding="utf-8",
    )
    save_settings(path, Settings(places={"003": Place("original ↔ zh-TW")}))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["future"] == [1, 2]
    assert set(data["documents"]) == {"000", "003"}
    assert load_settings(path).settings.places["000"] == Place(
        "original ↔ zh-Hans", 2, -1, "000:p28.s1"
    )


@pytest.mark.parametrize(
    "content, why",
    [
        (b'{"layout": "interlinear"', "is not JSON (Expecting ',' delimiter: line 1 column 25"),
        (b'["interlinear"]', "does not hold a JSON object"),
        (b'{"layout": "\xff"}', "cannot be read ('utf-8' codec can't decode byte 0xff"),
    ],
)
def test_a_file_that_is_not_settings_is_refused_and_left_byte_identical(reader_data, content, why):
    path = reader_data / "settings.json"
    path.write_bytes(content)
    loaded = load_settings(path)
    assert loaded.settings == Settings() and loaded.messages == ()
    assert loaded.refused.startswith(f"settings file {path} {why}")
    assert loaded.refused.endswith(": it is left as it is and settings are not saved")
    with pytest.raises(SettingsRefusedError):
        save_settings(path, Settings(layout="interlinear"))
    assert path.read_bytes() == content


def test_unknown_values_fall_back_to_defaults_each_with_a_message(reader_data):
    path = reader_data / "settings.json"
    path.write_text(
        json.dumps(
            {
                "layout": "sideways",
                "reading": "pinyin",
                "glossary": "yes",
                "documents": {
                    "003": {"pair": "zh-TW ↔ zh-HK", "section": "two", "turn": 5, "ref": 7},
                    "009": {"pair": "original ↔ zh-TW"},
                },
            }
        ),
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.settings == Settings(
        "side by side", "pinyin", False, {"003": Place("original ↔ zh-TW", -1, 5, None)}
    )
    where = f"settings file {path}: "
    assert loaded.messages == (
        where + "layout: 'sideways' is not one of 'side by side', 'interlinear'; "
        "using 'side by side'",
        where + "glossary: 'yes' is not one of False, True; using False",
        where + "documents: 003: pair: 'zh-TW ↔ zh-HK' is not one of 'original ↔ zh-TW', "
        "'original ↔ zh-Hans', 'zh-Hans ↔ zh-TW', 'original ↔ zh-HK'; using 'original ↔ zh-TW'",
        where + "documents: 003: section 'two' is not a section number; using all",
        where + "documents: 003: ref 7 is not a reference; using the first page",
        where + "documents: ignoring '009', which is not a document with a place",
    )
    assert loaded.refused is None


def test_a_path_under_a_file_is_refused(reader_data):
    blocker = reader_data / "a file"
    blocker.write_text("", encoding="utf-8")
    loaded = load_settings(blocker / "settings.json")
    assert "cannot be read ([Errno 20] Not a directory" in loaded.refused


def test_a_file_that_cannot_be_written_is_a_clear_error_and_leaves_no_temporary(
    reader_data, monkeypatch
):
    # Running as root, permissions do not stop a write: make the final rename fail instead.
    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr("helpers.views.reader_settings.os.replace", refuse)
    path = reader_data / "settings.json"
    with pytest.raises(CorpusError, match=r"settings cannot be saved to .*Permission denied"):
        save_settings(path, Settings())
    assert list(reader_data.iterdir()) == []


def test_a_file_without_standard_and_tones_loads_with_their_defaults(reader_data):
    # A settings file as written before the reader offered a standard and tones.
    path = reader_data / "settings.json"
    path.write_text(
        '{"documents": {}, "glossary": false, "layout": "side by side", "reading": "zhuyin"}',
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.messages == () and loaded.refused is None
    assert (loaded.settings.reading, loaded.settings.standard, loaded.settings.tones) == (
        "zhuyin",
        "automatic",
        "citation",
    )


def test_an_unknown_standard_or_tones_falls_back_with_a_message(reader_data):
    path = reader_data / "settings.json"
    path.write_text('{"standard": "Hong Kong", "tones": "sandhi"}', encoding="utf-8")
    loaded = load_settings(path)
    assert (loaded.settings.standard, loaded.settings.tones) == ("automatic", "sandhi")
    assert len(loaded.messages) == 1 and "standard: 'Hong Kong'" in loaded.messages[0]
