"""TikTok Studio imports in the window: the dialog (chosen files, summary, errors), zips dropped on the window, the
imported history in the Followers chart and the Audience and Daily views tabs, and the weekly reminder."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from helpers.studio_export import write_download
from helpers.window import TIMEOUT, start_and_wait
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.ui.mainwindow.window import MainWindow


def drop(window: MainWindow, paths: list[Path]) -> bool:
    """A drop on the window, as Qt hands it to the window's event filter (QApplication does not deliver a drop
    without a drag under way, so the test hands it over itself)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    return window.studio.eventFilter(window, event)


def test_import_through_the_dialog_fills_the_charts_and_the_audience_tab(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    start_and_wait(qtbot, window)
    followers_before = len(window.chart_data.followers)
    assert window.charts.audience.empty.isVisibleTo(window.charts.audience)  # nothing imported: the how-to hint
    download = write_download(tmp_path / "dl", exported_at=int(time.time()) - 3600)
    dialog = window.studio.open()
    dialog.ask_files = lambda title, folder: [str(p) for p in download.zips]
    dialog.choose_files.click()
    assert dialog.list.count() == 4 and dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        dialog.import_button.click()
    text = dialog.outcome.text()
    assert "360 day(s) of history" in text and "@lumi.cooks" in text and "168 hour(s)" in text
    assert dialog.outcome.objectName() != "dialogError" and not dialog.import_button.isEnabled()
    data = window.chart_data
    assert len(data.followers) > followers_before and data.imported_followers
    assert len(data.daily) == 360 and data.audience is not None and data.activity
    audience = window.charts.audience
    assert not audience.empty.isVisibleTo(audience)
    assert audience.gender.itemAtPosition(0, 0).widget().text() == "Female"
    assert audience.territories.itemAtPosition(0, 0).widget().text() == "United States (US)"
    assert not window.charts.chart("daily").nothing and not window.charts.chart("active").nothing
    window.charts.show_chart("active")
    assert window.charts.current() == "active" and window.charts.tabs.currentWidget() is audience
    assert not window.banners.reminder.isVisible()  # imported just now: no reminder


def test_a_dropped_foreign_download_says_whose_it_is_and_imports_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    start_and_wait(qtbot, window)
    foreign = write_download(tmp_path / "x", handle="someone.else")
    (tmp_path / "notes.txt").write_text("not a download")
    assert not drop(window, [tmp_path / "notes.txt"]) and window.studio.dialog is None  # refused: no dialog
    assert drop(window, [tmp_path / "x"])
    dialog = window.studio.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT)
    assert "@someone.else" in dialog.outcome.text() and dialog.outcome.objectName() == "dialogError"
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [str(tmp_path / "x")]
    assert window.chart_data.audience is None and not foreign.zips[0].name.endswith(".csv")


def test_the_weekly_reminder_after_a_first_import_and_its_dismissal(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    start_and_wait(qtbot, window)
    window.studio.update_reminder(int(time.time()) + 30 * DAY)
    assert not window.banners.reminder.isVisible()  # never before a first import
    download = write_download(tmp_path / "dl", exported_at=int(time.time()) - 3600)
    dialog = window.studio.open(download.zips)
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        dialog.start()
    dialog.close()
    db = sqlite3.connect(ctx.paths.database)
    db.execute("UPDATE studio_imports SET imported_at = imported_at - 8 * 86400")
    db.commit()
    db.close()
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.reload()
    banner = window.banners.reminder
    assert banner.isVisible() and "Your last TikTok Studio import was on" in banner.label.text()
    qtbot.mouseClick(banner.findChildren(type(banner.action))[-1], Qt.MouseButton.LeftButton)  # Dismiss
    assert not banner.isVisible()
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.reload()
    assert not banner.isVisible()  # dismissed: not again until the next import is due


def test_closing_the_dialog_while_importing_still_updates_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    start_and_wait(qtbot, window)
    download = write_download(tmp_path / "dl", exported_at=int(time.time()) - 3600)
    dialog = window.studio.open(download.zips)
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        dialog.start()
        dialog.reject()  # Close (or Esc) while the import runs
    assert window.chart_data.audience is not None
    qtbot.waitUntil(lambda: window.studio.dialog is None, timeout=TIMEOUT)  # closed once done
