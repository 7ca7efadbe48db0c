from __future__ import annotations

import json
from pathlib import Path

import pytest

from tiktok_desktop.config import SETTINGS, Settings
from tiktok_desktop.core.errors import SettingsError


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    s = Settings(path, environ={})
    assert s.get("source") == "auto" and s.get("redirect_port") == 0
    s.set("source", "demo")
    s.set("redirect_port", 8765)
    s.save()
    again = Settings(path, environ={})
    assert again.get("source") == "demo" and again.get("redirect_port") == 8765


def test_bad_values_are_refused_and_bad_files_ignored(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"source": "nonsense", "redirect_port": "80", "language": "en", "unknown": 1}))
    s = Settings(path, environ={})
    assert s.get("source") == "auto" and s.get("redirect_port") == 0 and s.get("language") == "en"
    with pytest.raises(SettingsError):
        s.set("redirect_port", True)
    with pytest.raises(SettingsError):
        s.set("language", "fr")
    path.write_text("{not json")
    assert Settings(path, environ={}).get("language") == "system"


def test_environment_overrides(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.json", environ={"TIKTOK_API_BASE": "http://127.0.0.1:9/"})
    assert s.get("api_base") == "http://127.0.0.1:9/"
    assert s.get("auth_url") == "https://www.tiktok.com/v2/auth/authorize/"


def test_every_setting_is_declared_with_help_and_a_valid_default() -> None:
    keys = [s.key for s in SETTINGS]
    assert len(keys) == len(set(keys))
    for s in SETTINGS:
        assert s.help and isinstance(s.default, s.type)
        assert not s.choices or s.default in s.choices
    # secrets never live in the settings file
    assert not any("secret" in k or "token" in k or "api_key" in k for k in keys)
