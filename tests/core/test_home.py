"""Tests for helpers.core.home: where the reader's own data lives."""

from helpers.core.home import reader_home


def test_reader_home_names_the_folder_it_is_given(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("READER_HOME", str(tmp_path / "mine"))
    assert reader_home() == tmp_path / "mine"


def test_without_reader_home_it_is_the_platforms_user_data_folder(monkeypatch, tmp_path) -> None:
    # platformdirs on Linux: $XDG_DATA_HOME/<app name>, else ~/.local/share/<app name>.
    monkeypatch.delenv("READER_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert reader_home() == tmp_path / "musk-interviews-reader"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert reader_home() == tmp_path / ".local" / "share" / "musk-interviews-reader"
