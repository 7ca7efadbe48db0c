"""What each chart shows, computed off the GUI thread from a dashboard and a date range (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo

from tiktok_desktop.app.chart_names import CHARTS as CHARTS  # re-exported: callers that read the data too
from tiktok_desktop.app.chart_names import RANGES as RANGES
from tiktok_desktop.app.dashboard import Dashboard
from tiktok_desktop.core.analytics import (
    Bucket,
    DayGain,
    Point,
    breaks,
    duration_buckets,
    gains_per_day,
    posting_heatmap,
    published_between,
    rolling_median,
)
from tiktok_desktop.core.hashtags import HashtagStats, hashtag_stats, top_hashtags
from tiktok_desktop.core.metrics import DAY, video_engagement
from tiktok_desktop.core.models import Video
from tiktok_desktop.core.studio.model import DailyMetrics
from tiktok_desktop.core.studio.series import day_time
from tiktok_desktop.core.studio.storage import AudienceSnapshot, ImportRecord

TOP_HASHTAGS = 15


@dataclass(frozen=True)
class ChartData:
    start: int | None  # None: all time
    end: int
    followers: list[Point] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)  # published in the range, oldest first
    engagement: list[float | None] = field(default_factory=list)  # per video of `videos`
    rolling: list[tuple[int, float]] = field(default_factory=list)  # (publish time, rolling median engagement)
    heatmap: list[list[tuple[int, float | None]]] = field(default_factory=list)
    buckets: list[Bucket] = field(default_factory=list)
    hashtags: list[HashtagStats] = field(default_factory=list)
    velocity: dict[str, dict[str, float]] = field(default_factory=dict)
    follower_gains: list[DayGain] = field(default_factory=list)  # calendar days that end in the range
    # indexes i of `followers` after which the line stops: a gap in the history lies between i and i + 1
    followers_breaks: list[int] = field(default_factory=list)
    # imported TikTok Studio downloads (app.studio_data): days in the range, and the audience (not by range)
    daily: list[tuple[int, DailyMetrics]] = field(default_factory=list)  # (the day's noon, its figures)
    activity: list[list[float | None]] = field(default_factory=list)  # 7 x 24 average active followers
    activity_days: int = 0
    audience: AudienceSnapshot | None = None
    last_import: ImportRecord | None = None
    # the times of the followers points that come from imports (the app has no snapshot that day)
    imported_followers: frozenset[int] = frozenset()

    @property
    def empty(self) -> bool:
        return not self.videos and not self.followers


def chart_data(dashboard: Dashboard | None, range_key: str = "all", tz: tzinfo | None = None) -> ChartData:
    if dashboard is None:
        return ChartData(None, 0)
    days = RANGES.get(range_key)
    end = dashboard.as_of
    start = None if days is None else end - days * DAY
    followers = dashboard.followers
    # from the whole history: a day's gain needs the day before, which may lie before the range
    gains = [g for g in gains_per_day(followers, tz) if start is None or g.end > start]
    if start is not None:
        followers = [p for p in followers if p.t >= start]
    videos = sorted(published_between(dashboard.videos, start, end), key=lambda v: v.published_at)
    rates = [video_engagement(v) for v in videos]
    rated = [(v.published_at, r) for v, r in zip(videos, rates, strict=True) if r is not None]
    rolling = list(zip((t for t, _ in rated), rolling_median([r for _, r in rated]), strict=True))
    studio = dashboard.studio
    noons = ((day_time(d.day, dashboard.tz), d) for d in studio.daily)
    daily = [(t, d) for t, d in noons if start is None or t >= start]
    own = {s.taken_at for s in dashboard.snapshots} if studio.daily else set()  # 100,000 snapshots: only if needed
    return ChartData(
        start,
        end,
        followers,
        videos,
        rates,
        rolling,
        posting_heatmap(videos, tz),
        duration_buckets(videos),
        top_hashtags(hashtag_stats(videos), TOP_HASHTAGS),
        dashboard.velocity,
        gains,
        # imported days inside a gap of the app's own history fill it: the line stops only where nothing does
        breaks([p.t for p in followers], dashboard.gaps),
        daily,
        studio.activity_heat,
        studio.activity_days,
        studio.audience,
        studio.last_import,
        frozenset(p.t for p in followers if p.t not in own) if studio.daily else frozenset(),
    )
