"""HTTP plumbing shared by the API clients: JSON requests with retries, and a client-side rate limiter.

Network errors, 5xx answers and unreadable JSON are retried with jittered exponential backoff; 429 waits
longer and retries. What is still failing after the last attempt becomes a typed error. Waits go through
the CancelToken, so Cancel interrupts them at once.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from tiktok_desktop import __version__
from tiktok_desktop.core.errors import MalformedResponse, NetworkError, RateLimited, ServerError
from tiktok_desktop.core.progress import CancelToken

log = logging.getLogger(__name__)

TIMEOUT = httpx.Timeout(20.0, connect=10.0)
USER_AGENT = f"tiktok-desktop/{__version__}"


def new_client(**kwargs: Any) -> httpx.Client:
    """An HTTPS client with certificate checks on (always), timeouts and our user agent."""
    options: dict[str, Any] = {"timeout": TIMEOUT, "headers": {"User-Agent": USER_AGENT}, "follow_redirects": False}
    return httpx.Client(**{**options, **kwargs})


@dataclass
class RetryPolicy:
    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    rate_limit_delay: float = 5.0  # first wait after a 429 (no Retry-After is documented)
    jitter: Callable[[], float] = field(default=random.random)

    def delay(self, attempt: int, rate_limited: bool = False) -> float:
        base = self.rate_limit_delay if rate_limited else self.base_delay
        return min(self.max_delay * (3 if rate_limited else 1), base * 2.0**attempt) * (0.5 + self.jitter())


class SlidingWindowLimiter:
    """At most max_calls in any window of `period` seconds; acquire() waits for a free slot. Thread-safe."""

    def __init__(
        self, max_calls: int, period: float, clock: Callable[[], float] = time.monotonic, margin: float = 0.05
    ) -> None:
        self.max_calls = max_calls
        # requests reach the server a little after they leave: a window slightly longer than the server's
        # keeps network jitter from pushing one request too many into its window
        self.period = period * (1 + margin)
        self._clock = clock
        self._calls: deque[float] = deque()
        self._lock = threading.Lock()

    def acquire(self, cancel: CancelToken) -> None:
        while True:
            with self._lock:
                now = self._clock()
                while self._calls and now - self._calls[0] >= self.period:
                    self._calls.popleft()
                if len(self._calls) < self.max_calls:
                    self._calls.append(now)
                    return
                wait = self.period - (now - self._calls[0])
            cancel.sleep(wait + 0.001)


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def request_json(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    service: str,
    retry: RetryPolicy,
    cancel: CancelToken,
    ok_statuses: Callable[[int], bool] = lambda status: status < 500 and status != 429,
    **kwargs: Any,
) -> tuple[int, dict[str, object]]:
    """Sends the request until it gets a JSON object with a status that ok_statuses accepts.

    Returns (status, body), the body's values as the JSON held them (the caller checks their types). Never
    puts the URL's query or headers in an error: they can carry secrets.
    """
    last = retry.attempts - 1
    for attempt in range(retry.attempts):
        cancel.raise_if_cancelled()
        try:
            response = client.request(method, url, **kwargs)
        except httpx.TransportError as e:
            log.info("%s %s: %s (attempt %d)", method, _host(url), type(e).__name__, attempt + 1)
            if attempt == last:
                raise NetworkError(host=_host(url)) from None
            cancel.sleep(retry.delay(attempt))
            continue
        status = response.status_code
        if status == 429:
            log.info("%s %s: rate limited (attempt %d)", method, _host(url), attempt + 1)
            if attempt == last:
                raise RateLimited(service=service)
            cancel.sleep(retry.delay(attempt, rate_limited=True))
            continue
        if not ok_statuses(status):
            if attempt == last:
                raise ServerError(service=service, status=status)
            cancel.sleep(retry.delay(attempt))
            continue
        try:
            body = response.json()
            if not isinstance(body, dict):
                raise ValueError("not a JSON object")
        except ValueError as e:
            log.info("%s %s: unreadable answer (attempt %d)", method, _host(url), attempt + 1)
            if attempt == last:
                raise MalformedResponse(service=service, detail=type(e).__name__) from None
            cancel.sleep(retry.delay(attempt))
            continue
        return status, body
    raise AssertionError("unreachable")
