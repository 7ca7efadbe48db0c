"""Every setting, declared once: key, type, default, help, scope, and the environment variable that overrides it.

Each setting has a scope, so that resetting preferences never touches what the set-up or the window saved:
- PREFERENCE: what the user chooses in Preferences (the only scope Reset touches);
- ACCOUNT: what the wizard, sign-in and syncs record: the client key, the TikAPI username, the account shown,
  the server addresses;
- LAYOUT: what the window remembers of itself: geometry, panel sizes, the chart shown, the last export folder.
Secrets never come here: they live in the OS keyring.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

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


class Scope(str, Enum):
    """Where a setting belongs; also the name of its section in the settings file."""

    PREFERENCE = "preferences"
    ACCOUNT = "account"
    LAYOUT = "layout"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    help: str
    scope: Scope
    choices: tuple[Any, ...] = ()
    bounds: tuple[int, int] | None = None  # inclusive range of an int setting
    env: str | None = None  # environment variable that overrides the stored value
    url: bool = False  # a server address: http(s), with a host

    @property
    def user_visible(self) -> bool:
        """Shown in the preferences dialog: every preference, nothing the app or the wizard records."""
        return self.scope is Scope.PREFERENCE

    def check(self, value: Any) -> Any:
        """The value if it fits this setting; SettingsError otherwise."""
        if self.type is int and isinstance(value, bool) or not isinstance(value, self.type):
            raise SettingsError(key=self.key, detail=f"expected {self.type.__name__}")
        if self.choices and value not in self.choices:
            raise SettingsError(key=self.key, detail="expected one of " + ", ".join(map(str, self.choices)))
        if self.bounds and isinstance(value, int) and not self.bounds[0] <= value <= self.bounds[1]:
            raise SettingsError(key=self.key, detail=f"expected {self.bounds[0]} to {self.bounds[1]}")
        if self.url and not (isinstance(value, str) and is_http_url(value)):
            raise SettingsError(key=self.key, detail=URL_EXPECTED)
        return value


URL_EXPECTED = "expected an http:// or https:// address with a host name"


def is_http_url(value: str) -> bool:
    """An address the HTTP client can use as a base: http or https, a host, a valid port, no spaces or controls."""
    if not value or any(c.isspace() or not c.isprintable() for c in value):
        return False
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


P, A, L = Scope.PREFERENCE, Scope.ACCOUNT, Scope.LAYOUT  # short, so each declaration stays on a line or two


SETTINGS: tuple[Setting, ...] = (
    Setting("source", str, "auto", QT_TRANSLATE_NOOP("Settings", "Data source"), P, SOURCES),
    Setting(
        "redirect_port",
        int,
        0,
        QT_TRANSLATE_NOOP("Settings", "Redirect port (0 = any free port)"),
        P,
        bounds=(0, 65535),
    ),
    Setting("auto_refresh", str, "off", QT_TRANSLATE_NOOP("Settings", "Refresh automatically"), P, AUTO_REFRESH),
    Setting(
        "keep_collecting",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Keep collecting when the window is closed"),
        P,
    ),
    Setting(
        "scheduled_sync", bool, False, QT_TRANSLATE_NOOP("Settings", "Collect even when the app is not running"), P
    ),
    Setting("language", str, "system", QT_TRANSLATE_NOOP("Settings", "Language"), P, LANGUAGES),
    Setting("theme", str, "system", QT_TRANSLATE_NOOP("Settings", "Theme"), P, THEMES),
    Setting("tikapi_username", str, "", QT_TRANSLATE_NOOP("Settings", "TikTok username tracked through TikAPI"), A),
    Setting("client_key", str, "", QT_TRANSLATE_NOOP("Settings", "TikTok client key"), A, env="TIKTOK_CLIENT_KEY"),
    Setting("wizard_done", bool, False, QT_TRANSLATE_NOOP("Settings", "Set-up wizard seen"), A),
    Setting(
        "auth_url",
        str,
        "https://www.tiktok.com/v2/auth/authorize/",
        QT_TRANSLATE_NOOP("Settings", "TikTok authorization URL"),
        A,
        env="TIKTOK_AUTH_URL",
        url=True,
    ),
    Setting(
        "api_base",
        str,
        "https://open.tiktokapis.com",
        QT_TRANSLATE_NOOP("Settings", "TikTok API base URL"),
        A,
        env="TIKTOK_API_BASE",
        url=True,
    ),
    Setting(
        "tikapi_base",
        str,
        "https://api.tikapi.io",
        QT_TRANSLATE_NOOP("Settings", "TikAPI base URL"),
        A,
        env="TIKAPI_BASE",
        url=True,
    ),
    Setting("active_account", str, "", QT_TRANSLATE_NOOP("Settings", "Account shown"), A),
    Setting("close_notice_shown", bool, False, QT_TRANSLATE_NOOP("Settings", "Told that closing keeps collecting"), A),
    Setting("window_geometry", str, "", QT_TRANSLATE_NOOP("Settings", "Window geometry"), L),
    Setting("window_state", str, "", QT_TRANSLATE_NOOP("Settings", "Window layout"), L),
    Setting("table_header", str, "", QT_TRANSLATE_NOOP("Settings", "Video table columns"), L),
    Setting("splitter_state", str, "", QT_TRANSLATE_NOOP("Settings", "Panel sizes"), L),
    Setting("chart_range", str, "all", QT_TRANSLATE_NOOP("Settings", "Chart period"), L, ("7", "28", "90", "all")),
    Setting("chart_tab", str, "followers", QT_TRANSLATE_NOOP("Settings", "Chart shown"), L),
    Setting("export_dir", str, "", QT_TRANSLATE_NOOP("Settings", "Folder of the last export"), L),
    Setting(
        "followers_per_day", bool, False, QT_TRANSLATE_NOOP("Settings", "Followers chart shows the gain per day"), L
    ),
    Setting("video_page_geometry", str, "", QT_TRANSLATE_NOOP("Settings", "Size of a video's page"), L),
    Setting("studio_dir", str, "", QT_TRANSLATE_NOOP("Settings", "Folder of the last TikTok Studio import"), L),
    Setting(
        "studio_reminder_dismissed",
        int,
        0,
        QT_TRANSLATE_NOOP("Settings", "When the weekly TikTok Studio import reminder was last dismissed"),
        L,
        bounds=(0, 2**62),
    ),
)
BY_KEY = {s.key: s for s in SETTINGS}


def preference_settings() -> list[Setting]:
    """The settings the preferences dialog shows, in declaration order."""
    return [s for s in SETTINGS if s.user_visible]
