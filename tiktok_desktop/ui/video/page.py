"""A video's own page: its title, publish date and counts at once, then (loaded in the background) its views,
likes, comments and shares since it was posted against the account's typical video at the same age, and a
sentence saying whether it does better than usual. Esc closes it; its size is remembered."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QDesktopServices,
    QGuiApplication,
    QHelpEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.video_history import VideoHistory
from tiktok_desktop.core.age_curves import METRICS
from tiktok_desktop.core.models import Video
from tiktok_desktop.core.plain_text import plain_text
from tiktok_desktop.core.progress import CancelToken, ProgressCallback
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.tasks import TaskHandle, TaskRunner
from tiktok_desktop.ui.video.verdict import metric_name, verdict
from tiktok_desktop.ui.widgets.labels import plain_label
from tiktok_desktop.ui.widgets.stat_tile import StatTile

if TYPE_CHECKING:
    from tiktok_desktop.ui.video.age_chart import AgeChart

TITLE_LIMIT = 500  # characters of a title shown (TikTok allows 2,200 in a caption)


class VideoPage(QDialog):
    """One video's page; deletes itself when closed (a task still running is cancelled and its result dropped)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, account: str, video: Video, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner, self.account, self.video = ctx, runner, account, video
        self.setObjectName("videoPage")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumSize(560, 480)
        title = plain_text(video.title or video.description, limit=TITLE_LIMIT) or self.tr("(no title)")
        self.setWindowTitle(plain_text(title, limit=60))
        self.history: VideoHistory | None = None
        self.chart: AgeChart | None = None
        self.shown_metric = "views"
        self._task: TaskHandle | None = None
        self._loads = 0  # only the latest load's answer is shown

        layout = QVBoxLayout(self)
        self.title = plain_label(title)
        self.title.setObjectName("videoTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        posted = self.tr("Posted %1 \u00b7 %2 long").replace("%1", fmt.long_date_time(video.published_at))
        self.posted = plain_label(posted.replace("%2", fmt.duration(video.duration_s)))
        self.posted.setObjectName("hint")
        layout.addWidget(self.posted)
        tiles = QHBoxLayout()
        self.tiles: dict[str, StatTile] = {}
        for metric in METRICS:
            tile = StatTile(metric_name(metric))
            tile.value.setText(fmt.number(getattr(video, metric)))
            tile.change.hide()
            tiles.addWidget(tile)
            self.tiles[metric] = tile
        layout.addLayout(tiles)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Since posting:")))
        self._metric_group = QButtonGroup(self)
        self.metric_buttons: dict[str, QPushButton] = {}
        for metric in METRICS:
            button = QPushButton(metric_name(metric))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setChecked(metric == self.shown_metric)
            button.clicked.connect(lambda _=False, m=metric: self.show_metric(m))
            self._metric_group.addButton(button)
            bar.addWidget(button)
            self.metric_buttons[metric] = button
        bar.addStretch(1)
        layout.addLayout(bar)
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Loading this video\u2019s history\u2026"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        layout.addWidget(self.stack, 1)
        self.verdict = plain_label("")
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("Open on TikTok"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(bool(video.share_url))
        self.open_button.clicked.connect(self.open_on_tiktok)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        self.notice = plain_label("")  # what became of an export
        self.notice.setObjectName("hint")
        row.addWidget(self.notice, 1)
        row.addWidget(buttons)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # Ctrl+W; Esc is the dialog's own
        self._restore_size()

    # -- loading -------------------------------------------------------------------------------------------------

    def load(self) -> None:
        ctx, account, video = self.ctx, self.account, self.video

        def work(progress: ProgressCallback, cancel: CancelToken) -> VideoHistory:
            from tiktok_desktop.app.video_history import load_video_history

            with ctx.open_store() as store:
                return load_video_history(store, account, video, cancel)

        if self.chart is None:  # a page already drawn keeps its chart while it reloads
            self.stack.setCurrentWidget(self.loading)
        if self._task is not None and not self._task.done:
            self._task.cancel()  # a reload replaces it: its answer would be older
        self._loads += 1
        load = self._loads
        self._task = self.runner.submit(
            "video history",
            work,
            on_success=lambda history: self._loaded(history) if load == self._loads else None,
            on_error=lambda error: self._failed(error) if load == self._loads else None,
            owner=self,
        )

    def refresh(self, video: Video) -> None:
        """The window has newer numbers (a sync): show them and reload the history."""
        self.video = video
        for metric, tile in self.tiles.items():
            tile.value.setText(fmt.number(getattr(video, metric)))
        self.load()

    @property
    def loaded(self) -> bool:
        return self.history is not None

    def _loaded(self, history: VideoHistory) -> None:
        self.history = history
        if self.chart is None:
            from tiktok_desktop.ui.video.age_chart import AgeChart

            self.chart = AgeChart(False)
            self.chart.follow_palette(self.palette())
            self._wire(self.chart)
            self.stack.addWidget(self.chart.widget)
        self.chart.set_history(history)
        self.stack.setCurrentWidget(self.chart.widget)
        self.show_metric(self.shown_metric)

    def _failed(self, error: BaseException) -> None:
        self.loading.setText(error_text(error))

    def show_metric(self, metric: str) -> None:
        self.shown_metric = metric
        self.metric_buttons[metric].setChecked(True)
        if self.history is not None and self.chart is not None:
            self.chart.show(metric)
            self.verdict.setText(verdict(self.history, metric))

    # -- the chart's mouse -----------------------------------------------------------------------------------------

    def _wire(self, chart: AgeChart) -> None:
        chart.widget.viewport().installEventFilter(self)
        chart.widget.scene().sigMouseMoved.connect(self._hover)
        # the view's policy, not the viewport's: the viewport's context-menu event goes to the view (right button
        # and the menu key alike)
        chart.widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chart.widget.customContextMenuRequested.connect(lambda pos: self.show_menu(chart.widget.mapToGlobal(pos)))

    def _text_at(self, scene_pos: QPointF) -> str | None:
        chart = self.chart
        if chart is None:
            return None
        box = chart.item.getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        point = box.mapSceneToView(scene_pos)
        return chart.describe(point.x(), point.y())

    def _show_tip(self, text: str | None) -> None:
        if text is None:
            QToolTip.hideText()
        elif self.chart is not None:
            tip = "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
            QToolTip.showText(QCursor.pos(), tip, self.chart.widget.viewport())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt asks for a tooltip when the pointer rests; left to the graphics scene, which has none, the answer
        # hides ours. Answer it here instead, so a tooltip stays while the pointer rests on a point.
        if event.type() == QEvent.Type.ToolTip and self.chart is not None:
            assert isinstance(event, QHelpEvent)
            self._show_tip(self._text_at(self.chart.widget.mapToScene(event.pos())))
            return True
        return super().eventFilter(watched, event)

    def _hover(self, scene_pos: QPointF) -> None:
        self._show_tip(self._text_at(scene_pos))

    def show_menu(self, global_pos: QPoint) -> None:
        menu = self.chart_menu()
        if menu is not None:
            menu.popup(global_pos)

    def chart_menu(self) -> QMenu | None:
        """The chart's right-click menu (deleted once closed)."""
        chart = self.chart
        if chart is None:
            return None
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Open on TikTok"), self.open_on_tiktok).setEnabled(bool(self.video.share_url))
        menu.addSeparator()
        menu.addAction(self.tr("Copy image"), self.copy_image)
        menu.addAction(self.tr("Save as PNG\u2026"), lambda: self.save_image("png"))
        menu.addAction(self.tr("Save as SVG\u2026"), lambda: self.save_image("svg"))
        menu.addSeparator()
        menu.addAction(self.tr("Reset zoom"), chart.item.enableAutoRange)
        return menu

    # -- actions -------------------------------------------------------------------------------------------------

    def open_on_tiktok(self) -> None:
        if self.video.share_url:
            QDesktopServices.openUrl(QUrl(self.video.share_url))

    def copy_image(self) -> None:
        from tiktok_desktop.ui.charts.files import render_image

        if self.chart is not None:
            QGuiApplication.clipboard().setImage(render_image(self.chart.widget))

    def save_image(self, kind: str) -> None:
        from tiktok_desktop.ui.video.page_export import save_chart_image

        if self.chart is not None:
            save_chart_image(self, self.chart, kind)

    # -- state -----------------------------------------------------------------------------------------------------

    def _restore_size(self) -> None:
        saved = self.ctx.settings.get("video_page_geometry")
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(900, 680)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.chart is not None:
            self.chart.follow_palette(self.palette())
            if self.history is not None:
                self.chart.show(self.shown_metric)
        super().changeEvent(event)

    def _leaving(self) -> None:
        self.ctx.settings.set("video_page_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        if self._task is not None and not self._task.done:
            self._task.cancel()
        QToolTip.hideText()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._leaving()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Esc and Close end here, without a close event."""
        self._leaving()
        super().done(result)
