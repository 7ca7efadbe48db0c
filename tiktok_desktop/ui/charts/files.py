"""Charts to PNG, SVG and the clipboard, from the window or from a chart built off screen (CLI, PDF report).

pyqtgraph's own SVGExporter crashes with PySide6 6.12 (ValueError in correctCoordinates) and embeds images as
bitmaps; rendering the chart's QGraphicsView into a QSvgGenerator, with the items switched to shapes
(vector_export), gives vector output with text, axes, dots, lines and heatmap cells, whatever the binding version.
Exports for sharing carry a header (share.py): title, @handle, period and date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.app.export import write_bytes
from tiktok_desktop.core.errors import ExportFailed
from tiktok_desktop.ui.charts.share import Caption, chart_area, header_height, layout_size, paint_export
from tiktok_desktop.ui.charts.vector_export import bake_transforms, vector_items

if TYPE_CHECKING:
    from tiktok_desktop.ui.charts.chart_base import Chart

DEFAULT_SIZE = QSize(1200, 700)
HeaderOf = Callable[[str], Caption]  # a chart's title -> its export header


def render_image(
    view: QGraphicsView,
    size: QSize | None = None,
    header: Caption | None = None,
    ratio: float = 1.0,
    pixels: QSize | None = None,
) -> QImage:
    """The chart as an image: as on screen (at the screen's device pixel ratio) when neither `size` nor `header`
    is given, else laid out at `size` with the header above the chart when given (the chart then laid out at
    share.chart_area(size)), drawn `ratio` times larger (a high-density screen), or scaled to exactly `pixels`."""
    if size is None and header is None:
        return view.grab().toImage()
    size = size or DEFAULT_SIZE
    image = QImage(pixels or size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    if pixels is None:
        image.setDevicePixelRatio(ratio)
    image.fill(view.palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    if pixels is not None:
        painter.scale(pixels.width() / size.width(), pixels.height() / size.height())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if header is None:
        view.render(
            painter,
            QRectF(0, 0, size.width(), size.height()),
            view.viewport().rect(),
            Qt.AspectRatioMode.IgnoreAspectRatio,
        )
    else:
        paint_export(painter, view, size, header)
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


def svg_bytes(view: QGraphicsView, title: str, header: Caption | None = None, pixels: QSize | None = None) -> bytes:
    """The chart as a vector SVG (vector_export), with the header above it when given, shown at `pixels`
    (default: its layout size)."""
    from PySide6.QtSvg import QSvgGenerator

    rect = view.viewport().rect()
    size = QSize(rect.width(), rect.height() + (header_height() if header is not None else 0))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    # pyqtgraph replays its axes from QPictures, which rescale by the ratio of the two devices' DPI: the SVG
    # must have the screen's, or axes and data drift apart. (At 96 DPI, browsers show it at its pixel size.)
    generator.setResolution(view.logicalDpiX())
    generator.setSize(pixels or size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("TikTok Creator Desktop")
    painter = QPainter()
    with vector_items(view.scene()):
        if not painter.begin(generator):
            raise ExportFailed(path="SVG", detail="the SVG painter could not start")
        if header is None:
            painter.fillRect(QRectF(rect), view.palette().color(QPalette.ColorRole.Base))
            view.render(painter, QRectF(rect), rect)
        else:
            paint_export(painter, view, size, header)
        painter.end()
    return bake_transforms(bytes(data.data()))


def save_chart(
    chart: Chart, out: Path, size: QSize | None = None, header: Caption | None = None, pixels: QSize | None = None
) -> None:
    """PNG or SVG by the file's extension."""
    suffix = Path(out).suffix.lower()
    if suffix == ".svg":
        write_bytes(out, svg_bytes(chart.widget, chart.title(), header, pixels))
    elif suffix == ".png":
        write_bytes(out, png_bytes(render_image(chart.widget, size, header, pixels=pixels)))
    else:
        raise ExportFailed(path=str(out), detail="the file name must end in .png or .svg")


@contextmanager
def offscreen_chart(
    name: str, data: ChartData, size: QSize = DEFAULT_SIZE, palette: QPalette | None = None, mode: str = ""
) -> Iterator[Chart]:
    """A chart laid out at `size` without appearing on screen (a never-shown chart has no size to draw), in `mode`
    (Chart.mode; "" for the chart's default)."""
    import pyqtgraph as pg

    from tiktok_desktop.ui.charts.looks import follow_palette, is_dark
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


SIZE_NAMES = {"default": (1200, 700), "landscape": (1920, 1080), "portrait": (1080, 1920), "square": (1080, 1080)}


def parse_size(text: str | None) -> QSize | None:
    """'1600x900' or a preset's name (SIZE_NAMES) -> QSize; None for None. ValueError for anything else."""
    if text is None:
        return None
    if text.lower() in SIZE_NAMES:
        return QSize(*SIZE_NAMES[text.lower()])
    width, _, height = text.lower().partition("x")
    size = QSize(int(width), int(height))
    if not (100 <= size.width() <= 10_000 and 100 <= size.height() <= 10_000):
        raise ValueError(text)
    return size


@contextmanager
def shared_chart(
    name: str, data: ChartData, size: QSize = DEFAULT_SIZE, palette: QPalette | None = None, mode: str = ""
) -> Iterator[Chart]:
    """A chart laid out off screen for an export of `size` pixels with its header (share.paint_export), shown as
    the window shows it (`mode`: Chart.mode)."""
    with offscreen_chart(name, data, chart_area(size), palette, mode) as chart:
        yield chart


def write_chart_file(name: str, data: ChartData, out: Path, header_of: HeaderOf, size: QSize | None = None) -> None:
    """A chart to a PNG or an SVG of `size` pixels (default DEFAULT_SIZE) with its header, without a window;
    a large size is laid out smaller and drawn scaled (share.layout_size), so its text grows with it."""
    pixels = size or DEFAULT_SIZE
    layout = layout_size(pixels)
    with shared_chart(name, data, layout) as chart:
        save_chart(chart, out, layout, header_of(chart.title()), pixels)
