"""Analytics, hashtags and estimates against hand-computed values."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import pytest

from tiktok_desktop.core.analytics import (
    DAY,
    Change,
    Point,
    Totals,
    VelocityInput,
    account_series,
    compare_account,
    compare_published,
    duration_buckets,
    gained,
    growth_per_day,
    posting_heatmap,
    rolling_median,
    top_videos,
    value_at,
    view_velocity,
)
from tiktok_desktop.core.estimates import account_estimate, estimate, median_engagement
from tiktok_desktop.core.hashtags import hashtag_stats, hashtags, top_hashtags
from tiktok_desktop.core.models import AccountSnapshot, Video

NOW = 1_700_000_000


def snap(t: int, followers: int | None) -> AccountSnapshot:
    return AccountSnapshot(t, followers, 10, 100, 3)


# -- growth ---------------------------------------------------------------------------------------------------


def test_series_leaves_out_unknown_values_and_reads_back_in_time() -> None:
    series = account_series([snap(0, 100), snap(DAY, None), snap(2 * DAY, 130)], "followers")
    assert series == [Point(0, 100), Point(2 * DAY, 130)]
    assert value_at(series, -1) is None
    assert value_at(series, DAY) == 100
    assert gained(series, 0, 2 * DAY) == 30
    assert gained(series, -1, 2 * DAY) is None


def test_follower_growth_per_day() -> None:
    series = [Point(NOW - 10 * DAY, 1000), Point(NOW - 6 * DAY, 1100), Point(NOW, 1400)]
    # the window's start falls at NOW - 7 days: measured from the snapshot before it (NOW - 10 days)
    assert growth_per_day(series, 7, NOW) == pytest.approx(400 / 10)
    assert growth_per_day(series, 30, NOW) is None  # history is too short
    assert growth_per_day([], 7, NOW) is None
    assert growth_per_day([Point(NOW - 8 * DAY, 5)], 7, NOW) is None  # one snapshot: no interval


# -- velocity -------------------------------------------------------------------------------------------------


def test_view_velocity_over_a_day_and_a_week() -> None:
    old = VelocityInput(
        published_at=NOW - 30 * DAY, latest_t=NOW, latest_views=10_000, base_t=NOW - 2 * DAY, base_views=8_000
    )
    assert view_velocity(old, DAY) == pytest.approx(1_000)  # 2,000 views over two days
    # published inside the window: counted from 0 views at publishing
    young = VelocityInput(NOW - DAY // 2, NOW, 600, None, None)
    assert view_velocity(young, DAY) == pytest.approx(1_200)
    # older than the window but no snapshot that old: unknown, not a guess
    assert view_velocity(VelocityInput(NOW - 30 * DAY, NOW, 600, None, None), 7 * DAY) is None
    assert view_velocity(VelocityInput(NOW, NOW, 0, None, None), DAY) is None  # no time elapsed


def test_velocity_from_the_store(tmp_path) -> None:
    from tiktok_desktop.core.models import Profile
    from tiktok_desktop.core.store import Store

    with Store(tmp_path / "db.sqlite") as store:
        key = store.save_profile(Profile("demo", "x", followers=1), NOW - 3 * DAY)
        store.save_videos_page(key, [Video("a", NOW - 20 * DAY, views=100)], NOW - 3 * DAY)
        store.save_videos_page(key, [Video("a", NOW - 20 * DAY, views=400)], NOW)
        got = dict(store.velocity_inputs(key, DAY))["a"]
        assert got == VelocityInput(NOW - 20 * DAY, NOW, 400, NOW - 3 * DAY, 100)
        assert view_velocity(got, DAY) == pytest.approx(100)
        assert store.totals_at(key, NOW - 4 * DAY) is None  # before the history
        assert store.totals_at(key, NOW - DAY) == Totals(100, 0, 0, 0)
        assert store.totals_at(key, NOW) == Totals(400, 0, 0, 0)


# -- period comparison -----------------------------------------------------------------------------------------


def test_compare_published_windows() -> None:
    videos = [
        Video("1", NOW - 1 * DAY, views=1000, likes=100, comments=0, shares=0),
        Video("2", NOW - 6 * DAY, views=0, likes=0),  # zero views: counted, adds nothing
        Video("3", NOW - 8 * DAY, views=500, likes=20, comments=5, shares=5),
        Video("4", NOW - 20 * DAY, views=999, likes=99),  # outside both 7-day windows
    ]
    got = compare_published(videos, 7, NOW)
    assert got["videos"] == Change(2, 1)
    assert got["views"] == Change(1000, 500)
    assert got["views"].pct == pytest.approx(100.0)
    assert got["likes"].pct == pytest.approx(400.0)
    assert got["engagement"].current == pytest.approx(10.0)
    assert got["engagement"].previous == pytest.approx(6.0)


def test_compare_with_nothing_published() -> None:
    got = compare_published([], 28, NOW)
    assert got["views"] == Change(0, 0)
    assert got["views"].pct is None  # from 0: no percentage
    assert got["engagement"] == Change(None, None)


def test_compare_account_totals() -> None:
    followers = [Point(NOW - 14 * DAY, 1000), Point(NOW - 7 * DAY, 1100), Point(NOW, 1150)]
    totals = {
        NOW - 14 * DAY: Totals(10_000, 1_000, 100, 100),
        NOW - 7 * DAY: Totals(12_000, 1_100, 150, 150),
        NOW: Totals(13_000, 1_140, 150, 170),
    }
    got = compare_account(followers, totals, 7, NOW)
    assert got["followers"] == Change(50, 100)
    assert got["followers"].pct == pytest.approx(-50.0)
    assert got["views"] == Change(1000, 2000)
    assert got["likes"] == Change(40, 100)
    assert got["engagement"].current == pytest.approx((40 + 0 + 20) / 1000 * 100)
    assert got["engagement"].previous == pytest.approx((100 + 50 + 50) / 2000 * 100)


def test_compare_account_without_snapshots() -> None:
    got = compare_account([], {}, 7, NOW)
    assert all(c == Change(None, None) for c in got.values())


# -- posting times, durations, rolling median ---------------------------------------------------------------------


def test_heatmap_in_the_given_time_zone() -> None:
    monday_23_utc = int(datetime(2023, 11, 13, 23, 0, tzinfo=timezone.utc).timestamp())  # a Monday
    videos = [
        Video("a", monday_23_utc, views=10),
        Video("b", monday_23_utc + 60, views=30),
        Video("c", monday_23_utc + 120, views=50),
    ]
    utc = posting_heatmap(videos, timezone.utc)
    assert utc[0][23] == (3, 30)
    assert utc[1][7] == (0, None)
    # in UTC+8 these were posted on Tuesday at 7
    plus8 = posting_heatmap(videos, timezone(timedelta(hours=8)))
    assert plus8[1][7] == (3, 30)
    assert sum(n for row in plus8 for n, _ in row) == 3
    assert posting_heatmap([])[0][0] == (0, None)


def test_duration_buckets() -> None:
    videos = [
        Video("a", 0, duration_s=10, views=100, likes=10),
        Video("b", 0, duration_s=14, views=100, likes=20),
        Video("c", 0, duration_s=15, views=0),
        Video("d", 0, duration_s=700, views=10, likes=1),
    ]
    buckets = duration_buckets(videos)
    assert [(b.low, b.high, b.videos) for b in buckets] == [
        (0, 15, 2),
        (15, 30, 1),
        (30, 60, 0),
        (60, 180, 0),
        (180, 600, 0),
        (600, None, 1),
    ]
    assert buckets[0].median_engagement == pytest.approx(15.0)
    assert buckets[1].median_engagement is None  # its only video has no views
    assert buckets[1].median_views == 0
    assert buckets[2].median_views is None


def test_rolling_median_and_top_videos() -> None:
    assert rolling_median([1, 9, 2, 8, 3], window=3) == [1, 5, 2, 8, 3]
    assert rolling_median([]) == []
    videos = [Video(str(i), i, views=i % 4) for i in range(8)]
    assert [v.video_id for v in top_videos(videos, 3)] == ["7", "3", "6"]


# -- hashtags --------------------------------------------------------------------------------------------------


def test_hashtags_unicode_case_and_noise() -> None:
    assert hashtags("我妈妈的红烧肉 #美食 #家常菜，超好吃 #FoodTok #foodtok #café!") == [
        "美食",
        "家常菜",
        "foodtok",
        "café",
    ]
    assert hashtags("C# and abc#def and &#39; are not tags; #1 neither; ##double") == []
    assert hashtags("emoji ends a tag #noodles🍜 and #学做饭。") == ["noodles", "学做饭"]
    assert hashtags("") == []


def test_hashtag_stats_by_hand() -> None:
    videos = [
        Video("1", 0, title="#a", description="#b #a", views=100, likes=10),  # #a counted once here
        Video("2", 0, description="#A", views=300, likes=60),
        Video("3", 0, description="#b", views=0),
    ]
    stats = {s.tag: s for s in hashtag_stats(videos)}
    assert stats["a"].videos == 2
    assert stats["a"].avg_views == pytest.approx(200)
    assert stats["a"].avg_engagement == pytest.approx((10 + 20) / 2)
    assert stats["b"].avg_views == pytest.approx(50)
    assert stats["b"].avg_engagement == pytest.approx(10)  # the zero-view video has no rate to average
    only_zero = hashtag_stats([Video("4", 0, description="#z", views=0)])
    assert only_zero[0].avg_engagement is None
    assert [s.tag for s in top_hashtags(hashtag_stats(videos))] == ["a", "b"]
    assert hashtag_stats([]) == []


def test_top_hashtags_prefers_repeated_tags() -> None:
    videos = [
        Video("1", 0, description="#viral", views=10**6),
        Video("2", 0, description="#x", views=5),
        Video("3", 0, description="#x", views=7),
    ]
    assert [s.tag for s in top_hashtags(hashtag_stats(videos))] == ["x"]
    assert [s.tag for s in top_hashtags(hashtag_stats(videos[:1]))] == ["viral"]  # nothing repeated: all


# -- estimates ---------------------------------------------------------------------------------------------------


def test_estimates_follow_the_documented_model() -> None:
    v = Video("1", 0, duration_s=12, views=1000, likes=50)  # 5 % engagement, the account median
    e = estimate(v, 5.0)
    assert e.completion_rate_pct == pytest.approx(50.0)  # 1 / (1 + 12/12)
    assert e.avg_watch_time_s == pytest.approx(12 * math.log(2))
    assert e.bounce_rate_pct == pytest.approx(100 * (1 - 1 / 1.25))
    twice = estimate(Video("2", 0, duration_s=12, views=1000, likes=100), 5.0)  # tau doubles to 24 s
    assert twice.completion_rate_pct == pytest.approx(100 / 1.5)
    capped = estimate(Video("3", 0, duration_s=12, views=1000, likes=1000), 5.0)  # 20x: capped at 4x
    assert capped.completion_rate_pct == pytest.approx(100 / (1 + 12 / 48))


def test_no_estimate_without_a_basis() -> None:
    assert estimate(Video("1", 0, duration_s=12, views=0), 5.0) is None
    assert estimate(Video("1", 0, duration_s=0, views=10, likes=1), 5.0) is None
    assert estimate(Video("1", 0, duration_s=10, views=10, likes=1), None) is None
    assert median_engagement([]) is None
    assert account_estimate([]) is None
    assert account_estimate([Video("1", 0, duration_s=10, views=0)]) is None


def test_account_estimate_is_view_weighted() -> None:
    a = Video("a", 0, duration_s=12, views=3000, likes=150)
    b = Video("b", 0, duration_s=36, views=1000, likes=50)
    m = median_engagement([a, b])
    got = account_estimate([a, b])
    assert got.completion_rate_pct == pytest.approx((3 * 50 + 1 * 25) / 4)
    assert m == pytest.approx(5.0)


# -- gaps in the history ------------------------------------------------------------------------------------


def test_a_gap_is_a_few_times_the_usual_interval_between_syncs() -> None:
    from tiktok_desktop.core.analytics import GAP_FACTOR, MIN_GAP, find_gaps, gap_threshold

    hourly = [i * 3600 for i in range(100)] + [200 * 3600, 201 * 3600]
    threshold = gap_threshold(hourly)
    assert threshold == GAP_FACTOR * 3600
    assert find_gaps(hourly, threshold) == [(99 * 3600, 200 * 3600)]
    assert find_gaps(hourly[:100], threshold) == []
    assert gap_threshold([0, 60, 120, 180]) == MIN_GAP  # syncs a minute apart: an hour off is no gap yet
    assert gap_threshold([5]) is None and find_gaps([5], None) == []


def test_the_line_breaks_where_a_gap_lies_between_two_points() -> None:
    from tiktok_desktop.core.analytics import breaks

    points = [0, 10, 20, 100, 110]  # thinned history may hold fewer points than there were syncs
    assert breaks(points, [(20, 100)]) == [2]
    assert breaks(points, [(12, 18)]) == [1]  # inside a thinned stretch: between the points around it
    assert breaks(points, [(110, 200)]) == []  # after the last point: nothing to break


def test_an_edge_far_from_its_snapshot_is_estimated() -> None:
    from tiktok_desktop.core.analytics import estimated_edges

    snapshots = [0, 3600, 7200, 86_400]
    assert estimated_edges(snapshots, [3700, 50_000, -5], 10_800) == [50_000]
    assert estimated_edges(snapshots, [50_000], None) == []
