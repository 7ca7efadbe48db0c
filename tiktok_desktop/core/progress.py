"""Progress reports and cooperative cancellation for long work (syncs, exports)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from tiktok_desktop.core.errors import Cancelled


class Stage(Enum):
    PROFILE = "profile"
    VIDEOS = "videos"
    HISTORY = "history"
    SIGN_IN = "sign_in"  # detail: the URL to open
    COVERS = "covers"
    UPGRADE = "upgrade"  # the one-time conversion of an older database; done/total: videos
    WAITING = "waiting"  # for another sync (another process) to finish


@dataclass(frozen=True, slots=True)
class Progress:
    stage: Stage
    done: int = 0
    total: int | None = None  # None while the total is unknown
    detail: str = ""


ProgressCallback = Callable[[Progress], None]


class CancelToken:
    """Set from any thread; the worker checks it between units of work and stops cleanly."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def sleep(self, seconds: float) -> None:
        """Waits, but wakes up and raises Cancelled as soon as cancel() is called."""
        if self._event.wait(max(0.0, seconds)):
            raise Cancelled()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def no_progress(_: Progress) -> None:
    """The progress callback for callers that do not report progress."""
