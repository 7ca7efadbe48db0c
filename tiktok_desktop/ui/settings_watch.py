"""Settings changes as a Qt signal, delivered in the GUI thread whichever thread changed the setting."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from tiktok_desktop.config import Settings


class SettingsWatcher(QObject):
    """Signals:
    changed(str): the key of a setting whose value changed (queued to this object's thread)
    """

    changed = Signal(str)
    _changed_anywhere = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # queued even from the GUI thread: a listener may rebuild the window that is changing the setting
        self._changed_anywhere.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(settings.subscribe(self._changed_anywhere.emit))  # unsubscribed with this object
