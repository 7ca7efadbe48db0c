"""The chart of a video page: one count of the video by age, as steps (a count holds until its next snapshot),
over the typical video's median and middle half at the same age.

Imported when a page first shows a chart: it pulls in pyqtgraph and numpy.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from tiktok_desktop.app.video_history import VideoHistory
from tiktok_desktop.core.age_curves import HOUR, AgeValue, Typical
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.charts.axes import CountAxis
from tiktok_desktop.ui.charts.chart_base import HOVER_PX, PlotWidget, colours, legend_above, legend_text_colour
from tiktok_desktop.ui.video.verdict import age_text, metric_name, typical_text

MARKERS_BELOW = 40  # snapshots from which the video's line is drawn without a marker on each


class NumberAxis(pg.AxisItem):
    """Ages as the UI's locale writes numbers."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        decimals = 0 if spacing >= 1 else 1
        return [fmt.decimal(v * scale, decimals) for v in values]


def steps(points: list[AgeValue], unit: int) -> tuple[list[float], list[float]]:
    """The points as a staircase: each count held until the next point."""
    xs: list[float] = []
    ys: list[float] = []
    for i, (age, value) in enumerate(points):
        if i:
            xs.append(age / unit)
            ys.append(ys[-1])
        xs.append(age / unit)
        ys.append(value)
    return xs, ys


def segments(curve: list[Typical]) -> list[list[Typical]]:
    """Runs of ages with a typical value: the band is not drawn across ages with too few videos."""
    runs: list[list[Typical]] = [[]]
    for t in curve:
        if t.median is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(t)
    return [r for r in runs if r]


