"""The six charts. Each owns one pyqtgraph PlotWidget, draws a ChartData and tells what lies under the mouse.

Imported on the first chart build: it pulls in pyqtgraph and numpy. Colours are the Okabe-Ito set (safe for
colour-blind readers) and series differ by shape too (dots against lines); the heatmap uses cividis.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.core.analytics import DAY, ROLLING_WINDOW
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
            .replace("%1", _rate(day))
            .replace("%2", _rate(week))
        )
    return "\n".join(lines)


def _rate(value: float | None) -> str:
    return "\u2014" if value is None else fmt.number(round(value))


def dots(item: pg.PlotItem, size: int, name: str | None = None) -> pg.PlotDataItem:
    """A scatter series. A PlotDataItem rather than a bare ScatterPlotItem: only it follows the plot's log axes."""
    return item.plot(pen=None, symbol="o", symbolSize=size, symbolPen=None, name=name)


class Chart:
    """Base: a PlotWidget, the points under the mouse (in view coordinates) and the videos they stand for."""

    name = ""
    pannable = True

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


class FollowersChart(Chart):
    name = "followers"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Followers")

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
        self.curve.setData([p.t for p in points], [p.value for p in points], antialias=not large)
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

    def build(self) -> None:
        self.item.setLabel("left", QCoreApplication.translate("Charts", "Views (log scale)"))
        self.item.setLogMode(y=True)
        self.scatter = dots(self.item, 7)

    def draw(self, data: ChartData) -> bool:
        shown = [v for v in data.videos if v.views > 0]  # a log axis cannot show zero
        self.scatter.setSymbolBrush(colours(self.dark)[0])
        self.scatter.setData([v.published_at for v in shown], [v.views for v in shown])
        self._points([v.published_at for v in shown], [math.log10(v.views) for v in shown], shown)
        return bool(shown)


class EngagementChart(Chart):
    name = "engagement"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Engagement")

    def build(self) -> None:
        self.item.setLabel("left", QCoreApplication.translate("Charts", "Engagement rate (%)"))
        self.legend = self.item.addLegend(offset=(10, 10))
        self.scatter = dots(self.item, 6, QCoreApplication.translate("Charts", "Video"))
        name = QCoreApplication.translate("Charts", "Rolling median (%1 videos)")
        self.median = self.item.plot(name=name.replace("%1", str(ROLLING_WINDOW)))

    def draw(self, data: ChartData) -> bool:
        rated = self._engagement_dots(data, lambda v: v.published_at)
        self.median.setPen(pg.mkPen(colours(self.dark)[1], width=2.5))
        self.median.setData([t for t, _ in data.rolling], [m for _, m in data.rolling])
        return bool(rated)


class HeatmapChart(Chart):
    name = "heatmap"
    pannable = False

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Posting times")

    def axes(self) -> dict:
        return {}

    def build(self) -> None:
        offset = datetime.now().astimezone().strftime("%z")
        zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
        label = QCoreApplication.translate("Charts", "Hour of posting (your time zone, %1)")
        self.item.setLabel("bottom", label.replace("%1", zone))
        self.item.showGrid(x=False, y=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("cividis"))
        self.item.addItem(self.image)
        self.item.getViewBox().invertY(True)
        locale = QLocale()
        days = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        self.item.getAxis("left").setTicks([[(i + 0.5, name) for i, name in enumerate(days)]])
        self.item.getAxis("bottom").setTicks(
            [[(h + 0.5, str(h)) for h in range(0, 24, 3)], [(h + 0.5, str(h)) for h in range(24)]]
        )
        self.bar = pg.ColorBarItem(
            colorMap=pg.colormap.get("cividis"),
            interactive=False,
            width=14,
            label=QCoreApplication.translate("Charts", "Median views"),
        )
        self.bar.setImageItem(self.image, insert_in=self.item)

    def draw(self, data: ChartData) -> bool:
        grid = np.full((7, 24), np.nan)
        for d, row in enumerate(data.heatmap):
            for h, (_, med) in enumerate(row):
                if med is not None:
                    grid[d, h] = math.log10(max(med, 1))
        self.image.setImage(grid, autoLevels=False)
        self.image.setRect(0, 0, 24, 7)
        known = grid[~np.isnan(grid)]
        low, high = (float(known.min()), float(known.max())) if known.size else (0.0, 1.0)
        if high - low < 0.1:
            low, high = low - 0.5, high + 0.5
        self.bar.setLevels((low, high))
        # the bar's axis in real views, not their logarithms
        ticks = [(k, fmt.compact(round(10**k))) for k in np.linspace(low, high, 4)]
        self.bar.axis.setTicks([ticks])
        return bool(known.size)

    def set_data(self, data: ChartData) -> None:
        super().set_data(data)
        self.item.setRange(xRange=(0, 24), yRange=(0, 7), padding=0)

    def describe(self, x: float, y: float) -> str | None:
        hour, day = int(math.floor(x)), int(math.floor(y))
        if not (0 <= hour < 24 and 0 <= day < 7) or not self.data.heatmap:
            return None
        count, med = self.data.heatmap[day][hour]
        name = QLocale().dayName(day + 1, QLocale.FormatType.LongFormat)
        head = f"{name} {hour:02d}:00\u2013{(hour + 1) % 24:02d}:00"
        if not count:
            return head + "\n" + QCoreApplication.translate("Charts", "Nothing posted")
        videos = QCoreApplication.translate("Charts", "%n video(s)", "", count)
        views = QCoreApplication.translate("Charts", "median views %1").replace("%1", fmt.number(round(med)))
        return f"{head}\n{videos} \u00b7 {views}"

    def video_at(self, x: float, y: float) -> str | None:
        return None


