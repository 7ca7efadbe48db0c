"""One sync at a time across processes: skip, wait with progress, cancel while waiting, and no self-deadlock with
the token refresh lock a sync takes inside."""

from __future__ import annotations

import threading

import pytest
from helpers.lock_watch import lock_waits

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.sync import sync_source
from tiktok_desktop.app.sync_lock import sync_turn
from tiktok_desktop.core.errors import Cancelled, SyncSkipped, SyncWaitTooLong
from tiktok_desktop.core.file_lock import FileLock
from tiktok_desktop.core.progress import CancelToken, Progress, Stage


def test_a_sync_while_another_holds_the_lock_skips_when_asked(ctx: AppContext) -> None:
    with FileLock(ctx.sync_lock), pytest.raises(SyncSkipped):
        sync_source(ctx, "demo", wait=0)
    with ctx.open_store() as store:
        assert store.accounts() == []  # nothing was fetched or written


def test_a_waiting_sync_says_so_then_runs_once_the_other_ends(ctx: AppContext) -> None:
    other = FileLock(ctx.sync_lock)
    other.acquire()
    stages: list[Stage] = []
    result: list[object] = []
    with lock_waits() as waiting:
        worker = threading.Thread(
            target=lambda: result.append(sync_source(ctx, "demo", progress=lambda p: stages.append(p.stage)))
        )
        worker.start()
        assert waiting.wait(10)
        other.release()
        worker.join(30)
    assert stages[0] is Stage.WAITING and Stage.VIDEOS in stages
    assert result and result[0].videos > 100  # type: ignore[attr-defined]


def test_waiting_is_cancellable_and_bounded(ctx: AppContext) -> None:
    cancel = CancelToken()
    with FileLock(ctx.sync_lock):

        def progress(p: Progress) -> None:
            if p.stage is Stage.WAITING:
                cancel.cancel()

        with pytest.raises(Cancelled):
            sync_source(ctx, "demo", progress=progress, cancel=cancel)
        with pytest.raises(SyncWaitTooLong):
            with sync_turn(ctx.sync_lock, wait=0.2):
                pass


def test_the_refresh_lock_stays_free_while_a_sync_runs(ctx: AppContext) -> None:
    """A sync refreshes tokens inside its turn: the refresh lock must not be the sync lock (a FileLock is not
    reentrant, so that would wait for itself until LockBusy)."""
    assert ctx.sync_lock != ctx.refresh_lock
    with sync_turn(ctx.sync_lock, wait=0), FileLock(ctx.refresh_lock, timeout=0):
        pass
    with sync_turn(ctx.sync_lock, wait=0):  # released at the end of the block
        pass


def test_a_timed_sync_requests_nothing_when_another_process_just_synced(ctx: AppContext) -> None:
    """The window's timer and the scheduled job at the same interval: the second of the two only reloads."""
    first = sync_source(ctx, "demo")  # as the scheduled job would
    ctx.settings.set("active_account", first.account)
    with ctx.open_store() as store:
        before = store.counts(first.account), store.sync_times(first.account)
    again = sync_source(ctx, "demo", unless_synced_within=3600)
    assert again.fetched is False and again.account == first.account and again.taken_at == first.taken_at
    with ctx.open_store() as store:
        assert (store.counts(first.account), store.sync_times(first.account)) == before  # no snapshot, no sync recorded
    assert sync_source(ctx, "demo", unless_synced_within=0).fetched is True  # Refresh pressed: always syncs
