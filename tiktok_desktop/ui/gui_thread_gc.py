"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs in whichever thread happens to allocate when a threshold is crossed: often a
task's worker, busy in Python. A collection there destroys the Qt objects of any widget, timer or chart item that
sat in a reference cycle, from the wrong thread: Qt warns "Timers cannot be started from another thread", its timer
bookkeeping is corrupted (a test's wait whose timeout never fired) and a later style change can crash. So automatic
collection is off, and a timer on the GUI thread collects with the same thresholds (the arrangement pyqtgraph ships
as util.garbage_collector, written here to keep pyqtgraph out of the start-up).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Create it on the GUI thread once the QApplication exists; it lives as long as its parent."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> None:
        """Collects the generations whose counts passed their thresholds, as the automatic collector would."""
        young, middle, old = gc.get_count()
        if young > self._threshold[0]:
            gc.collect(0)
            if middle > self._threshold[1]:
                gc.collect(1)
                if old > self._threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Collection as it was before (automatic, unless something else had turned it off)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
