"""Sync: source -> store, page by page, with progress and cancel."""

from __future__ import annotations

import time
from dataclasses import dataclass

from tiktok_desktop.core.progress import CancelToken, Progress, ProgressCallback, Stage, no_progress
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources.base import DataSource


@dataclass(frozen=True)
class SyncResult:
    account: str
    videos: int
    taken_at: int


def sync(
    store: Store,
    source: DataSource,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    now: int | None = None,
) -> SyncResult:
    """Fetches the profile and every video into the store and records a snapshot of each.

    Each page is its own transaction: a cancelled or failed sync keeps every page it finished and raises.
    The account is marked as synced only when every page arrived.
    """
    cancel = cancel or CancelToken()
    taken_at = int(time.time()) if now is None else now
    cancel.raise_if_cancelled()
    progress(Progress(Stage.PROFILE))
    profile = source.fetch_profile()
    account = store.save_profile(profile, taken_at)
    total = profile.video_count
    done = 0
    progress(Progress(Stage.VIDEOS, 0, total))
    for page in source.iter_video_pages():
        cancel.raise_if_cancelled()
        store.save_videos_page(account, page, taken_at)
        done += len(page)
        progress(Progress(Stage.VIDEOS, done, max(total or 0, done) or None))
    cancel.raise_if_cancelled()
    if store.counts(account)["account_snapshots"] <= 1:
        history = source.history()
        if history.account or history.videos:
            progress(Progress(Stage.HISTORY))
            store.save_history(account, history.account, history.videos)
    store.mark_synced(account, taken_at)
    return SyncResult(account, done, taken_at)
