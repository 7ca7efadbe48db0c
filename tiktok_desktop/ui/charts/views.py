"""The six charts. Each owns one pyqtgraph PlotWidget, draws a ChartData and tells what lies under the mouse.

Imported on the first chart build: it pulls in pyqtgraph and numpy. Colours are the Okabe-Ito set (safe for
colour-blind readers) and series differ by shape too (dots against lines); the heatmap uses cividis.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.core.analytics import ROLLING_WINDOW
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.charts.axes import CountAxis, DateAxis
from tiktok_desktop.ui.charts.chart_base import LARGE, Chart, colours, decimated, dots, legend_above
from tiktok_desktop.ui.charts.distribution_views import DurationChart, HashtagsChart, HeatmapChart
from tiktok_desktop.ui.charts.studio_views import ActiveFollowersChart, DailyViewsChart


class FollowersChart(Chart):
    name = "followers"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Followers")

    def axes(self) -> dict:
        return {"bottom": DateAxis(), "left": CountAxis("left")}

    def build(self) -> None:
        self.item.setLabel("left", QCoreApplication.translate("Charts", "Followers"))
        self.item.setDownsampling(auto=True, mode="peak")  # peaks keep the shape of the curve
        self.item.setClipToView(True)
        self.curve = self.item.plot()

    def draw(self, data: ChartData) -> bool:
        points = data.followers
        main, _ = colours(self.dark)
        # antialiasing and wide pens cost 2.5x and 3x a frame; a long history is dense and downsampled to the
        # pixel columns anyway, so it is drawn with a 1-pixel line (benchmarks/run.py, charts)
        large = len(points) >= LARGE
        self.curve.setPen(pg.mkPen(main, width=1 if large else 2))
        # a line needs two points: markers keep a young history (one sync so far) visible
        self.curve.setSymbol("o" if len(points) < 30 else None)
        self.curve.setSymbolBrush(main)
        self.curve.setSymbolPen(None)
        xs, ys = [float(p.t) for p in points], [float(p.value) for p in points]
        # a gap in the history (the app closed, the computer asleep) is drawn as one: a NaN between the points
        # around it stops the line there (connect="finite"), rather than a straight line that invents the days
        for i in reversed(data.followers_breaks):
            xs.insert(i + 1, (points[i].t + points[i + 1].t) / 2)
            ys.insert(i + 1, np.nan)
        self.curve.setData(xs, ys, antialias=not large, connect="finite")
        self._points([p.t for p in points], [p.value for p in points], [])
        return bool(points)

    def set_data(self, data: ChartData) -> None:
        super().set_data(data)
        if len(data.followers) == 1:  # auto-range would zoom a lone point to fractions of a second
            t, value = data.followers[0]
            self.item.setXRange(t - 3 * DAY, t + 3 * DAY, padding=0)
            self.item.setYRange(value * 0.9, value * 1.1 + 1, padding=0)

    def describe(self, x: float, y: float) -> str | None:
        i = self.nearest(x, y)
        if i is None:
            return None
        points = self.data.followers
        followers = QCoreApplication.translate("Charts", "Followers: %1")
        text = f"{fmt.date_time(points[i].t)}\n" + followers.replace("%1", fmt.number(points[i].value))
        if points[i].t in self.data.imported_followers:
            text = fmt.date(points[i].t) + "\n" + followers.replace("%1", fmt.number(points[i].value))
            text += "\n" + QCoreApplication.translate(
                "Charts", "From TikTok Studio (the app took no snapshot that day)"
            )
        if i > 0:
            text += "\n" + QCoreApplication.translate("Charts", "%1 since the previous snapshot").replace(
                "%1", fmt.signed_compact(points[i].value - points[i - 1].value)
            )
        return text


class ViewsChart(Chart):
    name = "views"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Views")

    def axes(self) -> dict:
        return {"bottom": DateAxis(), "left": CountAxis("left")}

    def build(self) -> None:
        self.item.setLabel("left", QCoreApplication.translate("Charts", "Views (log scale)"))
        self.item.setLogMode(y=True)
        self.scatter = dots(self.item, 7)

    def draw(self, data: ChartData) -> bool:
        shown = [v for v in data.videos if v.views > 0]  # a log axis cannot show zero
        self.scatter.setSymbolBrush(colours(self.dark)[0])
        xs = np.fromiter((v.published_at for v in shown), float, len(shown))
        views = np.fromiter((v.views for v in shown), float, len(shown))
        self._xs, self._ys, self._videos = xs, np.log10(views), shown
        self._dots(xs, views)
        return bool(shown)


class EngagementChart(Chart):
    name = "engagement"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Engagement")

    def build(self) -> None:
        self.item.setLabel("left", QCoreApplication.translate("Charts", "Engagement rate (%)"))
        self.legend = legend_above(self.item)
        self.scatter = dots(self.item, 6, QCoreApplication.translate("Charts", "Video"))
        name = QCoreApplication.translate("Charts", "Rolling median (%1 videos)")
        self.median = self.item.plot(name=name.replace("%1", str(ROLLING_WINDOW)))

    def draw(self, data: ChartData) -> bool:
        rated = self._engagement_dots(data, lambda v: v.published_at)
        # a long median is drawn as FollowersChart draws a long history: without antialiasing (2.5x a frame)
        large = len(data.rolling) >= LARGE
        self.median.setPen(pg.mkPen(colours(self.dark)[1], width=2 if large else 2.5))
        xs, ys = decimated([t for t, _ in data.rolling], [m for _, m in data.rolling])
        self.median.setData(xs, ys, antialias=not large)
        return bool(rated)


KINDS: dict[str, type[Chart]] = {
    c.name: c
    for c in (
        FollowersChart,
        ViewsChart,
        EngagementChart,
        HeatmapChart,
        DurationChart,
        HashtagsChart,
        DailyViewsChart,
        ActiveFollowersChart,
    )
}
