"""What the charts and reports compute from videos and snapshots: growth, velocity, period comparison,
posting times and duration buckets. Times are Unix seconds; rates are percentages; None means "not known",
never zero.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from statistics import median
from typing import NamedTuple

from tiktok_desktop.core.metrics import DAY, engagement_rate, video_engagement
from tiktok_desktop.core.models import AccountSnapshot, Totals, VelocityInput, Video

PERIODS = (7, 28, 90)
# upper bounds in seconds; the last bucket is open-ended
DURATION_BUCKETS = (15, 30, 60, 180, 600)
ROLLING_WINDOW = 15  # videos in the engagement chart's rolling median: a month or so of posting


class Point(NamedTuple):
    t: int
    value: int


def value_at(series: Sequence[Point], t: int) -> int | None:
    """The value of the last point taken at or before t; None before the first point."""
    i = bisect_right(series, t, key=lambda p: p.t)
    return series[i - 1].value if i else None


def gained(series: Sequence[Point], start: int, end: int) -> int | None:
    """How much the value grew from start to end; None when the series does not reach back to start."""
    before, after = value_at(series, start), value_at(series, end)
    if before is None or after is None:
        return None
    return after - before


def account_series(snapshots: Iterable[AccountSnapshot], field: str) -> list[Point]:
    """One field of the account snapshots as a series, leaving out snapshots where it was not known."""
    return [Point(s.taken_at, v) for s in snapshots if (v := getattr(s, field)) is not None]


class DayGain(NamedTuple):
    """What the followers (or another account count) gained on one calendar day."""

    start: int  # the day's first second, in the time zone asked for
    end: int  # the next day's first second
    gain: int | None  # None: no snapshot that day or the day before (a gap, never 0)
    since: int | None  # the gain is measured from the day before's last snapshot...
    until: int | None  # ...to this day's last snapshot


def gains_per_day(series: Sequence[Point], tz: tzinfo | None = None) -> list[DayGain]:
    """Each calendar day (in tz; default the computer's) from the first snapshot's to the last one's: the last
    snapshot of the day minus the last snapshot of the day before. Thinned history keeps exactly these (the last
    snapshot of each day), so the answers do not change when old snapshots are thinned."""

    def start_of(d: date) -> int:
        return int(datetime(d.year, d.month, d.day, tzinfo=tz).timestamp())

    last: dict[date, Point] = {}
    day, start, end = date.min, 0, 0
    for p in series:  # oldest first: the day's last snapshot wins
        if not start <= p.t < end:  # a new day: the calendar is asked once a day, not once a snapshot
            day = datetime.fromtimestamp(p.t, tz).date()
            start, end = start_of(day), start_of(day + timedelta(days=1))
        last[day] = p
    if not last:
        return []
    first_day, last_day = min(last), max(last)

    out = []
    for i in range((last_day - first_day).days + 1):
        d = first_day + timedelta(days=i)
        today, before = last.get(d), last.get(d - timedelta(days=1))
        start, end = start_of(d), start_of(d + timedelta(days=1))
        if today is not None and before is not None:
            out.append(DayGain(start, end, today.value - before.value, before.t, today.t))
        else:
            out.append(DayGain(start, end, None, None, None))
    return out


def growth_per_day(series: Sequence[Point], days: int, now: int) -> float | None:
    """Average gain per day over the last `days` days, measured between the snapshots that bound the window."""
    if not series:
        return None
    i = bisect_right(series, now - days * DAY, key=lambda p: p.t)
    if i == 0:
        return None
    first, last = series[i - 1], series[bisect_right(series, now, key=lambda p: p.t) - 1]
    if last.t <= first.t:
        return None
    return (last.value - first.value) / (last.t - first.t) * DAY


# -- gaps in the history ----------------------------------------------------------------------------------------

GAP_FACTOR = 3  # an interval between two syncs this many times the usual one is a gap...
MIN_GAP = 2 * 3600  # ...and never shorter than this (syncs a few minutes apart make a gap of nothing otherwise)


def gap_threshold(sync_times: Sequence[int]) -> int | None:
    """How long two syncs may lie apart before the history between them counts as a gap: GAP_FACTOR times the
    median interval between the account's syncs, at least MIN_GAP. None with fewer than two syncs."""
    if len(sync_times) < 2:
        return None
    intervals = [b - a for a, b in itertools.pairwise(sync_times) if b > a]
    if not intervals:
        return None
    return max(MIN_GAP, GAP_FACTOR * int(median(intervals)))


def find_gaps(sync_times: Sequence[int], threshold: int | None) -> list[tuple[int, int]]:
    """(last sync before, first sync after) of every gap: the app not running, the computer asleep."""
    if threshold is None:
        return []
    return [(a, b) for a, b in itertools.pairwise(sync_times) if b - a > threshold]


def breaks(times: Sequence[int], gaps: Sequence[tuple[int, int]]) -> list[int]:
    """The indexes i of `times` (sorted) after which a chart's line stops: a gap lies between i and i + 1."""
    out = []
    for start, end in gaps:
        i = bisect_right(times, start) - 1  # the last point at or before the gap's start
        if 0 <= i < len(times) - 1 and times[i + 1] >= end:
            out.append(i)
    return sorted(set(out))


def estimated_edges(snapshot_times: Sequence[int], edges: Iterable[int], threshold: int | None) -> list[int]:
    """The edges (of a period comparison) whose values come from a snapshot taken more than `threshold` before
    them: across a gap, or in the thinned history (one snapshot a day). Edges before the first snapshot are
    not estimated: they have no value at all (the comparison says so)."""
    if threshold is None:
        return []
    out = []
    for t in edges:
        i = bisect_right(snapshot_times, t)
        if i and t - snapshot_times[i - 1] > threshold:
            out.append(t)
    return sorted(out)


# -- per-video view velocity ---------------------------------------------------------------------------------


def view_velocity(v: VelocityInput, window: int) -> float | None:
    """Views gained per day over (at least) the last `window` seconds before the newest snapshot.

    A video published inside the window counts from 0 views at its publish time. Without a snapshot old enough
    (history started later), None: a shorter interval would overstate a young video's pace.
    """
    base_t, base_views = v.base_t, v.base_views
    if base_t is None or base_views is None:
        if v.published_at < v.latest_t - window:
            return None
        base_t, base_views = v.published_at, 0
    elapsed = v.latest_t - base_t
    if elapsed <= 0:
        return None
    return max(0, v.latest_views - base_views) / elapsed * DAY


# -- this period against the previous one ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    current: float | None
    previous: float | None

    @property
    def pct(self) -> float | None:
        """Relative change in percent; None when either side is unknown or the previous value is 0."""
        if self.current is None or self.previous is None or self.previous == 0:
            return None
        return (self.current - self.previous) / abs(self.previous) * 100.0


def _sums(videos: Iterable[Video]) -> tuple[int, int, int]:
    views = likes = interactions = 0
    for v in videos:
        views += v.views
        likes += v.likes
        interactions += v.likes + v.comments + v.shares
    return views, likes, interactions


def compare_published(videos: Sequence[Video], days: int, now: int) -> dict[str, Change]:
    """Views, likes and engagement of the videos published in the last `days` days against those published in
    the `days` before. Engagement is pooled: all interactions over all views of the window's videos."""
    span = days * DAY
    current = [v for v in videos if now - span < v.published_at <= now]
    previous = [v for v in videos if now - 2 * span < v.published_at <= now - span]
    (cv, cl, ci), (pv, pl, pi) = _sums(current), _sums(previous)
    return {
        "videos": Change(len(current), len(previous)),
        "views": Change(cv, pv),
        "likes": Change(cl, pl),
        "engagement": Change(engagement_rate(ci, 0, 0, cv), engagement_rate(pi, 0, 0, pv)),
    }


def compare_account(
    followers: Sequence[Point],
    totals: dict[int, Totals | None],
    days: int,
    now: int,
    imported: Callable[[int, int], Totals | None] | None = None,
) -> dict[str, Change]:
    """Gains over the last `days` days against the `days` before, over the account's totals.

    `totals` maps now, now - days and now - 2 x days to the video totals at that moment (None before the history
    starts). Where they do not cover a window, `imported(start, end)` may give what was gained in it (imported
    TikTok Studio days). `followers` may hold imported days too. Engagement is interactions gained over views
    gained in the window.
    """
    span = days * DAY
    t0, t1, t2 = now - 2 * span, now - span, now

    def window(a: int, b: int) -> tuple[int | None, int | None, float | None]:
        start, end = totals.get(a), totals.get(b)
        if start is None or end is None:
            gain = imported(a, b) if imported is not None else None
            if gain is None:
                return None, None, None
            return gain.views, gain.likes, engagement_rate(sum(gain[1:]), 0, 0, gain.views)
        views = end.views - start.views
        interactions = sum(end[1:]) - sum(start[1:])
        return views, end.likes - start.likes, engagement_rate(interactions, 0, 0, views)

    (cv, cl, ce), (pv, pl, pe) = window(t1, t2), window(t0, t1)
    return {
        "followers": Change(gained(followers, t1, t2), gained(followers, t0, t1)),
        "views": Change(cv, pv),
        "likes": Change(cl, pl),
        "engagement": Change(ce, pe),
    }


# -- when to post, how long --------------------------------------------------------------------------------------


def posting_heatmap(videos: Iterable[Video], tz: tzinfo | None = None) -> list[list[tuple[int, float | None]]]:
    """7 x 24 cells, [weekday][hour] (Monday = 0) in time zone tz (default: the computer's): (videos, median
    views), the median None where nothing was posted."""
    cells: list[list[list[int]]] = [[[] for _ in range(24)] for _ in range(7)]
    for v in videos:
        when = datetime.fromtimestamp(v.published_at, tz) if tz else datetime.fromtimestamp(v.published_at)
        cells[when.weekday()][when.hour].append(v.views)
    return [[(len(c), median(c) if c else None) for c in row] for row in cells]


@dataclass(frozen=True, slots=True)
class Bucket:
    low: int  # seconds, inclusive
    high: int | None  # seconds, exclusive; None for the open-ended last bucket
    videos: int
    median_engagement: float | None
    median_views: float | None


def duration_buckets(videos: Iterable[Video]) -> list[Bucket]:
    bounds = (0, *DURATION_BUCKETS)
    groups: list[list[Video]] = [[] for _ in bounds]
    for v in videos:
        groups[bisect_right(DURATION_BUCKETS, v.duration_s)].append(v)
    out = []
    for i, group in enumerate(groups):
        rates = [r for v in group if (r := video_engagement(v)) is not None]
        out.append(
            Bucket(
                bounds[i],
                DURATION_BUCKETS[i] if i < len(DURATION_BUCKETS) else None,
                len(group),
                median(rates) if rates else None,
                median(v.views for v in group) if group else None,
            )
        )
    return out


def rolling_median(values: Sequence[float], window: int = ROLLING_WINDOW) -> list[float]:
    """Trailing median over up to `window` values (fewer at the start)."""
    return [median(values[max(0, i + 1 - window) : i + 1]) for i in range(len(values))]


def published_between(videos: Iterable[Video], start: int | None, end: int) -> list[Video]:
    """The videos published in (start, end]; every video up to end when start is None."""
    return [v for v in videos if (start is None or v.published_at > start) and v.published_at <= end]


def top_videos(videos: Iterable[Video], n: int = 10) -> list[Video]:
    return sorted(videos, key=lambda v: (-v.views, -v.published_at))[:n]
