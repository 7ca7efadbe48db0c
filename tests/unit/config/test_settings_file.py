"""The settings file's versions and scopes, and change notification."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tiktok_desktop.config import SETTINGS, SETTINGS_VERSION, Scope, Settings
from tiktok_desktop.core.errors import SettingsError


def test_every_setting_has_a_scope_and_only_preferences_are_in_the_dialog() -> None:
    assert {s.scope for s in SETTINGS} == set(Scope)
    for key in ("client_key", "tikapi_username", "active_account", "wizard_done"):
        assert next(s for s in SETTINGS if s.key == key).scope is Scope.ACCOUNT
    for key in ("window_geometry", "splitter_state", "chart_tab", "export_dir"):
        assert next(s for s in SETTINGS if s.key == key).scope is Scope.LAYOUT
    assert all(s.user_visible == (s.scope is Scope.PREFERENCE) for s in SETTINGS)


def test_a_version_1_file_is_migrated_and_written_back_in_sections(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    flat = {"theme": "dark", "client_key": "abc12345", "window_geometry": "AAAA", "unknown": 1}
    path.write_text(json.dumps(flat), encoding="utf-8")
    s = Settings(path, environ={})
    assert (s.get("theme"), s.get("client_key"), s.get("window_geometry")) == ("dark", "abc12345", "AAAA")
    s.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved == {
        "version": SETTINGS_VERSION,
        "preferences": {"theme": "dark"},
        "account": {"client_key": "abc12345"},
        "layout": {"window_geometry": "AAAA"},
    }
    assert Settings(path, environ={}).get("client_key") == "abc12345"


def test_a_key_in_the_wrong_section_or_a_newer_file_is_read_as_far_as_it_is_understood(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"version": 99, "preferences": {"theme": "light", "client_key": "moved"}, "future": {"x": 1}}),
        encoding="utf-8",
    )
    s = Settings(path, environ={})
    assert s.get("theme") == "light" and s.get("client_key") == ""


@pytest.mark.parametrize("content", ["[" * 200_000, "{not json", '"a string"', "\x00\xff"])
def test_an_unreadable_file_means_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8", errors="surrogateescape")
    assert Settings(path, environ={}).get("language") == "system"


def test_reset_touches_preferences_only_and_tells_what_changed(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.json", environ={})
    for key, value in (("theme", "dark"), ("language", "system"), ("client_key", "key12345"), ("chart_tab", "views")):
        s.set(key, value)
    heard: list[str] = []
    s.subscribe(heard.append)
    assert s.reset() == ["theme"] and heard == ["theme"]  # language was already its default
    assert (s.get("theme"), s.get("client_key"), s.get("chart_tab")) == ("system", "key12345", "views")


def test_listeners_hear_changes_only_until_they_unsubscribe(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.json", environ={})
    heard: list[str] = []
    stop = s.subscribe(heard.append)
    s.set("theme", "dark")
    s.set("theme", "dark")  # no change, no news
    with pytest.raises(SettingsError):
        s.set("theme", "purple")
    stop()
    s.set("theme", "light")
    assert heard == ["theme"]


def test_ports_out_of_range_and_bad_overrides_are_refused(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.json", environ={"TIKTOK_CLIENT_KEY": "  "})
    for port in (-1, 70000):
        with pytest.raises(SettingsError):
            s.set("redirect_port", port)
    assert s.get("client_key") == ""  # a blank override is no override
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"version": 2, "preferences": {"redirect_port": 70000}}), encoding="utf-8")
    assert Settings(path, environ={}).get("redirect_port") == 0


def test_save_failure_is_a_settings_error_and_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    path = tmp_path / "settings.json"
    s = Settings(path, environ={})
    s.set("theme", "dark")
    s.save()

    def disk_full(src: str, dst: str) -> None:  # root ignores permissions: fail where a full disk would
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    s.set("theme", "light")
    with pytest.raises(SettingsError):
        s.save()
    monkeypatch.undo()
    assert Settings(path, environ={}).get("theme") == "dark"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_newer_apps_file_keeps_what_this_app_does_not_know(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    newer = {
        "version": 7,
        "preferences": {"theme": "light", "font_size": 14},
        "account": {"client_key": "abc12345"},
        "sync": {"schedule": "hourly"},
    }
    path.write_text(json.dumps(newer), encoding="utf-8")
    s = Settings(path, environ={})
    s.set("theme", "dark")
    s.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 7 and saved["sync"] == {"schedule": "hourly"}
    assert saved["preferences"] == {"theme": "dark", "font_size": 14}
    assert saved["account"] == {"client_key": "abc12345"} and saved["layout"] == {}


def test_update_is_all_or_nothing_and_tells_listeners_only_after_it_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    s = Settings(tmp_path / "settings.json", environ={})
    heard: list[str] = []
    s.subscribe(heard.append)

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(SettingsError):
        s.update({"theme": "dark", "language": "zh_CN"})
    assert (s.get("theme"), s.get("language"), heard) == ("system", "system", [])
    with pytest.raises(SettingsError):
        s.update({"theme": "dark", "language": "klingon"})  # refused before anything is written
    monkeypatch.undo()
    assert s.update({"theme": "dark", "language": "system"}) == ["theme"] and heard == ["theme"]
    assert Settings(tmp_path / "settings.json", environ={}).get("theme") == "dark"
