"""The strips across the top of the window: the demo label and the error banner with its one action."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.widgets.banner import Banner


def with_age(text: str, synced: int | None) -> str:
    """`text` (an error) and, when numbers of a sync at `synced` are on screen, how old they are."""
    if synced is None:
        return text
    kept = QCoreApplication.translate("MainWindow", "Showing the numbers of the last sync, %1.")
    return text + "\n" + kept.replace("%1", fmt.age(synced, int(time.time())))


class Banners(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demo = Banner("demoBanner", closable=False)
        self.demo.hide()
        self.error = Banner("errorBanner", closable=True)
        self.error.hide()
        self.reminder = Banner("reminderBanner", closable=True)  # the weekly TikTok Studio import
        self.reminder.hide()
        self._action: Callable[[], object] | None = None
        self._notice = False  # the error banner holds a notice that stays until the user dismisses it
        self.error.action.clicked.connect(self._on_action)
        layout.addWidget(self.demo)
        layout.addWidget(self.error)
        layout.addWidget(self.reminder)

    def show_demo(self, on: bool) -> None:
        if on:
            self.demo.show_message(self.tr("Demo data: these numbers belong to a made-up creator, not to you."))
        self.demo.setVisible(on)

    def show_error(self, text: str, action_text: str = "", action: Callable[[], object] | None = None) -> None:
        """`action` runs when the user clicks the button labelled `action_text`."""
        self._action = action
        self._notice = False
        self.error.show_message(text, action_text)

    def show_notice(self, text: str) -> None:
        """Something the user must read once (a damaged settings file was kept aside): clear_error() leaves it."""
        self.show_error(text)
        self._notice = True

    def clear_error(self) -> None:
        """The error is over (a new sync started, a sign-in worked); a notice stays until dismissed."""
        if not self._notice:
            self.error.hide()

    def _on_action(self) -> None:
        if self._action is not None:
            self._action()
