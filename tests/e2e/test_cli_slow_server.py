"""The real `sync` against a TikTok whose answers never end or drip: one line, exit 1, in bounded time and
memory, and the videos of the sync before are all still there."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.cli import cli, one_error_line, signed_in_env
from helpers.fake_tiktok import FakeTikTok

from tiktok_desktop.net.http import DEADLINE_ENV


@pytest.fixture
def fake() -> Iterator[FakeTikTok]:
    server = FakeTikTok(videos=45).start()
    yield server
    server.stop()


def videos_stored(env: dict[str, str]) -> int:
    status = cli(env, "status", "--json")
    assert status.returncode == 0, status.stderr
    (account,) = json.loads(status.stdout)["accounts"]
    return int(account["videos"])


def watched(env: dict[str, str], *args: str, timeout: float = 60, rss_limit_mb: float = 600) -> tuple[str, float]:
    """Runs the program as cli() does, watching its peak memory (Linux' VmHWM): past rss_limit_mb it is killed
    and the test fails, so a missing cap never gets to swell until the machine kills something.
    Returns its one error line and its peak memory in MB."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tiktok_desktop", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    status, peak, started = Path(f"/proc/{proc.pid}/status"), 0.0, time.monotonic()
    try:
        while proc.poll() is None:
            try:
                fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
                peak = max(peak, int(fields.get("VmHWM", "0 kB").split()[0]) / 1024)
            except (OSError, ValueError):
                pass  # gone meanwhile, or no /proc (not Linux): only the time is watched
            if peak > rss_limit_mb or time.monotonic() - started > timeout:
                proc.kill()
                proc.communicate()
                pytest.fail(f"unbounded: {time.monotonic() - started:.1f} s, {peak:.0f} MB and growing")
            time.sleep(0.02)
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    result = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    return one_error_line(result), peak


def test_sync_against_endless_and_dripping_answers(fake: FakeTikTok, tmp_path: Path) -> None:
    env = signed_in_env(fake, tmp_path)
    first = cli(env, "sync", "--source", "official")
    assert first.returncode == 0, first.stderr
    assert videos_stored(env) == 45
    fake.fail_next("user/info", 401)  # a sync that fails right after its start: the memory of a sync's start
    _, baseline_mb = watched(env, "sync", "--source", "official")

    # an endless body (the default 8 MB cap): cut off at once, not retried, memory bounded
    fake.fail_next("video/list", "endless")
    lists_before = fake.requests["video/list"]
    line, peak_mb = watched(env, "sync", "--source", "official", timeout=30)
    assert "127.0.0.1 sent an answer larger than 8 MB" in line
    assert fake.requests["video/list"] == lists_before + 1
    assert peak_mb < baseline_mb + 8 + 24, (baseline_mb, peak_mb)  # the cap, a copy of it, and some slack
    assert videos_stored(env) == 45

    # a byte every 0.3 s (never a stall long enough for a per-read timeout), a 2 s deadline: every attempt ends
    # at the deadline, and after the retry policy's 4 attempts the sync ends
    fake.drip_interval = 0.3
    fake.fail_next("video/list", *["drip"] * 4)
    # 4 attempts of 2 s (and a drip's interval), backoff of at most 0.75 + 1.5 + 3 s, and the program's start
    line, _ = watched({**env, DEADLINE_ENV: "2"}, "sync", "--source", "official", timeout=4 * 2.3 + 5.25 + 10)
    assert "127.0.0.1 is answering too slowly" in line
    assert not fake.failures["video/list"]  # all four attempts were made, and no more
    assert videos_stored(env) == 45

    again = cli(env, "sync", "--source", "official")  # the server behaves again: so does the sync
    assert again.returncode == 0, again.stderr
    assert videos_stored(env) == 45


def test_a_wrong_deadline_in_the_environment_is_one_line(fake: FakeTikTok, tmp_path: Path) -> None:
    env = signed_in_env(fake, tmp_path)
    wrong = cli({**env, DEADLINE_ENV: "soon"}, "sync", "--source", "official")
    line = one_error_line(wrong)
    assert DEADLINE_ENV in line and "1 to 600" in line
