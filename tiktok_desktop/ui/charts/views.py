"""The six charts. Each owns one pyqtgraph PlotWidget, draws a ChartData and tells what lies under the mouse.

Imported on the first chart build: it pulls in pyqtgraph and numpy. Colours are the Okabe-Ito set (safe for
colour-blind readers) and series differ by shape too (dots against lines); the heatmap uses cividis.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.core.analytics import ROLLING_WINDOW, DayGain
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.charts.axes import CountAxis, DateAxis, PercentAxis
from tiktok_desktop.ui.charts.chart_base import LARGE, Chart, Charts, colours, decimated, dots, legend_above
from tiktok_desktop.ui.charts.distribution_views import DurationChart, HashtagsChart, HeatmapChart
from tiktok_desktop.ui.charts.studio_views import ActiveFollowersChart, DailyViewsChart


class FollowersChart(Chart):
    """The followers over time (mode "total"), or the followers gained each day as bars (mode "per_day"), days
    without enough snapshots shaded as gaps."""

    name = "followers"
    mode = "total"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Followers")

    def axes(self) -> dict:
        return {"bottom": DateAxis(), "left": CountAxis("left")}

    def build(self) -> None:
        self.item.setDownsampling(auto=True, mode="peak")  # peaks keep the shape of the curve
        self.item.setClipToView(True)
        self.curve = self.item.plot()
        self.bars = pg.BarGraphItem(x0=[], x1=[], height=[])
        self.item.addItem(self.bars)
        self._gaps: list[pg.LinearRegionItem] = []

    def draw(self, data: ChartData) -> bool:
        per_day = self.mode == "per_day"
        if per_day:
            self.item.setLabel("left", QCoreApplication.translate("Charts", "Followers gained per day"))
        else:
            self.item.setLabel("left", QCoreApplication.translate("Charts", "Followers"))
        self.curve.setVisible(not per_day)
        self.bars.setVisible(per_day)
        for gap in self._gaps:
            self.item.removeItem(gap)
        self._gaps = []
        if per_day:
            return self._draw_gains(data.follower_gains)
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

    def _draw_gains(self, gains: list[DayGain]) -> bool:
        up, down = colours(self.dark)
        known = [g for g in gains if g.gain is not None]
        margin = [(g.end - g.start) * 0.12 for g in known]
        # pyqtgraph 0.14 fails on an empty list of pens: none at all then
        colour = [(up if (g.gain or 0) >= 0 else down) for g in known] or None
        self.bars.setOpts(
            x0=[g.start + m for g, m in zip(known, margin, strict=True)],
            x1=[g.end - m for g, m in zip(known, margin, strict=True)],
            height=[g.gain for g in known],
            brushes=colour,
            pens=colour and [pg.mkPen(c, width=1) for c in colour],  # with a pen, a 0 stays a line
        )
        gap = QColor(self.widget.palette().color(QPalette.ColorRole.PlaceholderText))
        gap.setAlpha(40)
        for first, last in _runs([g for g in gains if g.gain is None]):
            region = pg.LinearRegionItem((first.start, last.end), movable=False, brush=gap, pen=pg.mkPen(None))
            region.setZValue(-10)
            self.item.addItem(region)
            self._gaps.append(region)
        self._points([(g.start + g.end) / 2 for g in known], [g.gain or 0 for g in known], [])
        return bool(known)

    def set_data(self, data: ChartData) -> None:
        super().set_data(data)
        if self.mode != "per_day" and len(data.followers) == 1:  # auto-range would zoom a lone point to seconds
            t, value = data.followers[0]
            self.item.setXRange(t - 3 * DAY, t + 3 * DAY, padding=0)
            self.item.setYRange(value * 0.9, value * 1.1 + 1, padding=0)

    def describe(self, x: float, y: float) -> str | None:
        if self.mode == "per_day":
            return self._describe_day(x)
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

    def _describe_day(self, x: float) -> str | None:
        """Anywhere in a day's column: its gain and what it was measured between, or why it is unknown."""
        day = next((g for g in self.data.follower_gains if g.start <= x < g.end), None)
        if day is None:
            return None
        if day.gain is None or day.since is None or day.until is None:
            return QCoreApplication.translate("Charts", "%1: not enough snapshots that day and the day before").replace(
                "%1", fmt.date(day.start)
            )
        gained = (
            Charts.tr("%1: %n follower(s) gained", "", day.gain)
            if day.gain >= 0
            else Charts.tr("%1: %n follower(s) lost", "", -day.gain)
        )
        return (
            gained.replace("%1", fmt.date(day.start))
            + "\n"
            + QCoreApplication.translate("Charts", "Measured from %1 to %2")
            .replace("%1", fmt.date_time(day.since))
            .replace("%2", fmt.date_time(day.until))
        )


def _runs(gaps: list[DayGain]) -> list[tuple[DayGain, DayGain]]:
    """Consecutive gap days as (first, last) runs, one shaded region each."""
    runs: list[tuple[DayGain, DayGain]] = []
    for g in gaps:
        if runs and runs[-1][1].end == g.start:
            runs[-1] = (runs[-1][0], g)
        else:
            runs.append((g, g))
    return runs


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

    def axes(self) -> dict:
        return {"bottom": DateAxis(), "left": PercentAxis("left")}

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
