"""Starting the GUI: the application object, the translator, the window, and a clean shutdown."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui import crash, i18n
from tiktok_desktop.ui.background.keeper import BackgroundKeeper
from tiktok_desktop.ui.background.single_instance import InstanceServer, server_name, show_running_instance
from tiktok_desktop.ui.gui_thread_gc import GuiThreadCollector
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.qapp import create_application
from tiktok_desktop.ui.settings_watch import SettingsWatcher
from tiktok_desktop.ui.tasks import TaskRunner
from tiktok_desktop.ui.theme import apply_theme
from tiktok_desktop.ui.widgets.first_paint import after_first_paint


class Controller(QObject):
    """Owns the window, the task runner and what keeps collecting in the background (tray, scheduled job);
    applies the theme and rebuilds the window in a new language when those settings change, whoever changed them
    (View menu, Preferences, Reset)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, keeper: BackgroundKeeper | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        self.window: MainWindow | None = None
        self.keeper = keeper or BackgroundKeeper(ctx, runner, self)
        self.watcher = SettingsWatcher(ctx.settings, self)
        self.watcher.changed.connect(self._setting_changed)

    def open_window(self) -> MainWindow:
        window = MainWindow(self.ctx, self.runner)
        window.language_requested.connect(self.switch_language)
        self.runner.default_error_handler = self._show_error
        self.keeper.attach(window)
        window.show()
        # the load (a worker busy in Python) must not hold the interpreter while the first paint runs
        after_first_paint(window, window.start)
        self.window = window
        return window

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
        old = self.window
        if old is not None:
            old.save_state()
        i18n.install(language)
        self.runner.cancel_all()
        self.open_window()
        if old is not None:
            old.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            old.close()


class StartupProbe(QObject):
    """For start-up benchmarks: writes the wall-clock time at which the window's first paint has ended (the
    window and every widget in it drawn) and the window's size to a file, then quits.

    Enabled by TIKTOK_DESKTOP_STARTUP_PROBE=FILE; the benchmark subtracts the time it started the process (and
    gives the bare window it compares with the same size). With TIKTOK_DESKTOP_STARTUP_PROBE_AT=dashboard it
    waits for the first paint after the data is shown.
    """

    def __init__(self, path: str, window: QWidget, ready: bool = True) -> None:
        super().__init__()
        self.path = path
        self.window = window
        self.ready = ready
        self.done = False

    def arm(self) -> None:
        self.ready = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.ready and not self.done:
            self.done = True
            QTimer.singleShot(0, self._painted)  # the window's children are painted in the same pass, after it
        return False

    def _painted(self) -> None:
        size = self.window.size()
        with open(self.path, "w", encoding="ascii") as f:
            f.write(f"{time.time()!r} {size.width()} {size.height()}")
        QApplication.quit()


def run_gui(ctx: AppContext) -> int:
    app = create_application()
    name = server_name(ctx.paths.data_dir)
    if show_running_instance(name):  # the app runs already (perhaps closed to the tray): it shows its window
        return 0
    crash.install(ctx.paths.log_file)
    GuiThreadCollector(app)  # before any worker starts
    i18n.install(ctx.settings.get("language"))
    apply_theme(ctx.settings.get("theme"))
    instance = InstanceServer(name, app)
    runner = TaskRunner(app)
    controller = Controller(ctx, runner)
    instance.show_requested.connect(controller.keeper.show_window)
    window = controller.open_window()
    probe_file = os.environ.get("TIKTOK_DESKTOP_STARTUP_PROBE")
    if probe_file:
        at_dashboard = os.environ.get("TIKTOK_DESKTOP_STARTUP_PROBE_AT") == "dashboard"
        probe = StartupProbe(probe_file, window, ready=not at_dashboard)
        window.dashboard_shown.connect(probe.arm)
        window.dashboard_shown.connect(window.update)
        window.installEventFilter(probe)
    app.aboutToQuit.connect(runner.shutdown)
    app.aboutToQuit.connect(instance.close)
    app.aboutToQuit.connect(controller.keeper.close)
    return app.exec()
