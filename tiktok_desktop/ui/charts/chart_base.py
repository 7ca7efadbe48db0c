"""What every chart shares: the plot, its colours, hover texts and the dots of videos."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.core.metrics import video_engagement
from tiktok_desktop.core.models import Video
from tiktok_desktop.ui import formatting as fmt

LARGE = 5_000  # points from which a series is drawn without antialiasing
HOVER_PX = 10  # how close (in pixels) the mouse must be to a point


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
        self.widget = pg.PlotWidget(axisItems=self.axes())
        self.widget.showGrid(x=True, y=True, alpha=0.15)
        self.widget.setMenuEnabled(False)
        self.widget.setMouseEnabled(x=self.pannable, y=False)
        self.item = self.widget.getPlotItem()
        self._xs = np.empty(0)
        self._ys = np.empty(0)
        self._videos: list[Video] = []
        self.data = ChartData(None, 0)
        self.dark = dark
        self.build()

    @staticmethod
    def title() -> str:
        raise NotImplementedError

    def axes(self) -> dict:
        return {"bottom": pg.DateAxisItem()}

    def build(self) -> None:
        raise NotImplementedError

    def draw(self, data: ChartData) -> bool:
        """Draws the data; False when there is nothing to show."""
        raise NotImplementedError

    def set_data(self, data: ChartData) -> None:
        self.data = data
        drawn = self.draw(data)
        self.nothing = not drawn
        self.item.setTitle(None if drawn else QCoreApplication.translate("Charts", "Nothing to show for this period"))
        self.item.enableAutoRange()

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
        view_x: Callable[[float], float] = float,
        keep: Callable[[Video], bool] = lambda v: True,
    ) -> list[Video]:
        """Draws one dot a video with an engagement rate (x from the video, y its rate) into self.scatter, and
        remembers them for hover and click; returns the videos drawn. view_x maps x to view coordinates."""
        rated = [(v, r) for v, r in zip(data.videos, data.engagement, strict=True) if r is not None and keep(v)]
        xs, ys, videos = [x(v) for v, _ in rated], [r for _, r in rated], [v for v, _ in rated]
        self.scatter.setSymbolBrush(colours(self.dark)[0] + "aa")
        self.scatter.setData(xs, ys)
        self.legend.setLabelTextColor(self.widget.palette().text().color())
        self._points([view_x(value) for value in xs], ys, videos)
        return videos

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


def short_label(text: str, limit: int = 22) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
