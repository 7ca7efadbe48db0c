"""Closing the window keeps collecting while auto-refresh is on and a tray exists; the tray's menu; Quit quits,
cancelling a sync; without a tray, closing quits as before."""

from __future__ import annotations

import threading

import pytest
from helpers.window import TIMEOUT, start_and_wait
from PySide6.QtWidgets import QApplication

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.background.keeper import BackgroundKeeper
from tiktok_desktop.ui.background.scheduled import ScheduledJob

# Offscreen Qt has no tray and no window stacking; these tests pretend it has a tray (tray_available), and Qt
# says it can neither follow the tray nor raise the window shown again
pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged", "This plugin does not support raise"
)


class NoJob(ScheduledJob):
    """Never touches the OS scheduler (these tests are about the window)."""

    def apply(self) -> None:
        raise AssertionError("the scheduled job was not asked for")


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: calls.append(True)))
    yield calls
    QApplication.setQuitOnLastWindowClosed(True)


def keeper_for(ctx: AppContext, runner, window, tray: bool = True) -> BackgroundKeeper:
    keeper = BackgroundKeeper(ctx, runner, tray_available=lambda: tray, job=NoJob(ctx, runner))
    keeper.attach(window)
    return keeper


def test_closing_hides_the_window_says_so_once_and_quit_really_quits(qtbot, window, ctx, runner, quits) -> None:
    ctx.settings.set("auto_refresh", "1h")
    keeper = keeper_for(ctx, runner, window)
    assert keeper.tray.icon.isVisible() and not QApplication.quitOnLastWindowClosed()
    start_and_wait(qtbot, window)
    window.close()
    assert window.isHidden() and not quits
    notice = keeper.notice
    assert notice is not None and "goes on refreshing your numbers" in notice.text()
    assert ctx.settings.get("close_notice_shown")
    notice.close()
    keeper.show_window()
    assert window.isVisible()
    keeper.notice = None
    window.close()
    assert window.isHidden() and keeper.notice is None  # said once only
    keeper.show_window()
    window.commands.quit.trigger()  # File > Quit quits rather than hiding
    assert quits == [True] and not keeper.tray.icon.isVisible()


def test_the_tray_menu_shows_the_last_sync_as_the_status_bar_does(qtbot, window, ctx, runner, quits) -> None:
    ctx.settings.set("auto_refresh", "6h")
    keeper = keeper_for(ctx, runner, window)
    texts = [a.text() for a in keeper.tray.menu.actions() if not a.isSeparator()]
    assert texts == ["Open TikTok Creator Desktop", "Refresh now", "Last sync: never", "Quit"]
    start_and_wait(qtbot, window)
    last = window.dashboard.account.last_sync_at
    assert keeper.tray.last_sync_action.text() == f"Last sync: {fmt.date_time(last)}"
    assert window.status.sync_label.text() == f"Last sync: {fmt.date_time(last)}"  # one format in both places
    with qtbot.waitSignal(window.sync.synced, timeout=TIMEOUT):
        keeper.tray.refresh_action.trigger()
        assert keeper.tray.last_sync_action.text() == "Syncing\u2026" and not keeper.tray.refresh_action.isEnabled()
    qtbot.waitUntil(lambda: window.dashboard.account.last_sync_at >= last)
    assert keeper.tray.refresh_action.isEnabled()

    from tiktok_desktop.core.errors import AppError

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AppError(detail="offline")

    ctx.make_source = failing  # type: ignore[method-assign]
    with qtbot.waitSignal(window.sync.failed, timeout=TIMEOUT):
        keeper.tray.refresh_action.trigger()
    assert keeper.tray.last_sync_action.text().endswith("\u2014 the last one failed")
    assert "The last sync failed: " in keeper.tray.icon.toolTip() and "offline" in keeper.tray.icon.toolTip()


def test_a_failure_outlives_the_dashboard_of_an_earlier_sync(qtbot) -> None:
    """A reload started by a sync that succeeded can arrive after the next sync failed (seen in a full test run):
    the tray still says the last one failed, until a sync started after the failure succeeds."""
    import time

    from tiktok_desktop.ui.background.tray import Tray

    tray = Tray()
    now = int(time.time())
    tray.set_last_sync(now - 1)
    tray.set_failed("offline")
    tray.set_last_sync(now)  # the earlier sync's dashboard, shown late
    assert tray.last_sync_action.text().endswith("\u2014 the last one failed")
    tray.set_synced()
    assert not tray.last_sync_action.text().endswith("failed")
    tray.set_failed("offline")
    tray.set_last_sync(now + 60)  # a sync that started after the failure (the scheduled job's, say)
    assert not tray.last_sync_action.text().endswith("failed")
    tray.close()


