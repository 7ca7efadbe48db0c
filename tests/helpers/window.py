"""Steps on the main window that tests share (the window itself is the `window` fixture, tests/unit/ui/conftest.py)."""

from __future__ import annotations

from tiktok_desktop.ui.mainwindow.window import MainWindow

TIMEOUT = 30_000


def start_and_wait(qtbot, w: MainWindow) -> None:
    """Starts the window as the app does and waits until its dashboard is on screen."""
    with qtbot.waitSignal(w.dashboard_shown, timeout=TIMEOUT):
        w.start()
