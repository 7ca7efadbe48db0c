"""The window's first frame without Qt's namespace of enums.

PySide6 makes `Qt` (Qt.AlignmentFlag, Qt.TextFormat and 91 more Python enums) the first time anything uses it:
~28 ms on the GUI thread, a tenth of the time to the window's first paint (make bench). Nothing in that frame needs
it. The few settings the frame makes go through Qt's property system, which takes an enum's number; shortcuts go
through setShortcuts(), whose arguments PySide6 converts without `Qt` (setShortcut's conversion makes it). Modules
imported before the first paint use `Qt` only in code that runs later, and import it there.

Checked: tests/unit/ui/test_first_frame.py (the numbers are Qt's, the setters set them), test_startup_imports.py
(the first paint of the real app comes before `Qt`).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle.ToolButtonTextBesideIcon
COLOR_SCHEMES = {"light": 1, "dark": 2}  # Qt.ColorScheme.Light and Dark; anything else: Unknown (0), the desktop's


def show_plain_text(label: QLabel) -> None:
    label.setProperty("textFormat", PLAIN_TEXT)


def center(label: QLabel) -> None:
    label.setProperty("alignment", ALIGN_CENTER)


def text_beside_icons(toolbar: QToolBar) -> None:
    toolbar.setProperty("toolButtonStyle", TEXT_BESIDE_ICON)


def set_shortcut(action: QAction, key: QKeySequence | QKeySequence.StandardKey) -> None:
    """A standard key gets every binding of the platform (Refresh: F5 and the keyboard's Refresh key), as Qt advises."""
    action.setShortcuts(key if isinstance(key, QKeySequence.StandardKey) else [key])


def request_color_scheme(theme: str) -> None:
    """'light' or 'dark' asks the platform for that scheme, anything else for the desktop's (where the platform
    theme can follow a request at all)."""
    QGuiApplication.styleHints().setProperty("colorScheme", COLOR_SCHEMES.get(theme, 0))
