"""The tray icon while auto-refresh is on: Open, Refresh now, the last sync time, Quit."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.resources import resource


class Tray(QObject):
    """Signals:
    open_requested(): Open, or a click on the icon
    refresh_requested(): Refresh now
    quit_requested(): Quit
    """

    open_requested = Signal()
    refresh_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        icon = QApplication.windowIcon()
        self.icon = QSystemTrayIcon(icon if not icon.isNull() else QIcon(str(resource("icons", "app.svg"))), self)
        self.menu = QMenu()
        self.open_action = QAction(self.menu)
        self.refresh_action = QAction(self.menu)
        self.last_sync_action = QAction(self.menu)
        self.last_sync_action.setEnabled(False)  # information, not a command
        self.quit_action = QAction(self.menu)
        self.open_action.triggered.connect(self.open_requested.emit)
        self.refresh_action.triggered.connect(self.refresh_requested.emit)
        self.quit_action.triggered.connect(self.quit_requested.emit)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.refresh_action)
        self.menu.addSeparator()
        self.menu.addAction(self.last_sync_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.last_sync: int | None = None
        self.failure = ""  # why the last sync failed, while no sync has succeeded since
        self.failed_at = 0
        self.syncing = False
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language (after a language switch too)."""
        self.open_action.setText(self.tr("Open TikTok Creator Desktop"))
        self.refresh_action.setText(self.tr("Refresh now"))
        self.quit_action.setText(self.tr("Quit"))
        self._show_last_sync()

    def set_last_sync(self, ts: int | None) -> None:
        """The data shown is of the sync at `ts`. A failure stays said unless that sync started after it: after a
        failed sync the window shows the last good numbers again, and a load started by an earlier sync that
        succeeded can arrive after the failure (seen in a full test run: the failure vanished)."""
        self.last_sync = ts
        if ts is not None and ts > self.failed_at:
            self.failure = ""
        self._show_last_sync()

    def set_failed(self, why: str) -> None:
        """A sync failed (the window may be closed, its banner unseen): the menu and the tooltip say so."""
        self.failure = why
        self.failed_at = int(time.time())
        self._show_last_sync()

    def set_synced(self) -> None:
        """A sync of the window succeeded (perhaps within the second of a failure, which set_last_sync cannot
        tell apart)."""
        self.failure = ""
        self._show_last_sync()

    def set_syncing(self, on: bool) -> None:
        self.syncing = on
        self.refresh_action.setEnabled(not on)
        self._show_last_sync()

    def _show_last_sync(self) -> None:
        if self.syncing:
            text = self.tr("Syncing\u2026")
        elif self.last_sync is None:
            text = self.tr("Last sync: never")
        else:
            text = self.tr("Last sync: %1").replace("%1", fmt.date_time(self.last_sync))  # as the status bar says it
        self.last_sync_action.setText(text)
        tip = self.tr("TikTok Creator Desktop: collecting your numbers")
        if self.failure and not self.syncing:
            self.last_sync_action.setText(text + " \u2014 " + self.tr("the last one failed"))
            tip += "\n" + self.tr("The last sync failed: %1").replace("%1", self.failure)
        self.icon.setToolTip(tip)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def set_visible(self, on: bool) -> None:
        self.icon.setVisible(on)

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()
