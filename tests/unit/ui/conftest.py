"""The UI tests' shared fixtures: the main window, and the UI in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui import i18n
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


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """The UI in Simplified Chinese for the test, English again after it."""
    try:
        assert i18n.install("zh_CN") == "zh_CN"
        yield
    finally:
        i18n.install("en")
