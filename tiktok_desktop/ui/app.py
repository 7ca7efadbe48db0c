"""Starting the GUI: the application object, the translator, the window, and a clean shutdown."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from tiktok_desktop import APP_ID, __version__
from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui import i18n
from tiktok_desktop.ui.main_window import MainWindow
from tiktok_desktop.ui.resources import resource
from tiktok_desktop.ui.style import STYLE_SHEET, apply_theme
from tiktok_desktop.ui.tasks import TaskRunner


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("TikTok Creator Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    app.setStyleSheet(STYLE_SHEET)
    return app


class Controller(QObject):
    """Owns the window and the task runner; rebuilds the window when the language changes."""

    def __init__(self, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        self.window: MainWindow | None = None

    def open_window(self) -> MainWindow:
        window = MainWindow(self.ctx, self.runner)
        window.language_requested.connect(self.switch_language)
        window.show()
        QTimer.singleShot(0, window.start)  # after the first paint
        self.window = window
        return window

    def switch_language(self, language: str) -> None:
        old = self.window
        if old is not None:
            old.save_state()
        self.ctx.settings.set("language", language)
        i18n.install(language)
        self.runner.cancel_all()
        self.open_window()
        if old is not None:
            old.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            old.close()


class StartupProbe(QObject):
    """For start-up benchmarks: writes the wall-clock time of the window's first paint to a file, then quits.

    Enabled by TIKTOK_DESKTOP_STARTUP_PROBE=FILE; the benchmark subtracts the time it started the process.
    With TIKTOK_DESKTOP_STARTUP_PROBE_AT=dashboard it waits for the first paint after the data is shown.
    """

    def __init__(self, path: str, ready: bool = True) -> None:
        super().__init__()
        self.path = path
        self.ready = ready
        self.done = False

    def arm(self) -> None:
        self.ready = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.ready and not self.done:
            self.done = True
            with open(self.path, "w", encoding="ascii") as f:
                f.write(repr(time.time()))
            QTimer.singleShot(0, QApplication.quit)
        return False


def run_gui(ctx: AppContext) -> int:
    app = create_application()
    i18n.install(ctx.settings.get("language"))
    apply_theme(ctx.settings.get("theme"))
    runner = TaskRunner(app)
    controller = Controller(ctx, runner)
    window = controller.open_window()
    probe_file = os.environ.get("TIKTOK_DESKTOP_STARTUP_PROBE")
    if probe_file:
        at_dashboard = os.environ.get("TIKTOK_DESKTOP_STARTUP_PROBE_AT") == "dashboard"
        probe = StartupProbe(probe_file, ready=not at_dashboard)
        window.dashboard_shown.connect(probe.arm)
        window.dashboard_shown.connect(window.update)
        window.installEventFilter(probe)
    app.aboutToQuit.connect(runner.shutdown)
    return app.exec()
