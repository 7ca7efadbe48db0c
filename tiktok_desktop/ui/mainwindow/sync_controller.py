"""Runs syncs for the window: one at a time, with progress, cancel and the auto-refresh timer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.config import AUTO_REFRESH_SECONDS
from tiktok_desktop.core.errors import Cancelled
from tiktok_desktop.core.progress import CancelToken, ProgressCallback
from tiktok_desktop.ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:  # the sync pulls in httpx and keyring: imported when the first sync starts, after the window
    from tiktok_desktop.app.sync import SyncResult


class SyncController(QObject):
    """Signals (GUI thread):
    started(): a sync began
    progressed(Progress): how far it is
    synced(SyncResult): it finished
    cancelled(): it stopped after cancel(); what it fetched is kept
    failed(BaseException): it failed
    stopped(): after each of synced, cancelled and failed
    wanted(): the auto-refresh timer asks for a sync (the window decides which source)
    """

    started = Signal()
    progressed = Signal(object)
    synced = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    stopped = Signal()
    wanted = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self._handle: TaskHandle | None = None
        self._timed = False  # the timer asked (while `wanted` is emitted)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.apply_auto_refresh()

    @property
    def syncing(self) -> bool:
        return self._handle is not None

    def apply_auto_refresh(self) -> None:
        seconds = AUTO_REFRESH_SECONDS.get(self.ctx.settings.get("auto_refresh"), 0)
        if seconds:
            self.timer.start(seconds * 1000)
        else:
            self.timer.stop()

    def _tick(self) -> None:
        if not self.syncing:
            self._timed = True
            try:
                self.wanted.emit()
            finally:
                self._timed = False

    def start(self, source: str) -> None:
        """Syncs `source` (a concrete one, never "auto") unless a sync is running. The timer's sync requests
        nothing when another process (the scheduled job, a terminal) synced the account within most of the
        interval; the window then only reloads what that sync stored (SyncResult.fetched False)."""
        if self.syncing:
            return
        ctx = self.ctx
        seconds = AUTO_REFRESH_SECONDS.get(ctx.settings.get("auto_refresh"), 0)
        unless_synced_within = seconds * 9 // 10 if self._timed else 0

        def run(progress: ProgressCallback, cancel: CancelToken) -> SyncResult:
            from tiktok_desktop.app.sync import sync_source

            username = ctx.settings.get("tikapi_username") or None
            return sync_source(
                ctx,
                source,
                username=username,
                progress=progress,
                cancel=cancel,
                unless_synced_within=unless_synced_within,
            )

        self.started.emit()
        handle = self.runner.submit(
            "sync",
            run,
            on_success=self._done,
            on_error=self._failed,
            on_progress=self.progressed.emit,
            owner=self,
        )
        self._handle = None if handle.done else handle  # a synchronous runner has already finished it

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _done(self, result: SyncResult) -> None:
        self._handle = None
        self.ctx.settings.set("active_account", result.account)
        self.synced.emit(result)
        self.stopped.emit()

    def _failed(self, error: BaseException) -> None:
        self._handle = None
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)
        self.stopped.emit()
