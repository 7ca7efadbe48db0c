"""Axes that write their ticks in the user's language: dates through QLocale (8月, 8月5日 in Chinese, not Aug),
counts abbreviated as the language does (12K / 1.2M; 1.2万 / 1.2亿), never in scientific notation."""

from __future__ import annotations

import math

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
