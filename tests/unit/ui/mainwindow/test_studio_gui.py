"""TikTok Studio imports in the window: the dialog (chosen files, summary, errors), zips dropped on the window, the
imported history in the Followers chart and the Audience and Daily views tabs, and the weekly reminder."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from helpers.studio_export import write_csvs, write_download
from helpers.window import TIMEOUT, start_and_wait
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.ui.mainwindow.window import MainWindow


def drop(window: MainWindow, paths: list[Path]) -> bool:
    """A drop on the window, as Qt hands it to the window (QApplication does not deliver a drop
    without a drag under way, so the test hands it over itself)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    return window.studio.dropped(event)


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
    assert "360 days of history" in text and "@lumi.cooks" in text and "168 hours of follower" in text
    assert dialog.outcome.objectName() != "dialogError" and not dialog.import_button.isEnabled()
    assert text.startswith("Imported:")
    dialog.set_files(download.zips)  # the same files again: nothing new, and the summary says so
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Already imported"), timeout=TIMEOUT)
    data = window.chart_data
    assert len(data.followers) > followers_before and data.imported_followers
    assert len(data.daily) == 360 and data.audience is not None and data.activity
    audience = window.charts.audience
    assert not audience.empty.isVisibleTo(audience)
    assert audience.gender.itemAtPosition(0, 0).widget().text() == "Female"
    assert audience.territories.itemAtPosition(0, 0).widget().text() == "United States (US)"
    assert "Active hours: 7 days of follower activity" in audience.source.text()
    assert not window.charts.chart("daily").nothing and not window.charts.chart("active").nothing
    window.charts.show_chart("active")
    shown = window.charts.tabs.currentWidget()  # the tab's page holds the view once made
    assert window.charts.current() == "active" and shown.isAncestorOf(audience) and audience.isVisible()
    assert not window.banners.reminder.isVisible()  # imported just now: no reminder


def test_an_empty_daily_views_chart_says_how_to_import_and_offers_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Without an import the Daily views tab said "Nothing to show for this period", as if another period would
    show something: it says where daily views come from and offers the import; once imported, a period without
    imported days is just that."""
    start_and_wait(qtbot, window)
    window.charts.show_chart("daily")
    chart = window.charts.chart("daily")
    assert chart.nothing and chart.item.titleLabel.text == "No TikTok Studio data imported yet"
    qtbot.waitUntil(lambda: chart.note.isVisible(), timeout=TIMEOUT)
    assert "TikTok Studio" in chart.note.body.text() and "drop the downloaded zips" in chart.note.body.text()
    for size in ((1280, 940), (1024, 700)):  # the default and the smallest window: a chart 60 pixels high
        window.resize(*size)
        qtbot.waitUntil(lambda: chart.note.isVisible(), timeout=TIMEOUT)
        chart.widget.grab()
        plot = chart.widget.mapFromScene(chart.item.getViewBox().sceneBoundingRect()).boundingRect()
        title = chart.widget.mapFromScene(chart.item.titleLabel.sceneBoundingRect()).boundingRect()
        note = chart.note.geometry()
        assert plot.contains(note) and not note.intersects(title), (size, note, plot, title)  # whole, under the title
        body = chart.note.body
        assert body.height() >= body.heightForWidth(body.width()), size  # no line of it cut off
    chart.note.button.click()
    assert window.studio.dialog is not None and window.studio.dialog.isVisible()  # File > Import's dialog
    window.studio.dialog.close()
    qtbot.waitUntil(lambda: window.studio.dialog is None, timeout=TIMEOUT)  # deleted once closed
    download = write_download(tmp_path / "dl", exported_at=int(time.time()) - 3600)
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.studio.open(download.zips, start=True)
    assert not chart.nothing and not chart.note.isVisible()
    data = window.chart_data
    assert data.last_import is not None and data.last_import.last_day is not None
    window.charts.set_data(replace(data, daily=[]))  # imported days cover the period, without figures
    assert chart.nothing and chart.item.titleLabel.text == "Nothing to show for this period"
    assert not chart.note.isVisible()
    after = int(datetime.combine(data.last_import.last_day + timedelta(days=2), datetime.min.time()).timestamp())
    window.charts.set_data(replace(data, daily=[], start=after))  # a period after the imported days
    assert chart.nothing and chart.item.titleLabel.text == "Nothing to show for this period"
    assert chart.note.isVisible() and data.last_import.last_day.isoformat() in chart.note.body.text()
    assert "newer download" in chart.note.body.text()


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


def test_loose_csvs_say_which_download_day_was_assumed(qtbot, window: MainWindow, tmp_path: Path) -> None:
    start_and_wait(qtbot, window)
    exported = int(time.time()) - 5 * 86400
    _, paths = write_csvs(tmp_path / "csv", handle="lumi.cooks", exported_at=exported)
    for p in paths:  # unpacked much later
        os.utime(p, (exported + 90 * 86400, exported + 90 * 86400))
    dialog = window.studio.open()
    dialog.set_files([tmp_path / "csv"])
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        dialog.import_button.click()
    day = datetime.fromtimestamp(exported, timezone.utc).date()  # Content.csv's Time, a time without a zone
    text = dialog.outcome.text()
    assert f"taken as {day.isoformat()} (from the Time column of Content.csv)" in text
    assert "\u201cCSVs downloaded on\u201d" in text and "import the zips as downloaded" in text
    # the day given in the dialog wins, as the CLI's --exported does; the import button is back for it
    assert not dialog.import_button.isEnabled() and not dialog.downloaded_day.isEnabled()
    dialog.downloaded.setChecked(True)
    given = day - timedelta(days=1)
    dialog.downloaded_day.setDate(QDate(given.year, given.month, given.day))
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "as given" in dialog.outcome.text(), timeout=TIMEOUT)
    assert f"downloaded on {given.isoformat()}, as given." in dialog.outcome.text()


def test_the_summary_reads_naturally_for_one_and_for_many(qtbot, window: MainWindow) -> None:
    from tiktok_desktop.app.studio_import import ImportSummary

    start_and_wait(qtbot, window)
    dialog = window.studio.open()
    day = datetime(2027, 1, 8).date()
    one = ImportSummary("demo:lumi.cooks", "lumi.cooks", ("Overview.csv",), (), 1, day, day, 1, None, 0, changed=1)
    text = dialog.summary_text(one)
    assert "1 day of history" in text and "1 hour of follower activity" in text and "(s)" not in text
    many = dialog.summary_text(replace(one, days=2, active_hours=24))
    assert "2 days of history" in many and "24 hours of follower activity" in many and "(s)" not in many
