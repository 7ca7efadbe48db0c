from __future__ import annotations

import re
import statistics
from collections import Counter
from datetime import datetime, timezone

import pytest
from helpers.constants import NOW

from tiktok_desktop.sources.demo import DAY, DemoSource

HASHTAG = re.compile(r"#\w+")


@pytest.fixture(scope="module")
def videos():
    return [v for page in DemoSource(now=NOW).iter_video_pages() for v in page]


def test_same_time_same_data() -> None:
    a, b = DemoSource(now=NOW), DemoSource(now=NOW)
    assert a.fetch_profile() == b.fetch_profile()
    assert list(a.iter_video_pages()) == list(b.iter_video_pages())


@pytest.mark.parametrize("now", [NOW, NOW + 37 * DAY, NOW + 400 * DAY])
def test_at_least_150_videos_over_12_months(now: int) -> None:
    vids = [v for page in DemoSource(now=now).iter_video_pages() for v in page]
    assert len(vids) >= 150
    span_days = (max(v.published_at for v in vids) - min(v.published_at for v in vids)) / DAY
    assert span_days >= 365
    assert all(v.published_at <= now for v in vids)


def test_pages_are_newest_first_and_at_most_20(videos) -> None:
    pages = list(DemoSource(now=NOW).iter_video_pages())
    assert all(1 <= len(p) <= 20 for p in pages)
    times = [v.published_at for v in videos]
    assert times == sorted(times, reverse=True)
    assert len({v.video_id for v in videos}) == len(videos)


def test_views_are_heavy_tailed_and_counts_plausible(videos) -> None:
    views = [v.views for v in videos]
    assert max(views) > 10 * statistics.median(views)
    for v in videos:
        assert 0 <= v.shares <= v.likes <= v.views
        assert 0 <= v.comments <= v.likes
    rates = [(v.likes + v.comments + v.shares) / v.views * 100 for v in videos if v.views > 1000]
    assert 2 < statistics.median(rates) < 20


def test_durations_titles_and_hashtags(videos) -> None:
    assert all(5 <= v.duration_s <= 600 for v in videos)
    assert any(v.duration_s > 180 for v in videos)
    assert any(re.search(r"[\u4e00-\u9fff]", v.title) for v in videos)
    assert any(re.search(r"[\U0001F300-\U0001FAFF]", v.title) for v in videos)
    assert any(v.title == "" for v in videos)
    tags = Counter(t for v in videos for t in HASHTAG.findall(v.description))
    assert "#美食" in tags and len(tags) >= 10


def test_posting_times_have_a_pattern(videos) -> None:
    weekdays = Counter(datetime.fromtimestamp(v.published_at, timezone.utc).weekday() for v in videos)
    favourite = weekdays[1] + weekdays[3] + weekdays[5]  # Tue, Thu, Sat
    assert favourite > 2 * (len(videos) - favourite)


def test_history_covers_90_days_and_agrees_with_today() -> None:
    source = DemoSource(now=NOW)
    history = source.history()
    assert (NOW - history.account[0].taken_at) / DAY >= 90
    assert len({s.taken_at for s in history.videos}) >= 90
    followers = [s.followers for s in history.account]
    assert followers == sorted(followers)  # growth, never a jump down
    assert followers[-1] <= source.fetch_profile().followers


def test_a_later_sync_sees_the_same_videos_with_grown_counts() -> None:
    early = {v.video_id: v for p in DemoSource(now=NOW).iter_video_pages() for v in p}
    later = {v.video_id: v for p in DemoSource(now=NOW + 3 * DAY).iter_video_pages() for v in p}
    common = early.keys() & later.keys()
    assert len(common) >= len(early) - 5
    for vid in common:
        assert later[vid].published_at == early[vid].published_at
        assert later[vid].views >= early[vid].views


def test_some_videos_are_labelled_ai_generated_and_the_rest_are_not(videos) -> None:
    labelled = [v for v in videos if v.ai_generated]
    assert all(isinstance(v.ai_generated, bool) for v in videos)  # the demo always knows: never unknown
    assert 0.03 < len(labelled) / len(videos) < 0.25
    later = {v.video_id: v.ai_generated for p in DemoSource(now=NOW + 37 * DAY).iter_video_pages() for v in p}
    assert all(later[v.video_id] == v.ai_generated for v in videos if v.video_id in later)  # a video keeps its label
