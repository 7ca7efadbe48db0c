"""Everything the main window, the exports and the report show for one account, read in one go (off the GUI
thread)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import tzinfo

from tiktok_desktop.app.studio_data import StudioData, load_studio_data
from tiktok_desktop.core.analytics import PERIODS, Point, find_gaps, gap_threshold, view_velocity
from tiktok_desktop.core.estimates import Estimate, estimate, median_engagement
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.core.models import Account, AccountSnapshot, Totals, Video
from tiktok_desktop.core.store import Store
from tiktok_desktop.core.studio.series import followers_series, imported_totals

VELOCITY_WINDOWS = {"24h": DAY, "7d": 7 * DAY}


@dataclass(frozen=True)
class Dashboard:
    account: Account
    videos: list[Video]
    snapshots: list[AccountSnapshot]
    # the moment the numbers describe: the newest snapshot (a stale account is compared at its last sync)
    as_of: int = 0
    # video totals at now, now - p and now - 2p for each comparison period p (None before the history starts)
    totals: dict[int, Totals | None] = field(default_factory=dict)
    # views gained per day, per video id: window name ("24h", "7d") -> id -> rate (absent: unknown)
    velocity: dict[str, dict[str, float]] = field(default_factory=dict)
    # the account's median engagement rate, the estimates' reference (computed per video when needed: a dict of
    # 100,000 estimates would cost 20 MB, benchmarks/run.py memory)
    median_engagement: float | None = None
    # gaps in the history (core.analytics.find_gaps): (last sync before, first sync after); and how far apart two
    # syncs may lie before that counts as one (None: too few syncs to tell)
    gaps: list[tuple[int, int]] = field(default_factory=list)
    gap_threshold: int | None = None
    # imported TikTok Studio downloads, and followers over time with imported days filling the app's gaps
    studio: StudioData = field(default_factory=StudioData)
    tz: tzinfo | None = None  # the creator's calendar (None: the computer's), for imported days

    def estimate(self, video: Video) -> Estimate | None:
        return estimate(video, self.median_engagement)

    @property
    def followers(self) -> list[Point]:
        """Followers over time: the app's snapshots, and imported days where the app has none."""
        if self.studio.daily:
            return followers_series(self.snapshots, self.studio.daily, self.tz)
        return [Point(s.taken_at, s.followers) for s in self.snapshots if s.followers is not None]

    def imported_totals(self, start: int, end: int) -> Totals | None:
        """Views, likes, comments and shares gained in (start, end] by imported days (None: not all imported)."""
        return imported_totals(self.studio.daily, start, end, self.tz) if self.studio.daily else None


def pick_account(store: Store, preferred: str, source: str) -> Account | None:
    """The preferred account if it belongs to the source, else the most recently synced one of that source."""
    accounts = [a for a in store.accounts() if a.profile.source == source]
    return next((a for a in accounts if a.key == preferred), accounts[0] if accounts else None)


def load_dashboard(store: Store, account: str, tz: tzinfo | None = None) -> Dashboard | None:
    found = store.account(account)
    if found is None:
        return None
    videos = store.videos(account)
    snapshots = store.account_snapshots(account)
    as_of = snapshots[-1].taken_at if snapshots else (found.last_sync_at or int(time.time()))
    boundaries = {as_of - k * p * DAY for p in PERIODS for k in (0, 1, 2)}
    totals = store.totals_at_many(account, sorted(boundaries))
    # unknown rates are left out, not stored as None: most old videos have no history that long
    velocity: dict[str, dict[str, float]] = {name: {} for name in VELOCITY_WINDOWS}
    windows = list(VELOCITY_WINDOWS.items())
    for vid, inputs in store.velocity_inputs_for(account, [w for _, w in windows]):
        for (name, window), given in zip(windows, inputs, strict=True):
            if (rate := view_velocity(given, window)) is not None:
                velocity[name][vid] = rate
    times = store.sync_times(account)
    threshold = gap_threshold(times)
    return Dashboard(
        found,
        videos,
        snapshots,
        as_of,
        totals,
        velocity,
        median_engagement(videos),
        find_gaps(times, threshold),
        threshold,
        studio=load_studio_data(store, account),
        tz=tz,
    )
