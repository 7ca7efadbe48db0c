from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from helpers.constants import NOW
from helpers.window import start_and_wait
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.errors import AppError
from tiktok_desktop.core.models import Profile, Video
from tiktok_desktop.sources.base import History
from tiktok_desktop.sources.demo import DemoSource
from tiktok_desktop.ui.mainwindow.video_model import VIEWS
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.tasks import TaskRunner

HOSTILE = '<b>Bold</b><img src="x"> <a href="http://evil">click</a> \u202eRTL'
TIMEOUT = 30_000


class GatedSource:
    """Two pages; the second waits until the test opens the gate (so a sync can be seen in progress)."""

    name = "demo"

    def __init__(self, profile: Profile | None = None) -> None:
        self.gate = threading.Event()
        self.first_page_sent = threading.Event()
        self.profile = profile or Profile("demo", "gated", username="gated", display_name="Gated", video_count=4)

    def fetch_profile(self) -> Profile:
        return self.profile

    def iter_video_pages(self) -> Iterator[list[Video]]:
        yield [Video("1", NOW, "one", views=5), Video("2", NOW, "two", views=9)]
        self.first_page_sent.set()
        self.gate.wait(TIMEOUT / 1000)
        yield [Video("3", NOW, "three", views=1), Video("4", NOW, "four", views=2)]

    def history(self) -> History:
        return History()

    def close(self) -> None:
        self.gate.set()


