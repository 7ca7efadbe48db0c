"""Secrets never reach the log file: every secret the app handles is remembered here (in memory, for this run)
and masked in each log line, tracebacks included, whatever an exception's text happens to carry."""

from __future__ import annotations

import logging
import threading

MASK = "[secret]"
_MIN_LENGTH = 8  # shorter values would mask ordinary words and numbers; no real key or token is that short
_secrets: set[str] = set()
_lock = threading.Lock()


def remember_secret(value: str | None) -> None:
    if value and len(value) >= _MIN_LENGTH:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)  # a secret that contains another is masked whole
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RedactingFormatter(logging.Formatter):
    """A Formatter whose output, traceback and all, has every remembered secret masked."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
