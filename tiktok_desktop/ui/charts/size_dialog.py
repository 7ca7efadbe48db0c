"""Asks for an image size in pixels (PNG export at a chosen size)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget


class SizeDialog(QDialog):
    """Asks for an image size in pixels."""

    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Image size"))
        form = QFormLayout(self)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value in ((self.width_box, size.width()), (self.height_box, size.height())):
            box.setRange(200, 8000)
            box.setSuffix(self.tr(" px"))
            box.setValue(value)
        form.addRow(self.tr("Width:"), self.width_box)
        form.addRow(self.tr("Height:"), self.height_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> QSize:
        return QSize(self.width_box.value(), self.height_box.value())
