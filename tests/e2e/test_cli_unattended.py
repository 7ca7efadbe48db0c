"""`sync` as a scheduled job runs it: quiet, one log line a run, one clear line when the keyring is locked."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from helpers.cli import one_error_line

from tiktok_desktop.config import Paths


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tiktok_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONFAULTHANDLER": "1", **env},
    )


def test_quiet_sync_prints_nothing_and_logs_one_line(isolated: Paths) -> None:
    result = run("sync", "--source", "demo", "--quiet", "--if-idle")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    done = [line for line in isolated.log_file.read_text().splitlines() if "sync done" in line]
    assert len(done) == 1 and "videos of demo:lumi.cooks from demo" in done[0]


def test_wait_and_if_idle_exclude_each_other(isolated: Paths) -> None:
    result = run("sync", "--wait", "5", "--if-idle")
    assert result.returncode == 2 and "not allowed with" in result.stderr
    assert "expected 0 to 86400 seconds" in run("sync", "--wait", "-1").stderr


def test_scheduled_sync_with_a_locked_keyring_stops_with_one_line_not_the_demo(isolated: Paths) -> None:
    """In a session whose keyring is locked (or has none), "auto" cannot see the sign-in and would sync the demo
    data into the history of a signed-in creator: a quiet sync refuses instead, and exits (no retry loop)."""
    isolated.config_dir.mkdir(parents=True)
    settings = {"version": 2, "account": {"active_account": "official:abc", "client_key": "k"}, "preferences": {}}
    isolated.settings_file.write_text(json.dumps(settings))
    failing = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    line = one_error_line(run("sync", "--quiet", **failing))
    assert line == (
        "tiktok-desktop: The keyring is locked or unavailable, so the scheduled sync cannot read your sign-in and "
        "did nothing. Open the app once, or unlock the keyring, and the next scheduled sync will run."
    )
    assert not isolated.database.exists() or "demo:" not in run("status", "--json").stdout
    assert "sync failed: KeyringLockedUnattended" in isolated.log_file.read_text()
    # demo data needs no keyring
    assert run("sync", "--quiet", "--source", "demo", **failing).returncode == 0
