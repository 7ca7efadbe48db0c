"""Python's cyclic garbage collector runs on the GUI thread only, once the GUI runs tasks in other threads.

Python collects reference cycles in whichever thread allocates when a threshold is crossed: with the window open,
that is often a pool thread (ui/tasks.py) building a sync's history or the window's data. A cycle that holds a Qt
object (a closed window, dialog or chart: their Python parts refer to each other through slots and attributes) is
then destroyed in that thread, while the GUI thread may be painting or delivering events to it. Qt allows that
only in the object's own thread; anything else is undefined behaviour: the test suite hung (a qtbot wait that
never returned while a task ran in Python, ~1 run in 3) and crashed (a segfault, with collections in a task and in
the GUI thread at once). PySide6 does nothing about it: a wrapper freed in a thread deletes its C++ object there.

So automatic collection is turned off and a timer in the GUI thread collects instead, generation by generation
with Python's own thresholds (pyqtgraph's GarbageCollector does the same): cycles are still freed within a
second or so, always in the GUI thread. Everything else is freed by reference counting, as before.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Collects cycles on a timer in its (the GUI) thread while automatic collection is off; stop() turns
    automatic collection back on as it was."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            raise RuntimeError("the garbage collector must run in the GUI thread")
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collects the generations whose counts crossed their thresholds, as Python would have."""
        young, middle, old = gc.get_count()
        t0, t1, t2 = self.thresholds
        if young > t0:
            gc.collect(0)
            if middle > t1:
                gc.collect(1)
                if old > t2:
                    gc.collect(2)

    def stop(self) -> None:
        self.timer.stop()
        if self.was_enabled:
            gc.enable()


_installed: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Installs the collector for the application's lifetime (once; later calls return the same one)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
    return _installed


def installed() -> GuiThreadCollector | None:
    return _installed
