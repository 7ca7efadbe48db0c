"""The settings file: one JSON file in the user config folder, versioned, with forward migrations.

Version 2 (now) keeps each scope in a section of its own:
    {"version": 2, "preferences": {...}, "account": {...}, "layout": {...}}
Version 1 (before the file had versions) was one flat object of every key.

Unknown keys and values of the wrong type are ignored, never fatal: the app must start whatever it finds. A file
from a newer version is read as far as it is understood. A file that cannot be read at all (not JSON, nested too
deeply, not UTF-8) is kept aside as settings.json.broken-<date>, never deleted, and the app starts with defaults
and says so (Settings.problem).
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
from tiktok_desktop.core.errors import SettingsError, SettingsFileDamaged, SettingsNotSaved, SettingsOverrideInvalid

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

    `problem` is None, or the SettingsFileDamaged (not raised) telling that the file could not be read and where
    it was kept: the CLI prints it as a warning, the GUI shows it.
    """

    def __init__(self, path: Path, environ: Mapping[str, str] | None = None) -> None:
        self.path = path
        self._environ: Mapping[str, str] = os.environ if environ is None else environ
        self._values: dict[str, Any] = {}
        self._listeners: list[Listener] = []
        self._lock = threading.RLock()
        self.problem: SettingsFileDamaged | None = None
        self._damaged_in_place = False  # an unreadable file that could not be moved aside: save() must not replace it
        self._newer: dict[str, Any] | None = None  # the whole file, when a newer version of the app wrote it
        for key, value in self._read().items():
            try:
                self._values[key] = BY_KEY[key].check(value)
            except SettingsError:
                continue

    def _read(self) -> dict[str, Any]:
        """Known keys and their stored values; {} for a missing file, and for a damaged one (kept aside)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, NotADirectoryError):
            return {}  # first start (or no folder at all: a save will say so)
        except (OSError, ValueError, RecursionError) as e:
            self._damaged(_describe(e))
            return {}
        if not isinstance(raw, dict):
            self._damaged("not a settings object")
            return {}
        version = raw.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > SETTINGS_VERSION:
            # written by a newer app: what this one does not know is written back untouched (save())
            self._newer = json.loads(json.dumps(raw))
        found: dict[str, Any] = {}
        for scope, section in migrate(raw).items():
            if not isinstance(section, dict):
                continue
            for key, value in section.items():
                if key in BY_KEY and BY_KEY[key].scope.value == scope:
                    found[key] = value
        return found

    def _damaged(self, detail: str) -> None:
        """Keeps the unreadable file aside (never deletes it) and records the problem for the user."""
        log.warning("settings file not readable (%s); defaults used", detail)
        kept = self._keep_aside()
        self.problem = SettingsFileDamaged(path=str(self.path), detail=detail, kept=str(kept or self.path))

    def _keep_aside(self) -> Path | None:
        """Moves the damaged file aside; None (and save() will try again) when it cannot be moved."""
        from tiktok_desktop.core.store_file import move_aside  # with sqlite3: rarely needed, not on every start

        try:
            kept = move_aside(self.path)
        except OSError as e:
            log.warning("damaged settings file not moved aside: %s", e.strerror or type(e).__name__)
            self._damaged_in_place = True
            return None
        log.warning("damaged settings file kept as %s", kept.name)
        self._damaged_in_place = False
        return kept

    # -- values --------------------------------------------------------------------------------------------

    def get(self, key: str) -> Any:
        """The environment's override, else the stored value, else the default. An override that is not a valid
        value raises SettingsOverrideInvalid naming the variable: the user set it on purpose (a sandbox, a local
        server), so silently using the real server instead would be worse than saying what to fix."""
        setting = BY_KEY[key]
        override = self._environ.get(setting.env, "").strip() if setting.env else ""
        if override and setting.env:
            try:
                return setting.check(int(override) if setting.type is int else override)
            except ValueError:
                raise SettingsOverrideInvalid(
                    variable=setting.env, detail=f"expected {setting.type.__name__}"
                ) from None
            except SettingsError as e:
                raise SettingsOverrideInvalid(variable=setting.env, detail=e.params["detail"]) from None
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

    def update(self, values: Mapping[str, Any]) -> list[str]:
        """Sets several values and saves them, all or nothing: when a value is refused or the file cannot be
        written, nothing changed and nobody is told. Returns the keys whose value changed (listeners hear them)."""
        checked = {key: BY_KEY[key].check(value) for key, value in values.items()}
        with self._lock:
            before = dict(self._values)
            self._values.update(checked)
            try:
                self.save()
            except SettingsError:
                self._values = before
                raise
        changed = [k for k, v in checked.items() if v != before.get(k, BY_KEY[k].default)]
        self._notify(changed)
        return changed

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
        """Writes atomically: a crash or a full disk never leaves half a file. SettingsNotSaved when it cannot."""
        with self._lock:
            if self._damaged_in_place:
                if self.path.exists() and self._keep_aside() is None:
                    detail = "the damaged file there could not be moved aside"
                    raise SettingsNotSaved(path=str(self.path), detail=detail)
                self._damaged_in_place = False  # gone or moved: from now on the file there is ours
            data = json.dumps(self._contents(), indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")
            try:  # under the lock: two threads saving at once must not finish in the wrong order
                self.path.parent.mkdir(parents=True, exist_ok=True)
                write_bytes_atomic(self.path, data)
            except OSError as e:
                raise SettingsNotSaved(path=str(self.path), detail=e.strerror or str(e)) from e

    def _contents(self) -> dict[str, Any]:
        """The file's contents: today's sections, or a newer app's file with only the keys this app knows
        brought up to date (the version and everything else kept, so the newer app loses nothing)."""
        sections: dict[str, Any] = {"version": SETTINGS_VERSION}
        if self._newer is not None:
            sections = json.loads(json.dumps(self._newer))
        for scope in Scope:
            section = sections.get(scope.value)
            if not isinstance(section, dict):
                section = sections[scope.value] = {}
            for s in SETTINGS:
                if s.scope is scope:
                    if s.key in self._values:
                        section[s.key] = self._values[s.key]
                    else:
                        section.pop(s.key, None)
        return sections


def _describe(error: BaseException) -> str:
    """Why the file could not be read, in a few words (English, like the other details of errors)."""
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(error, json.JSONDecodeError):
        return f"not valid JSON at line {error.lineno}"
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    return "not valid JSON"
