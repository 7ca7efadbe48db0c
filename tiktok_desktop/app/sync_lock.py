"""One sync at a time, across processes: the open app, a scheduled `sync`, a `sync` typed in a terminal.

Two syncs at once would not corrupt the store (each page is a transaction), but they would double the requests
and could each record half a picture. So a sync first takes its own lock file next to the database, and only
then, inside, the token refresh lock (AppContext.refresh_lock) when it refreshes. That order is fixed: a refresh
never takes the sync lock, so a process holding both cannot deadlock itself or another, and signing in never
waits for a whole sync.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tiktok_desktop.core.errors import LockBusy, SyncSkipped, SyncWaitTooLong
from tiktok_desktop.core.file_lock import FileLock
from tiktok_desktop.core.progress import CancelToken, Progress, ProgressCallback, Stage, no_progress

log = logging.getLogger(__name__)

# How long a sync waits for another one by default: far longer than a sync of thousands of videos takes.
SYNC_LOCK_WAIT = 900.0


@contextmanager
def sync_turn(
    path: Path,
    wait: float = SYNC_LOCK_WAIT,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> Iterator[None]:
    """Holds the sync lock for the `with` block. When another process holds it: with `wait` 0, SyncSkipped at
    once; otherwise progress says WAITING and this waits (cancellable) up to `wait` seconds, then SyncWaitTooLong."""
    lock = FileLock(path, timeout=0)
    try:
        lock.acquire(cancel)
    except LockBusy:
        if wait <= 0:
            log.info("sync skipped: another sync holds %s", path.name)
            raise SyncSkipped() from None
        log.info("waiting up to %.0f s for another sync to finish", wait)
        progress(Progress(Stage.WAITING))
        lock = FileLock(path, timeout=wait)
        try:
            lock.acquire(cancel)
        except LockBusy:
            raise SyncWaitTooLong(seconds=round(wait)) from None
        log.info("the other sync finished: this one starts")
    try:
        yield
    finally:
        lock.release()
