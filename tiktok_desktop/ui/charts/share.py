"""What makes an exported chart shareable on its own: a header with the chart's title, the creator's @handle, the
period and the day of the numbers, drawn above the chart in PNG, SVG and clipboard exports (the PDF report draws
the same byline under each chart's heading)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView

from tiktok_desktop.core.i18n import QT_TRANSLATE_NOOP
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.ui import formatting as fmt

if TYPE_CHECKING:  # annotations only: the size presets are read by the window before the analysis is imported
    from tiktok_desktop.app.chart_data import ChartData

MARGIN = 14  # pixels around the header's text
READABLE = 700  # layout pixels on the shorter side of a large export: its text grows with the image
# Sizes offered for a PNG: (width, height, what it suits); the first is the default
# (translated where shown: QCoreApplication.translate("ChartExport", label))
PRESETS: tuple[tuple[int, int, str], ...] = (
    (1200, 700, QT_TRANSLATE_NOOP("ChartExport", "Default")),
    (1920, 1080, QT_TRANSLATE_NOOP("ChartExport", "Landscape, Full HD (YouTube, slides)")),
    (1080, 1920, QT_TRANSLATE_NOOP("ChartExport", "Portrait, Full HD (TikTok, Stories)")),
    (1080, 1080, QT_TRANSLATE_NOOP("ChartExport", "Square (Instagram post)")),
)


@dataclass(frozen=True)
class Caption:
    title: str
    byline: str


def period_text(data: ChartData) -> str:
    if data.start is None:
        return QCoreApplication.translate("ChartExport", "All time")
    days = round((data.end - data.start) / DAY)
    return QCoreApplication.translate("ChartExport", "Last %1 days").replace("%1", str(days))


def caption(title: str, handle: str, data: ChartData, demo: bool = False) -> Caption:
    """The header of an exported chart: "@handle · Last 28 days · November 25, 2026" (and "demo data")."""
    parts = [f"@{handle}" if handle else "", period_text(data), fmt.long_date(data.end) if data.end else ""]
    if demo:
        parts.append(QCoreApplication.translate("ChartExport", "demo data (a made-up creator)"))
    return Caption(title, " \u00b7 ".join(p for p in parts if p))


def _fonts() -> tuple[QFont, QFont]:
    base = QApplication.font()
    title = QFont(base)
    title.setPointSizeF(base.pointSizeF() * 1.6)
    title.setBold(True)
    byline = QFont(base)
    byline.setPointSizeF(base.pointSizeF() * 1.05)
    return title, byline


def header_height() -> int:
    title, byline = _fonts()
    return round(MARGIN * 1.6 + QFontMetricsF(title).height() + QFontMetricsF(byline).height() + 4)


def layout_size(pixels: QSize) -> QSize:
    """The size to lay a chart out at for an image of `pixels`: the same up to READABLE pixels on the shorter
    side, beyond that smaller in proportion (and drawn scaled up), so that a 1080x1920 image has text a phone
    shows readably rather than 12-pixel labels."""
    scale = max(1.0, min(pixels.width(), pixels.height()) / READABLE)
    return QSize(round(pixels.width() / scale), round(pixels.height() / scale))


def chart_area(size: QSize) -> QSize:
    """The room the chart itself has in an export of `size` pixels with its header."""
    return QSize(size.width(), max(100, size.height() - header_height()))


def paint_export(painter: QPainter, view: QGraphicsView, size: QSize, header: Caption) -> None:
    """The header, then the chart (laid out at chart_area(size)) below it, filling `size`."""
    palette = view.palette()
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), palette.color(QPalette.ColorRole.Base))
    title_font, byline_font = _fonts()
    width = size.width() - 2 * MARGIN
    y = float(MARGIN)
    text_colour, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    grey = QColor(
        round(text_colour.red() * 0.7 + base.red() * 0.3),
        round(text_colour.green() * 0.7 + base.green() * 0.3),
        round(text_colour.blue() * 0.7 + base.blue() * 0.3),
    )
    for font, text, colour in ((title_font, header.title, text_colour), (byline_font, header.byline, grey)):
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(colour)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(MARGIN, y, width, metrics.height()), int(Qt.AlignmentFlag.AlignLeft), shown)
        y += metrics.height() + 4
    top = header_height()
    area = QRectF(0, top, size.width(), size.height() - top)
    view.render(painter, area, view.viewport().rect(), Qt.AspectRatioMode.IgnoreAspectRatio)
