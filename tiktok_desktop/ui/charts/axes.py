"""Axes that write their ticks in the user's language: dates through QLocale (8月, 8月5日 in Chinese, not Aug),
counts abbreviated as the language does (12K / 1.2M; 1.2万 / 1.2亿), never in scientific notation."""

from __future__ import annotations

import math
import re

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from tiktok_desktop.ui import formatting as fmt


def _date_formats() -> dict[str, str]:
    """pyqtgraph's strftime tick formats -> QDateTime patterns (translated: Chinese writes 8月5日, not 5 Aug)."""
    day = QCoreApplication.translate("Charts", "MMM d", "date axis: a day (a QDateTime format)")
    return {
        "%Y": QCoreApplication.translate("Charts", "yyyy", "date axis: a year (a QDateTime format)"),
        "%b": QCoreApplication.translate("Charts", "MMM", "date axis: a month (a QDateTime format)"),
        "%d": day,
        "%a %d": day,
        "%H:%M": "HH:mm",
        "%H:%M:%S": "HH:mm:ss",
    }


class DateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis (its tick spacing), with strings from QLocale rather than strftime's English."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        pattern = _date_formats().get(spec.format if spec else "", "")
        if not pattern:  # below a second: pyqtgraph's own digits are language-neutral
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        out = []
        for v in values:
            try:
                out.append(locale.toString(QDateTime.fromSecsSinceEpoch(int(v)), pattern))
            except OverflowError:
                out.append("")
        return out


class CountAxis(pg.AxisItem):
    """Counts as 12K / 1.2M (1.2万 / 1.2亿 in Chinese), on a linear or logarithmic axis."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        short = [fmt.compact(round(v * scale)) for v in values]
        if len(set(short)) < len(short):  # ticks closer than the abbreviation shows (41,160 and 41,170: 41.2K)
            return [fmt.number(round(v * scale)) for v in values]
        return short

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [fmt.compact(round(10**v)) if math.isclose(v, round(v)) else "" for v in values]


class PercentAxis(pg.AxisItem):
    """Rates with their unit on every tick (2.5%): a short chart leaves out the axis title, "(%)" included, and
    the numbers alone then said nothing of being percentages."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [f"{text}%" if text else text for text in super().tickStrings(values, scale, spacing)]


def set_weekday_ticks(axis: pg.AxisItem) -> None:
    """Monday to Sunday down a weekday x hour map. Every other day on a second tick level, which pyqtgraph drops
    when the seven names would not fit (a short chart at 1024 x 700 overlapped them into one smudge)."""
    locale = QLocale()
    days = [(i + 0.5, locale.dayName(i + 1, QLocale.FormatType.ShortFormat)) for i in range(7)]
    axis.setTicks([days[0::2], days[1::2]])
    axis.setStyle(textFillLimits=[(0, 0.8)])  # the second level only while all names fit


def week_heatmap(item: pg.PlotItem, bar_label: str) -> tuple[pg.ImageItem, pg.ColorBarItem]:
    """A weekday x hour map on `item` (rows Monday to Sunday, 24 hour columns) with its colour bar."""
    item.showGrid(x=False, y=False)
    image = pg.ImageItem(axisOrder="row-major")
    image.setColorMap(pg.colormap.get("cividis"))
    item.addItem(image)
    item.getViewBox().invertY(True)
    set_weekday_ticks(item.getAxis("left"))
    item.getAxis("bottom").setTicks(
        [[(h + 0.5, str(h)) for h in range(0, 24, 3)], [(h + 0.5, str(h)) for h in range(24)]]
    )
    bar = pg.ColorBarItem(colorMap=pg.colormap.get("cividis"), interactive=False, width=14, label=bar_label)
    bar.setImageItem(image, insert_in=item)
    return image, bar


_PARENTHESIS = re.compile(r"\s*[(\uff08][^()\uff08\uff09]*[)\uff09]\s*$")


def fit_axis_titles(item: pg.PlotItem) -> None:
    """Side axis titles longer than their axis is high lose their parenthesis ("Views (log scale)": "Views"), and
    if still too long are left out (the tab names the chart): a short chart at 1024x700 cut them in the middle.
    Call it whenever a title is set; it follows the chart's height by itself."""
    for name in ("left", "right"):
        if item.getAxis(name).isVisible():
            _fit_title(item.getAxis(name))
    if not getattr(item, "fits_titles", False):
        item.fits_titles = True
        item.vb.sigResized.connect(lambda *_: fit_axis_titles(item))


def _fit_title(axis: pg.AxisItem) -> None:
    if axis.labelText != getattr(axis, "shown_title", None):  # a chart set a new title
        axis.full_title = axis.labelText
    full: str = getattr(axis, "full_title", axis.labelText)
    if not full:
        return
    room = axis.size().height()
    shorter = _PARENTHESIS.sub("", full)
    for title in dict.fromkeys((full, shorter, "")):
        axis.labelText = title
        axis.label.setHtml(axis.labelString())
        if not title or axis.label.boundingRect().width() <= room:
            break
    if axis.label.isVisible() != bool(title):
        axis.showLabel(bool(title))
    if title != getattr(axis, "shown_title", None):
        axis._updateLabel()  # pyqtgraph's own: the axis's room for the label
    # pyqtgraph places the label (centred on the axis) only when the axis is resized: a new title kept the old one's
    # place, and "Followers gained per day", put where "Followers" was centred, ran off the top of the chart
    axis.resizeEvent()
    axis.shown_title = title
