"""pyqtgraph's first import without its copy of every Qt class.

pyqtgraph 0.14 keeps mirrors of QtCore, QtGui and QtWidgets and fills them with `getattr` on every name the
PySide6 modules list. PySide6 makes a class, and the Python enums in it, the first time it is looked up, so that
copy makes some 600 enums the app never uses: about 80 ms on the GUI thread before the first chart (make bench).
pyqtgraph's own fix (upstream commit 92096ee2, not in a release yet) makes the mirrors look names up when first
used; this does the same from outside, for the one import that builds the mirrors:
- the mirrors are put in place first, as modules that look a name up in PySide6 when it is first asked for;
- while pyqtgraph.Qt runs, PySide6's QtCore, QtGui and QtWidgets list no names (they still give any name asked
  for), so the copy copies nothing.
Installed before the UI imports pyqtgraph (tiktok_desktop.ui); if pyqtgraph was imported already, it does nothing.
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
TARGET = "pyqtgraph.Qt"


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


class _Loader:
    def __init__(self, loader: Loader) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._loader.create_module(spec)

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

    def __getattr__(self, attribute: str) -> object:  # get_source, is_package, resources: the real loader's
        return getattr(self._loader, attribute)


class _Finder:
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != TARGET:
            return None
        uninstall()
        for finder in sys.meta_path:  # whichever finds it: the path, or PyInstaller's archive
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _Loader(spec.loader)  # type: ignore[assignment]
                return spec
        return None


_finder = _Finder()


def install() -> None:
    if TARGET not in sys.modules and _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)


def uninstall() -> None:
    if _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
