"""PySide6 without its reading of the source of every module imported after it.

PySide6 replaces `__import__`, and after each import it reads the new module's source (inspect.getsource) to see
whether the module mentions PySide6: that decides where its opt-in `from __feature__ import snake_case,
true_property` may apply, which this app does not use. Reading the ~500 modules that the window, numpy and
pyqtgraph import cost ~70 ms before the charts were on screen (make bench, PySide6 6.11; the same finding in
napari/napari#8584). Every module is taken as one that mentions PySide6, which gets the flag "no feature selected",
the one every module has here anyway; so nothing is read. With other internals (another PySide6), nothing changes.
"""

from __future__ import annotations

import sys
import types

import PySide6.QtCore  # noqa: F401 - sets up shibokensupport.feature


def skip_source_scan() -> bool:
    """True if PySide6 no longer reads the modules imported from now on."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _as_if_it_mentioned_pyside  # type: ignore[attr-defined]
    return True


def _as_if_it_mentioned_pyside(module: types.ModuleType) -> bool:
    return True
