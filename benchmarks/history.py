"""History that lasts (issue 15): a year of hourly syncs for 2,000 videos, stored the old way (a snapshot of every
video at every sync) and compacted; the dashboard loaded from it against one day of history; what a sync of
unchanged videos writes.

The old-schema year (17 million snapshot rows, about 1 GB) takes a few minutes to generate: it is cached in
build/bench-cache/ and copied for each run.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.data import paths_in
from benchmarks.run import Row, timed

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "build" / "bench-cache"
VIDEOS = 2000
HOURS = 365 * 24
NOW = 1_790_000_000  # the data's last sync; the compaction's tiers are counted from it
GENERATOR = 1  # bump when tests/helpers/old_history.py changes what it writes: the cache is rebuilt


def old_year(hours: int = HOURS) -> tuple[Path, float | None]:
    """The cached old-schema database of `hours` hourly syncs, and the seconds generating it took (None: cached)."""
    from helpers.old_history import sync_times, write_old_history

    path = CACHE / f"old-{VIDEOS}-videos-{hours}-hours-v{GENERATOR}.sqlite3"
    if path.exists():
        return path, None
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    start = time.perf_counter()
    write_old_history(partial, VIDEOS, sync_times(NOW, hours), spacing=16 * 3600)
    partial.rename(path)
    return path, time.perf_counter() - start


# the compaction in a process of its own, so its peak memory is its own; the baseline process imports the same
# and opens a new database: "over the app" is the difference
COMPACT = """
import sys, time
from tiktok_desktop.core.store import Store
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
start = time.perf_counter()
with Store(sys.argv[1], now=int(sys.argv[2])) as store:
    store.accounts()
print(time.perf_counter() - start, peak_mb())
"""


def _run_compact(path: Path) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", COMPACT, str(path), str(NOW)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    seconds, peak = (float(x) for x in out.stdout.split())
    return seconds, peak


def _window_context(folder: Path, database: Path):  # -> AppContext
    import json

    from helpers.old_history import KEY

    from tiktok_desktop.app.context import AppContext
    from tiktok_desktop.config import Settings

    paths = paths_in(folder)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(database, paths.database)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"wizard_done": True, "source": "demo", "active_account": KEY}))
    return AppContext(paths, Settings(paths.settings_file, environ={}), environ={})


def _load_times(year_ctx, day_ctx, n: int = 11) -> tuple[float, float]:
    """Medians of n loads each, the two histories taking turns: other work on the machine (2 shared cores)
    then weighs on both alike."""
    from tiktok_desktop.app.window_data import load_window_data

    for ctx in (year_ctx, day_ctx):
        load_window_data(ctx, "28")  # warm: the OS file cache, the first imports
    year, day = [], []
    for _ in range(n):
        year.append(timed(lambda: load_window_data(year_ctx, "28")))
        day.append(timed(lambda: load_window_data(day_ctx, "28")))
    return statistics.median(year), statistics.median(day)


class _Unchanged:
    """A source that answers the same 2,000 videos every time: a sync where nothing changed."""

    name = "demo"

    def __init__(self, videos: list) -> None:
        self.videos = videos

    def fetch_profile(self):
        from tiktok_desktop.core.models import Profile

        return Profile("demo", "unchanged", "unchanged", followers=1000, video_count=len(self.videos))

    def iter_video_pages(self) -> Iterator[list]:
        for i in range(0, len(self.videos), 20):
            yield self.videos[i : i + 20]

    def history(self):
        from tiktok_desktop.sources.base import History

        return History()

    def close(self) -> None:
        pass


def _unchanged_sync(tmp: Path) -> tuple[int, int, float, float]:
    """(video snapshots the first and the second sync of the same 2,000 videos wrote, their seconds)."""
    from benchmarks.data import videos
    from tiktok_desktop.app.sync import sync
    from tiktok_desktop.core.store import Store

    source = _Unchanged(videos(VIDEOS))
    with Store(tmp / "unchanged.db") as store:
        first_s = timed(lambda: sync(store, source, now=NOW))
        first = store.counts("demo:unchanged")["video_snapshots"]
        second_s = timed(lambda: sync(store, source, now=NOW + 3600))
        second = store.counts("demo:unchanged")["video_snapshots"] - first
    return first, second, first_s, second_s


def history(tmp: Path) -> list[Row]:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # load_window_data asks whether someone is signed in: nobody, in memory

    year, generated = old_year()
    day, _ = old_year(24)
    old_mb = year.stat().st_size / 1e6
    work = tmp / "history"
    work.mkdir()
    copy = work / "year.sqlite3"
    shutil.copyfile(year, copy)
    compact_s, compact_peak = _run_compact(copy)
    empty = work / "empty.sqlite3"
    _, app_peak = _run_compact(empty)
    new_mb = copy.stat().st_size / 1e6
    day_copy = work / "day.sqlite3"
    shutil.copyfile(day, day_copy)
    _run_compact(day_copy)

    year_load, day_load = _load_times(
        _window_context(work / "year-app", copy), _window_context(work / "day-app", day_copy)
    )
    first, second, first_s, second_s = _unchanged_sync(work)
    grown = compact_peak - app_peak
    note = "" if generated is None else f" (generated in {generated:.0f} s, cached)"
    return [
        Row(
            "history: a year of hourly syncs, 2,000 videos, database size",
            f"{new_mb:.1f} MB",
            f"{old_mb:.0f} MB stored the old way{note}",
            f"{old_mb / new_mb:.0f}x smaller",
            "<= 100 MB",
            new_mb <= 100,
        ),
        Row(
            "history: compacting that year from the old schema",
            f"{compact_s:.1f} s, +{grown:.0f} MB peak",
            f"{app_peak:.0f} MB the app opening a new database",
            "-",
            "< 60 s, < 300 MB more",
            compact_s < 60 and grown < 300,
        ),
        Row(
            "history: loading the dashboard (load_window_data), a year",
            f"{year_load * 1000:.0f} ms",
            f"{day_load * 1000:.0f} ms one day of history",
            f"{year_load / day_load:.2f}x",
            "<= 0.3 s and <= 1.5x",
            year_load <= 0.3 and year_load / day_load <= 1.5,
        ),
        Row(
            "history: a sync of 2,000 unchanged videos, video snapshots written",
            f"{second} rows ({second_s:.2f} s)",
            f"{first} rows (one a video, as before; {first_s:.2f} s)",
            f"{second / first * 100:.1f} %",
            "<= 1 %",
            second <= first / 100,
        ),
    ]
