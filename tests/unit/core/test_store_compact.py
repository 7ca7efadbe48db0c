"""Compact history gives the answers the full history gave: every chart series, the period comparison and the
velocity figures, computed on the same data before (the old schema, read with the old queries) and after
compaction, whether the compaction is the one-time upgrade or the writes and thinning of syncs."""

from __future__ import annotations

import dataclasses
import sqlite3
from bisect import bisect_right
from pathlib import Path

import pytest
from helpers.old_history import DAY, HOUR, KEY, LegacyStore, sync_times, write_old_history

from tiktok_desktop.app.chart_data import RANGES, chart_data
from tiktok_desktop.app.dashboard import Dashboard, load_dashboard
from tiktok_desktop.app.report import report_data
from tiktok_desktop.core.models import Profile, Totals, Video
from tiktok_desktop.core.progress import Progress, Stage
from tiktok_desktop.core.store import SCHEMA_VERSION, Store
from tiktok_desktop.core.store_compact import FULL_DAYS, horizon
from tiktok_desktop.core.store_schema import COMPACT_VERSION

NOW = 1_790_000_000 + 13 * HOUR + 1234  # not on a day's edge
GAPS = [(NOW - 50 * DAY, NOW - 48 * DAY + 5 * HOUR), (NOW - 10 * DAY, NOW - 9 * DAY)]


