"""Garbage in reference cycles is collected on the GUI thread, never in a task's worker: a collection there
destroyed widgets and timers of earlier windows from the wrong thread (Qt's "Timers cannot be started from another
thread", then waits whose timeout never fired and crashes in a later style change)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from helpers.window import TIMEOUT
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from tiktok_desktop.cli import main
from tiktok_desktop.ui.gui_thread_gc import GuiThreadCollector
from tiktok_desktop.ui.tasks import TaskRunner


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


class CyclicWidget(QWidget):
    """A closed widget that only the cyclic collector can free (as a window's parts refer to each other)."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def test_a_full_collection_set_off_by_a_task_destroys_no_widget_in_the_pool(qtbot, runner: TaskRunner) -> None:
    """The test session as the app: a task in the pool allocates enough to set off a collection of every
    generation, the oldest included, while a widget has just become garbage. Without the session's collector the
    widget was destroyed in the pool thread (its `destroyed` ran there)."""
    destroyed_on_gui_thread: list[bool] = []
    holder = [CyclicWidget()]
    holder[0].destroyed.connect(
        lambda: destroyed_on_gui_thread.append(threading.current_thread() is threading.main_thread()),
        Qt.ConnectionType.DirectConnection,
    )

    def task(progress, cancel) -> int:
        holder.clear()  # garbage from now on, whichever generation it reached
        # survivors a quarter of what Python tracks already: what it waits for before a full collection
        kept = [[] for _ in range(max(200_000, len(gc.get_objects()) // 2))]
        return len(kept)

    handle = runner.submit("allocate", task)
    qtbot.waitUntil(lambda: handle.done, timeout=TIMEOUT)
    gc.collect()  # the GUI thread's turn
    assert destroyed_on_gui_thread == [True]


@pytest.mark.parametrize(("argv", "window"), [([], True), (["gui"], True), (["status"], False)])
def test_the_window_starts_with_automatic_collection_off(
    argv: list[str], window: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the window's collector runs, nothing is collected: the start imports much and frees little."""
    seen: list[bool] = []
    monkeypatch.setattr("tiktok_desktop.ui.application.run_gui", lambda ctx: seen.append(gc.isenabled()) or 0)
    monkeypatch.setattr("tiktok_desktop.cli._cmd_status", lambda ctx, args: seen.append(gc.isenabled()) or 0)
    gc.enable()
    try:
        assert main(argv) == 0
    finally:
        gc.disable()  # as the test session's collector keeps it
    assert seen == [not window]
