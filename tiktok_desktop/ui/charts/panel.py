"""The charts area: a date-range selector shared by every chart, one tab a chart, hover details, click to select
a video, and a right-click menu to export. pyqtgraph (and numpy) are imported on first build, after the window is
on screen; each chart is made when first shown (or drawn, or exported)."""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QHelpEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from tiktok_desktop.app.chart_names import CHARTS, RANGES
from tiktok_desktop.ui.charts.audience_view import AudienceView
from tiktok_desktop.ui.charts.looks import follow_palette, is_dark
from tiktok_desktop.ui.charts.on_demand import Charts, Plots

if TYPE_CHECKING:
    from tiktok_desktop.app.chart_data import ChartData
    from tiktok_desktop.ui.charts.chart_base import Chart

log = logging.getLogger(__name__)
AUDIENCE_CHART = "active"  # shown in the Audience tab, not in a tab of its own
# the tabs, in order, by the name of the chart each exports (the Audience tab: its active-followers map)
TABS = tuple(n for n in CHARTS if n != AUDIENCE_CHART) + (AUDIENCE_CHART,)


def tooltip_html(text: str) -> str:
    """Plain text (titles and hashtags are untrusted) as a tooltip Qt will not read as markup."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class ChartsPanel(QStackedWidget):
    """A placeholder until build() is called, then the range selector and one tab a chart.

    Signals:
        range_changed(str): the user picked another date range (a key of chart_data.RANGES)
        video_clicked(str video_id): the user clicked the point of a video
        followers_per_day_changed(bool): the user switched the followers chart between total and gain per day
        export_requested(str chart, str kind): the chart's menu asked for "png", "png-size", "svg" or "copy"
        studio_import_requested(): an empty chart's button asked to import TikTok Studio data (chart_note.py)
    """

    range_changed, video_clicked, export_requested = Signal(str), Signal(str), Signal(str, str)
    followers_per_day_changed, studio_import_requested = Signal(bool), Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = QLabel(self.tr("Loading charts\u2026"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self._placeholder)
        self.tabs: QTabWidget | None = None
        self.charts: Mapping[str, Chart] = {}  # every chart once built, each made when first asked for
        self._made: dict[str, Chart] = {}
        self._holders: dict[str, QVBoxLayout] = {}  # the layout of each tab, where its chart goes once made
        self._audience: AudienceView | None = None
        self.audience_posting: Chart | None = None
        self.range_key = "all"
        self._range_buttons: dict[str, QPushButton] = {}
        self.followers_per_day = False
        self._mode_buttons: dict[bool, QPushButton] = {}
        self._mode_bar: QWidget | None = None
        self._viewports: dict[QObject, Chart] = {}
        self._data: ChartData | None = None
        self._stale: set[str] = set()  # charts not yet drawn with the current data: drawn when shown
        self.menu: QMenu | None = None  # the chart's context menu while it is open

    @property
    def built(self) -> bool:
        return self.tabs is not None

    @property
    def plots(self) -> Mapping:
        return Plots(self.charts)

    @property
    def audience(self) -> AudienceView:
        self.charts[AUDIENCE_CHART]  # made with the active-followers map
        assert self._audience is not None
        return self._audience

    def build(self) -> bool:
        """Creates the charts on first use; False (with the reason on screen and in the log) if it failed."""
        if self.built:
            return True
        try:
            self._build()
        except Exception as e:  # a broken chart library must leave the rest of the window working
            log.exception("charts unavailable")
            self._placeholder.setText(
                self.tr("Charts are unavailable (%1). Details are in the log file.").replace("%1", type(e).__name__)
            )
            return False
        return True

    def _build(self) -> None:
        import pyqtgraph as pg

        from tiktok_desktop.ui.charts.views import KINDS

        self._kinds = KINDS
        pg.setConfigOptions(antialias=True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        group = QButtonGroup(page)
        labels = {"7": self.tr("7 days"), "28": self.tr("28 days"), "90": self.tr("90 days"), "all": self.tr("All")}
        for key in RANGES:
            button = QPushButton(labels[key])
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setChecked(key == self.range_key)
            button.setToolTip(self.tr("Show videos published and snapshots taken in this period"))
            button.clicked.connect(lambda _=False, k=key: self.set_range(k, emit=True))
            group.addButton(button)
            bar.addWidget(button)
            self._range_buttons[key] = button
        bar.addStretch(1)
        bar.addWidget(self._followers_mode_bar(page))
        hint = QLabel(self.tr("Right-click a chart to export it"))
        hint.setObjectName("hint")
        bar.addWidget(hint)
        layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for name in TABS:  # a holder a tab; its chart is made when the tab is first shown
            holder = QWidget()
            self._holders[name] = box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, self.tr("Audience") if name == AUDIENCE_CHART else KINDS[name].title())
        self.charts = Charts(self._make)
        self._made = self.charts.made
        self.tabs.currentChanged.connect(self._draw_current)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed()
        self.set_followers_per_day(self.followers_per_day)
        self.addWidget(page)
        self.setCurrentWidget(page)
        self._draw_current()  # the chart on screen is made now

    def _make(self, name: str) -> Chart:
        dark = is_dark(self.palette())
        chart = self._kinds[name](dark)
        self._wire(chart)
        follow_palette(chart, self.palette())
        if name == "followers":
            chart.set_mode("per_day" if self.followers_per_day else "total")
        if name != AUDIENCE_CHART:
            self._holders[name].addWidget(chart.widget)
            chart.widget.show()  # at once (a layout shows a new child only once back in the event loop)
            return chart
        # the Audience tab: the active-followers map next to a second posting-times map, and who the followers are
        self.audience_posting = posting = self._kinds["heatmap"](dark)
        self._wire(posting)
        follow_palette(posting, self.palette())
        self._audience = AudienceView(chart, posting)
        if self._data is not None:
            self._audience.set_data(self._data)
        self._holders[name].addWidget(self._audience)
        self._audience.show()
        return chart

    def _followers_mode_bar(self, parent: QWidget) -> QWidget:
        """Total followers or followers gained per day: two buttons shown with the followers chart."""
        self._mode_bar = box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 12, 0)
        row.setSpacing(0)
        group = QButtonGroup(box)
        for per_day, text, tip in (
            (False, self.tr("Total"), self.tr("Followers over time")),
            (True, self.tr("Gained per day"), self.tr("Followers gained each day; shaded days lack snapshots")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, on=per_day: self.set_followers_per_day(on, emit=True))
            group.addButton(button)
            row.addWidget(button)
            self._mode_buttons[per_day] = button
        return box

    def set_followers_per_day(self, on: bool, emit: bool = False) -> None:
        self.followers_per_day = on
        if on in self._mode_buttons:
            self._mode_buttons[on].setChecked(True)
        chart = self._made.get("followers")  # one made later takes the mode then
        mode = "per_day" if on else "total"
        if chart is not None and chart.mode != mode:
            chart.set_mode(mode)
        if emit:
            self.followers_per_day_changed.emit(on)

    def _tab_changed(self) -> None:
        if self._mode_bar is not None:
            self._mode_bar.setVisible(self.current() == "followers")

    def _wire(self, chart: Chart) -> None:
        view = chart.widget
        view.scene().sigMouseMoved.connect(lambda pos, c=chart: self._hover(c, pos))
        view.scene().sigMouseClicked.connect(lambda ev, c=chart: self._click(c, ev))
        # Qt's tooltip event, sent once the pointer rested ~0.7 s, reached the scene, which found no item with a
        # tooltip and hid ours (it vanished about 0.5 s after appearing): the chart answers it (eventFilter)
        view.viewport().installEventFilter(self)
        # The menu: the view's context menu policy, not its viewport's, which the view never asks (the event goes
        # to the scene, which leaves it, and then to the view): right click and the menu key
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, c=chart: self._menu(c, c.widget.mapToGlobal(pos)))
        self._viewports[view.viewport()] = chart
        note = getattr(chart, "note", None)  # what an empty chart says to do (only the daily views: an import)
        if note is not None:
            note.action_requested.connect(self.studio_import_requested)

    # -- data and looks ------------------------------------------------------------------------------------------

    def set_range(self, key: str, emit: bool = False) -> None:
        if key not in RANGES:
            key = "all"
        self.range_key = key
        if key in self._range_buttons:
            self._range_buttons[key].setChecked(True)
        if emit:
            self.range_changed.emit(key)

    def set_data(self, data: ChartData) -> None:
        """Draws the chart on screen; the others are drawn when first shown (six charts of 100,000 videos took
        1.2 s on the GUI thread; one takes a fraction of it: benchmarks/run.py, charts)."""
        self._data = data
        self._stale = set(self.charts)
        if self._audience is not None:  # labels only: cheap (an Audience tab made later gets them then)
            self._audience.set_data(data)
        self._draw_current()

    def _draw_current(self, _index: int = -1) -> None:
        self.chart(self.current())

    def chart(self, name: str) -> Chart:
        """A chart drawn with the current data, shown or not (for exports)."""
        if self._data is not None and name in self._stale:
            self._stale.discard(name)
            self.charts[name].set_data(self._data)
            if name == AUDIENCE_CHART and self.audience_posting is not None:  # its tab shows the posting-times map
                self.audience_posting.set_data(self._data)
        return self.charts[name]

    def current(self) -> str:
        if not self.tabs:
            return TABS[0]
        return TABS[max(0, self.tabs.currentIndex())]

    def show_chart(self, name: str) -> None:
        if self.tabs and name in TABS:
            self.tabs.setCurrentIndex(TABS.index(name))

    def follow_palette(self) -> None:
        made = [*self._made.values(), *([self.audience_posting] if self.audience_posting is not None else [])]
        for chart in made:  # those made later follow the palette they are made in
            follow_palette(chart, self.palette())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.built:
            self.follow_palette()
        super().changeEvent(event)

    # -- the mouse -----------------------------------------------------------------------------------------------

    def _view_point(self, chart: Chart, scene_pos: QPointF) -> QPointF | None:
        box = chart.item.getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        return box.mapSceneToView(scene_pos)

    def _hover(self, chart: Chart, scene_pos: QPointF, global_pos: QPoint | None = None) -> None:
        point = self._view_point(chart, scene_pos)
        text = None if point is None else chart.describe(point.x(), point.y())
        if point is None or text is None:
            QToolTip.hideText()
            chart.widget.setCursor(Qt.CursorShape.ArrowCursor)
            return
        QToolTip.showText(global_pos or QCursor.pos(), tooltip_html(text), chart.widget)
        clickable = chart.video_at(point.x(), point.y()) is not None
        chart.widget.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        chart = self._viewports.get(watched)
        if chart is not None and event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._hover(chart, chart.widget.mapToScene(event.pos()), event.globalPos())
            return True
        return super().eventFilter(watched, event)

    def _click(self, chart: Chart, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self._view_point(chart, event.scenePos())
        video = None if point is None else chart.video_at(point.x(), point.y())
        if video is not None:
            self.video_clicked.emit(video)

    def _menu(self, chart: Chart, global_pos: QPoint) -> None:
        """Opens the chart's export menu at a point of the screen; popup, not exec: the window keeps running."""
        QToolTip.hideText()
        menu = self.export_menu(chart.name, menu=QMenu(self))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset zoom"))
        reset.triggered.connect(chart.item.enableAutoRange)
        menu.aboutToHide.connect(lambda m=menu: self._menu_closed(m))
        self.menu = menu
        menu.popup(global_pos)

    def _menu_closed(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None

    def export_menu(self, name: str | None = None, menu: QMenu | None = None) -> QMenu:
        """The export actions for one chart (the current one when name is None, resolved when triggered). The
        window's menu (name None) has its own "Copy chart image" with its shortcut: no copy entry here then."""
        menu = menu or QMenu(self.tr("Export chart"), self)
        entries = [
            ("png", self.tr("Save as PNG\u2026")),
            ("png-size", self.tr("Save as PNG at a chosen size\u2026")),
            ("svg", self.tr("Save as SVG\u2026")),
        ]
        if name is not None:
            entries.append(("copy", self.tr("Copy image")))
        first = menu.actions()[0] if menu.actions() else None  # the window's "Copy chart image" stays last
        for kind, text in entries:
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, k=kind: self.export_requested.emit(name or self.current(), k))
            menu.insertAction(first, action)  # type: ignore[arg-type]  # None appends
        return menu
