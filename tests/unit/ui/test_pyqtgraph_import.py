"""pyqtgraph imported by the app makes only the Qt classes it uses (ui/pyqtgraph_import.py); each check runs in a
fresh interpreter, since the first import is the one that counts."""

from __future__ import annotations

from helpers.fresh_python import fresh_json

PROBE = """
import json, sys
{before}
import pyqtgraph as pg
import PySide6, PySide6.QtWidgets
from PySide6.QtWidgets import QApplication
app = QApplication([])
plot = pg.PlotWidget()
plot.plot([1, 2, 3], [3, 1, 2], symbol="o")
plot.grab()
print(json.dumps({{
    "mirror_names": sorted(vars(pg.Qt.QtWidgets)),
    "graphics_view": pg.QtWidgets.QGraphicsView is PySide6.QtWidgets.QGraphicsView,
    "signal": pg.QtCore.Signal is PySide6.QtCore.Signal,
    "restored": all(getattr(PySide6, n) is sys.modules["PySide6." + n] for n in ("QtCore", "QtGui", "QtWidgets")),
    "version": pg.Qt.VERSION_INFO,
}}))
"""


def probe(before: str) -> dict[str, object]:
    return fresh_json(PROBE.format(before=before))


def test_pyqtgraph_through_the_ui_copies_no_qt_class_it_does_not_use() -> None:
    seen = probe("import tiktok_desktop.ui")
    assert "QUndoView" not in seen["mirror_names"]  # a class pyqtgraph never touches: not made
    assert len(seen["mirror_names"]) < 150  # what pyqtgraph uses; its own copy holds ~200 of QtWidgets' 300
    assert seen["graphics_view"] and seen["signal"], "the mirrors give PySide6's own classes"
    assert seen["restored"], "PySide6's modules are themselves again once pyqtgraph is imported"
    assert str(seen["version"]).startswith("PySide6")


def test_without_it_pyqtgraph_copies_every_class() -> None:
    """What the check above is against: pyqtgraph's own import copies QUndoView and the rest."""
    seen = probe("")
    assert "QUndoView" in seen["mirror_names"]


DEFERRED_PROBE = """
import json, sys
import tiktok_desktop.ui
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication
app = QApplication([])
before = sorted(m for m in ("pyqtgraph.parametertree", "multiprocessing", "pyqtgraph.multiprocess.processes",
                            "pyqtgraph.imageview.ImageView")
                if m in sys.modules)
from tiktok_desktop.ui.pyqtgraph_import import DEFERRED
before += [m for m in DEFERRED if "__getattr__" not in vars(sys.modules[m])]  # ran already
classes = {name: getattr(pg, name).__module__ + "." + getattr(pg, name).__qualname__
           for name in ("ColorMapWidget", "ColorMapParameter", "DataFilterWidget", "ScatterPlotWidget")}
from pyqtgraph.multiprocess import QtProcess
from pyqtgraph.widgets.DataFilterWidget import DataFilterParameter
widget = pg.ScatterPlotWidget()
print(json.dumps({"before": before, "classes": classes, "process": QtProcess.__qualname__,
                  "parameter": DataFilterParameter.__qualname__, "widget": type(widget).__name__,
                  "after": sorted(m for m in ("pyqtgraph.parametertree", "multiprocessing") if m in sys.modules)}))
"""

NAMES_PROBE = """
import json, sys
{before}
import pyqtgraph as pg
names = {{}}
for name in [n for n in dir(pg) if not n.startswith("__")] if not {lazy} else NAMES:
    value = getattr(pg, name)
    names[name] = getattr(value, "__module__", "") + "." + getattr(value, "__qualname__", type(value).__name__)
print(json.dumps(names))
"""


def test_the_widgets_the_app_never_makes_wait_until_first_used_and_then_work() -> None:
    seen = fresh_json(DEFERRED_PROBE)
    assert seen["before"] == [], "parameter trees and multiprocessing are not imported with pyqtgraph"
    assert seen["classes"] == {
        "ColorMapWidget": "pyqtgraph.widgets.ColorMapWidget.ColorMapWidget",
        "ColorMapParameter": "pyqtgraph.widgets.ColorMapWidget.ColorMapParameter",
        "DataFilterWidget": "pyqtgraph.widgets.DataFilterWidget.DataFilterWidget",
        "ScatterPlotWidget": "pyqtgraph.widgets.ScatterPlotWidget.ScatterPlotWidget",
    }
    assert (seen["process"], seen["parameter"], seen["widget"]) == (
        "QtProcess",
        "DataFilterParameter",
        "ScatterPlotWidget",
    )
    assert seen["after"] == ["multiprocessing", "pyqtgraph.parametertree"]


def test_pyqtgraph_through_the_ui_offers_every_name_its_own_import_offers() -> None:
    """Against a pyqtgraph release whose deferred modules offer other names: each name of pyqtgraph's own
    namespace is there, and is the same object, once asked for (the module's own dunders aside: its loader is
    a wrapper)."""
    plain = fresh_json(NAMES_PROBE.format(before="NAMES = None", lazy=False))
    through_ui = fresh_json(
        NAMES_PROBE.format(before=f"import tiktok_desktop.ui\nNAMES = {sorted(plain)!r}", lazy=True)
    )
    assert through_ui == plain
