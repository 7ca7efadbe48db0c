"""What the window, the exports and the report show of imported TikTok Studio downloads, read in one go (off the GUI
thread, as part of app.dashboard.load_dashboard: Dashboard.studio).

For the GUI:
    dashboard.followers               followers over time: the app's snapshots, imported days filling the gaps
                                      (what the Followers chart and the period comparison use)
    dashboard.studio.daily            imported days (DailyMetrics: video_views, profile_views, ... None = unknown)
    dashboard.studio.audience         latest gender and territories with their export time, or None
    dashboard.studio.activity_heat    7 x 24 average active followers, [weekday][hour], None = not covered
    dashboard.studio.last_import      the latest import (ImportRecord) or None: no import yet, no reminder
    reminder_due(dashboard.studio, now)   True when a weekly import is due (only after a first import)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import tzinfo

from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.core.models import AccountSnapshot
from tiktok_desktop.core.store import Store
from tiktok_desktop.core.studio import storage
from tiktok_desktop.core.studio.model import DailyMetrics
from tiktok_desktop.core.studio.series import activity_heat, daily_table
from tiktok_desktop.core.studio.storage import AudienceSnapshot, ImportRecord

# Follower activity covers the 7 days before a download: importing once a week keeps its history without gaps
REMINDER_DAYS = 7


@dataclass(frozen=True)
class StudioData:
    daily: list[DailyMetrics] = field(default_factory=list)
    audience: AudienceSnapshot | None = None
    activity_heat: list[list[float | None]] = field(default_factory=list)
    activity_days: int = 0  # calendar days of follower activity kept, over every import
    last_import: ImportRecord | None = None

    def table(self, snapshots: Sequence[AccountSnapshot], tz: tzinfo | None = None) -> list[DailyMetrics]:
        """One row a day: the app's followers where it measured them, imported figures elsewhere (Daily sheet)."""
        return daily_table(snapshots, self.daily, tz)


def load_studio_data(store: Store, account: str) -> StudioData:
    days = storage.daily(store, account)
    hours = storage.follower_activity(store, account)
    records = storage.imports(store, account)
    return StudioData(
        daily=days,
        audience=storage.latest_audience(store, account),
        activity_heat=activity_heat(hours) if hours else [],
        activity_days=len({h.day for h in hours}),
        last_import=records[0] if records else None,
    )


def reminder_due(data: StudioData, now: int, every_days: int = REMINDER_DAYS) -> bool:
    """A weekly import is due: there was a first import, and the latest is at least `every_days` old."""
    last = data.last_import
    return last is not None and now - last.imported_at >= every_days * DAY
