"""Followers gained per calendar day: the last snapshot of a day minus that of the day before; days without
enough snapshots are gaps (None), never zeros."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tiktok_desktop.core.analytics import DayGain, Point, gains_per_day

UTC = timezone.utc


def at(day: int, hour: int) -> int:
    return int(datetime(2026, 3, day, hour, tzinfo=UTC).timestamp())


def midnight(day: int) -> int:
    return at(day, 0)


SERIES = [
    Point(at(1, 10), 100),
    Point(at(1, 22), 110),
    Point(at(2, 9), 120),
    Point(at(2, 23), 150),
    # 3 March: the app did not run
    Point(at(4, 12), 170),
    Point(at(5, 8), 165),
    Point(at(5, 20), 180),
    Point(at(6, 20), 180),
]


def test_gains_per_day_with_gaps_not_zeros() -> None:
    gains = gains_per_day(SERIES, UTC)
    assert [g.gain for g in gains] == [None, 40, None, None, 15 - 5, 0]
    assert gains[1] == DayGain(midnight(2), midnight(3), 40, at(1, 22), at(2, 23))
    assert gains[3] == DayGain(midnight(4), midnight(5), None, None, None)  # the day before is unknown
    assert gains[5].gain == 0  # a day measured, nothing gained: a zero, not a gap


def test_thinned_history_gives_the_same_gains() -> None:
    """What thinning keeps of old history: the last snapshot of each day."""
    last_of_day = {datetime.fromtimestamp(p.t, UTC).date(): p for p in SERIES}
    assert gains_per_day(list(last_of_day.values()), UTC) == gains_per_day(SERIES, UTC)


def test_days_are_the_time_zone_s_days() -> None:
    china = timezone(timedelta(hours=8))
    # in China the snapshots fall on 1 March 18:00 (100), 2 March 06:00 (110) and 17:00 (120), 3 March 07:00 (150)
    gains = gains_per_day(SERIES[:4], china)
    assert [g.gain for g in gains] == [None, 120 - 100, 150 - 120]
    assert gains[0].start == int(datetime(2026, 3, 1, tzinfo=china).timestamp())
    assert gains_per_day([], china) == []


def test_the_chart_data_of_a_period_measures_its_first_day_from_the_day_before() -> None:
    from tiktok_desktop.app.chart_data import chart_data
    from tiktok_desktop.app.dashboard import Dashboard
    from tiktok_desktop.core.models import Account, AccountSnapshot, Profile

    snapshots = [AccountSnapshot(p.t, p.value, 0, 0, 0) for p in SERIES]
    dashboard = Dashboard(Account("demo:x", Profile("demo", "x"), None), [], snapshots, at(9, 1))
    week = chart_data(dashboard, "7", UTC)  # from 2 March 01:00
    assert week.followers[0].t == at(2, 9)  # the line starts in the period...
    assert week.follower_gains[0] == DayGain(midnight(2), midnight(3), 40, at(1, 22), at(2, 23))  # ...its gain not
    assert [g.gain for g in week.follower_gains] == [40, None, None, 10, 0]
    assert [g.gain for g in chart_data(dashboard, "all", UTC).follower_gains] == [None, 40, None, None, 10, 0]


def test_a_snapshot_at_midnight_opens_the_new_day() -> None:
    series = [Point(at(1, 10), 100), Point(midnight(2), 120), Point(at(2, 23), 150)]
    assert [g.gain for g in gains_per_day(series, UTC)] == [None, 50]
