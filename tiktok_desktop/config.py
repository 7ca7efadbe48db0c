"""Every setting, declared once (key, type, default, help), the settings file, and the app's folders.

Non-secret settings live in one JSON file in the user config folder. Secrets never come here: they live in
the OS keyring. Environment variables override some settings (for sandboxes, tests and scripting) and
the folders (TIKTOK_DESKTOP_DATA_DIR, TIKTOK_DESKTOP_CONFIG_DIR, TIKTOK_DESKTOP_CACHE_DIR).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tiktok_desktop import APP_ID
from tiktok_desktop.core.errors import SettingsError
from tiktok_desktop.core.i18n import QT_TRANSLATE_NOOP

SOURCES = ("auto", "official", "tikapi", "demo")
LANGUAGES = ("system", "en", "zh_CN")
THEMES = ("system", "light", "dark")
AUTO_REFRESH = ("off", "1h", "6h", "24h")
AUTO_REFRESH_SECONDS = {"off": 0, "1h": 3600, "6h": 6 * 3600, "24h": 24 * 3600}

# Labels of choices, for the preferences dialog (translated there).
CHOICE_LABELS = {
    "auto": QT_TRANSLATE_NOOP("Settings", "Automatic"),
    "official": QT_TRANSLATE_NOOP("Settings", "TikTok official API"),
    "tikapi": QT_TRANSLATE_NOOP("Settings", "TikAPI"),
    "demo": QT_TRANSLATE_NOOP("Settings", "Demo data"),
    "system": QT_TRANSLATE_NOOP("Settings", "System default"),
    "en": "English",
    "zh_CN": "\u7b80\u4f53\u4e2d\u6587",
    "light": QT_TRANSLATE_NOOP("Settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("Settings", "Dark"),
    "off": QT_TRANSLATE_NOOP("Settings", "Off"),
    "1h": QT_TRANSLATE_NOOP("Settings", "Every hour"),
    "6h": QT_TRANSLATE_NOOP("Settings", "Every 6 hours"),
    "24h": QT_TRANSLATE_NOOP("Settings", "Every day"),
}


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    help: str
    choices: tuple[Any, ...] = ()
    env: str | None = None  # environment variable that overrides the stored value
    user_visible: bool = True  # shown in the preferences dialog; False for what the app or the wizard sets


SETTINGS: tuple[Setting, ...] = (
    Setting("source", str, "auto", QT_TRANSLATE_NOOP("Settings", "Data source"), SOURCES),
    Setting("redirect_port", int, 0, QT_TRANSLATE_NOOP("Settings", "Redirect port (0 = any free port)")),
    Setting("auto_refresh", str, "off", QT_TRANSLATE_NOOP("Settings", "Refresh automatically"), AUTO_REFRESH),
    Setting("language", str, "system", QT_TRANSLATE_NOOP("Settings", "Language"), LANGUAGES),
    Setting("theme", str, "system", QT_TRANSLATE_NOOP("Settings", "Theme"), THEMES),
    # set by the set-up wizard, not in the preferences form
    Setting(
        "tikapi_username",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "TikTok username tracked through TikAPI"),
        user_visible=False,
    ),
    Setting(
        "client_key",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "TikTok client key"),
        env="TIKTOK_CLIENT_KEY",
        user_visible=False,
    ),
    Setting("wizard_done", bool, False, QT_TRANSLATE_NOOP("Settings", "Set-up wizard seen"), user_visible=False),
    Setting(
        "auth_url",
        str,
        "https://www.tiktok.com/v2/auth/authorize/",
        QT_TRANSLATE_NOOP("Settings", "TikTok authorization URL"),
        env="TIKTOK_AUTH_URL",
        user_visible=False,
    ),
    Setting(
        "api_base",
        str,
        "https://open.tiktokapis.com",
        QT_TRANSLATE_NOOP("Settings", "TikTok API base URL"),
        env="TIKTOK_API_BASE",
        user_visible=False,
    ),
    Setting(
        "tikapi_base",
        str,
        "https://api.tikapi.io",
        QT_TRANSLATE_NOOP("Settings", "TikAPI base URL"),
        env="TIKAPI_BASE",
        user_visible=False,
    ),
    Setting("active_account", str, "", QT_TRANSLATE_NOOP("Settings", "Account shown"), user_visible=False),
    Setting("window_geometry", str, "", QT_TRANSLATE_NOOP("Settings", "Window geometry"), user_visible=False),
    Setting("window_state", str, "", QT_TRANSLATE_NOOP("Settings", "Window layout"), user_visible=False),
    Setting("table_header", str, "", QT_TRANSLATE_NOOP("Settings", "Video table columns"), user_visible=False),
    Setting("splitter_state", str, "", QT_TRANSLATE_NOOP("Settings", "Panel sizes"), user_visible=False),
    Setting(
        "chart_range",
        str,
        "all",
        QT_TRANSLATE_NOOP("Settings", "Chart period"),
        ("7", "28", "90", "all"),
        user_visible=False,
    ),
    Setting("chart_tab", str, "followers", QT_TRANSLATE_NOOP("Settings", "Chart shown"), user_visible=False),
    Setting("export_dir", str, "", QT_TRANSLATE_NOOP("Settings", "Folder of the last export"), user_visible=False),
)
_BY_KEY = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def database(self) -> Path:
        return self.data_dir / "tiktok-desktop.sqlite3"

    @property
    def covers_dir(self) -> Path:
        return self.cache_dir / "covers"

    @property
    def log_file(self) -> Path:
        return self.cache_dir / "tiktok-desktop.log"

    @classmethod
    def default(cls) -> Paths:
        import platformdirs

        def pick(env: str, fallback: str) -> Path:
            value = os.environ.get(env)
            return Path(value) if value else Path(fallback)

        return cls(
            config_dir=pick("TIKTOK_DESKTOP_CONFIG_DIR", platformdirs.user_config_dir(APP_ID, appauthor=False)),
            data_dir=pick("TIKTOK_DESKTOP_DATA_DIR", platformdirs.user_data_dir(APP_ID, appauthor=False)),
            cache_dir=pick("TIKTOK_DESKTOP_CACHE_DIR", platformdirs.user_cache_dir(APP_ID, appauthor=False)),
        )


def _check(setting: Setting, value: Any) -> Any:
    if setting.type is int and isinstance(value, bool) or not isinstance(value, setting.type):
        raise SettingsError(key=setting.key, detail=f"expected {setting.type.__name__}")
    if setting.choices and value not in setting.choices:
        raise SettingsError(key=setting.key, detail="expected one of " + ", ".join(map(str, setting.choices)))
    return value


class Settings:
    """The settings file. Unknown keys and values of the wrong type in the file are ignored, not fatal."""

    def __init__(self, path: Path, environ: dict[str, str] | None = None) -> None:
        self.path = path
        self._environ = os.environ if environ is None else environ
        self._values: dict[str, Any] = {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                setting = _BY_KEY.get(key)
                if setting is None:
                    continue
                try:
                    self._values[key] = _check(setting, value)
                except SettingsError:
                    continue

    def get(self, key: str) -> Any:
        setting = _BY_KEY[key]
        if setting.env and self._environ.get(setting.env):
            value = self._environ[setting.env].strip()
            return int(value) if setting.type is int else value
        return self._values.get(key, setting.default)

    def overridden_by_env(self, key: str) -> bool:
        setting = _BY_KEY[key]
        return bool(setting.env and self._environ.get(setting.env))

    def set(self, key: str, value: Any) -> None:
        self._values[key] = _check(_BY_KEY[key], value)

    def reset(self) -> None:
        self._values.clear()

    def save(self) -> None:
        """Writes atomically (temp file + rename) so a crash or a full disk never leaves half a file."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(self._values, f, indent=2, ensure_ascii=False, sort_keys=True)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as e:
            raise SettingsError(key=str(self.path), detail=e.strerror or str(e)) from e
