"""The charts area. pyqtgraph (and numpy) are imported on first build, after the window is on screen."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from tiktok_desktop.core.models import AccountSnapshot, Video

if TYPE_CHECKING:
    import pyqtgraph as pg

DAY = 86_400
LARGE = 5_000  # points from which a series is drawn without antialiasing
ACCENT = "#FE2C55"
log = logging.getLogger(__name__)
SECOND = "#25A4EE"  # colour-blind safe pair with ACCENT


class ChartsPanel(QStackedWidget):
    """A placeholder until build() is called, then one tab a chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = QLabel(self.tr("Loading charts\u2026"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self._placeholder)
        self.tabs: QTabWidget | None = None
        self.plots: dict[str, Any] = {}
        self._curves: dict[str, Any] = {}

    @property
    def built(self) -> bool:
        return self.tabs is not None

    def build(self) -> bool:
        """Creates the charts on first use; False (with the reason on screen and in the log) if it failed."""
        if self.built:
            return True
        try:
            import pyqtgraph as pg

            self._build(pg)
        except Exception as e:  # noqa: BLE001 - a broken chart library must not take the dashboard down
            log.exception("charts unavailable")
            self._placeholder.setText(self.tr("Charts are unavailable (%1). Details are in the log file.")
                                      .replace("%1", type(e).__name__))
            return False
        return True

    def _build(self, pg: Any) -> None:
        self._pg = pg
        pg.setConfigOptions(antialias=True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        followers = self._plot(pg, self.tr("Followers"))
        self._curves["followers"] = followers.plot(pen=pg.mkPen(ACCENT, width=2))
        views = self._plot(pg, self.tr("Views"))
        views.setLogMode(y=True)
        self._curves["views"] = pg.ScatterPlotItem(size=7, pen=None, brush=pg.mkBrush(SECOND))
        views.addItem(self._curves["views"])
        self.plots = {"followers": followers, "views": views}
        self.tabs.addTab(followers, self.tr("Follower growth"))
        self.tabs.addTab(views, self.tr("Views by publish date"))
        self.addWidget(self.tabs)
        self.setCurrentWidget(self.tabs)
        self.follow_palette()

    def follow_palette(self) -> None:
        """Chart background and text from the current palette, so charts read well in light and dark themes."""
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        for plot in self.plots.values():
            plot.setBackground(background)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(text)
                axis.setTextPen(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange and self.built:
            self.follow_palette()
        super().changeEvent(event)

    def _plot(self, pg: Any, y_label: str) -> pg.PlotWidget:
        plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        plot.setLabel("left", y_label)
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setMouseEnabled(x=True, y=False)
        plot.setMenuEnabled(False)
        plot.getPlotItem().setDownsampling(auto=True, mode="peak")  # peaks keep the shape of the curve
        plot.getPlotItem().setClipToView(True)
        return plot

    def set_data(self, snapshots: list[AccountSnapshot], videos: list[Video]) -> None:
        if not self.built:
            return
        known = [s for s in snapshots if s.followers is not None]
        # a line needs two points: markers keep a young history (one sync so far) visible
        self._curves["followers"].setSymbol("o" if len(known) < 30 else None)
        self._curves["followers"].setSymbolBrush(ACCENT)
        # antialiasing and wide pens cost 2.5x and 3x a frame; a long history is dense and downsampled to the
        # pixel columns anyway, so it is drawn with a 1-pixel line (benchmarks/run.py, charts)
        large = len(known) >= LARGE
        self._curves["followers"].setPen(self._pg.mkPen(ACCENT, width=1 if large else 2))
        self._curves["followers"].setData([s.taken_at for s in known], [s.followers for s in known],
                                          antialias=not large)
        shown = [v for v in videos if v.views > 0]  # a log axis cannot show zero
        self._curves["views"].setData([v.published_at for v in shown], [v.views for v in shown])
        for plot in self.plots.values():
            plot.enableAutoRange()
        if len(known) == 1:  # auto-range would zoom a lone point to fractions of a second
            t, value = known[0].taken_at, known[0].followers
            self.plots["followers"].setXRange(t - 3 * DAY, t + 3 * DAY, padding=0)
            self.plots["followers"].setYRange(value * 0.9, value * 1.1 + 1, padding=0)
