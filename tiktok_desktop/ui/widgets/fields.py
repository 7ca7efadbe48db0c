"""Small widgets shared by dialogs: a copyable value, a secret field with a Show toggle."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget


class CopyField(QWidget):
    """A read-only value with a Copy button (redirect URIs, app descriptions to paste elsewhere)."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(value)
        self.field.setReadOnly(True)
        self.field.setCursorPosition(0)
        self.button = QPushButton(self.tr("Copy"))
        self.button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.field.text()))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.button)

    def set_value(self, value: str) -> None:
        self.field.setText(value)
        self.field.setCursorPosition(0)


class SecretField(QWidget):
    """A masked line edit with a Show toggle; nothing is ever displayed unless the user asks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(512)
        self.show_box = QCheckBox(self.tr("Show"))
        self.show_box.toggled.connect(
            lambda on: self.edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        )
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_box)

    def text(self) -> str:
        return self.edit.text()
