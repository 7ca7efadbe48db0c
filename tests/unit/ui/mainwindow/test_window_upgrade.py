"""The window on a database from before compact history: the first load upgrades it off the GUI thread with
progress in the status bar, then shows the history with its gaps drawn as gaps and estimated edges said."""

from __future__ import annotations

import math
import time

import pytest
from helpers.old_history import DAY, HOUR, KEY, sync_times, write_old_history
from helpers.window import start_and_wait

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui.mainwindow.window import MainWindow


@pytest.fixture
def old_history(ctx: AppContext) -> AppContext:
    now = int(time.time())
    gaps = [(now - 45 * DAY, now - 43 * DAY), (now - 5 * DAY, now - 4 * DAY + 3 * HOUR)]
    ctx.paths.data_dir.mkdir(parents=True, exist_ok=True)
    write_old_history(ctx.paths.database, 300, sync_times(now, 70 * 24, gaps))
    ctx.settings.set("source", "demo")
    ctx.settings.set("active_account", KEY)
    return ctx


def test_the_first_load_upgrades_with_progress_and_shows_gaps(qtbot, old_history: AppContext, runner) -> None:
    w = MainWindow(old_history, runner)
    qtbot.addWidget(w)
    messages: list[str] = []
    bar_seen: list[bool] = []
    w.statusBar().messageChanged.connect(messages.append)
    w.statusBar().messageChanged.connect(lambda _: bar_seen.append(w.status.progress.isVisible()))
    w.show()
    size_before = old_history.paths.database.stat().st_size
    start_and_wait(qtbot, w)
    upgrading = [m for m in messages if "Upgrading the stored history" in m]
    assert upgrading and any("of 300 videos" in m for m in upgrading)
    assert any(bar_seen)
    assert any("History upgraded" in m for m in messages)
    assert not w.status.progress.isVisible()
    assert old_history.paths.database.stat().st_size < size_before / 3
    assert w.model.rowCount() == 300
    w.charts.build()
    qtbot.waitUntil(lambda: w.charts.charts["followers"].curve.yData is not None, timeout=10_000)
    y = w.charts.charts["followers"].curve.yData
    assert sum(math.isnan(v) for v in y) == 2  # the two gaps, no line across them
    assert w.charts.charts["followers"].curve.opts["connect"] == "finite"
    assert w.insights.estimated_note.isVisibleTo(w)  # 28 days: the edge 56 days back is in the daily tier
    assert "nearest earlier snapshot" in w.insights.estimated_note.text()
    w.close()
