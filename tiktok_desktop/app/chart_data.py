"""What each chart shows, computed off the GUI thread from a dashboard and a date range (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo

from tiktok_desktop.app.chart_names import RANGES
from tiktok_desktop.app.dashboard import Dashboard
from tiktok_desktop.core.analytics import (
    Bucket,
    Point,
    account_series,
    breaks,
    duration_buckets,
    posting_heatmap,
    published_between,
    rolling_median,
)
from tiktok_desktop.core.hashtags import HashtagStats, hashtag_stats, top_hashtags
from tiktok_desktop.core.metrics import DAY, video_engagement
from tiktok_desktop.core.models import Video

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
    # indexes i of `followers` after which the line stops: a gap in the history lies between i and i + 1
    followers_breaks: list[int] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.videos and not self.followers


def chart_data(dashboard: Dashboard | None, range_key: str = "all", tz: tzinfo | None = None) -> ChartData:
    if dashboard is None:
        return ChartData(None, 0)
    days = RANGES.get(range_key)
    end = dashboard.as_of
    start = None if days is None else end - days * DAY
    followers = account_series(dashboard.snapshots, "followers")
    if start is not None:
        followers = [p for p in followers if p.t >= start]
    videos = sorted(published_between(dashboard.videos, start, end), key=lambda v: v.published_at)
    rates = [video_engagement(v) for v in videos]
    rated = [(v.published_at, r) for v, r in zip(videos, rates, strict=True) if r is not None]
    rolling = list(zip((t for t, _ in rated), rolling_median([r for _, r in rated]), strict=True))
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
        breaks([p.t for p in followers], dashboard.gaps),
    )
