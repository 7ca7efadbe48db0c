"""Python's cyclic garbage collector, run on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate when a threshold trips. In a worker (a sync,
a load) it destroys there the Qt objects caught in reference cycles (a closed window's parts), and Qt warns
"QBasicTimer::start: Timers cannot be started from another thread", then crashes at the next style change (seen
in full test runs: the collector running inside a sync's list comprehension). So automatic collection is off
and a timer on the GUI thread collects as often as the thresholds ask (pyqtgraph recommends the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)
        self.destroyed.connect(gc.enable)

    def check(self) -> None:
        """Collects the generations whose counts passed their thresholds, as the automatic collector would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return