def test_quit_cancels_a_running_sync(qtbot, window, ctx, runner, quits) -> None:
    from tiktok_desktop.sources.demo import DemoSource

    ctx.settings.set("auto_refresh", "1h")
    keeper = keeper_for(ctx, runner, window)
    entered, released = threading.Event(), threading.Event()

    class Stuck(DemoSource):
        def fetch_profile(self):  # type: ignore[no-untyped-def]
            entered.set()
            released.wait(30)
            return super().fetch_profile()

    ctx.make_source = lambda *a, **k: Stuck()  # type: ignore[method-assign]
    start_and_wait_sync = window.start
    start_and_wait_sync()
    qtbot.waitUntil(entered.is_set, timeout=TIMEOUT)
    with qtbot.waitSignal(window.sync.cancelled, timeout=TIMEOUT):
        keeper.tray.quit_action.trigger()
        released.set()
    assert quits == [True] and not window.isVisible()


def test_without_a_tray_or_with_auto_refresh_off_closing_closes(qtbot, window, ctx, runner, quits) -> None:
    ctx.settings.set("auto_refresh", "1h")
    keeper = keeper_for(ctx, runner, window, tray=False)
    assert not keeper.tray.icon.isVisible() and QApplication.quitOnLastWindowClosed()
    window.close()
    assert not window.isVisible() and keeper.notice is None and not ctx.settings.get("close_notice_shown")
    window.show()
    ctx.settings.set("auto_refresh", "off")
    keeper = keeper_for(ctx, runner, window, tray=True)
    assert not keeper.tray.icon.isVisible() and not keeper.keeps_collecting()
    ctx.settings.set("auto_refresh", "24h")
    ctx.settings.set("keep_collecting", False)
    keeper.setting_changed("keep_collecting")
    assert keeper.tray.icon.isVisible() and not keeper.keeps_collecting()
    window.close()
    assert not window.isVisible()


def test_a_language_switch_closes_the_old_window_while_collecting_in_the_background(qtbot, ctx, runner, quits) -> None:
    """The keeper takes the rebuilt window once it is painted: the old one, which the keeper would hide to the
    tray on closing, really closes (and goes) rather than staying hidden with the keeper's guard."""
    from tiktok_desktop.ui import i18n
    from tiktok_desktop.ui.application import Controller

    ctx.settings.set("auto_refresh", "1h")
    keeper = BackgroundKeeper(ctx, runner, tray_available=lambda: True, job=NoJob(ctx, runner))
    assert keeper.keeps_collecting()
    controller = Controller(ctx, runner, keeper)
    try:
        first = controller.open_window()
        qtbot.waitUntil(lambda: keeper.window is first, timeout=TIMEOUT)  # attached once painted
        gone: list[bool] = []
        first.destroyed.connect(lambda: gone.append(True))
        ctx.settings.set("language", "zh_CN")
        qtbot.waitUntil(lambda: controller.window is not first, timeout=TIMEOUT)
        second = controller.window
        qtbot.addWidget(second)
        qtbot.waitUntil(lambda: bool(gone), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: keeper.window is second, timeout=TIMEOUT)
        assert second.close_guard is not None and not quits
    finally:
        keeper.close()
        i18n.install("en")


def test_the_start_hooks_run_when_the_keeper_was_made_before_the_first_paint(qtbot, ctx, runner, quits) -> None:
    """A keeper made early (a setting changed before the window was painted, or handed in) takes the window at
    once; what waits for the first numbers (run_gui's local server) still runs."""
    from tiktok_desktop.ui.application import Controller

    keeper = BackgroundKeeper(ctx, runner, tray_available=lambda: True, job=NoJob(ctx, runner))
    controller = Controller(ctx, runner, keeper)
    ran: list[bool] = []
    controller.once_shown.append(lambda: ran.append(True))
    try:
        window = controller.open_window()
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: keeper.window is window and ran == [True], timeout=TIMEOUT)
    finally:
        keeper.close()
