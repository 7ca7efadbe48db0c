"""pyqtgraph's first import without what the app never uses: its copy of every Qt class, and the modules it
imports only to offer them by name.

1. pyqtgraph 0.14 keeps mirrors of QtCore, QtGui and QtWidgets and fills them with `getattr` on every name the
   PySide6 modules list. PySide6 makes a class, and the Python enums in it, the first time it is looked up, so that
   copy makes some 600 enums the app never uses: about 80 ms on the GUI thread before the first chart (make bench).
   pyqtgraph's own fix (upstream commit 92096ee2, not in a release yet) makes the mirrors look names up when first
   used; this does the same from outside, for the one import that builds the mirrors:
   - the mirrors are put in place first, as modules that look a name up in PySide6 when it is first asked for;
   - while pyqtgraph.Qt runs, PySide6's QtCore, QtGui and QtWidgets list no names (they still give any name asked
     for), so the copy copies nothing.
2. pyqtgraph's `__init__` also imports some twenty widgets it offers by name (colour maps, data filters, scatter
   plots, trees, tables, image views... and with them its parameter trees) and the remote view's process tools
   (multiprocessing, sockets, pickle): ~40 ms before the first chart, for classes the app never makes. While
   pyqtgraph's `__init__` runs, those modules are made deferred: a deferred module runs its own code the first
   time one of its names is asked for, so everything in them still works, later. pyqtgraph's `__init__`
   star-imports the widgets, which would ask for every name at once: a deferred module lists no names until it
   has run, and the package gives the names those star imports would have given (`pg.ColorMapWidget`...) when
   first asked for.
Installed before the UI imports pyqtgraph (tiktok_desktop.ui); if pyqtgraph was imported already, it does nothing.
Only the thread that imports pyqtgraph may use it (Qt's rule for widgets too), so a deferred module is never run by
two threads at once.
"""

from __future__ import annotations

import importlib.machinery
import sys
import types
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importlib.abc itself costs ~20 ms at start-up (importlib.resources): finders need no base class
    from collections.abc import Sequence
    from importlib.abc import Loader

QT_MODULES = ("QtCore", "QtGui", "QtWidgets")
PACKAGE = "pyqtgraph"
TARGET = "pyqtgraph.Qt"
# module -> the names pyqtgraph's __init__ takes from it with `import *` (its __all__); none: imported as a module
DEFERRED: dict[str, tuple[str, ...]] = {
    "pyqtgraph.graphicsItems.ArrowItem": ("ArrowItem",),
    "pyqtgraph.graphicsItems.BoxplotItem": ("BoxplotItem",),
    "pyqtgraph.graphicsItems.CurvePoint": ("CurvePoint", "CurveArrow"),
    "pyqtgraph.graphicsItems.ErrorBarItem": ("ErrorBarItem",),
    "pyqtgraph.graphicsItems.GradientEditorItem": (
        "TickSliderItem",
        "GradientEditorItem",
        "addGradientListToDocstring",
    ),
    "pyqtgraph.graphicsItems.GradientLegend": ("GradientLegend",),
    "pyqtgraph.graphicsItems.GraphItem": ("GraphItem",),
    "pyqtgraph.graphicsItems.GridItem": ("GridItem",),
    "pyqtgraph.graphicsItems.HistogramLUTItem": ("HistogramLUTItem",),
    "pyqtgraph.graphicsItems.IsocurveItem": ("IsocurveItem",),
    "pyqtgraph.graphicsItems.PColorMeshItem": ("PColorMeshItem",),
    "pyqtgraph.graphicsItems.ROI": (
        "ROI",
        "TestROI",
        "RectROI",
        "EllipseROI",
        "CircleROI",
        "LineROI",
        "MultiLineROI",
        "MultiRectROI",
        "LineSegmentROI",
        "PolyLineROI",
        "CrosshairROI",
        "TriangleROI",
    ),
    "pyqtgraph.graphicsItems.ScaleBar": ("ScaleBar",),
    "pyqtgraph.graphicsItems.TargetItem": ("TargetItem", "TargetLabel"),
    "pyqtgraph.graphicsItems.VTickGroup": ("VTickGroup",),
    "pyqtgraph.widgets.BusyCursor": ("BusyCursor",),
    "pyqtgraph.widgets.CheckTable": ("CheckTable",),
    "pyqtgraph.widgets.ColorButton": ("ColorButton",),
    "pyqtgraph.widgets.ColorMapWidget": ("ColorMapWidget", "ColorMapParameter"),
    "pyqtgraph.widgets.ComboBox": ("ComboBox",),
    "pyqtgraph.widgets.DataFilterWidget": ("DataFilterWidget",),
    "pyqtgraph.widgets.DataTreeWidget": ("DataTreeWidget",),
    "pyqtgraph.widgets.DiffTreeWidget": ("DiffTreeWidget",),
    "pyqtgraph.widgets.FeedbackButton": ("FeedbackButton",),
    "pyqtgraph.widgets.GradientWidget": ("GradientWidget",),
    "pyqtgraph.widgets.HistogramLUTWidget": ("HistogramLUTWidget",),
    "pyqtgraph.widgets.JoystickButton": ("JoystickButton",),
    "pyqtgraph.widgets.LayoutWidget": ("LayoutWidget",),
    "pyqtgraph.widgets.ProgressDialog": ("ProgressDialog",),
    "pyqtgraph.widgets.RawImageWidget": ("RawImageWidget", "RawImageGLWidget"),
    "pyqtgraph.widgets.ScatterPlotWidget": ("ScatterPlotWidget",),
    "pyqtgraph.widgets.TableWidget": ("TableWidget",),
    "pyqtgraph.widgets.TreeWidget": ("TreeWidget", "TreeWidgetItem"),
    "pyqtgraph.widgets.ValueLabel": ("ValueLabel",),
    "pyqtgraph.widgets.VerticalLabel": ("VerticalLabel",),
    "pyqtgraph.imageview": ("ImageView",),
    "pyqtgraph.multiprocess": (),
}


