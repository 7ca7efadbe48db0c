"""A video's history against the typical video, read from a store: the other videos' counts at the same age,
with gaps, late starts, videos excluded, and the same answers on a compacted history (unchanged snapshots
left out) as on the full one."""

from __future__ import annotations

import random

import pytest
from helpers.constants import NOW

from tiktok_desktop.app.video_history import load_video_history
from tiktok_desktop.core.age_curves import HOUR
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.core.models import Profile, Video, VideoSnapshot
from tiktok_desktop.core.store import Store

START = NOW - 40 * DAY


def video(i: int, views: int = 0) -> Video:
    return Video(f"v{i}", START + i * DAY, f"video {i}", views=views)


def store_with(histories: dict[int, list[tuple[int, int]]], last_sync: dict[int, int] | None = None) -> Store:
    """Videos i with snapshots (age, views) (likes a tenth, comments and shares fixed), each seen by a sync at
    `last_sync[i]` (default NOW)."""
    store = Store(":memory:")
    key = store.save_profile(Profile("demo", "me", username="me", followers=1), NOW)
    assert key == "demo:me"
    for i, points in histories.items():
        v = video(i, points[-1][1] if points else 0)
        store.save_videos_page(key, [v], (last_sync or {}).get(i, NOW), without_snapshot=frozenset([v.video_id]))
        store.save_history(
            key, [], [VideoSnapshot(v.video_id, v.published_at + age, n, n // 10, 3, 1) for age, n in points]
        )
    return store


def test_typical_video_at_a_day_old_from_known_data() -> None:
    histories = {
        0: [(HOUR, 9_000), (DAY, 10_000)],  # the video shown: never part of its own reference
        1: [(HOUR, 10), (20 * HOUR, 100), (30 * HOUR, 150)],  # 100 at a day: the last snapshot at or before
        2: [(2 * HOUR, 50), (DAY, 200)],  # a snapshot exactly at the age counts
        3: [(30 * HOUR, 999)],  # history starts after a day: not known then, left out (not 0)
        4: [(HOUR, 5), (3 * DAY, 500)],  # a gap over the day: 5 holds until the next snapshot
        5: [(HOUR, 40)],
        6: [(HOUR, 60), (2 * DAY, 61)],
        7: [(HOUR, 80)],
        8: [(HOUR, 7_777)],  # seen last at 12 h old (below): nothing is known of it at a day
    }
    with store_with(histories, {0: START + 2 * DAY, 8: START + 8 * DAY + 12 * HOUR}) as store:
        history = load_video_history(store, "demo:me", video(0))
    assert history.age == 2 * DAY  # the last sync that saw the video
    at_day = next(t for t in history.typical["views"] if t.age == DAY)
    # values at a day: 100, 200, 5, 40, 60, 80 -> sorted 5 40 60 80 100 200
    assert (at_day.videos, at_day.q1, at_day.median, at_day.q3) == (6, 45, 70, 95)
    at_hour = next(t for t in history.typical["views"] if t.age == HOUR)
    assert at_hour.videos == 6 and at_hour.median == pytest.approx(50)  # 10 5 40 60 80 7777
    likes = next(t for t in history.typical["likes"] if t.age == DAY)
    assert likes.median == pytest.approx(7)  # 10 20 0 4 6 8 -> 0 4 6 8 10 20
    comparison = history.comparison("views")
    assert comparison.age == 2 * DAY and comparison.value == 10_000


def test_each_age_takes_the_most_recent_videos_up_to_the_limit() -> None:
    histories = {i: [(HOUR, 10 * i), (2 * DAY, 100 * i)] for i in range(1, 9)}
    histories[8] = [(2 * DAY, 800)]  # the newest has no history at an hour: the next ones are taken
    with store_with(histories) as store:
        rows = list(store.counts_at_ages("demo:me", "v1", [HOUR, DAY], 3))
    assert [(age, views) for age, views, *_ in rows] == [(HOUR, 70), (HOUR, 60), (HOUR, 50)] + [
        (DAY, 70),
        (DAY, 60),
        (DAY, 50),
    ]


def test_too_few_other_videos_to_compare() -> None:
    histories = {0: [(HOUR, 10), (DAY, 100)], 1: [(HOUR, 1)], 2: [(HOUR, 2)], 3: [(HOUR, 3)], 4: [(HOUR, 4)]}
    with store_with(histories, {0: START + DAY}) as store:
        history = load_video_history(store, "demo:me", video(0))
    (at_day,) = [t for t in history.typical["views"] if t.age == DAY]
    assert at_day.videos == 4 and at_day.median is None
    assert not history.comparison("views").enough


def test_a_video_without_history_has_nothing_to_compare() -> None:
    with store_with({0: [], 1: [(HOUR, 1)]}) as store:
        history = load_video_history(store, "demo:me", video(0))
    assert not history.has_history and history.age == 0
    assert all(curve == [] for curve in history.typical.values())


def hourly(seed: int, hours: int) -> list[tuple[int, int]]:
    """An hourly history whose views often do not change between syncs (as at night, or for an old video)."""
    rng = random.Random(seed)
    views, out = 0, []
    for h in range(1, hours + 1):
        if rng.random() < 0.3:
            views += rng.randint(1, 500)
        out.append((h * HOUR, views))
    return out


def compacted(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What compaction stores: a snapshot only when a count changed since the previous one."""
    return [p for i, p in enumerate(points) if i == 0 or p[1] != points[i - 1][1]]


def test_a_compacted_history_gives_the_same_answers_as_the_full_one() -> None:
    full = {i: hourly(i, 24 * 12) for i in range(12)}
    small = {i: compacted(points) for i, points in full.items()}
    assert sum(map(len, small.values())) < 0.5 * sum(map(len, full.values()))
    last = {i: START + i * DAY + 12 * DAY for i in full}  # each video last seen at 12 days old
    with store_with(full, last) as a, store_with(small, last) as b:
        before, after = load_video_history(a, "demo:me", video(0)), load_video_history(b, "demo:me", video(0))
    assert before.typical == after.typical
    assert [t.videos for t in before.typical["views"]] == [11] * len(before.typical["views"])
    for metric in before.own:  # the video's own counts at every hour agree too
        from tiktok_desktop.core.age_curves import value_at

        hours = range(0, 12 * DAY + 1, HOUR)
        assert [value_at(before.own[metric], h) for h in hours] == [value_at(after.own[metric], h) for h in hours]
    assert before.comparison("views") == after.comparison("views")
