"""The video table: sortable, searchable, with covers loaded in the background. Enter or a double-click opens a
video's page; its right-click menu also opens the video on TikTok."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.progress import CancelToken, ProgressCallback
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.mainwindow.video_model import (
    AI_GENERATED,
    COVER,
    COVER_SIZE,
    PUBLISHED,
    SAVES,
    TITLE,
    ShareUrlRole,
    VideoIdRole,
    VideoTableModel,
)
from tiktok_desktop.ui.mainwindow.video_pages import VideoPages
from tiktok_desktop.ui.tasks import TaskRunner

# annotations only: the data classes are imported with the data, after the window is painted
if TYPE_CHECKING:
    from tiktok_desktop.core.models import Video


class VideoTable(QTableView):
    """Signals:
    video_opened(str video_id): Enter or a double-click on a video's row (its page should open)
    """

    video_opened = Signal(str)

    def __init__(self, runner: TaskRunner, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("videoTable")
        self.video_model = VideoTableModel(self)
        self.setModel(self.video_model)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(40)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COVER, 56)
        header.resizeSection(PUBLISHED, 140)
        header.resizeSection(AI_GENERATED, 56)
        header.setSortIndicator(PUBLISHED, Qt.SortOrder.DescendingOrder)
        self.pages = VideoPages(self, ctx, runner)  # opened by Enter, a double-click and the row's menu
        self.doubleClicked.connect(self._open_page)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.video_model.cover_needed.connect(self._load_cover)

    def set_videos(self, videos: list[Video]) -> None:
        self.video_model.set_videos(videos)
        self.setColumnHidden(SAVES, not self.video_model.has_saves)
        self.setColumnHidden(AI_GENERATED, not self.video_model.has_ai_labels)

    def filter(self, text: str) -> str:
        """Shows the videos matching `text`; returns what to say about it ("" with no filter)."""
        self.video_model.set_filter_text(text)
        if not text.strip():
            return ""
        # the noun follows the total: "1 of 1 video shown", "3 of 185 videos shown"
        shown = self.tr("%1 of %n video(s) shown", "", self.video_model.total_count)
        return shown.replace("%1", fmt.number(self.video_model.rowCount()))

    def select_video(self, video_id: str) -> bool:
        """Selects and shows a video; False when the current filter hides it (or it is unknown)."""
        row = self.video_model.row_of(video_id)
        if row is None:
            return False
        index = self.video_model.index(row, TITLE)
        self.selectRow(row)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setCurrentIndex(index)
        return True

    def _load_cover(self, video_id: str, path: str) -> None:
        def load(progress: ProgressCallback, cancel: CancelToken) -> QImage:
            image = QImage(path)  # QImage (unlike QPixmap) may be used off the GUI thread
            return image.scaled(
                COVER_SIZE,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )

        def loaded(image: QImage) -> None:
            self.video_model.set_cover(video_id, image)

        # a cover that cannot be read stays a placeholder: never worth a banner
        self.runner.submit("cover", load, on_success=loaded, on_error=lambda e: None, owner=self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_page(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open_page(self, index: QModelIndex) -> None:
        video_id = self.video_model.data(index, VideoIdRole)
        if video_id:
            self.video_opened.emit(video_id)

    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.menu_for(index).popup(self.viewport().mapToGlobal(pos))

    def menu_for(self, index: QModelIndex) -> QMenu:
        """The right-click menu of a row: the video's page and TikTok, one click each."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page = menu.addAction(self.tr("Open video page"), lambda: self._open_page(index))
        page.setShortcut(QKeySequence(Qt.Key.Key_Return))  # shown as a hint: the table handles the key
        url = self.video_model.data(index, ShareUrlRole)
        tiktok = menu.addAction(self.tr("Open on TikTok"), lambda: QDesktopServices.openUrl(QUrl(url)))
        tiktok.setEnabled(bool(url))
        copy = menu.addAction(self.tr("Copy link"), lambda: QGuiApplication.clipboard().setText(url))
        copy.setEnabled(bool(url))
        return menu
