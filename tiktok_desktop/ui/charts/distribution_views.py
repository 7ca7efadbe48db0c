"""Charts of how videos spread: posting heatmap, duration buckets, hashtags."""

from __future__ import annotations

import math
from datetime import datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontMetrics

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.charts.axes import CountAxis, PercentAxis, week_heatmap
from tiktok_desktop.ui.charts.chart_base import Chart, Charts, colours, dots, legend_above, short_label


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
        self.image, self.bar = week_heatmap(self.item, QCoreApplication.translate("Charts", "Median views"))

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
        # the end ticks a little inside: a label centred on the bar's very top was cut in half
        inset = (high - low) * 0.06
        ticks = [(k, fmt.compact(round(10**k))) for k in np.linspace(low + inset, high - inset, 4)]
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
        if not count or med is None:
            return head + "\n" + QCoreApplication.translate("Charts", "Nothing posted")
        videos = Charts.tr("%n video(s)", "", count)
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
        return {"left": PercentAxis("left")}

    def build(self) -> None:
        self.item.setLabel("bottom", QCoreApplication.translate("Charts", "Duration (seconds, log scale)"))
        self.item.setLabel("left", QCoreApplication.translate("Charts", "Engagement rate (%)"))
        self.item.setLogMode(x=True)
        marks = (5, 10, 15, 30, 60, 180, 600, 1800)
        self.item.getAxis("bottom").setTicks([[(math.log10(s), fmt.seconds(s)) for s in marks]])
        self.legend = legend_above(self.item)
        self.scatter = dots(self.item, 6, QCoreApplication.translate("Charts", "Video"))
        name = QCoreApplication.translate("Charts", "Median of the duration bucket")
        self.buckets = self.item.plot(connect="pairs", name=name)

    def draw(self, data: ChartData) -> bool:
        # the x axis is logarithmic: a zero duration has no place on it
        rated = self._engagement_dots(data, lambda v: v.duration_s, np.log10, positive=True)
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
        return {"bottom": CountAxis("bottom")}

    def build(self) -> None:
        label = QCoreApplication.translate("Charts", "Average views of the videos with the hashtag")
        self.item.setLabel("bottom", label)
        self.item.showGrid(x=True, y=False, alpha=0.15)
        self.item.getViewBox().invertY(True)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[])
        self.item.addItem(self.bars)
        self.tags: list = []
        self._watching_size = False

    def _fitting(self) -> int:
        """How many hashtag rows fit the plot's height without their labels overlapping (a CJK line is taller)."""
        height = self.item.getViewBox().height()
        line = QFontMetrics(self.item.getAxis("left").font()).height() + 2
        return max(3, int(height // line)) if height > 0 else 15

    def _refit(self) -> None:
        if self.data.hashtags and min(len(self.data.hashtags), self._fitting()) != len(self.tags):
            self.set_data(self.data)

    def draw(self, data: ChartData) -> bool:
        if not self._watching_size:
            self._watching_size = True
            self.item.getViewBox().sigResized.connect(lambda *_: self._refit())
        tags = self.tags = data.hashtags[: self._fitting()]  # the best first: those that fit
        self.bars.setOpts(
            x0=[0] * len(tags),
            y=list(range(len(tags))),
            height=0.7,
            width=[s.avg_views for s in tags],
            brush=colours(self.dark)[0],
            pen=None,
        )
        self.item.getAxis("left").setTicks(
            [[(i, short_label(f"#{s.tag}") + f" ({fmt.number(s.videos)})") for i, s in enumerate(tags)]]
        )
        return bool(tags)

    def set_data(self, data: ChartData) -> None:
        super().set_data(data)
        if self.tags:
            self.item.setYRange(-0.6, len(self.tags) - 0.4, padding=0)

    def describe(self, x: float, y: float) -> str | None:
        i = int(round(y))
        tags = self.tags
        if not (0 <= i < len(tags)) or abs(y - i) > 0.35 or x < 0:
            return None
        s = tags[i]
        return "\n".join(
            (
                f"#{s.tag}",
                Charts.tr("%n video(s)", "", s.videos),
                QCoreApplication.translate("Charts", "Average views: %1").replace("%1", fmt.number(round(s.avg_views))),
                QCoreApplication.translate("Charts", "Average engagement: %1").replace(
                    "%1", fmt.percent(s.avg_engagement)
                ),
            )
        )

    def video_at(self, x: float, y: float) -> str | None:
        return None
