"""The charts, insights and exports as the user reaches them in the main window.

The same exports from the command line: tests/e2e/test_cli.py.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers.window import start_and_wait
from PySide6.QtGui import QGuiApplication

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.export import CSV_COLUMNS
from tiktok_desktop.ui.mainwindow.window import MainWindow

TIMEOUT = 30_000


def test_every_chart_is_a_tab_and_the_insights_are_shown(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    tabs = window.charts.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Followers",
        "Views",
        "Engagement",
        "Posting times",
        "Duration",
        "Hashtags",
        "Daily views",
        "Audience",
    ]
    assert window.insights.isVisible()
    assert window.insights.views.value.text().startswith("+")
    estimate = window.insights.completion
    assert estimate.objectName() == "estimateTile" and estimate.value.text().startswith("\u2248")
    assert "Estimate" in estimate.toolTip() and "does not report" in estimate.toolTip()


def test_period_buttons_recompute_the_charts_and_are_remembered(qtbot, window: MainWindow, ctx: AppContext) -> None:
    start_and_wait(qtbot, window)
    everything = len(window.chart_data.videos)
    window.charts._range_buttons["28"].click()
    qtbot.waitUntil(lambda: window.chart_data.start is not None, timeout=TIMEOUT)
    assert 0 < len(window.chart_data.videos) < everything
    assert window.insights.period.text() == "Last 28 days vs the 28 days before"
    assert ctx.settings.get("chart_range") == "28"
    window.charts._range_buttons["all"].click()
    qtbot.waitUntil(lambda: window.chart_data.start is None, timeout=TIMEOUT)
    # "All" has no period before it: the caption says the tiles compare 28 days, and that the charts show all
    assert window.insights.period.text().startswith("Charts: all time")


def test_clicking_a_point_selects_its_video_even_when_a_search_hides_it(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    window.search.setText("no video has this in its title")
    assert window.model.rowCount() == 0
    chart = window.charts.chart("views")  # drawn when asked for: only the chart on screen is drawn at once
    target = chart._videos[0].video_id
    window.charts.video_clicked.emit(chart.video_at(chart._xs[0], chart._ys[0]))
    assert window.search.text() == ""
    selected = window.table.selectionModel().selectedRows()
    assert [window.model.video_at(i.row()).video_id for i in selected] == [target]


def export(qtbot, window: MainWindow, action, out: Path) -> None:
    window.exports.ask_path = lambda title, default, filters: str(out)
    action()
    qtbot.waitUntil(out.exists, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: str(out) in window.statusBar().currentMessage(), timeout=TIMEOUT)


def test_table_exports_from_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    start_and_wait(qtbot, window)
    import openpyxl

    export(qtbot, window, window.exports.csv_action.trigger, tmp_path / "v.csv")
    with (tmp_path / "v.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(window.dashboard.videos)
    assert any(r["views_per_day_7d"] for r in rows) and any(r["est_completion_rate_pct"] for r in rows)

    export(qtbot, window, window.exports.xlsx_action.trigger, tmp_path / "v.xlsx")
    book = openpyxl.load_workbook(tmp_path / "v.xlsx")
    assert book.sheetnames == ["Videos", "Account snapshots", "Daily", "Audience"]
    videos = list(book["Videos"].values)
    assert list(videos[0]) == list(CSV_COLUMNS)
    assert len(videos) - 1 == len(window.dashboard.videos)
    assert len(list(book["Account snapshots"].values)) - 1 == len(window.dashboard.snapshots)


def test_report_and_chart_exports_from_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    start_and_wait(qtbot, window)
    import pypdf

    export(qtbot, window, window.exports.report_action.trigger, tmp_path / "r.pdf")
    assert len(pypdf.PdfReader(tmp_path / "r.pdf").pages) >= 3
    export(qtbot, window, lambda: window.exports.export_chart("heatmap", "svg"), tmp_path / "h.svg")
    assert b"<svg" in (tmp_path / "h.svg").read_bytes()
    export(qtbot, window, lambda: window.exports.export_chart("views", "png"), tmp_path / "v.png")
    assert (tmp_path / "v.png").read_bytes().startswith(b"\x89PNG")
    window.exports.copy_chart_action.trigger()
    assert not QGuiApplication.clipboard().image().isNull()


def test_an_unwritable_export_is_a_clear_message(qtbot, window: MainWindow, tmp_path: Path) -> None:
    start_and_wait(qtbot, window)
    window.exports.ask_path = lambda title, default, filters: str(tmp_path / "missing" / "v.xlsx")
    window.exports.xlsx_action.trigger()
    qtbot.waitUntil(window.error_banner.isVisible, timeout=TIMEOUT)
    assert "Could not write" in window.error_banner.label.text()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: a tooltip raises itself
def test_the_estimate_tooltip_wraps(qtbot, window: MainWindow) -> None:
    from PySide6 import QtGui
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QLabel, QToolTip

    start_and_wait(qtbot, window)
    tile = window.insights.watch
    QToolTip.showText(tile.mapToGlobal(QPoint(5, 5)), tile.toolTip(), tile)
    tip = next(w for w in QApplication.topLevelWidgets() if w.metaObject().className() == "QTipLabel" and w.isVisible())
    assert isinstance(tip, QLabel) and "does not report" in tip.text()
    # Qt wraps a plain-text tooltip only when it is wider than the screen (the offscreen one is 800 px, a real one
    # 1,600 or more: one 1,050-pixel line); rich text it always wraps
    assert QtGui.Qt.mightBeRichText(tile.toolTip()) and tip.wordWrap()
    assert tip.width() <= 600 and tip.height() >= 4 * tip.fontMetrics().lineSpacing()
    QToolTip.hideText()
