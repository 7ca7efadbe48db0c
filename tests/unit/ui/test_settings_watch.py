"""A setting's change reaches the window queued, in the GUI thread, whichever thread made it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from tiktok_desktop.config import Paths, Settings
from tiktok_desktop.ui.settings_watch import SettingsWatcher


def test_a_change_in_the_gui_thread_arrives_once_the_change_is_done(qtbot, isolated: Paths) -> None:
    settings = Settings(isolated.settings_file)
    watcher = SettingsWatcher(settings)
    seen: list[str] = []
    watcher.changed.connect(seen.append)
    settings.set("theme", "dark")
    settings.set("language", "en")
    assert seen == []  # not while the setter runs: a listener may rebuild the window that set it
    qtbot.waitUntil(lambda: seen == ["theme", "language"])


def test_a_change_in_another_thread_arrives_in_the_gui_thread(qtbot, isolated: Paths) -> None:
    settings = Settings(isolated.settings_file)
    watcher = SettingsWatcher(settings)
    threads: list[QThread] = []
    watcher.changed.connect(lambda key: threads.append(QThread.currentThread()))
    worker = threading.Thread(target=lambda: settings.set("theme", "dark"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: threads != [])
    assert threads == [watcher.thread()]
