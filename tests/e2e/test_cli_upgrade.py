"""The real program on a database from before compact history: whichever command opens it first (a scheduled
`sync` here, or `status`) upgrades it, and the history is still there."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time

from helpers.old_history import KEY, sync_times, write_old_history

from tiktok_desktop.config import Paths
from tiktok_desktop.core.store_schema import SCHEMA_VERSION


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tiktok_desktop", *args], capture_output=True, text=True, timeout=300, env=os.environ
    )


def old_database(paths: Paths) -> list[int]:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    times = sync_times(int(time.time()), 60 * 24)
    write_old_history(paths.database, 50, times)
    return times


def test_a_scheduled_sync_upgrades_an_old_database_and_keeps_its_history(isolated: Paths) -> None:
    times = old_database(isolated)
    db = sqlite3.connect(isolated.database)
    rows = db.execute("SELECT count(*) FROM video_snapshots").fetchone()[0]
    db.close()
    result = run("sync", "--source", "demo")
    assert result.returncode == 0 and result.stderr == "", result.stderr  # not a terminal: no progress lines
    db = sqlite3.connect(isolated.database)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM syncs WHERE account = ?", (KEY,)).fetchone()[0] == len(times)
    assert (
        db.execute("SELECT count(DISTINCT video_id) FROM video_snapshots WHERE account = ?", (KEY,)).fetchone()[0] == 50
    )
    assert (
        db.execute("SELECT count(*) FROM video_snapshots WHERE account = ?", (KEY,)).fetchone()[0] < rows / 2
    )  # young videos: they change often
    db.close()


def test_status_upgrades_it_too(isolated: Paths) -> None:
    old_database(isolated)
    result = run("status", "--json")
    assert result.returncode == 0, result.stderr
    assert [a["videos"] for a in json.loads(result.stdout)["accounts"] if a["key"] == KEY] == [50]
    db = sqlite3.connect(isolated.database)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