def kept_moments(times: list[int], now: int) -> list[int]:
    """The syncs whose state compact history keeps: all in the full tier, the last of each day before it."""
    edge = horizon(now)
    return [t for i, t in enumerate(times) if t >= edge or i + 1 == len(times) or times[i + 1] // DAY != t // DAY]


def expected_after(before: Dashboard, legacy: LegacyStore, kept: list[int], now: int) -> Dashboard:
    """What the old version showed, with the storage rule applied to its full history by this test (not by the
    store): each video keeps every row from the horizon on and the last row of each UTC day before it; the counts
    at a moment are those of the last kept row at or before it. In the full tier that is exactly what it showed."""
    edge = horizon(now)
    rows: dict[str, list[tuple[int, Totals]]] = {}
    for vid, t, *counts in legacy._db.execute(
        "SELECT video_id, taken_at, views, likes, comments, shares FROM video_snapshots ORDER BY video_id, taken_at"
    ):
        rows.setdefault(vid, []).append((t, Totals(*counts)))
    kept_rows = {
        vid: [r for i, r in enumerate(rs) if r[0] >= edge or i + 1 == len(rs) or rs[i + 1][0] // DAY != r[0] // DAY]
        for vid, rs in rows.items()
    }

    def totals(t: int) -> Totals | None:
        found = [rs[i - 1][1] for rs in kept_rows.values() if (i := bisect_right(rs, t, key=lambda r: r[0]))]
        return Totals(*(sum(c[k] for c in found) for k in range(4))) if found else None

    keep = set(kept)
    return dataclasses.replace(
        before,
        totals={t: totals(t) for t in before.totals},
        snapshots=[s for s in before.snapshots if s.taken_at in keep],
    )


def assert_totals_true(store: Store, times: list[int]) -> None:
    """The kept sums (core/store_totals.py) are the sums of the snapshots, at every sync and just before."""
    from tiktok_desktop.core.store_totals import probe, totals_at

    first = min(s.taken_at for s in store.video_snapshots(KEY))
    for t in [*times, *(t - 1 for t in times)]:
        assert totals_at(store._db, KEY, t) == (probe(store._db, KEY, t) if t >= first else None), t


def assert_same_answers(before: Dashboard, expected: Dashboard, after: Dashboard, now: int) -> None:
    assert after.videos == before.videos
    assert after.as_of == before.as_of
    assert after.velocity == before.velocity and after.velocity["24h"] and after.velocity["7d"]
    assert after.gaps == before.gaps and len(after.gaps) == len(GAPS)
    assert after.snapshots == expected.snapshots
    assert after.totals == expected.totals
    recent = [t for t in before.totals if t >= horizon(now)]
    assert len(recent) >= 3 and all(after.totals[t] == before.totals[t] for t in recent)  # exactly as before
    for key in RANGES:
        assert chart_data(after, key) == chart_data(expected, key), key
    for key in ("7", "28"):  # inside the full tier: the very same series
        assert chart_data(after, key) == chart_data(before, key), key
    got, want, old = report_data(after), report_data(expected), report_data(before)
    for field in ("account", "published", "followers_per_day", "estimate", "top", "estimated"):
        assert getattr(got, field) == getattr(want, field), field
    assert got.account[7] == old.account[7] and got.published == old.published
    assert got.account[7]["views"].current and got.account[28]["views"].previous  # an edge in the thinned tier


def test_the_upgrade_keeps_every_answer_where_the_data_allows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    times = sync_times(NOW, 120 * 24, GAPS)
    write_old_history(path, 40, times, spacing=2 * DAY + 5 * HOUR)
    size_before = path.stat().st_size
    legacy = LegacyStore(path)
    before = load_dashboard(legacy, KEY)
    assert before is not None
    kept = kept_moments(times, NOW)
    expected = expected_after(before, legacy, kept, NOW)
    legacy_rows = legacy._db.execute("SELECT count(*) FROM video_snapshots").fetchone()[0]
    legacy._db.close()

    reports: list[Progress] = []
    with Store(path, reports.append, now=NOW) as store:
        after = load_dashboard(store, KEY)
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.sync_times(KEY) == times  # every sync kept
        assert_totals_true(store, times)
        compact_rows = store.counts(KEY)["video_snapshots"]
    assert after is not None
    assert_same_answers(before, expected, after, NOW)
    assert compact_rows < legacy_rows / 10
    assert path.stat().st_size < size_before / 4  # the file itself shrank
    assert not path.with_name(path.name + ".compacting").exists()
    assert [r.stage for r in reports] and all(r.stage is Stage.UPGRADE for r in reports)
    assert reports[-1].done == reports[-1].total == 40


def replay(legacy: LegacyStore, store: Store, times: list[int]) -> None:
    """Each old sync again, through the store's writes and the thinning a sync runs."""
    db = legacy._db
    meta = {r[0]: r for r in db.execute("SELECT video_id, published_at, title, duration_s FROM videos")}
    for t in times:
        counts = db.execute(
            "SELECT followers, following, likes, video_count FROM account_snapshots WHERE taken_at = ?", (t,)
        ).fetchone()
        followers, following, likes, count = counts
        profile = Profile("demo", "history", "history.creator", "History Creator")
        profile = dataclasses.replace(profile, followers=followers, following=following, likes=likes, video_count=count)
        key = store.save_profile(profile, t)
        videos = [
            Video(vid, meta[vid][1], meta[vid][2], "", meta[vid][3], views, likes, comments, shares)
            for vid, views, likes, comments, shares in db.execute(
                "SELECT video_id, views, likes, comments, shares FROM video_snapshots WHERE taken_at = ?", (t,)
            )
        ]
        store.save_videos_page(key, videos, t)
        store.mark_synced(key, t)
        store.thin(key, t)


def test_syncs_written_compactly_and_thinned_give_the_same_answers(tmp_path: Path) -> None:
    times = sync_times(NOW, 70 * 24, GAPS)
    write_old_history(tmp_path / "old.db", 12, times, spacing=6 * DAY)
    legacy = LegacyStore(tmp_path / "old.db")
    with Store(tmp_path / "new.db") as store:
        replay(legacy, store, times)
        after = load_dashboard(store, KEY)
        assert_totals_true(store, times)
    before = load_dashboard(legacy, KEY)
    assert before is not None and after is not None
    assert_same_answers(before, expected_after(before, legacy, kept_moments(times, NOW), NOW), after, NOW)


def test_a_sync_of_unchanged_videos_writes_no_video_snapshot() -> None:
    with Store(":memory:") as store:
        key = store.save_profile(Profile("demo", "me"), 1000)
        page = [Video(str(i), 0, views=100 + i, likes=5) for i in range(50)]
        store.save_videos_page(key, page, 1000)
        store.save_profile(Profile("demo", "me"), 4600)
        store.save_videos_page(key, page[:49] + [page[49]._replace(views=1)], 4600)
        assert store.counts(key)["video_snapshots"] == 51  # one changed video, one new snapshot
        assert store.sync_times(key) == [1000, 4600]
        # unchanged since: the counts at 4600 are those of the snapshot at 1000, and the video was seen at 4600
        assert store.totals_at(key, 4600).views == sum(100 + i for i in range(49)) + 1
        inputs = dict(store.velocity_inputs(key, 3600))
        assert inputs["0"].latest_t == 4600 and inputs["0"].base_t == 1000 and inputs["0"].base_views == 100


def test_saved_twice_in_one_second_keeps_no_repeated_row() -> None:
    with Store(":memory:") as store:
        key = store.save_profile(Profile("demo", "me"), 1000)
        store.save_videos_page(key, [Video("1", 0, views=5)], 1000)
        store.save_videos_page(key, [Video("1", 0, views=6)], 2000)
        store.save_videos_page(key, [Video("1", 0, views=5)], 2000)  # the same second again, back to 5
        assert [s.views for s in store.video_snapshots(key)] == [5]
        assert store.totals_at(key, 2000).views == 5
        store.save_videos_page(key, [Video("1", 0, views=9), Video("2", 0, views=1)], 3000)
        store.save_videos_page(key, [Video("1", 0, views=8)], 3000)  # and again, changed
        assert store.totals_at(key, 3000).views == 9 and store.totals_at(key, 2999).views == 5


def test_thinning_after_a_sync_only_visits_the_days_that_left_the_full_tier(tmp_path: Path) -> None:
    day0 = 1_780_000_000 // DAY * DAY
    with Store(tmp_path / "a.db") as store:
        key = store.save_profile(Profile("demo", "me"), day0)
        for h in range(0, 48):  # two days of hourly changes
            t = day0 + h * HOUR
            store.save_profile(Profile("demo", "me", followers=h), t)
            store.save_videos_page(key, [Video("1", 0, views=h)], t)
        store.thin(key, day0 + 47 * HOUR)  # nothing is old yet
        assert store.counts(key)["video_snapshots"] == 48
        store.thin(key, day0 + (FULL_DAYS + 1) * DAY + HOUR)  # the first day left the full tier
        assert [s.views for s in store.video_snapshots(key)] == [23, *range(24, 48)]
        assert [s.followers for s in store.account_snapshots(key)] == [23, *range(24, 48)]
        assert len(store.sync_times(key)) == 48  # every sync time stays
        # a row planted in a day already thinned is not visited again: the work is bounded
        store._db.execute("INSERT INTO video_snapshots VALUES (?, '1', ?, 7, 0, 0, 0)", (key, day0 + 5))
        store.thin(key, day0 + (FULL_DAYS + 1) * DAY + 2 * HOUR)
        assert store.counts(key)["video_snapshots"] == 26
        store.thin(key, day0 + (FULL_DAYS + 2) * DAY + HOUR)  # the second day too, now
        assert [s.views for s in store.video_snapshots(key)] == [7, 23, 47]


def test_a_sync_thins_the_history(tmp_path: Path) -> None:
    from tiktok_desktop.app.sync import sync
    from tiktok_desktop.sources.demo import DemoSource

    now = 1_790_000_000
    with Store(tmp_path / "a.db") as store:
        result = sync(store, DemoSource(now=now), now=now)
        thinned = store._db.execute("SELECT thinned_before FROM accounts").fetchone()[0]
        assert thinned == horizon(now)
        days = [s.taken_at // DAY for s in store.account_snapshots(result.account) if s.taken_at < thinned]
        assert len(days) == len(set(days)) > 30  # one a day before the full tier


def test_disk_full_during_the_upgrade_keeps_the_old_file_usable(tmp_path: Path, monkeypatch) -> None:
    from tiktok_desktop.core import store_compact
    from tiktok_desktop.core.errors import UpgradeDiskFull

    path = tmp_path / "old.db"
    times = sync_times(NOW, 40 * 24)
    write_old_history(path, 30, times)
    raw = sqlite3.connect(path)
    rows = raw.execute("SELECT count(*) FROM video_snapshots").fetchone()[0]
    raw.close()
    real_fill = store_compact._fill

    def fill_a_small_disk(new: sqlite3.Connection, *args: object) -> None:
        new.execute("PRAGMA max_page_count = 20")  # SQLite's own "database or disk is full" once it grows past
        real_fill(new, *args)

    monkeypatch.setattr(store_compact, "_fill", fill_a_small_disk)
    with pytest.raises(UpgradeDiskFull) as err:
        Store(path, now=NOW)
    assert "history is unchanged" in str(err.value)
    assert not path.with_name(path.name + ".compacting").exists()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == COMPACT_VERSION - 1
    assert raw.execute("SELECT count(*) FROM video_snapshots").fetchone()[0] == rows
    raw.close()
    monkeypatch.setattr(store_compact, "_fill", real_fill)
    with Store(path, now=NOW) as store:  # space freed: the next open upgrades
        assert store.sync_times(KEY) == times


def test_a_leftover_of_an_interrupted_upgrade_is_discarded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    write_old_history(path, 5, sync_times(NOW, 48))
    path.with_name(path.name + ".compacting").write_bytes(b"half a database")
    with Store(path, now=NOW) as store:
        assert len(store.videos(KEY)) == 5
    assert not path.with_name(path.name + ".compacting").exists()


def test_a_back_filled_history_keeps_the_totals_true() -> None:
    from tiktok_desktop.core.models import VideoSnapshot

    with Store(":memory:") as store:
        key = store.save_profile(Profile("demo", "me"), 10_000)
        store.save_videos_page(key, [Video("1", 0, views=50), Video("2", 0, views=7)], 10_000)
        store.save_history(key, [], [VideoSnapshot("1", 100, 10, 0, 0, 0), VideoSnapshot("2", 200, 3, 0, 0, 0)])
        assert store.totals_at(key, 99) is None
        assert [store.totals_at(key, t).views for t in (100, 199, 200, 9_999, 10_000)] == [10, 10, 13, 13, 57]
