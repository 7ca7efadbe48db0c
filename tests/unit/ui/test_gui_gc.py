"""Reference cycles that hold Qt objects are collected on the GUI thread, never in a task's thread (ui/gui_gc.py).

A full test run hung about one time in three: a window or dialog of an earlier test, closed and left in a cycle,
was destroyed by a collection that a sync task's allocations set off in its pool thread, while the GUI thread
used it. These tests set off such a collection on purpose."""

from __future__ import annotations

import gc
import threading

from helpers.window import TIMEOUT
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tiktok_desktop.ui.gui_gc import GuiThreadCollector
from tiktok_desktop.ui.tasks import TaskRunner


class Cyclic(QWidget):
    """A closed widget that only the cyclic collector can free (as a window's parts refer to each other)."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def allocate_like_a_sync(progress, cancel) -> int:
    """Enough surviving objects to make Python collect every generation, the oldest included (it waits until the
    survivors are a quarter of what it already tracks)."""
    kept = [[] for _ in range(max(200_000, len(gc.get_objects()) // 2))]
    return len(kept)


def test_a_collection_set_off_by_a_task_destroys_no_widget_in_its_thread(qtbot, runner: TaskRunner) -> None:
    destroyed_on_gui_thread: list[bool] = []
    holder = [Cyclic()]
    holder[0].destroyed.connect(
        lambda: destroyed_on_gui_thread.append(threading.current_thread() is threading.main_thread()),
        Qt.ConnectionType.DirectConnection,
    )

    def task(progress, cancel) -> int:
        holder.clear()  # garbage from now on, whichever generation it had reached
        return allocate_like_a_sync(progress, cancel)

    handle = runner.submit("allocate", task)
    qtbot.waitUntil(lambda: handle.done, timeout=TIMEOUT)
    gc.collect()  # the GUI thread's turn, if the task's thread did not collect it
    assert destroyed_on_gui_thread == [True]


def test_the_collector_collects_what_python_would_have(qtbot) -> None:
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        garbage = [Cyclic() for _ in range(3)]
        destroyed: list[bool] = []
        for w in garbage:
            w.destroyed.connect(lambda: destroyed.append(True), Qt.ConnectionType.DirectConnection)
        del garbage, w
        young = gc.get_count()[0]
        cycles = [[] for _ in range(collector.thresholds[0] + 1)]
        for c in cycles:
            c.append(c)
        del cycles, c
        assert gc.get_count()[0] > young and destroyed == []  # nothing collected by itself
        qtbot.waitUntil(lambda: destroyed == [True] * 3, timeout=TIMEOUT)  # the timer, in this thread
    finally:
        collector.stop()
        collector.deleteLater()
