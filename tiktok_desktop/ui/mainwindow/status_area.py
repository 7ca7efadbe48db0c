"""The status bar's permanent part: source, account, last sync, and a sync's progress with its Cancel button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from tiktok_desktop.core.progress import Progress, Stage
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.widgets.labels import plain_label

if TYPE_CHECKING:  # annotations only: the window is built before the analysis is imported
    from tiktok_desktop.app.dashboard import Dashboard


class StatusArea(QObject):
    """Widgets added to `bar`; `cancel_button` is connected by the window."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.source_label = plain_label()
        self.account_label = plain_label()
        self.sync_label = plain_label()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self._upgrading = False
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        for w in (self.source_label, self.account_label, self.sync_label):
            bar.addPermanentWidget(w)

    def message(self, text: str, ms: int = 0) -> None:
        self.bar.showMessage(text, ms)

    def show_source(self, source: str, dashboard: Dashboard | None) -> None:
        names = {
            "demo": self.tr("Demo data"),
            "official": self.tr("TikTok official API"),
            "tikapi": self.tr("TikAPI"),
        }
        self.source_label.setText(self.tr("Source: %1").replace("%1", names.get(source, "")))
        if dashboard is None:
            self.account_label.setText(self.tr("No account"))
            self.sync_label.setText("")
            return
        self.account_label.setText(self.tr("Account: %1").replace("%1", "@" + dashboard.account.profile.username))
        self.sync_label.setText(self.tr("Last sync: %1").replace("%1", fmt.date_time(dashboard.account.last_sync_at)))

    def set_syncing(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.cancel_button.setEnabled(on)
        if on:
            self.progress.setRange(0, 0)
            self.message(self.tr("Syncing\u2026"))

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.message(self.tr("Cancelling\u2026"))

    def show_upgrade(self, p: Progress) -> None:
        """The one-time upgrade of an older database, while the window loads (no Cancel: it is quick enough
        and stopping half-way would only mean starting again)."""
        self._upgrading = True
        self.progress.show()
        self.show_progress(p)

    def upgrade_done(self) -> None:
        if not self._upgrading:
            return
        self._upgrading = False
        if not self.cancel_button.isVisible():  # a sync's bar stays
            self.progress.hide()
        self.message(self.tr("History upgraded: the same history in far less space."), 8000)

    def show_progress(self, p: Progress) -> None:
        if p.stage in (Stage.VIDEOS, Stage.COVERS, Stage.UPGRADE) and p.total:
            self.progress.setRange(0, p.total)
            self.progress.setValue(p.done)
            if p.stage is Stage.UPGRADE:
                text = self.tr("Upgrading the stored history (once): %1 of %n video(s)", "", p.total)
            else:
                text = {
                    Stage.VIDEOS: self.tr("Fetching videos: %1 of %2"),
                    Stage.COVERS: self.tr("Saving covers: %1 of %2"),
                }[p.stage]
            text = fmt.fill(text, fmt.number(p.done), fmt.number(p.total))
        else:
            self.progress.setRange(0, 0)
            text = {
                Stage.PROFILE: self.tr("Fetching profile\u2026"),
                Stage.VIDEOS: self.tr("Fetching videos\u2026"),
                Stage.HISTORY: self.tr("Saving history\u2026"),
                Stage.UPGRADE: self.tr("Upgrading the stored history to its compact form (once)\u2026"),
                Stage.WAITING: self.tr("Waiting for another sync\u2026"),
            }.get(p.stage, self.tr("Working\u2026"))
        self.message(text)
