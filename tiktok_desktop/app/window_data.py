"""What the main window shows, loaded in one use case off the GUI thread: the source in use, who is signed in,
the dashboard of the account shown, its analysis for the chosen period and the cached covers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tiktok_desktop.app.chart_data import ChartData, chart_data
from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.dashboard import Dashboard, load_dashboard, pick_account
from tiktok_desktop.app.report import ReportData, report_data
from tiktok_desktop.core.progress import ProgressCallback, no_progress


@dataclass(frozen=True)
class Analysis:
    """What the charts and the insights strip show for one period."""

    charts: ChartData
    report: ReportData


@dataclass(frozen=True)
class SignIn:
    signed_in: bool  # with TikTok (the official API), whatever the source shown
    keyring_warning: BaseException | None


@dataclass(frozen=True)
class WindowData:
    source: str  # the concrete source in use (never "auto")
    dashboard: Dashboard | None
    sign_in: SignIn | None  # None: not read yet (read_sign_in), the numbers shown do not depend on it
    covers: dict[str, Path]
    analysis: Analysis | None = None


def analyse(dashboard: Dashboard, range_key: str) -> Analysis:
    """Hashtags of 100k videos take a while: run it off the GUI thread."""
    return Analysis(chart_data(dashboard, range_key), report_data(dashboard))


def read_sign_in(ctx: AppContext) -> SignIn:
    """Who is signed in with TikTok. Reads the keyring: finding its backends takes ~0.2 s the first time."""
    return SignIn(ctx.signed_in(), ctx.secrets.warning)


def load_window_data(ctx: AppContext, range_key: str, progress: ProgressCallback = no_progress) -> WindowData:
    """`progress` hears the one-time upgrade of a database from an older version (the first open converts it).
    The sign-in is read here for the official source and when there is nothing to show (the window decides what
    to offer from it); otherwise it is left to read_sign_in, once the numbers are on screen."""
    from tiktok_desktop.sources.covers import CoverCache

    source = ctx.resolve_source()  # may read the keyring
    with ctx.open_store(progress) as store:
        account = pick_account(store, ctx.settings.get("active_account"), source)
        dashboard = None if account is None else load_dashboard(store, account.key)
    if dashboard is None:
        return WindowData(source, None, read_sign_in(ctx), {})
    cache = CoverCache(ctx.paths.covers_dir)
    try:
        covers = cache.cached([v.video_id for v in dashboard.videos])
    finally:
        cache.close()
    sign_in = read_sign_in(ctx) if source == "official" else None
    return WindowData(source, dashboard, sign_in, covers, analyse(dashboard, range_key))
