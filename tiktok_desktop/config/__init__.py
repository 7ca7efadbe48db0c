"""Settings declared once (declared.py), their file with its versions (settings.py), and the app's folders."""

from tiktok_desktop.config.declared import (
    AUTO_REFRESH_SECONDS,
    CHOICE_LABELS,
    SETTINGS,
    Scope,
    Setting,
    preference_settings,
)
from tiktok_desktop.config.paths import Paths
from tiktok_desktop.config.settings import SETTINGS_VERSION, Settings

__all__ = [
    "AUTO_REFRESH_SECONDS",
    "CHOICE_LABELS",
    "SETTINGS",
    "SETTINGS_VERSION",
    "Paths",
    "Scope",
    "Setting",
    "Settings",
    "preference_settings",
]
