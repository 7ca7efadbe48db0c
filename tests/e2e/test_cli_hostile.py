"""The real `sync` command against servers that misbehave: lists that never end, counts no database can hold,
JSON nested too deep. Each sync stops after a bounded number of requests with one line naming the problem,
exits non-zero, and leaves what was stored before as it was."""

from __future__ import annotations

import json
import math
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from helpers.cli import cli, signed_in_env
from helpers.cli import one_error_line as any_error_line
from helpers.fake_tikapi import FakeTikApi
from helpers.fake_tiktok import FakeTikTok

from tiktok_desktop.config import Paths


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    line = any_error_line(result)
    assert line.startswith("tiktok-desktop: ")
    return line


def account_status(env: dict[str, str]) -> dict[str, object]:
    (account,) = json.loads(cli(env, "status", "--json").stdout)["accounts"]
    return account


def stored_rows(database: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Every video and video snapshot in the database, read-only."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        videos = db.execute("SELECT * FROM videos ORDER BY account, video_id").fetchall()
        snapshots = db.execute("SELECT * FROM video_snapshots ORDER BY account, video_id, taken_at").fetchall()
    finally:
        db.close()
    return videos, snapshots


# -- official ----------------------------------------------------------------------------------------------


@pytest.fixture
def tiktok():
    server = FakeTikTok(videos=45).start()
    yield server
    server.stop()


def test_official_sync_stops_on_lists_that_never_end(tiktok: FakeTikTok, tmp_path: Path) -> None:
    env = signed_in_env(tiktok, tmp_path)
    cases = [
        # mode, what the line says, requests at most, videos kept
        ("stuck_cursor", "TikTok kept sending more pages of videos (cursor", 2, 40),
        ("endless_pages", "TikTok kept sending more pages of videos (more than 11", 2 * math.ceil(45 / 20) + 5, 45),
        ("null_cursor", "has_more is true but cursor is missing", 1, 45),
    ]
    for mode, says, requests, kept in cases:
        tiktok.hostile = mode
        tiktok.requests.clear()
        line = one_error_line(cli(env, "sync", "--source", "official"))
        assert says in line, line
        assert tiktok.requests["video/list"] == requests, mode
        account = account_status(env)
        assert account["videos"] == kept and account["last_sync"] is None  # pages kept, sync not complete

    tiktok.hostile = ""
    ok = cli(env, "sync", "--source", "official")
    assert ok.returncode == 0 and "Synced 45 videos" in ok.stdout, ok.stderr
    assert account_status(env)["last_sync"] is not None


def test_official_sync_refuses_odd_values_and_keeps_the_stored_data(
    tiktok: FakeTikTok, tmp_path: Path, isolated: Paths
) -> None:
    env = signed_in_env(tiktok, tmp_path)
    assert cli(env, "sync", "--source", "official").returncode == 0
    before = stored_rows(isolated.database)
    assert len(before[0]) == 45
    for patch, says in [
        ({"view_count": 2**63}, "view_count is out of range"),  # was: internal error (OverflowError)
        ({"like_count": -3}, "like_count is negative"),
    ]:
        tiktok.row_patch = patch
        line = one_error_line(cli(env, "sync", "--source", "official"))
        assert "TikTok sent an answer this app cannot read" in line and says in line, line
        assert stored_rows(isolated.database) == before
    tiktok.row_patch, tiktok.hostile = {}, "deep_json"
    assert "JSON nested too deeply" in one_error_line(cli(env, "sync", "--source", "official"))  # RecursionError
    assert stored_rows(isolated.database) == before


# -- TikAPI --------------------------------------------------------------------------------------------------


@pytest.fixture
def tikapi():
    server = FakeTikApi(videos=70).start()
    yield server
    server.stop()


def test_tikapi_sync_against_a_hostile_server(tikapi: FakeTikApi, isolated: Paths) -> None:
    env = {**os.environ, "TIKAPI_BASE": tikapi.base, "TIKAPI_KEY": tikapi.api_key}
    sync = ("sync", "--source", "tikapi", "--username", "chef.wang")
    for mode, requests in [("cycle_cursor", 2), ("stuck_cursor", 2), ("endless_pages", 2 * math.ceil(70 / 30) + 5)]:
        tikapi.hostile = mode
        tikapi.requests.clear()
        line = one_error_line(cli(env, *sync))
        assert "TikAPI kept sending more pages of videos" in line, line
        assert tikapi.requests["/public/posts"] == requests, mode  # a paid API: every request costs
        assert account_status(env)["last_sync"] is None
    tikapi.hostile = "null_cursor"
    assert "hasMore is true but cursor is missing" in one_error_line(cli(env, *sync))

    # a numeric user id and exact statsV2 counts: a good sync
    tikapi.hostile, tikapi.numeric_ids, tikapi.stats_v2 = "", True, True
    ok = cli(env, *sync)
    assert ok.returncode == 0 and "Synced 70 videos of tikapi:6800000000000000001" in ok.stdout, ok.stderr
    before = stored_rows(isolated.database)
    views = {row[1]: row[6] for row in before[0]}  # video_id: views
    assert all(views[item["id"]] == 10**9 + 5000 + i * 100 for i, item in enumerate(tikapi.items))

    tikapi.stats_v2 = False
    for patch, says in [({"diggCount": "²"}, "diggCount is not a whole number"), ({"playCount": 2**64}, "playCount")]:
        tikapi.stats_patch = patch
        line = one_error_line(cli(env, *sync))
        assert "TikAPI sent an answer this app cannot read" in line and says in line, line
        assert stored_rows(isolated.database) == before
    tikapi.stats_patch, tikapi.hostile = {}, "deep_json"
    assert "JSON nested too deeply" in one_error_line(cli(env, *sync))
    assert stored_rows(isolated.database) == before
