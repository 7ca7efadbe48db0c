"""The window's central area: the banners over "Loading...", which the dashboard replaces once it has something to
show (it is made after the window's first paint: ui/application.py)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tiktok_desktop.ui.first_frame import center
from tiktok_desktop.ui.mainwindow.banners import Banners
from tiktok_desktop.ui.widgets.labels import plain_label


class WindowFrame(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.banners = Banners()
        self._layout.addWidget(self.banners)
        self.loading: QLabel | None = plain_label(self.tr("Loading\u2026"))
        self.loading.setObjectName("hint")  # the style sheet's muted colour, once it is set (after the first paint)
        self.loading.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the same colour before
        center(self.loading)
        self._layout.addWidget(self.loading, 1)
        self.body: QWidget | None = None

    def put(self, body: QWidget) -> None:
        """`body` under "Loading...", hidden until reveal(): shown with the first numbers, or what stands for them."""
        self.body = body
        body.hide()
        self._layout.addWidget(body, 1)

    def reveal(self) -> None:
        if self.body is None:  # nothing to show yet: "Loading..." stays
            return
        if self.loading is not None:
            self._layout.removeWidget(self.loading)
            self.loading.deleteLater()
            self.loading = None
        self.body.show()
