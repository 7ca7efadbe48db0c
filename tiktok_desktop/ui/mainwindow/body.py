"""The window's body: the dashboard (profile card, insights, charts over the video table) or, when the source has
nothing to show yet, the empty state in its place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui.charts.insights import InsightsStrip
from tiktok_desktop.ui.charts.panel import ChartsPanel
from tiktok_desktop.ui.mainwindow.empty_state import EmptyState
from tiktok_desktop.ui.mainwindow.profile_card import ProfileCard
from tiktok_desktop.ui.mainwindow.video_table import VideoTable
from tiktok_desktop.ui.tasks import TaskRunner


class WindowBody(QStackedWidget):
    def __init__(self, runner: TaskRunner, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard_page = QWidget()
        layout = QVBoxLayout(self.dashboard_page)
        layout.setContentsMargins(12, 12, 12, 8)
        self.profile_card = ProfileCard()
        self.profile_card.hide()
        layout.addWidget(self.profile_card)
        self.insights = InsightsStrip()
        self.insights.hide()
        layout.addWidget(self.insights)
        self.table = VideoTable(runner, ctx)  # with the video pages it opens
        self.charts = ChartsPanel()
        self.charts.setMinimumHeight(180)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.charts)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.empty = EmptyState()
        self.addWidget(self.dashboard_page)
        self.addWidget(self.empty)

    @property
    def showing_empty(self) -> bool:
        return self.currentWidget() is self.empty

    def show_empty(self, source: str) -> None:
        """Nothing to show for `source`: whatever was shown before (another source's numbers) goes."""
        self.profile_card.hide()
        self.insights.hide()
        self.table.set_videos([])
        self.empty.show_for(source)
        self.setCurrentWidget(self.empty)

    def show_dashboard(self) -> None:
        self.profile_card.show()
        self.setCurrentWidget(self.dashboard_page)
