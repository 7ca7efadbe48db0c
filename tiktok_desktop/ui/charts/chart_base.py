"""What every chart shares: the plot, its colours, hover texts and the dots of videos."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.core.metrics import video_engagement
from tiktok_desktop.core.models import Video
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.charts.axes import DateAxis, fit_axis_titles
from tiktok_desktop.ui.i18n import Context

LARGE = 5_000  # points from which a series is drawn without antialiasing
HOVER_PX = 10  # how close (in pixels) the mouse must be to a point
Box = tuple[float, float, float, float]  # x0, x1, y0, y1 in view coordinates


class Charts(Context):
    """The charts' translation context, for a message with a count: `Charts.tr("%n video(s)", "", n)`."""


class PlotWidget(pg.PlotWidget):
    """pyqtgraph's PlotWidget, on a viewport made here.

    pyqtgraph asks a new view for its viewport, which Qt made in C++. PySide6 then looks for the most derived Python
    class of that QWidget, which makes every QWidget subclass it has not made yet, with their enums (the wizard, the
    dialogs, the MDI area...): ~13 ms on the GUI thread before the first chart (make bench). A viewport made in Python
    is known to PySide6 as it is: pyqtgraph would only swap it for another plain QWidget anyway."""

    def useOpenGL(self, b: bool = True) -> None:
        if b:
            super().useOpenGL(b)
        else:
            self.setViewport(QWidget())


def colours(dark: bool) -> tuple[str, str]:
    """(main series, second series): Okabe-Ito blue and vermillion, lighter variants on a dark background."""
    return ("#56B4E9", "#E69F00") if dark else ("#0072B2", "#D55E00")


def video_text(v: Video, data: ChartData) -> str:
    """Plain text: the caller escapes it (titles are untrusted)."""
    rate = video_engagement(v)
    lines = [
        v.title or QCoreApplication.translate("Charts", "(no title)"),
        f"{fmt.date_time(v.published_at)} \u00b7 {fmt.duration(v.duration_s)}",
        QCoreApplication.translate("Charts", "Views: %1 \u00b7 Likes: %2 \u00b7 Comments: %3 \u00b7 Shares: %4")
        .replace("%1", fmt.number(v.views))
        .replace("%2", fmt.number(v.likes))
        .replace("%3", fmt.number(v.comments))
        .replace("%4", fmt.number(v.shares)),
        QCoreApplication.translate("Charts", "Engagement: %1").replace("%1", fmt.percent(rate)),
    ]
    day, week = data.velocity.get("24h", {}).get(v.video_id), data.velocity.get("7d", {}).get(v.video_id)
    if day is not None or week is not None:
        lines.append(
            QCoreApplication.translate("Charts", "Views per day: %1 (24 h) \u00b7 %2 (7 days)")
            .replace("%1", rate_text(day))
            .replace("%2", rate_text(week))
        )
    return "\n".join(lines)


def rate_text(value: float | None) -> str:
    return "\u2014" if value is None else fmt.number(round(value))


def thinned(xs: np.ndarray, ys: np.ndarray, box: Box, cells: tuple[int, int]) -> np.ndarray:
    """Indexes of the points to draw: those inside box (x0, x1, y0, y1, in view coordinates), one a cell of a
    grid of cells (columns, rows) over it. 100,000 dots took 0.6 s to hand to pyqtgraph and paint; a 6-pixel dot
    a 4-pixel cell looks the same. Hover and click still use every point."""
    if len(xs) < LARGE:
        return np.arange(len(xs))
    x0, x1, y0, y1 = box
    inside = np.flatnonzero((xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1))
    columns, rows = cells
    cx = ((xs[inside] - x0) / ((x1 - x0) or 1.0) * (columns - 1)).astype(np.int64)
    cy = ((ys[inside] - y0) / ((y1 - y0) or 1.0) * (rows - 1)).astype(np.int64)
    _, first = np.unique(cx * rows + cy, return_index=True)
    return inside[np.sort(first)]


