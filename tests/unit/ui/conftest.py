"""The one main-window fixture of the UI tests."""

from __future__ import annotations

import pytest

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, ctx: AppContext, runner: TaskRunner):
    """The main window on screen, not started: a test that wants its dashboard calls
    helpers.window.start_and_wait (a test module with other settings overrides the ctx fixture)."""
    w = MainWindow(ctx, runner)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()  # before the runner fixture waits for the tasks: closing cancels a sync still running
