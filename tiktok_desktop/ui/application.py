"""Starting the GUI: the application object, the translator, the window, and a clean shutdown."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui import crash, i18n
from tiktok_desktop.ui.background.window_claim import WindowClaim, claim_window
from tiktok_desktop.ui.gui_thread_gc import GuiThreadCollector
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.qapp import create_application
from tiktok_desktop.ui.settings_watch import SettingsWatcher
from tiktok_desktop.ui.tasks import TaskRunner
from tiktok_desktop.ui.theme import apply_theme
from tiktok_desktop.ui.widgets.next_paint import after_next_paint

if TYPE_CHECKING:  # imported once the window is painted
    from tiktok_desktop.ui.background.keeper import BackgroundKeeper
    from tiktok_desktop.ui.background.single_instance import InstanceServer


BACKGROUND_AT_THE_LATEST_MS = 1000


class Controller(QObject):
    """Owns the window, the task runner and what keeps collecting in the background (tray, scheduled job);
    applies the theme and rebuilds the window in a new language when those settings change, whoever changed them
    (View menu, Preferences, Reset)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, keeper: BackgroundKeeper | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        self.window: MainWindow | None = None
        self._keeper = keeper
        self.once_shown: list[Callable[[], object]] = []  # run once the first window shows its numbers
        self.watcher = SettingsWatcher(ctx.settings, self)
        self.watcher.changed.connect(self._setting_changed)

    @property
    def keeper(self) -> BackgroundKeeper:
        """Made when first needed, normally once the window is painted (the tray's classes and icon, ~8 ms)."""
        if self._keeper is None:
            from tiktok_desktop.ui.background.keeper import BackgroundKeeper

            self._keeper = BackgroundKeeper(self.ctx, self.runner, self)
        return self._keeper

    def open_window(self) -> MainWindow:
        window = MainWindow(self.ctx, self.runner, dashboard_now=False)  # made by start(), once painted
        window.language_requested.connect(self.switch_language)
        self.runner.default_error_handler = self._show_error
        window.show()
        # the load (a worker busy in Python) must not hold the interpreter while the first paint runs
        after_next_paint(window, lambda: self._painted(window))
        self.window = window
        return window

    def _painted(self, window: MainWindow) -> None:
        window.start()  # the load first, then the style sheet and the dashboard while it runs
        from PySide6.QtCore import Qt  # once the load runs: not before the first paint (ui/first_frame.py)

        if self._keeper is not None:  # a window rebuilt in another language: the keeper takes it at once
            self._keeper.attach(window)
        if not self.once_shown and self._keeper is not None:
            return
        # the tray, the scheduled job and the local server once the first numbers are painted (they would slow
        # the load, which shares the interpreter), or after a second: a long load (a database upgrade) waits not
        done = False

        def background() -> None:
            nonlocal done
            if done or window is not self.window:
                return
            done = True
            if self.keeper.window is not window:
                self.keeper.attach(window)
            hooks, self.once_shown = self.once_shown, []
            for hook in hooks:
                hook()

        window.loader.settled.connect(
            lambda: after_next_paint(window, background), Qt.ConnectionType.SingleShotConnection
        )
        QTimer.singleShot(BACKGROUND_AT_THE_LATEST_MS, window, background)

    def close(self) -> None:
        if self._keeper is not None:
            self._keeper.close()

    def _show_error(self, error: BaseException) -> None:
        if self.window is not None:
            self.window.show_error(error)

    def switch_language(self, language: str) -> None:
        """The window is rebuilt once the setting's change arrives (_setting_changed)."""
        self.ctx.settings.set("language", language)

    def _setting_changed(self, key: str) -> None:
        if key == "language":
            self._rebuild(self.ctx.settings.get("language"))
        elif key == "theme":
            apply_theme(self.ctx.settings.get("theme"))
        else:
            if self.window is not None:
                self.window.setting_changed(key)
            self.keeper.setting_changed(key)

    def _rebuild(self, language: str) -> None:
        from PySide6.QtCore import Qt

        old = self.window
        if old is not None:
            old.save_state()
        i18n.install(language)
        self.runner.cancel_all()
        self.open_window()
        if old is not None:
            old.close_guard = None  # the keeper takes the new window once it is painted: this one really closes
            old.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            old.close()


def probe_startup(path: str, window: MainWindow, at_dashboard: bool) -> None:
    """For start-up benchmarks: once the window's first paint has ended (or, at_dashboard, its first paint after the
    data is shown), writes the wall-clock time and the window's size to `path`, then quits.

    Enabled by TIKTOK_DESKTOP_STARTUP_PROBE=FILE; the benchmark subtracts the time it started the process (and
    gives the bare window it compares with the same size); TIKTOK_DESKTOP_STARTUP_PROBE_AT=dashboard for the data.
    """

    def painted() -> None:
        size = window.size()
        with open(path, "w", encoding="ascii") as f:
            f.write(f"{time.time()!r} {size.width()} {size.height()}")
        QApplication.quit()

    def shown() -> None:
        after_next_paint(window, painted)
        window.update()

    if at_dashboard:
        window.dashboard_shown.connect(shown)
    else:
        after_next_paint(window, painted)


def run_gui(ctx: AppContext) -> int:
    app = create_application(style_sheet=False)  # the style sheet once the window is painted (apply_theme)
    claim = claim_window(ctx.paths.window_lock)
    if claim.ask_first and _shown_by_running_app(ctx, claim):  # it runs already (perhaps closed to the tray)
        return 0
    crash.install(ctx.paths.log_file)
    GuiThreadCollector(app)  # before any worker starts
    i18n.install(ctx.settings.get("language"))
    apply_theme(ctx.settings.get("theme"), style_sheet=False)
    runner = TaskRunner(app)
    controller = Controller(ctx, runner)
    # later starts are answered once the window shows its numbers: they wait for this app to listen (window_claim)
    servers: list[InstanceServer] = []
    controller.once_shown.append(lambda: servers.append(_listen_for_later_starts(ctx, controller, app)))
    window = controller.open_window()
    probe_file = os.environ.get("TIKTOK_DESKTOP_STARTUP_PROBE")
    if probe_file:
        probe_startup(probe_file, window, os.environ.get("TIKTOK_DESKTOP_STARTUP_PROBE_AT") == "dashboard")
    app.aboutToQuit.connect(runner.shutdown)
    app.aboutToQuit.connect(controller.close)
    try:
        return app.exec()
    finally:  # not on aboutToQuit: a quit right after the first paint can come before the server is made
        for server in servers:
            server.close()
        claim.release()


def _shown_by_running_app(ctx: AppContext, claim: WindowClaim) -> bool:
    from tiktok_desktop.ui.background.single_instance import server_name, show_running_instance

    return show_running_instance(server_name(ctx.paths.data_dir), listening_soon=claim.another_runs)


def _listen_for_later_starts(ctx: AppContext, controller: Controller, app: QApplication) -> InstanceServer:
    from tiktok_desktop.ui.background.single_instance import InstanceServer, server_name

    server = InstanceServer(server_name(ctx.paths.data_dir), app)
    server.show_requested.connect(controller.keeper.show_window)
    return server
