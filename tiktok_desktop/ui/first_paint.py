"""Running work once a window is on screen: after its first paint, so nothing it starts (a background load that
imports the network and keyring libraries, holding the GIL) delays that paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000  # a window that is never painted (minimised at start) starts all the same


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self.then, self.done = widget, then, False
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self, self._run)  # once the paint is done, not in it
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self.widget.removeEventFilter(self)
        self.then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Calls `then` once, right after `widget` is first painted (or after a second at the latest)."""
    _AfterFirstPaint(widget, then)
