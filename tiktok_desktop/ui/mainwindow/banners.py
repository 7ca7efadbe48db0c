"""The strips across the top of the window: the demo label and the error banner with its one action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tiktok_desktop.ui.widgets.banner import Banner


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
        self._action: Callable[[], object] | None = None
        self.error.action.clicked.connect(self._on_action)
        layout.addWidget(self.demo)
        layout.addWidget(self.error)

    def show_demo(self, on: bool) -> None:
        if on:
            self.demo.show_message(self.tr("Demo data: these numbers belong to a made-up creator, not to you."))
        self.demo.setVisible(on)

    def show_error(self, text: str, action_text: str = "", action: Callable[[], object] | None = None) -> None:
        """`action` runs when the user clicks the button labelled `action_text`."""
        self._action = action
        self.error.show_message(text, action_text)

    def _on_action(self) -> None:
        if self._action is not None:
            self._action()
