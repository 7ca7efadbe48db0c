"""The Done-when of the scheduled sync: the job the app installs, run as the system would run it (the service's
ExecStart with its Environment lines, or the cron line through sh, in a bare environment with no display and no
keyring), syncs into the app's own folders and leaves a new snapshot."""

from __future__ import annotations

import shlex
import subprocess
import time
from pathlib import Path

import pytest
from helpers.scheduler import FakeSystemctl, fake_crontab

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.schedule.apply import apply_schedule
from tiktok_desktop.app.schedule.install import Scheduler
from tiktok_desktop.app.schedule.job import NAME
from tiktok_desktop.app.schedule.systemd import CRON_MARKER
from tiktok_desktop.config import Paths, Settings
from tiktok_desktop.core.store import Store


def systemd_words(line: str) -> list[str]:
    return [w.replace("%%", "%").replace("$$", "$") for w in shlex.split(line)]


def bare_env(tmp_path: Path) -> dict[str, str]:
    """What a systemd user service or cron gives a job: no DISPLAY, no D-Bus session (so no keyring)."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8"}


@pytest.fixture
def app_ctx(tmp_path: Path) -> AppContext:
    """The app's folders in a path with a space and a %, auto-refresh every hour, the option on."""
    base = tmp_path / "my 100% data"
    paths = Paths(config_dir=base / "config", data_dir=base / "data", cache_dir=base / "cache")
    settings = Settings(paths.settings_file, environ={})
    settings.update({"auto_refresh": "1h", "scheduled_sync": True})
    return AppContext(paths, settings, environ={"HOME": str(tmp_path / "home")})


def account_snapshots(paths: Paths) -> list[int]:
    if not paths.database.exists():
        return []
    with Store(paths.database) as store:
        return [s.taken_at for a in store.accounts() for s in store.account_snapshots(a.key)]


def run_job(argv: list[str], env: dict[str, str], paths: Paths) -> None:
    before, started = account_snapshots(paths), int(time.time())
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", ""), result.stderr
    after = account_snapshots(paths)
    assert len(after) > len(before) and max(after) >= started  # a new snapshot, taken by this run
    assert "sync done" in paths.log_file.read_text()


def test_the_systemd_service_command_syncs_into_the_apps_folders(tmp_path: Path, app_ctx: AppContext) -> None:
    config_home = tmp_path / "xdg config"
    systemctl = FakeSystemctl()
    apply_schedule(app_ctx, Scheduler({"XDG_CONFIG_HOME": str(config_home)}, run=systemctl))
    service = (config_home / "systemd" / "user" / f"{NAME}.service").read_text()
    env = bare_env(tmp_path)
    for line in service.splitlines():
        if line.startswith("Environment="):
            (assignment,) = systemd_words(line.removeprefix("Environment="))
            key, value = assignment.split("=", 1)
            env[key] = value
        elif line.startswith("ExecStart="):
            argv = systemd_words(line.removeprefix("ExecStart="))
    run_job(argv, env, app_ctx.paths)


def test_the_cron_line_syncs_into_the_apps_folders(
    tmp_path: Path, app_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = fake_crontab(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    apply_schedule(app_ctx, Scheduler({"HOME": str(tmp_path)}))
    (line,) = table.read_text().splitlines()
    command = line.split(" ", 5)[5].removesuffix(CRON_MARKER).replace("\\%", "%")  # what cron hands to sh
    run_job(["/bin/sh", "-c", command], bare_env(tmp_path), app_ctx.paths)
    app_ctx.settings.set("scheduled_sync", False)
    apply_schedule(app_ctx, Scheduler({"HOME": str(tmp_path)}))
    assert table.read_text() == ""
