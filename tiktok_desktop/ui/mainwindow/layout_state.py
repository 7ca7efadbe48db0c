"""What the window remembers of its layout between runs: geometry, toolbars, table columns, panel sizes and how
the charts show their data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from tiktok_desktop.config import Settings

if TYPE_CHECKING:  # the dashboard is made after the window's first paint; annotations only (Qt's classes cost)
    from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

    from tiktok_desktop.ui.charts.panel import ChartsPanel
    from tiktok_desktop.ui.mainwindow.body import WindowBody

DEFAULT_SIZE = (1280, 940)

Parts = dict[str, tuple[Callable[[QByteArray], object], Callable[[], QByteArray]]]


def _window_parts(window: QMainWindow) -> Parts:
    """Each layout setting with what restores it and what saves it."""
    return {
        "window_geometry": (window.restoreGeometry, window.saveGeometry),
        "window_state": (window.restoreState, window.saveState),
    }


def _dashboard_parts(header: QHeaderView, splitter: QSplitter) -> Parts:
    return {
        "table_header": (header.restoreState, header.saveState),
        "splitter_state": (splitter.restoreState, splitter.saveState),
    }


def _restore(settings: Settings, parts: Parts) -> None:
    for key, (restore, _) in parts.items():
        if settings.get(key):
            restore(QByteArray.fromBase64(settings.get(key).encode("ascii")))


def restore_window_layout(settings: Settings, window: QMainWindow) -> None:
    """The window's size, place and toolbar, before it is shown."""
    _restore(settings, _window_parts(window))
    if not settings.get("window_geometry"):
        window.resize(*DEFAULT_SIZE)
        screen = window.screen().availableGeometry()
        if screen.height() >= 700 and screen.height() - 60 < DEFAULT_SIZE[1]:  # a small screen: as tall as fits
            window.resize(min(DEFAULT_SIZE[0], screen.width()), screen.height() - 60)


def restore_dashboard_layout(settings: Settings, body: WindowBody) -> None:
    """The table's columns, the charts' and the table's shares, the period and how the charts show their data;
    remembers from now on how the charts show their data."""
    body.charts.set_range(settings.get("chart_range"))
    remember_chart_choices(settings, body.charts)
    _restore(settings, _dashboard_parts(body.table.horizontalHeader(), body.splitter))
    if not settings.get("splitter_state"):
        # charts and table both get room from the start: 8 rows or more of the table at the default size
        body.splitter.setSizes([300, 420])


def save_layout(settings: Settings, window: QMainWindow, body: WindowBody | None) -> None:
    """The window's layout, and its dashboard's once made, into the settings file (an AppError when it cannot be
    written)."""
    parts = _window_parts(window)
    if body is not None:
        parts |= _dashboard_parts(body.table.horizontalHeader(), body.splitter)
        if body.charts.built:
            settings.set("chart_tab", body.charts.current())
    for key, (_, save) in parts.items():
        settings.set(key, bytes(save().toBase64().data()).decode("ascii"))
    settings.save()


def remember_chart_choices(settings: Settings, charts: ChartsPanel) -> None:
    """The followers chart as total or gain per day: restored now, remembered when the user switches."""
    charts.set_followers_per_day(settings.get("followers_per_day"))
    charts.followers_per_day_changed.connect(lambda on: settings.set("followers_per_day", on))
