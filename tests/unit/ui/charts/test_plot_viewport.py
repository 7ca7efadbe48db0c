"""The charts' viewport is made in Python (chart_base.PlotWidget): asking pyqtgraph's default one makes PySide6
create every QWidget class it has not made yet. Fresh interpreters: the first chart is the one that counts."""

from __future__ import annotations

from helpers.fresh_python import fresh_python

PROBE = """
import sys
import tiktok_desktop.ui
import PySide6.QtWidgets as widgets
from PySide6.QtWidgets import QApplication
app = QApplication([])
import pyqtgraph as pg
from tiktok_desktop.ui.charts.chart_base import PlotWidget
plot = {make}
viewport = plot.viewport()
print(type(viewport).__name__, "QWizard" in vars(widgets))
"""


def first_chart(make: str) -> list[str]:
    return fresh_python(PROBE.format(make=make)).split()


def test_the_first_chart_makes_no_widget_class_it_does_not_use() -> None:
    assert first_chart("PlotWidget(enableMenu=False)") == ["QWidget", "False"]


def test_pyqtgraphs_own_viewport_makes_every_widget_class() -> None:
    """What the check above is against."""
    assert first_chart("pg.PlotWidget(enableMenu=False)") == ["QWidget", "True"]
