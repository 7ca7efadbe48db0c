"""What the scheduled job runs: the packaged program when frozen, `python -m tiktok_desktop` otherwise, with the
folders (and non-secret server overrides) of the app that installed it, so it syncs into the same history."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tiktok_desktop.config import AUTO_REFRESH_SECONDS

NAME = "tiktok-desktop-sync"  # systemd unit name, cron marker
TASK_NAME = "TikTok Creator Desktop sync"  # Windows Task Scheduler
LAUNCHD_LABEL = "com.tiktok-desktop.sync"  # macOS launchd
DESCRIPTION = "TikTok Creator Desktop: collects the numbers while the app is closed"

# --if-idle: when the open app is syncing at that moment, its sync is this one's; --quiet: nothing on success
SYNC_ARGS = ("sync", "--quiet", "--if-idle")

# Carried into the job when the app runs with them set: where the history lives, which servers it talks to.
# Never a secret (TIKTOK_CLIENT_SECRET, TIKAPI_KEY): job files are plain text; secrets stay in the keyring.
CARRIED_ENV = (
    "TIKTOK_DESKTOP_CONFIG_DIR",
    "TIKTOK_DESKTOP_DATA_DIR",
    "TIKTOK_DESKTOP_CACHE_DIR",
    "TIKTOK_CLIENT_KEY",
    "TIKTOK_AUTH_URL",
    "TIKTOK_API_BASE",
    "TIKAPI_BASE",
    "TIKTOK_DESKTOP_HTTP_DEADLINE",
)


@dataclass(frozen=True)
class Job:
    argv: tuple[str, ...]  # absolute program first
    env: tuple[tuple[str, str], ...]
    interval: str  # a key of config.AUTO_REFRESH_SECONDS other than "off"

    @property
    def seconds(self) -> int:
        return AUTO_REFRESH_SECONDS[self.interval]


def program(frozen: bool, executable: str, platform: str) -> tuple[str, ...]:
    """The command line that starts the app's CLI, without a console window on Windows."""
    if frozen:
        return (executable,)
    if platform == "win32":
        windowless = Path(executable).with_name("pythonw.exe")
        if windowless.exists():
            executable = str(windowless)
    return (executable, "-m", "tiktok_desktop")


def job_for(
    interval: str,
    environ: Mapping[str, str],
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    platform: str | None = None,
) -> Job:
    if AUTO_REFRESH_SECONDS.get(interval, 0) <= 0:
        raise ValueError(f"no schedule for auto-refresh {interval!r}")
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    argv = program(frozen, executable or sys.executable, platform or sys.platform) + SYNC_ARGS
    env = tuple((k, environ[k]) for k in CARRIED_ENV if environ.get(k))
    return Job(argv, env, interval)
