"""The QApplication: made once, for the window (application.py) or for drawing without one (the CLI)."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from tiktok_desktop import APP_ID, __version__
from tiktok_desktop.ui import i18n
from tiktok_desktop.ui.resources import resource
from tiktok_desktop.ui.theme import STYLE_SHEET, light_palette, remember_desktop_look


def create_application(argv: list[str] | None = None, *, style_sheet: bool = True) -> QApplication:
    """`style_sheet` False: the app's style sheet comes later, with theme.apply_theme (run_gui: once the window is
    painted)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("TikTok Creator Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    if style_sheet:
        remember_desktop_look(app)  # before the style sheet hides the style's name
        app.setStyleSheet(STYLE_SHEET)
    return app


def headless_render(language: str) -> None:
    """A QApplication for drawing without a window (the CLI): offscreen unless a platform was chosen, the user's
    language, and the light palette, as for anything printed or shared."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application([])
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    i18n.install(language)
