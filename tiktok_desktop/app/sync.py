"""Sync: source -> store, page by page, with progress and cancel."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.sync_lock import SYNC_LOCK_WAIT, sync_turn
from tiktok_desktop.core.errors import KeyringLockedUnattended, PaginationLoop
from tiktok_desktop.core.models import Video
from tiktok_desktop.core.progress import CancelToken, Progress, ProgressCallback, Stage, no_progress
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources.base import DataSource
from tiktok_desktop.sources.covers import CoverCache
from tiktok_desktop.sources.fields import VideoPage

SERVICES = {"official": "TikTok", "tikapi": "TikAPI"}  # how errors name a source's service


@dataclass(frozen=True)
class SyncResult:
    account: str
    videos: int
    taken_at: int
    fetched: bool = True  # False: another process had just synced the account, so nothing was requested


class _End:
    """What the producer puts after the last page."""


def prefetched(pages: Iterator[list[Video]], cancel: CancelToken) -> Generator[list[Video], None, None]:
    """Fetches page n + 1 while the caller saves page n (one page ahead at most): a cursor-paged list is
    sequential, so this is how a full sync gets down to the network round trips alone."""
    ahead: queue.Queue[list[Video] | BaseException | _End] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def put(item: list[Video] | BaseException | _End) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for page in pages:
                if cancel.cancelled:
                    break
                if not put(page):
                    return
            put(_End())  # always: the consumer must never wait for a page that will not come
        except BaseException as e:  # noqa: BLE001 - handed to the consumer, raised there
            put(e)

    worker = threading.Thread(target=produce, name="page-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            try:
                item = ahead.get(timeout=0.1)
            except queue.Empty:
                cancel.raise_if_cancelled()  # a source stuck in a request must not hold up Cancel
                continue
            if isinstance(item, _End):
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        # not joined: a producer inside a slow request ends by itself once that request returns
        stop.set()


def sync(
    store: Store,
    source: DataSource,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    now: int | None = None,
    covers: CoverCache | None = None,
) -> SyncResult:
    """Fetches the profile and every video into the store and records a snapshot of each.

    Each page is its own transaction: a cancelled or failed sync keeps every page it finished and raises.
    The account is marked as synced only when every page arrived.

    A video that comes twice (on two pages, say) is saved and counted once; a page holding only videos already
    received means the source is going round in circles (PaginationLoop). A known video whose answer lacked a
    count (VideoPage.uncounted) is not saved: its stored counts are not overwritten by a 0 snapshot.

    Sources that can re-read videos by id (`refresh_known`) are listed only until a page holds nothing new
    (lists are newest first); the remaining known videos are then re-read by id, which the official API
    allows several at a time. That shortcut is taken only after a complete sync, so an interrupted one never
    leaves older videos unlisted.
    """
    cancel = cancel or CancelToken()
    taken_at = int(time.time()) if now is None else now
    cancel.raise_if_cancelled()
    progress(Progress(Stage.PROFILE))
    profile = source.fetch_profile()
    account = store.save_profile(profile, taken_at)
    previous = store.account(account)
    refresher: Callable[[Sequence[str]], Iterator[list[Video]]] | None = getattr(source, "refresh_known", None)
    incremental = refresher is not None and previous is not None and previous.last_sync_complete
    known = set(store.video_ids(account)) if incremental else set()
    store.begin_sync(account, taken_at)

    total = profile.video_count
    seen: set[str] = set()
    saved: list[Video] = []
    stored: set[str] | None = known if incremental else None  # read when first needed

    def fresh(page: list[Video]) -> tuple[list[Video], frozenset[str]]:
        """The page without the videos received before in this sync, nor the known ones it gives no counts for
        (marked received all the same); and the new videos it gives no counts for (saved without a snapshot)."""
        nonlocal stored
        new: dict[str, Video] = {}
        for v in page:
            if v.video_id not in seen:
                new.setdefault(v.video_id, v)
        uncounted = page.uncounted.intersection(new) if isinstance(page, VideoPage) else frozenset()
        if uncounted:
            if stored is None:
                stored = set(store.video_ids(account))
            for video_id in uncounted & stored:
                del new[video_id]
                seen.add(video_id)
        return list(new.values()), frozenset(uncounted - (stored or set()))

    def save(page: list[Video], uncounted: frozenset[str] = frozenset()) -> None:
        """A page that arrived is kept, even when Cancel was pressed meanwhile; then cancel takes effect."""
        if page:
            store.save_videos_page(account, page, taken_at, without_snapshot=uncounted)
            saved.extend(page)
            seen.update(v.video_id for v in page)
        progress(Progress(Stage.VIDEOS, len(seen), max(total or 0, len(seen)) or None))
        cancel.raise_if_cancelled()

    progress(Progress(Stage.VIDEOS, 0, total))
    stopped_early = False
    # a re-sync stops at the first page of known videos: fetching ahead would cost a request for nothing
    listing = source.iter_video_pages() if known else prefetched(source.iter_video_pages(), cancel)
    try:
        for page in listing:
            if page and all(v.video_id in seen for v in page):
                service = SERVICES.get(source.name, source.name)
                raise PaginationLoop(service=service, detail="a page held only videos it had sent already")
            all_known = bool(known) and all(v.video_id in known for v in page)
            save(*fresh(page))
            if all_known:
                stopped_early = True
                break
    finally:
        if isinstance(listing, Generator):  # closed now: stops the prefetching thread even if an error lives on
            listing.close()
    if stopped_early and refresher is not None:
        for page in refresher(sorted(known - seen)):
            save(*fresh(page))
    cancel.raise_if_cancelled()
    if store.counts(account)["account_snapshots"] <= 1:
        history = source.history()
        if history.account or history.videos:
            progress(Progress(Stage.HISTORY))
            store.save_history(account, history.account, history.videos)
    store.mark_synced(account, taken_at)
    store.thin(account, taken_at)  # bounded: only the days that left the full-resolution tier since the last sync
    if covers is not None:
        covers.fetch_missing(saved, cancel, progress)
    return SyncResult(account, len(seen), taken_at)


def sync_source(
    ctx: AppContext,
    name: str,
    *,
    username: str | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    wait: float = SYNC_LOCK_WAIT,
    unless_synced_within: int = 0,
) -> SyncResult:
    """The sync the CLI and the GUI run: waits its turn (app.sync_lock: at most `wait` seconds, 0 to skip when
    another sync runs), builds the source, syncs into the store, caches covers.

    `unless_synced_within` (seconds) is for the window's auto-refresh timer: when the account shown was fully
    synced from this source that recently (by the scheduled job, a terminal, or a sync this one waited for),
    nothing is requested and the result says so (fetched False), so the window and the job do not both sync
    every interval."""
    cancel = cancel or CancelToken()
    # the store first: a database that is not ours is refused before a lock file is put next to it
    with ctx.open_store(progress) as store, sync_turn(ctx.sync_lock, wait, progress, cancel):
        recent = _recent_sync(ctx, store, name, unless_synced_within)
        if recent is not None:
            return recent
        source = ctx.make_source(name, username, cancel=cancel)
        covers = CoverCache(ctx.paths.covers_dir)
        try:
            return sync(store, source, progress=progress, cancel=cancel, covers=covers)
        finally:
            covers.close()
            source.close()


def _recent_sync(ctx: AppContext, store: Store, name: str, within: int) -> SyncResult | None:
    if within <= 0:
        return None
    shown = store.account(ctx.settings.get("active_account") or "")
    if shown is None or shown.profile.source != name or not shown.last_sync_complete or shown.last_sync_at is None:
        return None
    if not 0 <= int(time.time()) - shown.last_sync_at < within:
        return None
    return SyncResult(shown.key, shown.profile.video_count or 0, shown.last_sync_at, fetched=False)


def refuse_without_keyring(ctx: AppContext, requested: str | None, name: str) -> None:
    """For an unattended sync (`sync --quiet`, what the scheduled job runs). Where the keyring is locked or missing
    (a session not unlocked yet), "auto" cannot see the sign-in and resolves to the demo data: syncing that into a
    creator's history, or waiting on an unlock prompt nobody sees, would be wrong. So it stops with one line (the
    journal or cron mail keeps it) and the next run tries again. Demo data needs no keyring."""
    if ctx.secrets.warning is None or "demo" in (requested, ctx.settings.get("source")):
        return
    shown = ctx.settings.get("active_account")
    if name != "demo" or (shown and not shown.startswith("demo:")):
        raise KeyringLockedUnattended()
