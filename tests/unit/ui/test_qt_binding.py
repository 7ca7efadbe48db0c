"""Guards against known defects of the Qt binding this app is installed with."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    value = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp) -> None:
    # PySide6 6.12.0 decrefs True on every emit; after enough emits the interpreter aborts (bool_dealloc)
    emitter = _Emitter()
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.plain.emit()
        emitter.value.emit(1)
    gc.collect()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
