"""Dialogs that a user cannot shrink until a wrapped note is cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def keep_wrapped_text_whole(dialog: QWidget) -> None:
    """Sets the dialog's smallest height to what its wrapped labels need at its smallest width: Qt sizes a window's
    minimum without height-for-width, so a note of two lines got the room of one (tests/helpers/visual_check)."""
    layout = dialog.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    width = max(dialog.minimumWidth(), layout.minimumSize().width())
    dialog.setMinimumHeight(layout.totalHeightForWidth(width))
