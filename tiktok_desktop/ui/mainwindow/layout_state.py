"""What the window remembers of its layout between runs: geometry, toolbars, table columns, panel sizes and how
the charts show their data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from tiktok_desktop.config import Settings
from tiktok_desktop.ui.charts.panel import ChartsPanel

DEFAULT_SIZE = (1280, 940)

Parts = dict[str, tuple[Callable[[QByteArray], object], Callable[[], QByteArray]]]


def _parts(window: QMainWindow, header: QHeaderView, splitter: QSplitter) -> Parts:
    """Each layout setting with what restores it and what saves it."""
    return {
        "window_geometry": (window.restoreGeometry, window.saveGeometry),
        "window_state": (window.restoreState, window.saveState),
        "table_header": (header.restoreState, header.saveState),
        "splitter_state": (splitter.restoreState, splitter.saveState),
    }


def restore_layout(
    settings: Settings, window: QMainWindow, header: QHeaderView, splitter: QSplitter, charts: ChartsPanel
) -> None:
    """Restores what was saved, and remembers from now on how the charts show their data."""
    remember_chart_choices(settings, charts)
    for key, (restore, _) in _parts(window, header, splitter).items():
        if settings.get(key):
            restore(QByteArray.fromBase64(settings.get(key).encode("ascii")))
    if not settings.get("window_geometry"):
        window.resize(*DEFAULT_SIZE)
        screen = window.screen().availableGeometry()
        if screen.height() >= 700 and screen.height() - 60 < DEFAULT_SIZE[1]:  # a small screen: as tall as fits
            window.resize(min(DEFAULT_SIZE[0], screen.width()), screen.height() - 60)
    if not settings.get("splitter_state"):
        # charts and table both get room from the start: 8 rows or more of the table at the default size
        splitter.setSizes([300, 420])


def remember_layout(settings: Settings, window: QMainWindow, header: QHeaderView, splitter: QSplitter) -> None:
    """Into `settings`; saving the file is the caller's."""
    for key, (_, save) in _parts(window, header, splitter).items():
        settings.set(key, bytes(save().toBase64().data()).decode("ascii"))


def remember_chart_choices(settings: Settings, charts: ChartsPanel) -> None:
    """The followers chart as total or gain per day: restored now, remembered when the user switches."""
    charts.set_followers_per_day(settings.get("followers_per_day"))
    charts.followers_per_day_changed.connect(lambda on: settings.set("followers_per_day", on))
