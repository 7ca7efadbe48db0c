"""Whether a window already runs for this data folder, told by a lock file rather than the local socket.

The app that opens the window holds `Paths.window_lock` for as long as it runs; the operating system drops the
lock when that app ends or crashes. A start that gets the lock is the only one: it asks nobody, and starts the
local server of single_instance.py (Qt's network module, ~10 ms to load) once its window shows its numbers, within
a second of its first paint (ui/application.py). A start that finds the lock held asks the running app to show
its window, and waits for that app to listen, which it may not do yet if it started a moment before. Where the
lock file cannot be used (a read-only data folder, a file system without locks), the start asks as it did before
this file existed: once, without waiting.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from tiktok_desktop.core.errors import DataDirUnwritable, LockBusy
from tiktok_desktop.core.file_lock import FileLock

log = logging.getLogger(__name__)


@dataclass
class WindowClaim:
    lock: FileLock | None  # held while this app runs; None when another app holds it or it could not be used
    another_runs: bool  # the lock is held by another app: it runs, and listens (or soon will)

    @property
    def ask_first(self) -> bool:
        """Ask a running app to show its window before opening one: unless this app holds the lock."""
        return self.lock is None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def claim_window(lock_path: Path) -> WindowClaim:
    lock = FileLock(lock_path, timeout=0)
    try:
        lock.acquire()
    except LockBusy:
        return WindowClaim(None, another_runs=True)
    except DataDirUnwritable as e:
        log.warning("window lock unavailable (%s): asking the local socket instead", type(e).__name__)
        return WindowClaim(None, another_runs=False)
    return WindowClaim(lock, another_runs=False)
