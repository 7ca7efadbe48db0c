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
    # the third: the app closed for a few hours before the 28-day comparison's old edge (56 days back), so that its
    # nearest earlier snapshot is hours before it whatever the time of day: without it, the thinned history's one
    # snapshot a day lay within the gap threshold of the edge from about 23:00 to 03:00 UTC, and the test failed then
    edge = now - 56 * DAY
    gaps = [(now - 45 * DAY, now - 43 * DAY), (now - 5 * DAY, now - 4 * DAY + 3 * HOUR), (edge - 5 * HOUR, edge + HOUR)]
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
    assert sum(math.isnan(v) for v in y) == 3  # the three gaps, no line across them
    assert w.charts.charts["followers"].curve.opts["connect"] == "finite"
    assert w.insights.estimated_note.isVisibleTo(w)  # 28 days: the edge 56 days back is in the daily tier
    assert "nearest earlier snapshot" in w.insights.estimated_note.text()
    w.close()


def test_quitting_during_the_upgrade_stops_it_and_keeps_the_original(qtbot, old_history: AppContext, runner) -> None:
    """Quit while the history is being converted: the app stops at once (no wait for the whole conversion) and the
    original file is left as it was, to be converted on the next start."""
    import sqlite3

    from tiktok_desktop.core.store_schema import COMPACT_VERSION

    w = MainWindow(old_history, runner)
    qtbot.addWidget(w)
    path = old_history.paths.database
    size_before = path.stat().st_size
    upgrading: list[str] = []
    w.statusBar().messageChanged.connect(lambda m: upgrading.append(m) if "of 300 videos" in m else None)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: bool(upgrading), timeout=30_000)
    assert runner.shutdown(30_000)  # what the app does when it quits
    assert not any("300 of 300" in m for m in upgrading)
    assert not path.with_name(path.name + ".compacting").exists()
    assert path.stat().st_size == size_before
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] < COMPACT_VERSION
    db.close()
    w.close()
