"""Python's cyclic garbage collector runs on the GUI thread only (ui/gui_gc.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from tiktok_desktop.ui.gui_gc import GuiThreadCollector


class Node:
    pass


def test_cycles_made_in_a_worker_are_collected_on_the_gui_thread(qtbot) -> None:
    gc.enable()  # as before the app starts
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        refs: list[weakref.ref] = []
        collected_in: list[str] = []

        def work() -> None:
            node = Node()
            node.self = node  # a cycle: only the collector frees it
            weakref.finalize(node, lambda: collected_in.append(threading.current_thread().name))
            refs.append(weakref.ref(node))
            del node
            allocated = [[] for _ in range(50_000)]  # enough to trip an automatic collection in this thread
            del allocated

        worker = threading.Thread(target=work, name="worker")
        worker.start()
        worker.join()
        assert refs[0]() is not None and not collected_in  # the worker never collected it
        qtbot.waitUntil(lambda: refs[0]() is None, timeout=5000)
        assert collected_in == [threading.current_thread().name]  # the GUI thread did
    finally:
        collector.timer.stop()
        collector.deleteLater()
        gc.disable()  # the session's collector keeps collecting on the GUI thread