class DurationChart(Chart):
    name = "duration"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Duration")

    def axes(self) -> dict:
        return {}

    def build(self) -> None:
        self.item.setLabel("bottom", QCoreApplication.translate("Charts", "Duration (seconds, log scale)"))
        self.item.setLabel("left", QCoreApplication.translate("Charts", "Engagement rate (%)"))
        self.item.setLogMode(x=True)
        marks = (
            (5, "5 s"),
            (10, "10 s"),
            (15, "15 s"),
            (30, "30 s"),
            (60, "1 min"),
            (180, "3 min"),
            (600, "10 min"),
            (1800, "30 min"),
        )
        self.item.getAxis("bottom").setTicks([[(math.log10(s), label) for s, label in marks]])
        self.legend = self.item.addLegend(offset=(-10, 10))
        self.scatter = dots(self.item, 6, QCoreApplication.translate("Charts", "Video"))
        name = QCoreApplication.translate("Charts", "Median of the duration bucket")
        self.buckets = self.item.plot(connect="pairs", name=name)

    def draw(self, data: ChartData) -> bool:
        # the x axis is logarithmic: a zero duration has no place on it
        rated = self._engagement_dots(data, lambda v: v.duration_s, math.log10, lambda v: v.duration_s > 0)
        longest = max((v.duration_s for v in rated), default=600)
        shortest = min((v.duration_s for v in rated), default=1)
        xs, ys = [], []
        for b in data.buckets:
            if b.median_engagement is not None:  # each bucket's segment spans its videos, not empty seconds
                xs += [max(b.low, shortest), min(b.high, longest) if b.high else max(longest, b.low)]
                ys += [b.median_engagement] * 2
        self.buckets.setPen(pg.mkPen(colours(self.dark)[1], width=3))
        self.buckets.setData(xs, ys)
        return bool(rated)


class HashtagsChart(Chart):
    name = "hashtags"
    pannable = False

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Hashtags")

    def axes(self) -> dict:
        return {}

    def build(self) -> None:
        label = QCoreApplication.translate("Charts", "Average views of the videos with the hashtag")
        self.item.setLabel("bottom", label)
        self.item.showGrid(x=True, y=False, alpha=0.15)
        self.item.getViewBox().invertY(True)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[])
        self.item.addItem(self.bars)

    def draw(self, data: ChartData) -> bool:
        tags = data.hashtags
        self.bars.setOpts(
            x0=[0] * len(tags),
            y=list(range(len(tags))),
            height=0.7,
            width=[s.avg_views for s in tags],
            brush=colours(self.dark)[0],
            pen=None,
        )
        self.item.getAxis("left").setTicks([[(i, _short(f"#{s.tag}") + f" ({s.videos})") for i, s in enumerate(tags)]])
        return bool(tags)

    def set_data(self, data: ChartData) -> None:
        super().set_data(data)
        if data.hashtags:
            self.item.setYRange(-0.6, len(data.hashtags) - 0.4, padding=0)

    def describe(self, x: float, y: float) -> str | None:
        i = int(round(y))
        tags = self.data.hashtags
        if not (0 <= i < len(tags)) or abs(y - i) > 0.35 or x < 0:
            return None
        s = tags[i]
        return "\n".join(
            (
                f"#{s.tag}",
                QCoreApplication.translate("Charts", "%n video(s)", "", s.videos),
                QCoreApplication.translate("Charts", "Average views: %1").replace("%1", fmt.number(round(s.avg_views))),
                QCoreApplication.translate("Charts", "Average engagement: %1").replace(
                    "%1", fmt.percent(s.avg_engagement)
                ),
            )
        )

    def video_at(self, x: float, y: float) -> str | None:
        return None


def _short(text: str, limit: int = 22) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


KINDS: dict[str, type[Chart]] = {
    c.name: c for c in (FollowersChart, ViewsChart, EngagementChart, HeatmapChart, DurationChart, HashtagsChart)
}
