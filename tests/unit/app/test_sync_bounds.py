"""The sync's own bounds, whatever the source: a video is counted once, a source going round in circles is
stopped, and a known video whose counts are missing keeps its stored counts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.constants import NOW

from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.errors import PaginationLoop
from tiktok_desktop.core.models import Profile, Video
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources.base import History
from tiktok_desktop.sources.fields import VideoPage

MAX_PAGES = 1_000  # the test's own bound on a source that would go on for ever


class ScriptedSource:
    name = "tikapi"

    def __init__(self, pages: list[list[Video]], repeat_last: bool = False) -> None:
        self.pages = pages
        self.repeat_last = repeat_last
        self.served = 0

    def fetch_profile(self) -> Profile:
        return Profile("tikapi", "scripted", username="scripted", video_count=6)

    def iter_video_pages(self) -> Iterator[list[Video]]:
        for page in self.pages:
            self.served += 1
            yield page
        while self.repeat_last and self.served < MAX_PAGES:
            self.served += 1
            yield self.pages[-1]

    def history(self) -> History:
        return History()

    def close(self) -> None:
        pass


def page(*ids: str, views: int = 10) -> list[Video]:
    return [Video(i, NOW - 100, views=views) for i in ids]


def test_a_video_that_comes_twice_is_counted_once() -> None:
    source = ScriptedSource([page("a", "b", "b"), page("b", "c"), page("d", "a", "e")])
    with Store(":memory:") as store:
        result = sync(store, source, now=NOW)
        assert result.videos == 5
        assert store.counts(result.account) == {"videos": 5, "account_snapshots": 1, "video_snapshots": 5}
        assert store.account(result.account).last_sync_at == NOW


def test_a_source_repeating_its_pages_is_stopped_and_the_sync_is_not_complete() -> None:
    source = ScriptedSource([page("a", "b"), page("c", "d")], repeat_last=True)
    with Store(":memory:") as store:
        with pytest.raises(PaginationLoop, match="TikAPI kept sending more pages"):
            sync(store, source, now=NOW)
        assert source.served <= 4  # the repeat, and at most one page fetched ahead
        assert sorted(store.video_ids("tikapi:scripted")) == ["a", "b", "c", "d"]
        assert store.account("tikapi:scripted").last_sync_at is None


def test_a_known_video_without_counts_keeps_its_stored_counts() -> None:
    with Store(":memory:") as store:
        first = sync(store, ScriptedSource([page("a", "b", views=500)]), now=NOW)
        again = VideoPage(page("a", "b", "c", views=0), uncounted={"a", "c"})
        again[1] = again[1]._replace(views=700)
        result = sync(store, ScriptedSource([again]), now=NOW + 60)
        assert result.videos == 3
        views = {v.video_id: v.views for v in store.videos(first.account)}
        assert views["a"] == 500 and views["b"] == 700
        assert [s.views for s in store.video_snapshots(first.account, "a")] == [500]  # no 0 snapshot
        # a new video has no stored counts to keep: its row needs a number (Video.views is an int), but its
        # history gets no snapshot that would claim 0 views
        assert views["c"] == 0 and store.video_snapshots(first.account, "c") == []
        assert [s.views for s in store.video_snapshots(first.account, "b")] == [500, 700]
