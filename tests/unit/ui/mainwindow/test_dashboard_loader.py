"""The first load looks up the local time zone in its worker (the charts' date axes need it; its first lookup reads
the zone database, ~7 ms that the GUI thread's first chart paint no longer waits for)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimeZone

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui.mainwindow import dashboard_loader
from tiktok_desktop.ui.mainwindow.dashboard_loader import DashboardLoader
from tiktok_desktop.ui.tasks import TaskRunner


def test_the_load_looks_up_the_time_zone_in_its_worker(
    qtbot, ctx: AppContext, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []

    class Spy:
        @staticmethod
        def systemTimeZone() -> QTimeZone:
            threads.append(threading.current_thread())
            return QTimeZone.systemTimeZone()

    monkeypatch.setattr(dashboard_loader, "QTimeZone", Spy)
    loaded: list[object] = []
    DashboardLoader(ctx, runner).load("28", loaded.append)
    qtbot.waitUntil(lambda: loaded != [])
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
