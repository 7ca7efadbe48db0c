"""The window's video pages: one page a video, opened from the table (Enter, a double-click, its menu)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the page (and the dashboard, with the analysis) is imported on the first page opened
    from tiktok_desktop.app.dashboard import Dashboard
    from tiktok_desktop.ui.mainwindow.video_table import VideoTable
    from tiktok_desktop.ui.video.page import VideoPage


class VideoPages(QObject):
    """Opens pages for the videos of the dashboard its table's window shows; opening a video again brings its page
    forward. The pages belong to the window (they close with it). The window is found when needed, not kept: a
    Python reference back to it would keep a closed window alive."""

    def __init__(self, table: VideoTable, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(table)
        self.ctx, self.runner = ctx, runner
        self.pages: dict[str, VideoPage] = {}
        self._shown: Dashboard | None = None  # the dashboard the open pages show
        table.video_opened.connect(self.open)
        table.video_model.modelReset.connect(self._dashboard_changed)  # also on a search: compared below

    def open(self, video_id: str) -> VideoPage | None:
        from tiktok_desktop.app.dashboard import Dashboard
        from tiktok_desktop.ui.video.page import VideoPage

        window = cast(QWidget, self.parent()).window()
        dashboard = getattr(window, "dashboard", None)
        if not isinstance(dashboard, Dashboard):
            return None
        video = next((v for v in dashboard.videos if v.video_id == video_id), None)
        if video is None:
            return None
        page = self.pages.get(video_id)
        if page is not None and Shiboken.isValid(page):
            page.raise_()
            page.activateWindow()
            return page
        self._shown = dashboard
        page = VideoPage(self.ctx, self.runner, dashboard.account.key, video, window)
        page.destroyed.connect(lambda _=None, vid=video_id: self.pages.pop(vid, None))
        self.pages[video_id] = page
        page.show()
        page.load()
        return page

    def _dashboard_changed(self) -> None:
        """After a sync or a reload, open pages of the same account show the new numbers."""
        if not self.pages:
            return
        from tiktok_desktop.app.dashboard import Dashboard

        dashboard = getattr(cast(QWidget, self.parent()).window(), "dashboard", None)
        if not isinstance(dashboard, Dashboard) or dashboard is self._shown:
            return
        self._shown = dashboard
        wanted = set(self.pages)
        fresh = {v.video_id: v for v in dashboard.videos if v.video_id in wanted}
        for video_id, page in list(self.pages.items()):
            if Shiboken.isValid(page) and video_id in fresh and page.account == dashboard.account.key:
                page.refresh(fresh[video_id])