def test_first_start_syncs_demo_data_and_labels_it(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    assert window.model.rowCount() >= 150
    assert window.demo_banner.isVisible() and "Demo data" in window.demo_banner.label.text()
    assert "Demo data" in window.windowTitle() and "Demo data" in window.status.source_label.text()
    assert window.profile_card.display_name.text() == "Lumi Chen 陈露米"
    assert window.profile_card.followers.change.text().endswith("in 7 days")
    assert window.charts.built
    assert "@lumi.cooks" in window.status.account_label.text()


def test_sort_by_clicking_a_header_and_search_by_typing(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(VIEWS) + header.sectionSize(VIEWS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    views = [window.model.video_at(r).views for r in range(window.model.rowCount())]
    assert views in (sorted(views), sorted(views, reverse=True))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    flipped = [window.model.video_at(r).views for r in range(window.model.rowCount())]
    assert flipped == views[::-1] or flipped == sorted(views, reverse=views == sorted(views))

    window.search.setFocus()
    qtbot.keyClicks(window.search, "dumplings")
    shown = window.model.rowCount()
    assert 0 < shown < len(views)
    assert "of" in window.statusBar().currentMessage()
    window.search.clear()
    assert window.model.rowCount() == len(views)


def test_refresh_shows_progress_and_cancel_keeps_fetched_pages(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = GatedSource()
    monkeypatch.setattr(ctx, "make_source", lambda *a, **k: source)
    window.reload()
    qtbot.waitUntil(lambda: window.source_name == "demo", timeout=TIMEOUT)  # the source is known once loaded
    window.refresh()
    assert window.syncing and not window.commands.refresh.isEnabled()
    assert source.first_page_sent.wait(10)
    qtbot.waitUntil(
        lambda: window.status.progress.maximum() == 4 and window.status.progress.value() == 2, timeout=TIMEOUT
    )
    assert window.status.progress.isVisible() and window.status.cancel_button.isVisible()
    assert "2 of 4" in window.statusBar().currentMessage()

    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        qtbot.mouseClick(window.status.cancel_button, Qt.MouseButton.LeftButton)
        source.gate.set()
    assert not window.syncing and window.commands.refresh.isEnabled() and not window.status.progress.isVisible()
    assert window.model.rowCount() == 2  # the first page was kept
    assert "cancelled" in window.statusBar().currentMessage()


def test_refresh_to_the_end_and_f5(qtbot, window: MainWindow, ctx: AppContext, monkeypatch) -> None:
    source = GatedSource()
    source.gate.set()
    monkeypatch.setattr(ctx, "make_source", lambda *a, **k: source)
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.model.rowCount() == 4
    assert ctx.settings.get("active_account") == "demo:gated"


def test_untrusted_profile_text_is_shown_literally(qtbot, window: MainWindow, ctx: AppContext, monkeypatch) -> None:
    profile = Profile("demo", "x", username="x", display_name=HOSTILE, bio=HOSTILE + "\n" + "🍜" * 80)
    source = GatedSource(profile)
    source.gate.set()
    monkeypatch.setattr(ctx, "make_source", lambda *a, **k: source)
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.refresh()
    card = window.profile_card
    for label in (card.display_name, card.bio, card.username):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert card.display_name.text() == HOSTILE
    assert card.bio.text().startswith(HOSTILE)
    assert card.followers.value.text() == "\u2014"  # unknown, not zero


def test_sync_errors_show_in_a_banner_and_keep_data(qtbot, window: MainWindow, ctx: AppContext, monkeypatch) -> None:
    start_and_wait(qtbot, window)
    rows = window.model.rowCount()

    class Broken(GatedSource):
        def fetch_profile(self):
            from tiktok_desktop.core.errors import DiskFull

            raise DiskFull()

    monkeypatch.setattr(ctx, "make_source", lambda *a, **k: Broken())
    window.refresh()
    qtbot.waitUntil(lambda: window.error_banner.isVisible(), timeout=TIMEOUT)
    assert "disk is full" in window.error_banner.label.text()
    assert window.model.rowCount() == rows and not window.syncing


def test_corrupt_database_offers_to_move_it_aside(qtbot, window: MainWindow, ctx: AppContext) -> None:
    ctx.paths.data_dir.mkdir(parents=True)
    ctx.paths.database.write_bytes(b"not a database" * 100)
    window.start()
    qtbot.waitUntil(lambda: window.error_banner.isVisible(), timeout=TIMEOUT)
    assert "damaged" in window.error_banner.label.text()
    assert window.error_banner.action.isVisible()
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        qtbot.mouseClick(window.error_banner.action, Qt.MouseButton.LeftButton)
    kept = [p for p in ctx.paths.data_dir.iterdir() if ".broken-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"not a database" * 100
    assert window.model.rowCount() >= 150


def test_window_and_columns_are_remembered(qtbot, ctx: AppContext, runner: TaskRunner) -> None:
    first = MainWindow(ctx, runner)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 640)
    first.table.horizontalHeader().resizeSection(VIEWS, 177)
    first.close()
    second = MainWindow(ctx.__class__(ctx.paths, ctx.settings.__class__(ctx.paths.settings_file, environ={})), runner)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (780, 640)
    assert second.table.horizontalHeader().sectionSize(VIEWS) == 177


def test_window_appears_before_pyqtgraph_is_imported(isolated) -> None:
    code = """
import sys
from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui.application import create_application
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.tasks import TaskRunner
app = create_application(["t"])
w = MainWindow(AppContext.default(), TaskRunner(synchronous=True))
w.show()
app.processEvents()
print("shown", "pyqtgraph" in sys.modules, "numpy" in sys.modules)
w.start()
print("loaded", "pyqtgraph" in sys.modules, w.charts.built)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["shown False False", "loaded True True"]


def test_demo_source_in_tests_is_time_stable() -> None:
    assert DemoSource(now=NOW).fetch_profile() == DemoSource(now=NOW).fetch_profile()


def test_language_menu_rebuilds_the_window_in_chinese(qtbot, ctx: AppContext, runner: TaskRunner) -> None:
    from tiktok_desktop.ui import i18n
    from tiktok_desktop.ui.application import Controller

    controller = Controller(ctx, runner)
    try:
        first = controller.open_window()
        qtbot.addWidget(first)
        qtbot.waitUntil(lambda: first.dashboard is not None and first.model.rowCount() > 0, timeout=TIMEOUT)
        chinese = next(a for a in first.findChildren(type(first.commands.refresh)) if a.text() == "简体中文")
        chinese.trigger()
        qtbot.waitUntil(lambda: controller.window is not first, timeout=TIMEOUT)  # rebuilt once the setting changed
        second = controller.window
        qtbot.addWidget(second)
        assert second is not first and not first.isVisible()
        qtbot.waitUntil(lambda: second.dashboard is not None and second.model.rowCount() > 0, timeout=TIMEOUT)
        # the title ends with the display name, in the UI language, so X11 and Windows do not add it again
        assert second.windowTitle() == "演示数据 \u2014 TikTok 创作者桌面版"
        assert QApplication.applicationDisplayName() == "TikTok 创作者桌面版"
        assert second.commands.refresh.text() == "刷新(&R)"
        assert second.model.headerData(4, Qt.Orientation.Horizontal) == "播放量"
        assert ctx.settings.get("language") == "zh_CN"
    finally:
        i18n.install("en")


def test_a_broken_chart_library_leaves_the_dashboard_working(qtbot, window: MainWindow, monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pyqtgraph(name, *args, **kwargs):
        if name.startswith("pyqtgraph"):
            raise ImportError("pyqtgraph is broken")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyqtgraph)
    start_and_wait(qtbot, window)
    assert window.model.rowCount() >= 150 and not window.charts.built
    assert "Charts are unavailable (ImportError)" in window.charts._placeholder.text()


def test_a_damaged_settings_file_is_reported_in_the_window(qtbot, runner: TaskRunner, isolated) -> None:
    from tiktok_desktop.config import Settings

    isolated.config_dir.mkdir(parents=True)
    isolated.settings_file.write_text("{not json", encoding="utf-8")
    ctx = AppContext(isolated, Settings(isolated.settings_file, environ={}), environ={})
    ctx.settings.set("wizard_done", True)
    w = MainWindow(ctx, runner)
    qtbot.addWidget(w)
    w.show()
    w.start()
    assert w.error_banner.isVisible() and "settings" in w.error_banner.label.text().lower()
    assert "broken" in w.error_banner.label.text()  # where the damaged file was kept
    qtbot.waitUntil(lambda: w.model.rowCount() > 0 and not w.syncing, timeout=TIMEOUT)
    assert w.error_banner.isVisible()  # the first start's demo sync does not hide it: the user must read it
    w.close()


def test_the_table_shows_enough_rows_at_the_default_size(qtbot, window: MainWindow) -> None:
    from tiktok_desktop.ui.mainwindow.layout_state import DEFAULT_SIZE

    start_and_wait(qtbot, window)
    window.resize(*DEFAULT_SIZE)  # the offscreen screen is 800 px: the window fitted itself to it
    QApplication.processEvents()
    table = window.table
    rows = table.viewport().height() // table.rowHeight(0)
    assert rows >= 8, f"{rows} rows visible at {window.width()}x{window.height()}"


def test_the_window_is_built_without_what_it_loads(isolated) -> None:
    """What runs before the window's first paint (the command line, the application, the tray keeper, the window
    with its menus, table and chart placeholders) imports none of what the load and the charts need: each costs a
    creator tens to hundreds of milliseconds before the window appears (`make bench`, start-up)."""
    code = """
import sys
from tiktok_desktop import cli
from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui.application import Controller, create_application
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.tasks import TaskRunner
app = create_application(["t"])
MainWindow.start = lambda self: None  # what the first paint is followed by: the load
window = Controller(AppContext.default(), TaskRunner(synchronous=True)).open_window()
app.processEvents()
heavy = ("sqlite3", "httpx", "keyring", "numpy", "pyqtgraph", "subprocess", "statistics", "tiktok_desktop.core.store",
         "tiktok_desktop.core.analytics", "tiktok_desktop.app.dashboard", "tiktok_desktop.app.chart_data",
         "tiktok_desktop.app.studio_data", "tiktok_desktop.app.schedule.install",
         "tiktok_desktop.ui.mainwindow.studio_dialog", "tiktok_desktop.ui.charts.size_dialog")
print(sorted(m for m in heavy if m in sys.modules))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_demo_numbers_are_shown_before_the_keyring_is_read(qtbot, window: MainWindow, monkeypatch) -> None:
    """Finding the keyring's backends takes ~0.2 s the first time; the demo numbers do not wait for it. The Account
    menu says who is signed in once it is read."""
    start_and_wait(qtbot, window)
    qtbot.waitUntil(lambda: not window.loader.loading and not window.syncing, timeout=TIMEOUT)
    events: list[str] = []
    window.dashboard_shown.connect(lambda: events.append("shown"))
    monkeypatch.setattr(AppContext, "signed_in", lambda self: events.append("keyring read") or True)
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.reload()
    qtbot.waitUntil(lambda: not window.loader.loading and "keyring read" in events, timeout=TIMEOUT)
    assert events == ["shown", "keyring read"]
    assert window.commands.signed_in_as.text() == "Signed in with TikTok" and window.signed_in


def test_the_window_loads_once_its_first_paint_has_ended(
    qtbot, ctx: AppContext, runner: TaskRunner, monkeypatch
) -> None:
    """The load runs in a worker busy in Python: started before the first paint, it held the interpreter while the
    window was drawn (bench: window painted)."""
    from PySide6.QtCore import QEvent, QObject

    from tiktok_desktop.ui.application import Controller

    painted: list[bool] = []
    started: list[bool] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is controller.window:
                painted.append(True)
            return False

    monkeypatch.setattr(MainWindow, "start", lambda self: started.append(bool(painted)))
    controller = Controller(ctx, runner)
    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        window = controller.open_window()
        qtbot.addWidget(window)
        assert started == []  # not at once
        qtbot.waitUntil(lambda: started != [], timeout=TIMEOUT)
    finally:
        QApplication.instance().removeEventFilter(paints)
    assert started == [True]


def test_the_window_opens_on_loading_and_a_first_demo_sync_shows_no_empty_state(
    qtbot, ctx, runner, monkeypatch
) -> None:
    """As the app opens it: "Loading..." until the first numbers, with nothing before the first paint but the
    frame; on a first start the demo data is synced with "Loading..." on screen, not "Not signed in yet"."""
    from tiktok_desktop.ui.application import Controller
    from tiktok_desktop.ui.mainwindow.empty_state import EmptyState

    said_empty: list[str] = []
    monkeypatch.setattr(EmptyState, "show_for", lambda self, source: said_empty.append(source))
    controller = Controller(ctx, runner)
    window = controller.open_window()
    qtbot.addWidget(window)
    assert window.body is None and window.frame.loading is not None and window.frame.loading.isVisible()
    assert not window.exports.csv_action.isEnabled()  # nothing to export yet
    shown: list[bool] = []
    window.dashboard_shown.connect(lambda: shown.append(window.frame.loading is None and window.body.isVisible()))
    qtbot.waitUntil(lambda: bool(shown) and not window.syncing, timeout=TIMEOUT)
    assert shown == [True] and said_empty == []
    assert window.exports.csv_action.isEnabled()
    controller.close()


def test_a_failed_first_load_leaves_no_loading_for_ever(qtbot, ctx, runner) -> None:
    window = MainWindow(ctx, runner, dashboard_now=False)
    qtbot.addWidget(window)
    window.show()
    window.show_error(AppError(detail="x"))  # before the dashboard is made: nothing to show instead yet
    assert window.frame.loading is not None
    window.build_dashboard()
    window.show_error(AppError(detail="x"))
    assert window.frame.loading is None and window.body is not None and window.body.isVisible()
    assert window.banners.error.isVisible()
