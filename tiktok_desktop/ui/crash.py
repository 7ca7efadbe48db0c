"""The last line of defence: an exception nobody caught in the GUI thread (a slot, an event handler) is logged with
its traceback and shown as a translated "something went wrong" message, instead of vanishing into a terminal
the user never sees, or killing the app."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


class CrashReporter:
    """Installed as sys.excepthook by install(); `show` replaces the dialog in tests."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.showing = False
        self.show: Callable[[str], None] = self._dialog

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("uncaught %s", kind.__name__, exc_info=(kind, error, tb))
        app = QApplication.instance()
        # a second error while the dialog is open (it spins an event loop) is logged only
        if app is None or self.showing or QThread.currentThread() is not app.thread():
            return
        self.showing = True
        try:
            self.show(message(kind.__name__, self.log_file if self.log_file.is_file() else None))
        finally:
            self.showing = False

    def _dialog(self, text: str) -> None:
        from PySide6.QtCore import Qt  # not before the first paint (ui/first_frame.py)
        from PySide6.QtWidgets import QMessageBox  # its Python class costs ~5 ms: made when needed, not at start

        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashReporter", "Something went wrong"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.exec()


def message(name: str, log_file: Path | None) -> str:
    """What the dialog says; `log_file` None when there is none to point to (the log could not be written)."""
    if log_file is None:
        return QCoreApplication.translate(
            "CrashReporter",
            "Something went wrong ({name}). Your data is safe; the app keeps running, but what you were doing may "
            "not have finished. The details could not be written to a log file.",
        ).replace("{name}", name)
    return (
        QCoreApplication.translate(
            "CrashReporter",
            "Something went wrong ({name}). Your data is safe; the app keeps running, but what you were doing may "
            "not have finished. Details are in the log file: {path}",
        )
        .replace("{name}", name)
        .replace("{path}", str(log_file))
    )


def install(log_file: Path) -> CrashReporter:
    reporter = CrashReporter(log_file)
    sys.excepthook = reporter
    return reporter
