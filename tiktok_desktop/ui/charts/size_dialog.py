"""Asks for an image size in pixels (PNG export at a chosen size): a preset or any width and height."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from tiktok_desktop.ui.charts.share import PRESETS


def preset_text(width: int, height: int, label: str) -> str:
    return f"{width} \u00d7 {height} \u2014 {QCoreApplication.translate('ChartExport', label)}"


class SizeDialog(QDialog):
    """A preset (PRESETS: 1200x700, 1920x1080, 1080x1920, 1080x1080) or a custom width and height."""

    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Image size"))
        form = QFormLayout(self)
        self.preset = QComboBox()
        for width, height, label in PRESETS:
            self.preset.addItem(preset_text(width, height, label), QSize(width, height))
        self.preset.addItem(self.tr("Custom"), None)
        form.addRow(self.tr("Size:"), self.preset)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value in ((self.width_box, size.width()), (self.height_box, size.height())):
            box.setRange(200, 8000)
            box.setSuffix(self.tr(" px"))
            box.setValue(value)
            box.valueChanged.connect(self._match_preset)
        form.addRow(self.tr("Width:"), self.width_box)
        form.addRow(self.tr("Height:"), self.height_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self._match_preset()

    def _apply_preset(self, index: int) -> None:
        size = self.preset.itemData(index)
        if isinstance(size, QSize):
            self.width_box.setValue(size.width())
            self.height_box.setValue(size.height())

    def _match_preset(self) -> None:
        """The preset the width and height make, or Custom."""
        chosen = self.chosen()
        index = next(
            (i for i in range(self.preset.count()) if self.preset.itemData(i) == chosen), self.preset.count() - 1
        )
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(index)
        self.preset.blockSignals(False)

    def choose_preset(self, width: int, height: int) -> None:
        for i in range(self.preset.count()):
            if self.preset.itemData(i) == QSize(width, height):
                self.preset.setCurrentIndex(i)

    def chosen(self) -> QSize:
        return QSize(self.width_box.value(), self.height_box.value())
