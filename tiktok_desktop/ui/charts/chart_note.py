"""What an empty chart says to do, over its plot area, with a button that does it: as the window's empty state
(mainwindow/empty_state.py) does for a source with nothing to show. A widget over the view, not an item of the
chart's scene, so that an exported chart leaves it out (its title says why it is empty)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGraphicsView, QHBoxLayout, QPushButton, QWidget

from tiktok_desktop.ui.widgets.labels import plain_label

MAX_WIDTH = 760  # a line a reader's eye can follow on a wide chart


class ChartNote(QWidget):
    """Hidden until show_note(); placed over the plot area by place(). Signals:
    action_requested(): its button was pressed
    """

    action_requested = Signal()

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setObjectName("chartNote")
        # on the chart's own background, over its grid lines (which crossed the words)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.body = plain_label()
        self.body.setWordWrap(True)
        self.button = QPushButton()
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda: self.action_requested.emit())
        # the button beside the words, not under them: a chart at 1024 x 700 has about 60 pixels of plot
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.body, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_note(self, body: str, action: str) -> None:
        self.body.setText(body)
        self.button.setText(action)
        self.show()

    def place(self, area: QRectF) -> None:
        """In the middle of `area` (the plot area, in scene coordinates), as wide as its words need up to the area's
        width; taller than a very short area, it stays inside the view."""
        room = self.view.mapFromScene(area).boundingRect()
        layout = self.row
        margins = layout.contentsMargins()
        # the words on one line if they fit (a wrapped label's size hint is a narrow column of many lines)
        words = self.body.fontMetrics().horizontalAdvance(self.body.text())
        natural = words + layout.spacing() + self.button.sizeHint().width() + margins.left() + margins.right()
        width = max(0, min(room.width() - 16, MAX_WIDTH, natural))
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        box = QRect(0, 0, width, height)
        box.moveCenter(room.center())
        viewport = self.view.viewport().rect()
        box.moveTop(max(viewport.top(), min(box.top(), viewport.bottom() - height)))
        self.setGeometry(box)
