"""A headline number with its change underneath (profile card, insights strip)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.widgets.labels import plain_label


def set_trend(label: QLabel, trend: str) -> None:
    """Colours a change label by the style sheet's #statChange[trend=...] rules ("up", "down", "flat", "none")."""
    label.setProperty("trend", trend)
    label.style().unpolish(label)
    label.style().polish(label)


class StatTile(QFrame):
    """One number with its 7-day change underneath."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statTile")
        self.box = layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = plain_label(title)
        self.title.setObjectName("statTitle")
        self.value = plain_label("\u2014")
        self.value.setObjectName("statValue")
        self.change = plain_label("")
        self.change.setObjectName("statChange")
        # title and change wrap onto a second line when the tiles are narrow (1024 px, Chinese): never cut off
        for w in (self.title, self.change):
            w.setWordWrap(True)
        for w in (self.title, self.value, self.change):
            layout.addWidget(w)

    def set_value(self, value: int | None, change: int | None) -> None:
        self.value.setText(fmt.compact(value))
        self.value.setToolTip(fmt.number(value))
        if change is None:
            self.change.setText(self.tr("no 7-day history yet"))
            set_trend(self.change, "none")
        else:
            self.change.setText(self.tr("%1 in 7 days").replace("%1", fmt.signed_compact(change)))
            set_trend(self.change, "up" if change > 0 else "down" if change < 0 else "flat")
