"""A damaged settings file is kept aside and reported; URL settings and their overrides are validated;
a failed save is a typed error naming the file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tiktok_desktop.config import Settings
from tiktok_desktop.core.errors import (
    SettingsError,
    SettingsFileDamaged,
    SettingsNotSaved,
    SettingsOverrideInvalid,
)

DAMAGED = {
    "nested too deeply": "[" * 200_000,
    "not JSON": "{not json",
    "not an object": '"a string"',
    "not UTF-8": b"\xff\xfe{".decode("latin-1"),
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_file_is_kept_aside_and_reported(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content.encode("latin-1"))
    s = Settings(path, environ={})
    assert s.get("language") == "system"
    assert isinstance(s.problem, SettingsFileDamaged)
    (kept,) = tmp_path.glob("settings.json.broken-*")
    assert kept.read_bytes() == content.encode("latin-1")  # never deleted, not a byte changed
    assert not path.exists()
    line = s.problem.english()
    assert str(path) in line and str(kept) in line and "\n" not in line
    s.set("theme", "dark")
    s.save()  # the next save starts a fresh file beside the kept one
    assert kept.read_bytes() == content.encode("latin-1")
    again = Settings(path, environ={})
    assert again.problem is None and again.get("theme") == "dark"


def test_a_missing_file_or_folder_is_no_problem(tmp_path: Path) -> None:
    assert Settings(tmp_path / "settings.json", environ={}).problem is None
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert Settings(blocker / "config" / "settings.json", environ={}).problem is None


def read_only_folder(self: Path, target: object) -> Path:  # root ignores permissions: fail where they would
    raise PermissionError(13, "Permission denied")


def test_a_damaged_file_that_cannot_be_moved_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{broken", encoding="utf-8")
    monkeypatch.setattr(Path, "rename", read_only_folder)
    s = Settings(path, environ={})
    assert isinstance(s.problem, SettingsFileDamaged) and s.get("theme") == "system"
    s.set("theme", "dark")
    with pytest.raises(SettingsNotSaved):
        s.save()
    assert path.read_text(encoding="utf-8") == "{broken"
    monkeypatch.undo()
    s.save()  # the folder is writable again: the broken file goes aside first, then the new one is written
    assert [p.read_text(encoding="utf-8") for p in tmp_path.glob("settings.json.broken-*")] == ["{broken"]
    s.set("theme", "light")
    s.save()  # the file there is ours now: replaced, not moved aside again
    assert len(list(tmp_path.glob("settings.json.broken-*"))) == 1
    assert Settings(path, environ={}).get("theme") == "light"


def test_once_the_damaged_file_is_gone_the_file_written_is_never_moved_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{broken", encoding="utf-8")
    with monkeypatch.context() as m:
        m.setattr(Path, "rename", read_only_folder)
        s = Settings(path, environ={})
    path.unlink()  # the user removed it
    s.set("theme", "dark")
    s.save()
    s.set("theme", "light")
    s.save()
    assert list(tmp_path.glob("settings.json.broken-*")) == []
    assert Settings(path, environ={}).get("theme") == "light"


def test_save_failure_names_the_file_and_is_still_a_settings_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    s = Settings(path, environ={})

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(SettingsNotSaved) as err:
        s.save()
    assert isinstance(err.value, SettingsError)
    assert str(path) in err.value.english() and "No space left on device" in err.value.english()


BAD_URLS = ["::bad", "ftp://example.com", "https://", "https://:443", "https://x:99999", "http://[::1", "https://a b"]


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("key", ["auth_url", "api_base", "tikapi_base"])
def test_url_settings_must_be_http_addresses_with_a_host(tmp_path: Path, key: str, url: str) -> None:
    s = Settings(tmp_path / "s.json", environ={})
    default = s.get(key)
    with pytest.raises(SettingsError):
        s.set(key, url)
    path = tmp_path / "stored.json"
    path.write_text(json.dumps({"version": 2, "account": {key: url}}), encoding="utf-8")
    assert Settings(path, environ={}).get(key) == default  # a bad stored value is ignored
    s.set(key, "http://127.0.0.1:8080/base")  # a local fake server is fine


@pytest.mark.parametrize(
    "key, variable", [("auth_url", "TIKTOK_AUTH_URL"), ("api_base", "TIKTOK_API_BASE"), ("tikapi_base", "TIKAPI_BASE")]
)
def test_an_invalid_url_override_is_a_typed_error_naming_the_variable(tmp_path: Path, key: str, variable: str) -> None:
    s = Settings(tmp_path / "s.json", environ={variable: "::bad"})
    with pytest.raises(SettingsOverrideInvalid) as err:
        s.get(key)
    assert variable in err.value.english()
    assert Settings(tmp_path / "s.json", environ={variable: " https://sandbox.example/ "}).get(key) == (
        "https://sandbox.example/"
    )
