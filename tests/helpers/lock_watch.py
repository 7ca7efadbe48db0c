"""Watching a FileLock from a test: the moment another holder makes it wait."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def lock_waits() -> Iterator[threading.Event]:
    """An event set when a FileLock starts waiting for another holder (its "waiting for" INFO line)."""
    seen = threading.Event()

    class Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("waiting for"):
                seen.set()

    logger = logging.getLogger("tiktok_desktop.core.file_lock")
    handler, level = Handler(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield seen
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