class AgeChart:
    """A PlotWidget and what lies under the mouse. set_history() then show(metric)."""

    def __init__(self, dark: bool) -> None:
        self.widget = PlotWidget(
            axisItems={"left": CountAxis("left"), "bottom": NumberAxis("bottom")}, enableMenu=False
        )
        self.widget.setObjectName("ageChart")
        self.widget.showGrid(x=True, y=True, alpha=0.15)
        self.widget.setMenuEnabled(False)
        self.widget.setMouseEnabled(x=True, y=False)
        self.item = self.widget.getPlotItem()
        self.legend = legend_above(self.item)
        self.median = self.item.plot(name=QCoreApplication.translate("VideoPage", "Your typical video (median)"))
        # the band's legend sample: a filled item never added to the plot
        self._band_sample = pg.PlotDataItem([0, 1], [1, 1], fillLevel=0)
        self.legend.addItem(self._band_sample, QCoreApplication.translate("VideoPage", "Middle half of your videos"))
        self.own = self.item.plot(name=QCoreApplication.translate("VideoPage", "This video"))
        self.snapshots = self.item.plot(pen=None, symbol="o", symbolSize=6, symbolPen=None)  # one a snapshot
        self._bands: list[pg.FillBetweenItem] = []
        self.history: VideoHistory | None = None
        self.metric = "views"
        self.unit = DAY
        self.dark = dark
        self._own: list[AgeValue] = []
        self._typical: list[Typical] = []

    def set_history(self, history: VideoHistory) -> None:
        self.history = history
        self.unit = HOUR if history.age < 2 * DAY else DAY
        if self.unit == HOUR:
            label = QCoreApplication.translate("VideoPage", "Hours since posting")
        else:
            label = QCoreApplication.translate("VideoPage", "Days since posting")
        self.item.setLabel("bottom", label)
        self.show(self.metric)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        if self.history is not None:
            self.show(self.metric)

    def follow_palette(self, palette: QPalette) -> None:
        background, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        self.widget.setPalette(palette)
        self.widget.setBackground(background)
        for name in ("left", "bottom"):
            axis = self.item.getAxis(name)
            axis.setPen(text)
            axis.setTextPen(text)
        self.item.titleLabel.setAttr("color", text.name())
        legend_text_colour(self.legend, text)
        self.legend.setBrush(pg.mkBrush(background))
        self.legend.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
        self.set_dark(palette.color(QPalette.ColorRole.Base).lightness() < 128)

    def show(self, metric: str) -> None:
        self.metric = metric
        history = self.history
        if history is None:
            return
        main, second = colours(self.dark)
        self._own, self._typical = history.own[metric], history.typical[metric]
        self.item.setLabel("left", metric_name(metric))
        for band in self._bands:
            self.item.removeItem(band)
        self._bands = []
        fill = QColor(second)
        fill.setAlpha(60)
        for run in segments(self._typical):
            xs = [t.age / self.unit for t in run]
            low = pg.PlotCurveItem(xs, [t.q1 for t in run])
            high = pg.PlotCurveItem(xs, [t.q3 for t in run])
            band = pg.FillBetweenItem(low, high, brush=fill)
            band.setZValue(-10)
            self.item.addItem(band)
            self._bands.append(band)
        self._band_sample.setFillBrush(fill)
        self._band_sample.setPen(None)
        median_xs = [t.age / self.unit if t.median is not None else np.nan for t in self._typical]
        median_ys = [t.median if t.median is not None else np.nan for t in self._typical]
        self.median.setPen(pg.mkPen(second, width=2, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.median.setData(median_xs, median_ys, connect="finite")
        xs, ys = steps(self._own, self.unit)
        self.own.setPen(pg.mkPen(main, width=2.5))
        self.own.setData(xs, ys)
        few = len(self._own) < MARKERS_BELOW
        self.snapshots.setSymbolBrush(main)
        self.snapshots.setData(
            [p.age / self.unit for p in self._own] if few else [], [p.value for p in self._own] if few else []
        )
        self._points = np.array([[p.age / self.unit, p.value] for p in self._own] or np.empty((0, 2)), float)
        nothing = not self._own
        self.item.setTitle(QCoreApplication.translate("VideoPage", "No history stored yet") if nothing else None)
        self.item.enableAutoRange()

    # -- the mouse -----------------------------------------------------------------------------------------------

    def _nearest(self, points: np.ndarray, x: float, y: float) -> tuple[int | None, float]:
        px, py = self.item.getViewBox().viewPixelSize()
        if not len(points) or not px or not py:
            return None, np.inf
        d = ((points[:, 0] - x) / px) ** 2 + ((points[:, 1] - y) / py) ** 2
        i = int(np.argmin(d))
        return (i, float(d[i])) if d[i] <= HOVER_PX**2 else (None, np.inf)

    def describe(self, x: float, y: float) -> str | None:
        """What lies under the mouse at (x, y) in view coordinates: a snapshot of the video (within HOVER_PX
        pixels), else the typical video at the nearest age where the mouse is on its band or median."""
        if self.history is None:
            return None
        own, _ = self._nearest(self._points, x, y)
        if own is not None:
            point = self._own[own]
            when = fmt.date_time(self.history.published_at + point.age)
            return (
                QCoreApplication.translate("VideoPage", "%1 after posting (%2)")
                .replace("%1", age_text(point.age))
                .replace("%2", when)
                + "\n"
                + QCoreApplication.translate("VideoPage", "%1: %2")
                .replace("%1", metric_name(self.metric))
                .replace("%2", fmt.number(point.value))
            )
        known = [t for t in self._typical if t.median is not None]
        if not known:
            return None
        px, py = self.item.getViewBox().viewPixelSize()
        t = min(known, key=lambda t: abs(t.age / self.unit - x))
        if abs(t.age / self.unit - x) > max(px * HOVER_PX, (known[-1].age - known[0].age) / self.unit / len(known)):
            return None
        low, high = min(t.q1 or 0, t.median or 0), max(t.q3 or 0, t.median or 0)
        return typical_text(t) if low - py * HOVER_PX <= y <= high + py * HOVER_PX else None
