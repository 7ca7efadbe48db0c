"""What an empty chart says to do, over the plot, with a button that does it: as the window's empty state
(mainwindow/empty_state.py) does for a source with nothing to show. Drawn by the view, not by the chart's scene, so
that an exported chart leaves it out (its title says why it is empty)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tiktok_desktop.ui.widgets.labels import plain_label


class ChartNote(QWidget):
    """Hidden until show_note(). Signals:
    action_requested(): its button was pressed
    """

    action_requested = Signal()

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("chartNote")
        self.body = plain_label()
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.button = QPushButton()
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda: self.action_requested.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        # in the middle of the plot: stretches, not an alignment (an aligned wrapped label is laid out one line
        # high); the room around it stays the chart's, for the mouse
        outer = QVBoxLayout(viewport)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self, 100)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(1)
        self.setMaximumWidth(560)  # a line a reader's eye can follow on a wide chart
        self.hide()

    def show_note(self, body: str, action: str) -> None:
        self.body.setText(body)
        self.button.setText(action)
        self.show()
