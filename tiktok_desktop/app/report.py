"""What the PDF report says, computed from a dashboard (no Qt: the drawing is in ui/report.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tiktok_desktop.app.dashboard import Dashboard
from tiktok_desktop.core.analytics import (
    PERIODS,
    Change,
    compare_account,
    compare_published,
    estimated_edges,
    growth_per_day,
    top_videos,
)
from tiktok_desktop.core.estimates import Estimate, account_estimate
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.core.models import Video

TOP = 10


@dataclass(frozen=True)
class ReportData:
    dashboard: Dashboard
    # days -> {"followers", "views", "likes", "engagement"} over account totals
    account: dict[int, dict[str, Change]]
    # days -> {"videos", "views", "likes", "engagement"} over the videos published in each window
    published: dict[int, dict[str, Change]]
    followers_per_day: dict[int, float | None]
    estimate: Estimate | None
    top: list[Video]
    # days -> the edges of that comparison (start of the previous period, of this one) whose values come from
    # the nearest earlier snapshot, far from the edge (a gap, or the thinned history): the window says so
    estimated: dict[int, list[int]] = field(default_factory=dict)


def report_data(dashboard: Dashboard) -> ReportData:
    now = dashboard.as_of
    followers = dashboard.followers  # imported days fill the days the app did not see
    times = [p.t for p in followers]
    return ReportData(
        dashboard,
        {p: compare_account(followers, dashboard.totals, p, now, dashboard.imported_totals) for p in PERIODS},
        {p: compare_published(dashboard.videos, p, now) for p in PERIODS},
        {p: growth_per_day(followers, p, now) for p in PERIODS},
        account_estimate(dashboard.videos),
        top_videos(dashboard.videos, TOP),
        {p: estimated_edges(times, (now - 2 * p * DAY, now - p * DAY), dashboard.gap_threshold) for p in PERIODS},
    )