def decimated(xs: list[float], ys: list[float], limit: int = 1000) -> tuple[list[float], list[float]]:
    """A smooth line (a rolling median) of many points, every n-th kept: a wide antialiased line through
    100,000 points took 2 s to paint, and 2,000 points draw the same curve at any screen width."""
    step = max(1, len(xs) // limit)
    if step == 1:
        return xs, ys
    return xs[::step] + xs[-1:], ys[::step] + ys[-1:]


def legend_above(item: pg.PlotItem) -> pg.LegendItem:
    """A one-row legend above the plot, right-aligned: inside the plot it sat on the dots. The plot's named series
    join it (PlotItem.plot(name=...) adds to item.legend); its background follows the theme (panel.follow_palette)."""
    legend = pg.LegendItem(colCount=4, horSpacing=18, verSpacing=-6)
    legend.layout.setContentsMargins(4, 0, 4, 0)
    legend.setParentItem(item)
    legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-6, 0))
    item.legend = legend
    item.layout.setContentsMargins(1, 30, 1, 1)  # the legend's row
    return legend


def legend_text_colour(legend: pg.LegendItem, colour: QColor) -> None:
    """The legend's words in `colour`. pyqtgraph's setLabelTextColor only stores it: a label keeps the colour it was
    made with (pyqtgraph's grey, 2.9:1 on a white chart) until its text is set again."""
    legend.setLabelTextColor(colour)
    for _, label in legend.items:
        label.setText(label.text, color=colour.name())


def dots(item: pg.PlotItem, size: int, name: str | None = None) -> pg.PlotDataItem:
    """A scatter series. A PlotDataItem rather than a bare ScatterPlotItem: only it follows the plot's log axes."""
    return item.plot(pen=None, symbol="o", symbolSize=size, symbolPen=None, name=name)


