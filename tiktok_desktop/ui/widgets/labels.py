"""Labels for text that comes from strangers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from tiktok_desktop.ui.first_frame import show_plain_text


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as rich text: names, bios and titles come from strangers."""
    label = QLabel(parent)
    show_plain_text(label)
    label.setText(text)
    return label
