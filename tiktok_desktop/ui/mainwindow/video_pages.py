"""The window's video pages: one page a video, opened from the table (Enter, a double-click, its menu)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.dashboard import Dashboard
from tiktok_desktop.ui.mainwindow.video_table import VideoTable
from tiktok_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported on the first page opened
    from tiktok_desktop.ui.video.page import VideoPage


class PageHost(Protocol):
    dashboard: Dashboard | None


class VideoPages(QObject):
    """Opens pages for the videos of the dashboard its window (`host`, its parent) shows; opening a video again
    brings its page forward. The pages belong to the window (they close with it). The window is found through
    parent(), not kept: a Python reference back to it would keep a closed window alive."""

    def __init__(self, host: QWidget, ctx: AppContext, runner: TaskRunner, table: VideoTable) -> None:
        super().__init__(host)
        self.ctx, self.runner = ctx, runner
        self.pages: dict[str, VideoPage] = {}
        table.video_opened.connect(self.open)

    def open(self, video_id: str) -> VideoPage | None:
        from tiktok_desktop.ui.video.page import VideoPage

        window = cast(QWidget, self.parent())
        dashboard = cast(PageHost, window).dashboard
        video = None if dashboard is None else next((v for v in dashboard.videos if v.video_id == video_id), None)
        if dashboard is None or video is None:
            return None
        page = self.pages.get(video_id)
        if page is not None and Shiboken.isValid(page):
            page.raise_()
            page.activateWindow()
            return page
        page = VideoPage(self.ctx, self.runner, dashboard.account.key, video, window)
        page.destroyed.connect(lambda _=None, vid=video_id: self.pages.pop(vid, None))
        self.pages[video_id] = page
        page.show()
        page.load()
        return page
