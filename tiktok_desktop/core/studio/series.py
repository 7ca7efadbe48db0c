"""The app's own measurements and imported TikTok Studio days, put together: the app's snapshots are the source of
truth where it has them (on a calendar day with a snapshot the imported figure is not used), imported days fill
the rest. Calendar days are the creator's: `tz` None is the computer's time zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo

from tiktok_desktop.core.analytics import Point
from tiktok_desktop.core.models import AccountSnapshot, Totals
from tiktok_desktop.core.studio.model import ActiveHour, DailyMetrics


def local_day(t: int, tz: tzinfo | None = None) -> date:
    return datetime.fromtimestamp(t, tz).date()


def day_time(day: date, tz: tzinfo | None = None, at: time = time(12)) -> int:
    """Unix seconds of `at` (noon: where an imported day sits on a time axis) on `day`."""
    when = datetime.combine(day, at)
    return int((when.replace(tzinfo=tz) if tz else when).timestamp())


def followers_series(
    snapshots: Iterable[AccountSnapshot], days: Sequence[DailyMetrics], tz: tzinfo | None = None
) -> list[Point]:
    """Followers over time: every snapshot of the app with a count, and each imported day (at its noon) on which
    the app has none."""
    own = [Point(s.taken_at, s.followers) for s in snapshots if s.followers is not None]
    measured = {local_day(p.t, tz) for p in own}
    imported = [
        Point(day_time(d.day, tz), d.followers) for d in days if d.followers is not None and d.day not in measured
    ]
    return sorted(own + imported)


def daily_table(
    snapshots: Iterable[AccountSnapshot], days: Sequence[DailyMetrics], tz: tzinfo | None = None
) -> list[DailyMetrics]:
    """One row per calendar day that the app measured or an import covered, oldest first: followers from the
    app's last snapshot of the day where it has one, else imported; every other figure imported (the app does
    not measure them by day)."""
    own: dict[date, int] = {}
    for s in sorted(snapshots, key=lambda s: s.taken_at):
        if s.followers is not None:
            own[local_day(s.taken_at, tz)] = s.followers
    by_day = {d.day: d for d in days}
    out = []
    for day in sorted(own.keys() | by_day.keys()):
        row = by_day.get(day, DailyMetrics(day))
        if day in own:
            row = row._replace(followers=own[day])
        out.append(row)
    return out


def imported_totals(days: Sequence[DailyMetrics], start: int, end: int, tz: tzinfo | None = None) -> Totals | None:
    """Views, likes, comments and shares gained in (start, end] by imported days: the days whose noon falls in the
    window, each of which must be imported with all four known; None otherwise (a partial sum would mislead)."""
    first, last = local_day(start, tz), local_day(end, tz)
    wanted = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    wanted = [d for d in wanted if start < day_time(d, tz) <= end]
    by_day = {d.day: d for d in days}
    sums = [0, 0, 0, 0]
    if not wanted:
        return None
    for day in wanted:
        d = by_day.get(day)
        values = None if d is None else (d.video_views, d.likes, d.comments, d.shares)
        if values is None or any(v is None for v in values):
            return None
        for i, v in enumerate(values):
            sums[i] += v or 0
    return Totals(*sums)


def activity_heat(hours: Iterable[ActiveHour]) -> list[list[float | None]]:
    """7 x 24 cells, [weekday][hour] (Monday = 0): the average number of active followers in that hour over
    every imported day that falls on that weekday; None where no import covered it."""
    sums = [[0] * 24 for _ in range(7)]
    counts = [[0] * 24 for _ in range(7)]
    for a in hours:
        w = a.day.weekday()
        sums[w][a.hour] += a.active
        counts[w][a.hour] += 1
    return [[sums[w][h] / counts[w][h] if counts[w][h] else None for h in range(24)] for w in range(7)]