class Chart:
    """Base: a PlotWidget, the points under the mouse (in view coordinates) and the videos they stand for."""

    name = ""
    pannable = True
    mode = ""  # how a chart with several ways of showing its data shows it (the followers: total or per day)
    # made by the charts that draw a dot a video (draw_video_dots)
    scatter: pg.PlotDataItem
    legend: pg.LegendItem

    def __init__(self, dark: bool) -> None:
        # no pyqtgraph menus (right-click exports, panel.py): without enableMenu its view's menu is built, then
        # dropped (~5 ms a chart)
        self.widget = PlotWidget(axisItems=self.axes(), enableMenu=False)
        self.widget.showGrid(x=True, y=True, alpha=0.15)
        self.widget.setMenuEnabled(False)  # the plot's own "Plot Options" menu
        self.widget.setMouseEnabled(x=self.pannable, y=False)
        self.item = self.widget.getPlotItem()
        self._xs = np.empty(0)
        self._ys = np.empty(0)
        self._videos: list[Video] = []
        self._dot_data = (np.empty(0), np.empty(0))
        self._watching_range = False
        self.data = ChartData(None, 0)
        self.dark = dark
        self.build()

    @staticmethod
    def title() -> str:
        raise NotImplementedError

    def axes(self) -> dict:
        return {"bottom": DateAxis()}

    def build(self) -> None:
        raise NotImplementedError

    def draw(self, data: ChartData) -> bool:
        """Draws the data; False when there is nothing to show."""
        raise NotImplementedError

    def set_data(self, data: ChartData) -> None:
        self.data = data
        drawn = self.draw(data)
        self.nothing = not drawn
        self.item.setTitle(None if drawn else self.empty_title(data))
        legend = getattr(self, "legend", None)
        if legend is not None:
            legend.setVisible(drawn)  # no lines or dots: a legend would name series that are not there
        # no values on the axes of an empty chart: pyqtgraph numbers a range of nothing 0 to 1 (a date axis as
        # "00.100", "00.200" ..., a colour bar as "0, 0, 1, 1")
        bar = getattr(self, "bar", None)
        axes = [self.item.getAxis(name) for name in ("left", "bottom", "right")] + ([bar.axis] if bar else [])
        if any(axis.style["showValues"] != drawn for axis in axes):
            for axis in axes:
                axis.setStyle(showValues=drawn)
            for box in (bar, self.item) if bar else (self.item,):
                box.layout.activate()  # the axes' new room now, not at the next event: a grab may come first
        fit_axis_titles(self.item)
        self.item.enableAutoRange()

    def empty_title(self, data: ChartData) -> str:
        """What the chart says, in its title, when it has nothing to show."""
        return QCoreApplication.translate("Charts", "Nothing to show for this period")

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.set_data(self.data)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.set_data(self.data)

    def _points(self, xs: list[float], ys: list[float], videos: list[Video]) -> None:
        self._xs, self._ys, self._videos = np.asarray(xs, float), np.asarray(ys, float), videos

    def _engagement_dots(
        self,
        data: ChartData,
        x: Callable[[Video], float],
        view_x: Callable[[np.ndarray], np.ndarray] = np.asarray,
        positive: bool = False,
    ) -> list[Video]:
        """Draws one dot a video with an engagement rate (x from the video, y its rate) into self.scatter, and
        remembers them for hover and click; returns the videos drawn. view_x maps x to view coordinates (numpy);
        positive keeps only x > 0 (for a log axis). In numpy: 100,000 videos in Python lists took 0.3 s."""
        rates = np.array(data.engagement, dtype=float)  # None -> nan
        values = np.fromiter((x(v) for v in data.videos), float, len(data.videos))
        keep = ~np.isnan(rates) & ((values > 0) if positive else True)
        index = np.flatnonzero(keep)
        videos = [data.videos[i] for i in index]
        xs, ys = values[index], rates[index]
        self.scatter.setSymbolBrush(colours(self.dark)[0] + "aa")
        self._xs, self._ys, self._videos = np.asarray(view_x(xs), float), ys, videos
        self._dots(xs, ys)
        legend_text_colour(self.legend, self.widget.palette().text().color())
        return videos

    def _dots(self, xs: np.ndarray, ys: np.ndarray) -> None:
        """Puts the points of self._xs/_ys (whose values for the plot, log axes aside, are xs and ys) into
        self.scatter; many points are thinned to the pixels of the view, again when it is panned or zoomed."""
        self._dot_data = (xs, ys)
        if len(xs) < LARGE:
            self.scatter.setData(xs, ys)
            return
        box = self.item.getViewBox()
        box.enableAutoRange()
        finite = np.isfinite(self._xs) & np.isfinite(self._ys)
        x0, x1 = float(self._xs[finite].min()), float(self._xs[finite].max())
        y0, y1 = float(self._ys[finite].min()), float(self._ys[finite].max())
        self._thin((x0, x1, y0, y1))
        if not self._watching_range:
            self._watching_range = True
            box.sigRangeChangedManually.connect(lambda *_: self._thin_to_view())

    def _thin_to_view(self) -> None:
        (x0, x1), (y0, y1) = self.item.getViewBox().viewRange()
        self._thin((x0, x1, y0, y1))

    def _thin(self, box: Box) -> None:
        xs, ys = self._dot_data
        if len(xs) < LARGE:
            return
        rect = self.item.getViewBox().boundingRect()
        cells = (max(100, int(rect.width() / 4)), max(50, int(rect.height() / 4)))  # 4-pixel cells, 6-pixel dots
        shown = thinned(self._xs, self._ys, box, cells)
        self.scatter.setData(xs[shown], ys[shown])

    def nearest(self, x: float, y: float) -> int | None:
        """Index of the point nearest to (x, y) in view coordinates, if within HOVER_PX pixels."""
        if not len(self._xs):
            return None
        px, py = self.item.getViewBox().viewPixelSize()
        if not px or not py:
            return None
        d = ((self._xs - x) / px) ** 2 + ((self._ys - y) / py) ** 2
        i = int(np.argmin(d))
        return i if d[i] <= HOVER_PX**2 else None

    def describe(self, x: float, y: float) -> str | None:
        i = self.nearest(x, y)
        return None if i is None or i >= len(self._videos) else video_text(self._videos[i], self.data)

    def video_at(self, x: float, y: float) -> str | None:
        i = self.nearest(x, y)
        return None if i is None or i >= len(self._videos) else self._videos[i].video_id


def short_label(text: str, limit: int = 1000) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
