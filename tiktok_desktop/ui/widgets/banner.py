"""A thin message strip across the top of the window (demo notice, errors)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from tiktok_desktop.ui.widgets.labels import plain_label


class Banner(QFrame):
    """Signals:
    dismissed(): the user closed it with Dismiss
    """

    dismissed = Signal()

    def __init__(self, object_name: str, closable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        self.label = plain_label()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.action = QPushButton()
        self.action.hide()
        layout.addWidget(self.action)
        if closable:
            close = QPushButton(self.tr("Dismiss"))
            close.setFlat(True)
            close.clicked.connect(self.hide)
            close.clicked.connect(self.dismissed)
            layout.addWidget(close)

    def show_message(self, text: str, action_text: str = "") -> None:
        self.label.setText(text)
        self.action.setText(action_text)
        self.action.setVisible(bool(action_text))
        self.show()
