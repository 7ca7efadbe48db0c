"""The log file: at most about `max_bytes`, then it moves to .1 (and .1 to .2, ...), keeping `backups` old ones.

What logging.handlers.RotatingFileHandler does, without importing logging.handlers: that module loads socket,
pickle and queue for handlers the app never uses, ~8 ms of every start before the window appears (make bench).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path


class RotatingLogFile(logging.FileHandler):
    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:  # noqa: BLE001 - as logging does: handleError, which is silent here (raiseExceptions)
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:  # closed by a failed rotation: reopened
            self.stream = self._open()
        size = self.stream.seek(0, os.SEEK_END)  # Windows may not start an appended file at its end
        line = self.format(record) + self.terminator
        return size > 0 and size + len(line.encode("utf-8", "replace")) > self.max_bytes

    def _rotate(self) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            stream.close()
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            Path(base).unlink(missing_ok=True)
        self.stream = self._open()
