"""How a chart follows the window's theme: its background, text and series colours from the palette."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette

if TYPE_CHECKING:
    from tiktok_desktop.ui.charts.chart_base import Chart


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def follow_palette(chart: Chart, palette: QPalette) -> None:
    """Chart background, text and series colours from a palette, so charts read well in light and dark themes."""
    import pyqtgraph as pg

    from tiktok_desktop.ui.charts.chart_base import legend_text_colour

    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    chart.widget.setPalette(palette)
    chart.widget.setBackground(background)
    for name in ("left", "bottom", "right"):
        axis = chart.item.getAxis(name)
        axis.setPen(text)
        axis.setTextPen(text)
    chart.item.titleLabel.setAttr("color", text.name())
    legend = getattr(chart, "legend", None)
    if legend is not None:
        legend.setBrush(pg.mkBrush(background))
        legend.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
        legend_text_colour(legend, text)
    bar = getattr(chart, "bar", None)  # a heatmap's colour bar: its values and its title
    if bar is not None:
        for name in ("left", "right"):
            axis = bar.getAxis(name)
            axis.setPen(text)
            axis.setTextPen(text)
    chart.set_dark(is_dark(palette))
