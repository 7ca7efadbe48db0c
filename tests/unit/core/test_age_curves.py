"""A video's counts by age against the typical video: quartiles, what is known when, too few videos."""

from __future__ import annotations

import statistics

import pytest

from tiktok_desktop.core.age_curves import (
    HOUR,
    MIN_VIDEOS,
    AgeValue,
    Comparison,
    Typical,
    age_parts,
    compare,
    grid,
    own_curves,
    quartiles,
    typical,
    typical_curves,
    value_at,
)
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.core.models import VideoSnapshot


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1, 2, 3, 4, 5], (2, 3, 4)),
        ([1, 2, 3, 4], (1.75, 2.5, 3.25)),
        ([5, 40, 60, 80, 100, 200], (45, 70, 95)),
        ([7], (7, 7, 7)),
    ],
)
def test_quartiles_of_known_data(values: list[int], expected: tuple[float, float, float]) -> None:
    assert quartiles(values) == pytest.approx(expected)
    if len(values) > 1:  # the same as the standard library's inclusive method
        assert quartiles(values) == pytest.approx(tuple(statistics.quantiles(values, n=4, method="inclusive")))


def test_too_few_videos_give_no_typical_value() -> None:
    few = typical(DAY, [3, 1, 2, 4][: MIN_VIDEOS - 1])
    assert few == Typical(DAY, MIN_VIDEOS - 1, None, None, None)
    enough = typical(DAY, [50, 10, 40, 20, 30])
    assert enough == Typical(DAY, 5, 20, 30, 40)


def test_typical_curves_group_rows_by_age_for_every_metric() -> None:
    rows = [(HOUR, v, v // 10, 1, 0) for v in (100, 300, 200, 500, 400)] + [
        (DAY, v, v // 10, 2, 1)
        for v in (1000, 900, 800)  # only three videos had history a day after posting
    ]
    curves = typical_curves(iter(rows))
    assert curves["views"] == [Typical(HOUR, 5, 200, 300, 400), Typical(DAY, 3, None, None, None)]
    assert curves["likes"][0] == Typical(HOUR, 5, 20, 30, 40)
    assert curves["comments"][0].median == 1 and curves["shares"][0].median == 0
    assert typical_curves(iter([])) == {m: [] for m in ("views", "likes", "comments", "shares")}


def test_the_grid_holds_the_first_hours_and_the_age_now() -> None:
    ages = grid(3 * DAY + 5)
    assert ages[0] == HOUR and ages[-1] == 3 * DAY + 5 and ages == sorted(set(ages))
    assert {6 * HOUR, DAY, 2 * DAY} <= set(ages)
    assert len(grid(400 * DAY)) <= 60  # bounded: the cost is videos x ages
    assert grid(0) == [] and grid(1800) == [1800]


def snap(t: int, views: int) -> VideoSnapshot:
    return VideoSnapshot("v", t, views, views // 10, 0, 0)


def test_own_counts_hold_until_the_next_snapshot_and_end_at_the_last_sync() -> None:
    published = 1_000_000
    # compacted: unchanged snapshots between these were never stored
    snaps = [snap(published + HOUR, 10), snap(published + 5 * HOUR, 80), snap(published + 2 * DAY, 300)]
    own = own_curves(snaps, published, seen_until=published + 4 * DAY)["views"]
    assert own == [AgeValue(HOUR, 10), AgeValue(5 * HOUR, 80), AgeValue(2 * DAY, 300), AgeValue(4 * DAY, 300)]
    assert value_at(own, 30 * 60) is None  # before the first snapshot: unknown, not 0
    assert value_at(own, 4 * HOUR) == 10  # the last snapshot at or before
    assert value_at(own, 5 * HOUR) == 80
    assert value_at(own, 3 * DAY) == 300  # unchanged since day 2, as the sync on day 4 saw
    assert value_at(own, 5 * DAY) is None  # after the last sync that saw it
    assert own_curves([], published, published) == {m: [] for m in ("views", "likes", "comments", "shares")}


def test_comparison_at_the_age_now() -> None:
    own = [AgeValue(HOUR, 5), AgeValue(3 * DAY, 240)]
    curve = [Typical(HOUR, 9, 1, 2, 3), Typical(3 * DAY, 9, 60, 100, 150)]
    c = compare(own, curve, 3 * DAY)
    assert c.enough and c.ratio == pytest.approx(2.4) and c.position == "above"
    assert compare([AgeValue(3 * DAY, 80)], curve, 3 * DAY).position == "within"
    assert compare([AgeValue(3 * DAY, 59)], curve, 3 * DAY).position == "below"
    few = compare(own, [Typical(3 * DAY, 2, None, None, None)], 3 * DAY)
    assert not few.enough and few.ratio is None and few.position is None
    zero = Comparison(DAY, 7, Typical(DAY, 8, 0, 0, 0))
    assert zero.enough and zero.ratio is None  # no "n times" of nothing


def test_ages_are_said_in_hours_then_days() -> None:
    assert age_parts(5 * HOUR + 59 * 60) == (5, "hours")
    assert age_parts(2 * DAY - 1) == (47, "hours")
    assert age_parts(3 * DAY + 23 * HOUR) == (3, "days")
