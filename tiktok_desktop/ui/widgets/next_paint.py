"""Something to run once a widget's next paint has ended (its first, for a window just shown): the widget and
everything in it drawn."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterNextPaint(QObject):
    """Calls `then` once, after the end of the next paint of `widget` (its children are painted in the same pass,
    after it: hence the call from the event loop, not from the paint event)."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def after_next_paint(widget: QWidget, then: Callable[[], object]) -> AfterNextPaint:
    return AfterNextPaint(widget, then)