def mirror(name: str, source: types.ModuleType) -> types.ModuleType:
    """A module that takes a name from `source` when first asked for it, and keeps it (pyqtgraph may also set
    names of its own on it)."""
    module = types.ModuleType(name)
    module.__spec__ = importlib.machinery.ModuleSpec(name, None)

    def __getattr__(attribute: str) -> object:  # noqa: N807 - a module's own lookup hook (PEP 562)
        value = getattr(source, attribute)
        setattr(module, attribute, value)
        return value

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    return module


class _Unlisted(types.ModuleType):
    """Stands for a PySide6 module while pyqtgraph.Qt runs: gives every name, lists none."""

    def __init__(self, module: types.ModuleType) -> None:
        super().__init__(module.__name__)
        self._module = module

    def __dir__(self) -> list[str]:
        return []

    def __getattr__(self, attribute: str) -> object:
        return getattr(self._module, attribute)


class _Wrapped:
    """Wraps the loader that found the module (the path's, or PyInstaller's archive's), whose get_source,
    is_package and resources stay its own."""

    def __init__(self, loader: Loader) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._loader.create_module(spec)

    def __getattr__(self, attribute: str) -> object:
        return getattr(self._loader, attribute)


class _QtLoader(_Wrapped):
    def exec_module(self, module: types.ModuleType) -> None:
        # the three modules are loaded, then read (and swapped) as attributes of the package
        import PySide6
        import PySide6.QtCore
        import PySide6.QtGui
        import PySide6.QtWidgets

        real = {name: getattr(PySide6, name) for name in QT_MODULES}
        for name, source in real.items():
            full = f"{TARGET}.{name}"
            if full not in sys.modules:
                sys.modules[full] = mirror(full, source)
            setattr(module, name, sys.modules[full])
        try:
            for name, source in real.items():
                setattr(PySide6, name, _Unlisted(source))
            self._loader.exec_module(module)
        finally:
            for name, source in real.items():
                setattr(PySide6, name, source)


class _DeferredLoader(_Wrapped):
    """Makes a deferred module: its code runs the first time a name it lacks is asked for."""

    def exec_module(self, module: types.ModuleType) -> None:
        def __getattr__(attribute: str) -> object:  # noqa: N807 - a module's own lookup hook (PEP 562)
            if attribute == "__path__":  # what `from module import ...` asks first: only a package has one
                raise AttributeError(attribute)
            # its own code runs as in any import: without this hook, and with no __all__ but the one it sets
            del module.__getattr__
            del module.__all__
            try:
                self._loader.exec_module(module)
            except BaseException:
                sys.modules.pop(module.__name__, None)  # as a failed import does: the next import tries again
                raise
            return getattr(module, attribute)

        module.__all__ = []  # type: ignore[attr-defined]
        module.__getattr__ = __getattr__  # type: ignore[method-assign]


class _PackageLoader(_Wrapped):
    """Runs pyqtgraph's __init__, then stops deferring and lets the package give the deferred names."""

    def exec_module(self, package: types.ModuleType) -> None:
        try:
            self._loader.exec_module(package)
        finally:
            uninstall()
        offered = {name: module for module, names in DEFERRED.items() for name in names}
        own = package.__dict__.get("__getattr__")

        def __getattr__(attribute: str) -> object:  # noqa: N807 - a module's own lookup hook (PEP 562)
            if attribute in offered:
                value = getattr(sys.modules[offered[attribute]], attribute)
                setattr(package, attribute, value)
                return value
            if own is not None:
                return own(attribute)
            raise AttributeError(f"module {PACKAGE!r} has no attribute {attribute!r}")

        package.__getattr__ = __getattr__  # type: ignore[method-assign]


_LOADERS: dict[str, type[_Wrapped]] = {
    PACKAGE: _PackageLoader,
    TARGET: _QtLoader,
    **dict.fromkeys(DEFERRED, _DeferredLoader),
}


class _Finder:
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        wrap = _LOADERS.get(fullname)
        if wrap is None:
            return None
        for finder in sys.meta_path:  # whichever finds it: the path, or PyInstaller's archive
            if finder is self:
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = wrap(spec.loader)  # type: ignore[assignment]
                return spec
        return None


_finder = _Finder()


def install() -> None:
    if PACKAGE not in sys.modules and _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)


def uninstall() -> None:
    if _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
