"""A video's counts by age (time since it was published) against the account's typical video at the same age.

The counts at any moment are those of the video's last snapshot at or before it (snapshots are stored only when
a count changed), and they are known only from the video's first snapshot to the last sync that saw it: before
that the app did not watch it, after that it may have changed unseen. So a video's value at an age is unknown,
never zero, outside that span. Times and ages are seconds.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.core.models import VideoSnapshot

HOUR = 3600
METRICS = ("views", "likes", "comments", "shares")
MIN_VIDEOS = 5  # other videos needed at an age before the app speaks of a "typical" video
# The typical video at an age is that of the most recent videos with history then, at most this many: a
# creator's recent videos say more about what to expect now than those of years ago, and it bounds the work
# (one probe a video an age) for accounts with tens of thousands of videos.
MAX_VIDEOS = 1_000
GRID_POINTS = 32  # evenly spaced ages over the video's life, besides the first hours
EARLY = (1, 2, 3, 6, 12, 24, 36, 48)  # hours: where young videos change fastest


class AgeValue(NamedTuple):
    age: int
    value: int


class Typical(NamedTuple):
    """The other videos' counts at one age: how many had history then, and their quartiles (None below
    MIN_VIDEOS)."""

    age: int
    videos: int
    q1: float | None
    median: float | None
    q3: float | None


def grid(age_now: int) -> list[int]:
    """The ages at which the typical video is computed for a video `age_now` old: the first hours, evenly spaced
    ages over its life, and its age now (the comparison's)."""
    if age_now <= 0:
        return []
    step = max(HOUR, age_now // GRID_POINTS)
    ages = {h * HOUR for h in EARLY if h * HOUR < age_now}
    ages.update(range(step, age_now, step))
    ages.add(age_now)
    return sorted(ages)


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """First quartile, median and third quartile of sorted values, interpolated linearly between ranks (as
    numpy's default and statistics.quantiles(method="inclusive"))."""

    def at(q: float) -> float:
        pos = (len(values) - 1) * q
        low = int(pos)
        high = min(low + 1, len(values) - 1)
        return values[low] + (values[high] - values[low]) * (pos - low)

    return at(0.25), at(0.5), at(0.75)


def typical(age: int, values: list[int]) -> Typical:
    """The typical video at `age` from the other videos' values then (sorted in place)."""
    if len(values) < MIN_VIDEOS:
        return Typical(age, len(values), None, None, None)
    values.sort()
    return Typical(age, len(values), *quartiles(values))


def typical_curves(rows: Iterable[tuple[int, int, int, int, int]]) -> dict[str, list[Typical]]:
    """Rows (age, views, likes, comments, shares), one for each other video with a value at that age, grouped by
    age (rows of one age together, ages ascending), as one curve a metric. Only one age's values are held at a
    time: memory is bounded by the number of videos, not by videos x ages."""
    curves: dict[str, list[Typical]] = {m: [] for m in METRICS}
    current: int | None = None
    columns: list[list[int]] = [[] for _ in METRICS]

    def flush() -> None:
        if current is not None:
            for metric, values in zip(METRICS, columns, strict=True):
                curves[metric].append(typical(current, values))

    for age, *counts in rows:
        if age != current:
            flush()
            current, columns = age, [[] for _ in METRICS]
        for column, count in zip(columns, counts, strict=True):
            column.append(count)
    flush()
    return curves


def own_curves(snapshots: Sequence[VideoSnapshot], published_at: int, seen_until: int) -> dict[str, list[AgeValue]]:
    """The video's own counts by age, one point a stored snapshot, and the last value again at the last sync
    that saw it (unchanged since its last snapshot). Drawn as steps: a count holds until the next point."""
    curves: dict[str, list[AgeValue]] = {m: [] for m in METRICS}
    for s in sorted(snapshots, key=lambda s: s.taken_at):
        for metric in METRICS:
            curves[metric].append(AgeValue(s.taken_at - published_at, getattr(s, metric)))
    if snapshots and seen_until > snapshots[-1].taken_at:
        for points in curves.values():
            points.append(AgeValue(seen_until - published_at, points[-1].value))
    return curves


def value_at(points: Sequence[AgeValue], age: int) -> int | None:
    """The count at `age`: the last point at or before it; None before the first or after the last point."""
    if not points or age > points[-1].age:
        return None
    i = bisect_right(points, age, key=lambda p: p.age)
    return points[i - 1].value if i else None


@dataclass(frozen=True, slots=True)
class Comparison:
    """This video against the typical one at its age now."""

    age: int
    value: int | None  # None: no history of this video at that age
    typical: Typical | None  # None: no other video computed at that age

    @property
    def enough(self) -> bool:
        return self.value is not None and self.typical is not None and self.typical.median is not None

    @property
    def ratio(self) -> float | None:
        """How many times the typical (median) count; None when not comparable or the median is 0."""
        if not self.enough or not self.typical or not self.typical.median or self.value is None:
            return None
        return self.value / self.typical.median

    @property
    def position(self) -> str | None:
        """'above', 'within' or 'below' the middle half of the other videos; None when not comparable."""
        t = self.typical
        if not self.enough or t is None or t.q1 is None or t.q3 is None or self.value is None:
            return None
        return "above" if self.value > t.q3 else "below" if self.value < t.q1 else "within"


def compare(own: Sequence[AgeValue], curve: Sequence[Typical], age: int) -> Comparison:
    """This video's count at `age` against the typical curve there (the grid always holds the age now)."""
    typical_then = next((t for t in curve if t.age == age), None)
    return Comparison(age, value_at(own, age), typical_then)


def age_parts(age: int) -> tuple[int, str]:
    """How to say an age: (n, 'hours') under two days, else (n, 'days'), rounded down."""
    return (age // HOUR, "hours") if age < 2 * DAY else (age // DAY, "days")
