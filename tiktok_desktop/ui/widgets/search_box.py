"""The toolbar's search field, made with the window's frame (the table it filters comes after the first paint)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit


class SearchBox(QLineEdit):
    """A search field that asks for room for its whole placeholder (at the default hint a toolbar cut it at
    1024 px), and still shrinks in a narrower window rather than leaving the toolbar."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("search")
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(360)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        room = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 40  # frame, margins, clear button
        hint.setWidth(max(hint.width(), min(self.maximumWidth(), room)))
        return hint
