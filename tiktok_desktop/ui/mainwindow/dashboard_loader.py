"""Loads what the window shows, and re-analyses it for another period, in the background."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QTimeZone, Signal

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.progress import CancelToken, Progress, ProgressCallback
from tiktok_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # annotations only: the window is built before the analysis is imported
    from tiktok_desktop.app.dashboard import Dashboard

if TYPE_CHECKING:  # imported in the tasks, after the window is on screen
    from tiktok_desktop.app.window_data import Analysis, SignIn, WindowData


class DashboardLoader(QObject):
    """Signals:
    failed(BaseException): a load or an analysis failed
    progressed(Progress): a load is upgrading an older database (the first open after an update; it can take a
        minute with a year of history, so the window says so)
    settled(): a load ended, well or not
    sign_in_read(SignIn): who is signed in, after each load (read after it when the load left it out)
    """

    failed = Signal(object)
    progressed = Signal(object)
    settled = Signal()
    sign_in_read = Signal(object)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self._loads = 0
        self._generation = 0  # loads begun: a sign-in read for an older one is out of date

    @property
    def loading(self) -> bool:
        return bool(self._loads)

    def load(self, range_key: str, then: Callable[[WindowData], None]) -> None:
        ctx = self.ctx
        self._loads += 1
        self._generation += 1

        def load(progress: ProgressCallback, cancel: CancelToken) -> WindowData:
            # the charts' date axes ask for the local time zone, whose first lookup reads the zone database (~7 ms,
            # in C++ that lets the GUI thread run): here, while the window's dashboard is made, not in the first paint
            QTimeZone.systemTimeZone()
            from tiktok_desktop.app.window_data import load_window_data

            def upgrading(p: Progress) -> None:
                # quitting mid-upgrade stops it: the original file is kept and converted on the next start
                progress(p)
                cancel.raise_if_cancelled()

            return load_window_data(ctx, range_key, upgrading)

        def done(result: WindowData) -> None:
            self._loads -= 1
            self.settled.emit()
            then(result)
            if result.sign_in is None:  # left out of the load (the numbers shown do not depend on it): read now
                self.read_sign_in()
            else:
                self.sign_in_read.emit(result.sign_in)

        def failed(error: BaseException) -> None:
            self._loads -= 1
            self.settled.emit()
            self.failed.emit(error)

        self.runner.submit("load", load, on_success=done, on_error=failed, on_progress=self.progressed.emit, owner=self)

    def read_sign_in(self) -> None:
        """Who is signed in (the keyring), read once what the window just showed is painted (a zero timer runs
        after the paint's posted events); part of the load from now on. Emits sign_in_read unless a load began
        meanwhile. The task refers to the loader only (a child of the window), never to the window."""
        ctx, generation = self.ctx, self._generation
        self._loads += 1

        def read(progress: ProgressCallback, cancel: CancelToken) -> SignIn:
            from tiktok_desktop.app.window_data import read_sign_in

            return read_sign_in(ctx)

        def done(result: SignIn) -> None:
            self._loads -= 1
            if generation == self._generation:
                self.sign_in_read.emit(result)

        def failed(error: BaseException) -> None:
            self._loads -= 1
            self.failed.emit(error)

        QTimer.singleShot(
            0, self, lambda: self.runner.submit("sign-in", read, on_success=done, on_error=failed, owner=self)
        )

    def analyse(self, dashboard: Dashboard, range_key: str, then: Callable[[Analysis], None]) -> None:
        def analyse(progress: ProgressCallback, cancel: CancelToken) -> Analysis:
            from tiktok_desktop.app.window_data import analyse

            return analyse(dashboard, range_key)

        self.runner.submit("charts", analyse, on_success=then, on_error=self.failed.emit, owner=self)
