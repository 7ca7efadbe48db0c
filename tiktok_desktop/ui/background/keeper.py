"""Closing the window keeps collecting, while auto-refresh is on and a tray is there to come back through.

The window is only hidden: its auto-refresh timer goes on syncing. The tray icon (Open, Refresh now, the last
sync, Quit) is how the user gets it back; Quit (tray or File menu) really quits, cancelling a sync under way.
Where no tray exists (a desktop without one, Xvfb without a tray host), closing quits as before, and Preferences
says why the option is unavailable. The first close says once that the app goes on collecting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.errors import AppError
from tiktok_desktop.ui.background.scheduled import KEYS as JOB_KEYS
from tiktok_desktop.ui.background.scheduled import ScheduledJob
from tiktok_desktop.ui.background.tray import Tray
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

KEYS = ("auto_refresh", "keep_collecting")


class BackgroundKeeper(QObject):
    """Owns the tray and the scheduled job; `attach` the window (again after a language switch rebuilt it)."""

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        job: ScheduledJob | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tray_available = tray_available
        self.window: QWidget | None = None
        self.quitting = False
        self.notice: QMessageBox | None = None
        self.tray = Tray(self)
        self.tray.open_requested.connect(self.show_window)
        self.tray.refresh_requested.connect(lambda: self.window.refresh() if self.window is not None else None)
        self.tray.quit_requested.connect(self.quit)
        self.job = job or ScheduledJob(ctx, runner, parent=self)
        self.job.applied.connect(self._job_applied)
        self.job.failed.connect(lambda e: self._window_call("show_error", e))
        self.update()

    # -- state ---------------------------------------------------------------------------------------------

    def auto_refresh_on(self) -> bool:
        return self.ctx.settings.get("auto_refresh") != "off"

    def keeps_collecting(self) -> bool:
        """Closing the window hides it rather than quitting."""
        return bool(self.ctx.settings.get("keep_collecting")) and self.auto_refresh_on() and self.tray_available()

    def update(self) -> None:
        self.tray.set_visible(self.auto_refresh_on() and self.tray_available())
        QApplication.setQuitOnLastWindowClosed(not self.keeps_collecting())

    def setting_changed(self, key: str) -> None:
        if key in KEYS:
            self.update()
            if self.window is not None and self.window.isHidden() and not self.keeps_collecting():
                self.show_window()  # hidden with no way back (no tray icon any more): show it
        if key in JOB_KEYS:
            self.job.setting_changed(key)

    # -- the window --------------------------------------------------------------------------------------------

    def attach(self, window: QWidget) -> None:
        if self.window is not None:
            self.window.close_guard = None  # type: ignore[attr-defined]
        self.window = window
        window.close_guard = self._close_requested  # type: ignore[attr-defined]
        sync = window.sync  # type: ignore[attr-defined]
        sync.started.connect(lambda: self.tray.set_syncing(True))
        sync.stopped.connect(lambda: self.tray.set_syncing(False))
        sync.failed.connect(lambda e: self.tray.set_failed(error_text(e)))
        sync.synced.connect(lambda _: self.tray.set_synced())
        window.dashboard_shown.connect(lambda: self._dashboard_shown(window))  # type: ignore[attr-defined]
        quit_action = window.commands.quit  # type: ignore[attr-defined]
        quit_action.triggered.disconnect()
        quit_action.triggered.connect(self.quit)
        self.tray.set_syncing(False)
        self.tray.retranslate()

    def _dashboard_shown(self, window: QWidget) -> None:
        dashboard = window.dashboard  # type: ignore[attr-defined]
        if window is self.window and dashboard is not None:
            self.tray.set_last_sync(dashboard.account.last_sync_at)

    def _window_call(self, name: str, *args: object) -> None:
        if self.window is not None:
            getattr(self.window, name)(*args)

    def _close_requested(self) -> bool:
        """The window asks before closing (not an event filter: one in Python on the window would run for every
        event it gets): True when it went to the background instead."""
        if not self.quitting and self.keeps_collecting():
            self._to_background()
            return True
        return False

    def _to_background(self) -> None:
        assert self.window is not None
        self.window.save_state()  # type: ignore[attr-defined]
        self.window.hide()
        log.info("window closed: collecting in the background")
        if not self.ctx.settings.get("close_notice_shown"):
            self._first_close_notice()

    def _first_close_notice(self) -> None:
        title = self.tr("Still collecting")
        text = self.tr(
            "TikTok Creator Desktop goes on refreshing your numbers while its window is closed. Open it again from "
            "the tray icon; choose Quit there to stop. You can change this in Preferences."
        )
        # a small dialog of ours rather than a tray balloon: Qt draws those (on XEmbed trays) in fixed pale
        # yellow that the dark theme's light text cannot be read on
        from PySide6.QtWidgets import QMessageBox  # its Python class costs ~5 ms: made when needed, not at start

        self.notice = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
        self.notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice.open()
        try:
            self.ctx.settings.update({"close_notice_shown": True})
        except AppError:
            self.ctx.settings.set("close_notice_shown", True)  # said once in this run at least

    def show_window(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def quit(self) -> None:
        """Really quits: the window closes (saving its layout, cancelling a sync), then the app."""
        self.quitting = True
        self.tray.set_visible(False)
        if self.window is not None:
            self.window.close()
        QApplication.quit()

    def _job_applied(self, where: object) -> None:
        if where is None:
            text = self.tr("The scheduled sync is removed.")
        else:
            text = self.tr("Your numbers will be collected even when the app is not running (%1).").replace(
                "%1", str(where)
            )
        self._window_call("show_message", text)

    def close(self) -> None:
        self.tray.close()
