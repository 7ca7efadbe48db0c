"""The settings file: one JSON file in the user config folder, versioned, with forward migrations.

Version 2 (now) keeps each scope in a section of its own:
    {"version": 2, "preferences": {...}, "account": {...}, "layout": {...}}
Version 1 (before the file had versions) was one flat object of every key.

Unknown keys, values of the wrong type and unreadable files are ignored, never fatal: the app must start
whatever it finds. A file from a newer version is read as far as it is understood.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from tiktok_desktop.config.declared import BY_KEY, SETTINGS, Scope
from tiktok_desktop.core.atomic_file import write_bytes_atomic
from tiktok_desktop.core.errors import SettingsError

log = logging.getLogger(__name__)

SETTINGS_VERSION = 2
Listener = Callable[[str], None]


def _v1_to_v2(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 1 was flat: every key goes to the section of its scope."""
    out: dict[str, Any] = {scope.value: {} for scope in Scope}
    for key, value in raw.items():
        setting = BY_KEY.get(key)
        if setting is not None:
            out[setting.scope.value][key] = value
    return out


# MIGRATIONS[n] turns a file of version n + 1 into one of version n + 2.
MIGRATIONS: tuple[Callable[[dict[str, Any]], dict[str, Any]], ...] = (_v1_to_v2,)
assert len(MIGRATIONS) == SETTINGS_VERSION - 1


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Any version's contents in today's shape (the version key left out)."""
    version = raw.pop("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        version = 1
    if version > SETTINGS_VERSION:
        log.warning("settings file of version %s, newer than this app's %s", version, SETTINGS_VERSION)
    for step in MIGRATIONS[version - 1 :]:
        raw = step(raw)
    return raw


class Settings:
    """The settings, read from `path` once and written by save().

    set() and reset() tell each listener (subscribe()) the key of every value that changed, in the thread
    that changed it. Safe to use from several threads.
    """

    def __init__(self, path: Path, environ: Mapping[str, str] | None = None) -> None:
        self.path = path
        self._environ: Mapping[str, str] = os.environ if environ is None else environ
        self._values: dict[str, Any] = {}
        self._listeners: list[Listener] = []
        self._lock = threading.RLock()
        for key, value in self._read().items():
            try:
                self._values[key] = BY_KEY[key].check(value)
            except SettingsError:
                continue

    def _read(self) -> dict[str, Any]:
        """Known keys and their stored values; {} for a missing or unreadable file."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as e:
            if not isinstance(e, FileNotFoundError):
                log.warning("settings file not readable, defaults used: %s", type(e).__name__)
            return {}
        if not isinstance(raw, dict):
            return {}
        found: dict[str, Any] = {}
        for scope, section in migrate(raw).items():
            if not isinstance(section, dict):
                continue
            for key, value in section.items():
                if key in BY_KEY and BY_KEY[key].scope.value == scope:
                    found[key] = value
        return found

    # -- values --------------------------------------------------------------------------------------------

    def get(self, key: str) -> Any:
        setting = BY_KEY[key]
        override = self._environ.get(setting.env, "").strip() if setting.env else ""
        if override:
            try:
                return setting.check(int(override) if setting.type is int else override)
            except (ValueError, SettingsError):
                log.warning("ignored %s: not a valid %s", setting.env, key)
        with self._lock:
            return self._values.get(key, setting.default)

    def set(self, key: str, value: Any) -> None:
        """SettingsError for an unknown key's type or a value it does not allow; nothing changes then."""
        value = BY_KEY[key].check(value)
        with self._lock:
            before = self._values.get(key, BY_KEY[key].default)
            self._values[key] = value
        if value != before:
            self._notify([key])

    def reset(self, scope: Scope = Scope.PREFERENCE) -> list[str]:
        """The settings of `scope` back to their defaults; returns the keys whose value changed."""
        with self._lock:
            changed = [
                s.key
                for s in SETTINGS
                if s.scope is scope and s.key in self._values and self._values.pop(s.key) != s.default
            ]
        self._notify(changed)
        return changed

    # -- change notification ---------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Calls listener(key) after each change; returns the function that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, keys: list[str]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for key in keys:
            for listener in listeners:
                listener(key)

    # -- the file --------------------------------------------------------------------------------------------

    def save(self) -> None:
        """Writes atomically: a crash or a full disk never leaves half a file."""
        with self._lock:
            sections: dict[str, Any] = {"version": SETTINGS_VERSION}
            for scope in Scope:
                sections[scope.value] = {
                    s.key: self._values[s.key] for s in SETTINGS if s.scope is scope and s.key in self._values
                }
            data = json.dumps(sections, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.path, data)
        except OSError as e:
            raise SettingsError(key=str(self.path), detail=e.strerror or str(e)) from e
