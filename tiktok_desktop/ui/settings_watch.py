"""Settings changes as a Qt signal, delivered in the GUI thread whichever thread changed the setting."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from tiktok_desktop.config import Settings


class SettingsWatcher(QObject):
    """Signals:
    changed(str): the key of a setting whose value changed (queued to this object's thread)
    """

    changed = Signal(str)
    _changed_anywhere = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changed_anywhere.connect(self._queue)  # from another thread: queued to this one
        self.destroyed.connect(settings.subscribe(self._changed_anywhere.emit))  # unsubscribed with this object

    @Slot(str)
    def _queue(self, key: str) -> None:
        # queued even from the GUI thread: a listener may rebuild the window that is changing the setting. A timer
        # rather than a queued connection: Qt.ConnectionType would make `Qt` before the first paint (first_frame.py)
        QTimer.singleShot(0, self, partial(self.changed.emit, key))
