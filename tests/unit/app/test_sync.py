from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.constants import NOW

from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.errors import Cancelled, DiskFull
from tiktok_desktop.core.models import Profile, Video
from tiktok_desktop.core.progress import CancelToken, Progress, Stage
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources.base import History
from tiktok_desktop.sources.demo import DemoSource


class PagedSource:
    """Three pages of two videos; can fail on a given page."""

    name = "demo"

    def __init__(self, fail_on_page: int | None = None, on_page=None) -> None:
        self.fail_on_page = fail_on_page
        self.on_page = on_page

    def fetch_profile(self) -> Profile:
        return Profile("demo", "paged", username="paged", followers=5, video_count=6)

    def iter_video_pages(self) -> Iterator[list[Video]]:
        for n in range(3):
            if n == self.fail_on_page:
                raise ConnectionError("network went away")
            if self.on_page:
                self.on_page(n)
            yield [Video(f"{n}a", 1000 + n, views=10), Video(f"{n}b", 1000 + n, views=20)]

    def history(self) -> History:
        return History()

    def close(self) -> None:
        pass


def test_demo_sync_stores_videos_history_and_reports_progress() -> None:
    reports: list[Progress] = []
    with Store(":memory:") as store:
        result = sync(store, DemoSource(now=NOW), progress=reports.append, now=NOW)
        counts = store.counts(result.account)
        assert counts["videos"] == result.videos >= 150
        assert counts["account_snapshots"] >= 90
        assert counts["video_snapshots"] > 90 * 100
        assert store.account(result.account).last_sync_at == NOW
    assert reports[0].stage is Stage.PROFILE
    video_reports = [r for r in reports if r.stage is Stage.VIDEOS]
    assert video_reports[-1].done == video_reports[-1].total == result.videos
    assert [r.done for r in video_reports] == sorted(r.done for r in video_reports)


def test_second_sync_adds_snapshots_without_backfilling_again() -> None:
    """...and a video snapshot only for the videos whose counts changed (the others are unchanged since)."""
    later = NOW + 86_400
    with Store(":memory:") as store:
        first = sync(store, DemoSource(now=NOW), now=NOW)
        counts = {v.video_id: v[5:9] for v in store.videos(first.account)}
        sync(store, DemoSource(now=later), now=later)
        changed = {v.video_id for v in store.videos(first.account) if v[5:9] != counts[v.video_id]}
        assert 0 < len(changed) < len(counts)  # the demo moves some videos a day, not all
        assert [s.taken_at for s in store.account_snapshots(first.account)][-2:] == [NOW, later]
        assert {s.video_id for s in store.video_snapshots(first.account) if s.taken_at == later} == changed
        assert store.sync_times(first.account)[-2:] == [NOW, later]


def test_cancel_keeps_the_pages_already_saved() -> None:
    token = CancelToken()

    def cancel_after_first(n: int) -> None:
        if n == 1:
            token.cancel()

    with Store(":memory:") as store:
        with pytest.raises(Cancelled):
            sync(store, PagedSource(on_page=cancel_after_first), cancel=token, now=NOW)
        assert sorted(store.video_ids("demo:paged")) == ["0a", "0b"]
        assert store.account("demo:paged").last_sync_at is None  # not a complete sync


def test_failure_midway_keeps_earlier_pages_and_raises() -> None:
    with Store(":memory:") as store:
        with pytest.raises(ConnectionError):
            sync(store, PagedSource(fail_on_page=2), now=NOW)
        assert sorted(store.video_ids("demo:paged")) == ["0a", "0b", "1a", "1b"]


def test_disk_full_midway_keeps_earlier_data(tmp_path) -> None:
    path = tmp_path / "a.db"
    with Store(path) as store:
        sync(store, PagedSource(), now=NOW)

    class BigSource(PagedSource):
        def iter_video_pages(self):
            yield [Video(f"big{i}", 1, description="x" * 4000) for i in range(100)]

    with Store(path) as store:
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(DiskFull):
            sync(store, BigSource(), now=NOW + 1)
    with Store(path) as store:
        assert len(store.video_ids("demo:paged")) == 6


def test_cancel_while_the_source_is_stuck_in_a_request_returns_promptly() -> None:
    import threading

    release = threading.Event()

    class Stuck(PagedSource):
        def iter_video_pages(self):
            yield [Video("1", 1, views=1)]
            release.wait(30)  # a request that takes its time
            yield [Video("2", 1, views=1)]

    token = CancelToken()
    with Store(":memory:") as store:

        def cancel_after_first(p: Progress) -> None:
            if p.stage is Stage.VIDEOS and p.done == 1:
                token.cancel()

        with pytest.raises(Cancelled):
            sync(store, Stuck(), cancel=token, progress=cancel_after_first, now=NOW)
        assert store.video_ids("demo:paged") == ["1"]
    release.set()
    for thread in [t for t in threading.enumerate() if t.name == "page-prefetch"]:
        thread.join(5)  # it ends by itself once its request returns
        assert not thread.is_alive()
