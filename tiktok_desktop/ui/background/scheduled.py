"""Keeps the OS scheduled job matching Preferences: installed at the auto-refresh interval, or removed."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.errors import AppError, ScheduleInstallFailed
from tiktok_desktop.core.progress import CancelToken, ProgressCallback
from tiktok_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported when a job is installed or removed, not while the window opens
    from tiktok_desktop.app.schedule.install import Scheduler

KEYS = ("scheduled_sync", "auto_refresh")


def system_scheduler() -> Scheduler:
    from tiktok_desktop.app.schedule.install import Scheduler

    return Scheduler(dict(os.environ))


class ScheduledJob(QObject):
    """Signals:
    applied(object): the job is installed (where, a str) or removed (None)
    failed(BaseException): installing or removing failed; a failed install turns the option off again
    """

    applied = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        scheduler: Callable[[], Scheduler] = system_scheduler,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.runner, self.scheduler = ctx, runner, scheduler

    def setting_changed(self, key: str) -> None:
        # the interval matters only while the job is wanted; turning the option off always removes it
        if key == "scheduled_sync" or key == "auto_refresh" and self.ctx.settings.get("scheduled_sync"):
            self.apply()

    def apply(self) -> None:
        ctx, scheduler = self.ctx, self.scheduler

        def run(progress: ProgressCallback, cancel: CancelToken) -> str | None:
            from tiktok_desktop.app.schedule.apply import apply_schedule

            return apply_schedule(ctx, scheduler())

        self.runner.submit("scheduled sync", run, on_success=self.applied.emit, on_error=self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ScheduleInstallFailed):
            try:  # the checkbox must not claim a job that is not there
                self.ctx.settings.update({"scheduled_sync": False})
            except AppError:
                self.ctx.settings.set("scheduled_sync", False)
        self.failed.emit(error)
