"""Charts to PNG, SVG and the clipboard, from the window or from a chart built off screen (CLI, PDF report).

pyqtgraph's own SVGExporter crashes with PySide6 6.12 (ValueError in correctCoordinates); rendering the chart's
QGraphicsView into a QSvgGenerator gives real vector output with text, axes and the plotted items, whatever the
binding version.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.app.export import write_bytes
from tiktok_desktop.core.errors import ExportFailed

if TYPE_CHECKING:
    from tiktok_desktop.ui.charts.chart_base import Chart

DEFAULT_SIZE = QSize(1200, 700)


def render_image(view: QGraphicsView, size: QSize | None = None) -> QImage:
    """The chart as an image: at the screen's device pixel ratio, or scaled to exactly `size` pixels."""
    if size is None:
        return view.grab().toImage()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(view.palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.render(
        painter, QRectF(0, 0, size.width(), size.height()), view.viewport().rect(), Qt.AspectRatioMode.IgnoreAspectRatio
    )
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # the stub says bytes, the binding accepts only str
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ExportFailed(path="PNG", detail="the image could not be encoded")
    return bytes(data.data())


def svg_bytes(view: QGraphicsView, title: str) -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    rect = view.viewport().rect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    # pyqtgraph replays its axes from QPictures, which rescale by the ratio of the two devices' DPI: the SVG
    # must have the screen's, or axes and data drift apart. (At 96 DPI, browsers show it at its pixel size.)
    generator.setResolution(view.logicalDpiX())
    generator.setSize(rect.size())
    generator.setViewBox(QRect(0, 0, rect.width(), rect.height()))
    generator.setTitle(title)
    generator.setDescription("TikTok Creator Desktop")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportFailed(path="SVG", detail="the SVG painter could not start")
    painter.fillRect(QRectF(rect), view.palette().color(QPalette.ColorRole.Base))
    view.render(painter, QRectF(rect), rect)
    painter.end()
    return bytes(data.data())


def save_chart(chart: Chart, out: Path, size: QSize | None = None) -> None:
    """PNG or SVG by the file's extension."""
    suffix = Path(out).suffix.lower()
    if suffix == ".svg":
        write_bytes(out, svg_bytes(chart.widget, chart.title()))
    elif suffix == ".png":
        write_bytes(out, png_bytes(render_image(chart.widget, size)))
    else:
        raise ExportFailed(path=str(out), detail="the file name must end in .png or .svg")


@contextmanager
def offscreen_chart(
    name: str, data: ChartData, size: QSize = DEFAULT_SIZE, palette: QPalette | None = None, mode: str = ""
) -> Iterator[Chart]:
    """A chart laid out at `size` without appearing on screen (a never-shown chart has no size to draw), in `mode`
    (Chart.mode; "" for the chart's default)."""
    import pyqtgraph as pg

    from tiktok_desktop.ui.charts.panel import follow_palette, is_dark
    from tiktok_desktop.ui.charts.views import KINDS

    pg.setConfigOptions(antialias=True)
    palette = palette or QApplication.palette()
    chart = KINDS[name](is_dark(palette))
    chart.mode = mode or chart.mode
    view = chart.widget
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(size)
    follow_palette(chart, palette)
    chart.set_data(data)
    view.show()
    QApplication.processEvents()
    try:
        yield chart
    finally:
        view.close()
        view.deleteLater()


def parse_size(text: str | None) -> QSize | None:
    """'1600x900' -> QSize; None for None. ValueError for anything else."""
    if text is None:
        return None
    width, _, height = text.lower().partition("x")
    size = QSize(int(width), int(height))
    if not (100 <= size.width() <= 10_000 and 100 <= size.height() <= 10_000):
        raise ValueError(text)
    return size


def write_chart_file(name: str, data: ChartData, out: Path, size: QSize | None = None) -> None:
    """A chart to a PNG (at `size` pixels, default DEFAULT_SIZE) or an SVG, without a window."""
    with offscreen_chart(name, data, size or DEFAULT_SIZE) as chart:
        save_chart(chart, out, size or DEFAULT_SIZE)
