"""The charts of imported TikTok Studio downloads: daily video views and profile views (two axes: profile views are
a small fraction of views), and the hours when followers are active (weekday x hour, over every import kept)."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.charts.axes import week_heatmap
from tiktok_desktop.ui.charts.chart_base import Chart, Charts, colours, legend_above, legend_text_colour
from tiktok_desktop.ui.charts.chart_note import ChartNote


class DailyViewsChart(Chart):
    name = "daily"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Daily views")

    def build(self) -> None:
        self.item.setLabel("left", QCoreApplication.translate("Charts", "Video views a day"))
        self.item.setLabel("right", QCoreApplication.translate("Charts", "Profile views a day"))
        self.legend = legend_above(self.item)
        self.views = self.item.plot(name=QCoreApplication.translate("Charts", "Video views"))
        # profile views on their own axis, in a view box that follows the main one's x range and size
        self.right = pg.ViewBox(enableMenu=False)  # no menu to build: right-click exports the chart
        self.item.scene().addItem(self.right)
        self.item.getAxis("right").linkToView(self.right)
        self.right.setXLink(self.item)
        self.right.setMouseEnabled(x=False, y=False)
        self.item.getViewBox().sigResized.connect(self._fit_right)
        self.profile = pg.PlotDataItem(name=QCoreApplication.translate("Charts", "Profile views"))
        self.right.addItem(self.profile)
        self.legend.addItem(self.profile, QCoreApplication.translate("Charts", "Profile views"))
        self.note = ChartNote(self.widget)  # the panel wires its button to the import

    def empty_title(self, data: ChartData) -> str:
        if data.last_import is not None:  # imported, but no day of this period
            return super().empty_title(data)
        return QCoreApplication.translate("Charts", "No TikTok Studio data imported yet")

    def set_data(self, data: ChartData) -> None:
        super().set_data(data)
        text = self._how_to(data) if self.nothing else None
        if text is None:
            self.note.hide()
            return
        self.note.show_note(text, QCoreApplication.translate("Charts", "Import TikTok Studio data\u2026"))
        self._fit_right()

    @staticmethod
    def _how_to(data: ChartData) -> str | None:
        """What to do about an empty chart: import a first download, or a newer one when the imported days end
        before the period; None when an import covers the period and it has no figures."""
        last = data.last_import
        if last is None:
            return QCoreApplication.translate(
                "Charts",
                "Daily views come from TikTok Studio's data download: import it with File > Import TikTok Studio "
                "data\u2026 (Ctrl+I), or drop the downloaded zips on this window.",
            )
        if last.last_day is None or data.start is None or last.last_day >= date.fromtimestamp(data.start):
            return None
        return QCoreApplication.translate(
            "Charts",
            "Your imported TikTok Studio data ends on %1, before this period: import a newer download with File > "
            "Import TikTok Studio data\u2026 (Ctrl+I), or drop its zips on this window.",
        ).replace("%1", last.last_day.isoformat())  # as the app writes a day elsewhere (formatting.date)

    def _fit_right(self) -> None:
        area = self.item.getViewBox().sceneBoundingRect()
        self.right.setGeometry(area)
        self.note.place(area)

    def draw(self, data: ChartData) -> bool:
        main, second = colours(self.dark)
        days = data.daily
        views = [(t, d.video_views) for t, d in days if d.video_views is not None]
        profile = [(t, d.profile_views) for t, d in days if d.profile_views is not None]
        self.views.setPen(pg.mkPen(main, width=2))
        self.views.setData([t for t, _ in views], [v for _, v in views])
        # solid and dashed: the two series differ by shape, not only by colour
        self.profile.setPen(pg.mkPen(second, width=2, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.profile.setData([t for t, _ in profile], [v for _, v in profile])
        self.right.enableAutoRange()
        legend_text_colour(self.legend, self.widget.palette().text().color())
        self._fit_right()
        self._points([t for t, _ in days], [0.0] * len(days), [])
        return bool(views or profile)

    def describe(self, x: float, y: float) -> str | None:
        days = self.data.daily
        if not days:
            return None
        ts = np.asarray([t for t, _ in days], float)
        i = int(np.argmin(np.abs(ts - x)))
        if abs(ts[i] - x) > DAY / 2:
            return None
        day = days[i][1]
        lines = [
            QLocale().toString(QDate(day.day.year, day.day.month, day.day.day), QLocale.FormatType.LongFormat),
            QCoreApplication.translate("Charts", "Video views: %1").replace("%1", fmt.number(day.video_views)),
            QCoreApplication.translate("Charts", "Profile views: %1").replace("%1", fmt.number(day.profile_views)),
            QCoreApplication.translate("Charts", "Viewers: %1 (new %2, returning %3)")
            .replace("%1", fmt.number(day.total_viewers))
            .replace("%2", fmt.number(day.new_viewers))
            .replace("%3", fmt.number(day.returning_viewers)),
            QCoreApplication.translate("Charts", "Likes: %1 \u00b7 Comments: %2 \u00b7 Shares: %3")
            .replace("%1", fmt.number(day.likes))
            .replace("%2", fmt.number(day.comments))
            .replace("%3", fmt.number(day.shares)),
            QCoreApplication.translate("Charts", "From TikTok Studio"),
        ]
        return "\n".join(lines)

    def video_at(self, x: float, y: float) -> str | None:
        return None


class ActiveFollowersChart(Chart):
    name = "active"
    pannable = False

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("Charts", "Active followers")

    def axes(self) -> dict:
        return {}

    def build(self) -> None:
        self.item.setLabel("bottom", QCoreApplication.translate("Charts", "Hour (your time zone)"))
        self.image, self.bar = week_heatmap(self.item, QCoreApplication.translate("Charts", "Active followers"))

    def draw(self, data: ChartData) -> bool:
        grid = np.full((7, 24), np.nan)
        for d, row in enumerate(data.activity):
            for h, value in enumerate(row):
                if value is not None:
                    grid[d, h] = value
        self.image.setImage(grid, autoLevels=False)
        self.image.setRect(0, 0, 24, 7)
        known = grid[~np.isnan(grid)]
        low, high = (float(known.min()), float(known.max())) if known.size else (0.0, 1.0)
        if high - low < 1:
            low, high = low - 1, high + 1
        self.bar.setLevels((low, high))
        inset = (high - low) * 0.06  # as on Posting times: a label centred on the bar's very top was cut in half
        self.bar.axis.setTicks([[(k, fmt.compact(round(k))) for k in np.linspace(low + inset, high - inset, 4)]])
        return bool(known.size)

    def set_data(self, data: ChartData) -> None:
        super().set_data(data)
        self.item.setRange(xRange=(0, 24), yRange=(0, 7), padding=0)

    def describe(self, x: float, y: float) -> str | None:
        hour, day = int(math.floor(x)), int(math.floor(y))
        if not (0 <= hour < 24 and 0 <= day < 7) or not self.data.activity:
            return None
        value = self.data.activity[day][hour]
        name = QLocale().dayName(day + 1, QLocale.FormatType.LongFormat)
        head = f"{name} {hour:02d}:00\u2013{(hour + 1) % 24:02d}:00"
        if value is None:
            return head + "\n" + QCoreApplication.translate("Charts", "Not in any import yet")
        return head + "\n" + Charts.tr("%n follower(s) active on average", "", round(value))

    def video_at(self, x: float, y: float) -> str | None:
        return None
