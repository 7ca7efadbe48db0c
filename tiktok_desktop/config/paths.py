"""The app's folders: platformdirs' places, or the folders named by TIKTOK_DESKTOP_CONFIG_DIR, _DATA_DIR and
_CACHE_DIR (sandboxes, tests, portable installs)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tiktok_desktop import APP_ID


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
    def window_lock(self) -> Path:
        """Held by the running window's app for as long as it runs (ui/background/window_claim.py)."""
        return self.data_dir / "window.lock"

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
