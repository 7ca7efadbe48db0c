"""TikTok Studio imports in the window: File > Import TikTok Studio data..., zips and folders dropped on the window,
and the weekly reminder (a dismissible banner with the date of the last import, shown only once the user has
imported, when that import is a week old: follower activity covers only the 7 days before a download)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.ui import formatting as fmt

if TYPE_CHECKING:  # the dialog and the imports' data are imported when first needed, after the window shows
    from tiktok_desktop.app.context import AppContext
    from tiktok_desktop.ui.mainwindow.studio_dialog import StudioImportDialog
    from tiktok_desktop.ui.mainwindow.window import MainWindow
    from tiktok_desktop.ui.tasks import TaskRunner


class StudioController(QObject):
    def __init__(self, ctx: AppContext, runner: TaskRunner, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx, self.runner = ctx, runner
        self.dialog: StudioImportDialog | None = None
        window.setAcceptDrops(True)
        window.dashboard_shown.connect(self.update_reminder)
        window.banners.reminder.dismissed.connect(self._dismissed)
        window.banners.reminder.action.clicked.connect(lambda: self.open())

    @property
    def window(self) -> MainWindow:
        return cast("MainWindow", self.parent())

    def open(self, files: Sequence[Path] = (), start: bool = False) -> StudioImportDialog:
        """The import dialog (one at a time), with `files` chosen; `start`: import them at once (a drop)."""
        from PySide6.QtCore import Qt  # not before the first paint (ui/first_frame.py)

        from tiktok_desktop.ui.mainwindow.studio_dialog import StudioImportDialog

        already_open = self.dialog is not None
        if self.dialog is None:
            dashboard = self.window.dashboard
            account = dashboard.account.key if dashboard is not None else None
            self.dialog = StudioImportDialog(self.ctx, self.runner, account, self.window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.imported.connect(lambda _: self.window.reload())
            self.dialog.failed_unseen.connect(self.window.show_error)
            self.dialog.destroyed.connect(self._closed)
        if files:
            self.dialog.set_files(files)
        self.dialog.show()
        if already_open:  # behind the window, maybe: bring it forward
            self.dialog.raise_()
            self.dialog.activateWindow()
        if start:
            self.dialog.start()
        return self.dialog

    def _closed(self) -> None:
        self.dialog = None

    # -- drag and drop -------------------------------------------------------------------------------------

    @staticmethod
    def _dropped(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        from tiktok_desktop.ui.mainwindow.studio_dialog import importable

        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return importable([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])

    # The window calls these from its drag and drop handlers. Not an event filter: a filter written in Python on
    # the window runs for every event the window gets (paints, layouts, updates), each one a round trip for the
    # GIL while a task computes in Python; under load that starved the GUI thread for minutes.
    def drag_entered(self, drag: QDragEnterEvent | QDragMoveEvent) -> bool:
        if self._dropped(drag):
            drag.acceptProposedAction()
            return True
        return False

    def dropped(self, drop: QDropEvent) -> bool:
        files = self._dropped(drop)
        if files:
            drop.acceptProposedAction()
            self.open(files, start=True)
            return True
        return False

    # -- the weekly reminder -------------------------------------------------------------------------------

    def update_reminder(self, now: int | None = None) -> None:
        from tiktok_desktop.app.studio_data import reminder_due

        dashboard = self.window.dashboard
        banner = self.window.banners.reminder
        now = int(time.time()) if now is None else now
        last = dashboard.studio.last_import if dashboard is not None else None
        # dismissed during this week-long stretch since the last import: not again until the next one
        dismissed = self.ctx.settings.get("studio_reminder_dismissed")
        if (
            dashboard is None
            or last is None
            or not reminder_due(dashboard.studio, now)
            or dismissed >= _due(last.imported_at)
        ):
            banner.hide()
            return
        text = self.tr(
            "Your last TikTok Studio import was on %1. Follower activity covers only the last 7 days of a download: "
            "import a new one every week to keep the history of when your followers are active."
        ).replace("%1", fmt.date(last.imported_at))
        banner.show_message(text, self.tr("Import\u2026"))

    def _dismissed(self) -> None:
        self.ctx.settings.set("studio_reminder_dismissed", int(time.time()))


def _due(imported_at: int) -> int:
    from tiktok_desktop.app.studio_data import REMINDER_DAYS

    return imported_at + REMINDER_DAYS * DAY
