"""Garbage in reference cycles is collected on the GUI thread, never in a task's worker: a collection there
destroyed widgets and timers of earlier windows from the wrong thread (Qt's "Timers cannot be started from another
thread", then waits whose timeout never fired and crashes in a later style change)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from tiktok_desktop.ui.gui_thread_gc import GuiThreadCollector


class Window:
    """Stands for a widget's Python side in a cycle with its Qt object (a slot holding its own widget...)."""

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()


def busy_worker() -> None:
    """A task computing in Python: enough allocations of cycles to cross every threshold many times."""
    for _ in range(200_000):
        box: list[object] = []
        box.append(box)


def test_cycles_are_collected_on_the_gui_thread_not_in_a_worker(qtbot) -> None:
    was_enabled = gc.isenabled()
    gc.enable()  # as Python starts: the collector must be what turns automatic collection off
    collector = GuiThreadCollector(interval_ms=20)
    try:
        collected_in: list[threading.Thread] = []
        window = Window()
        weakref.finalize(window, lambda: collected_in.append(threading.current_thread()))
        del window

        worker = threading.Thread(target=busy_worker)
        worker.start()
        worker.join()
        assert collected_in == [], "collected in the worker"

        qtbot.waitUntil(lambda: bool(collected_in), timeout=5000)
        assert collected_in == [threading.main_thread()]
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
