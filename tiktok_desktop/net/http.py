"""HTTP plumbing shared by the API clients: JSON requests with retries, and a client-side rate limiter.

Network errors, 5xx answers and unreadable JSON are retried with jittered exponential backoff; 429 waits
longer and retries. What is still failing after the last attempt becomes a typed error. Waits go through
the CancelToken, so Cancel interrupts them at once.

Every answer is bounded (fetch_bounded): its body is streamed and cut off past a size cap (8 MB for an API
call; the inflated size counts, not the compressed one), and each attempt has an overall deadline (60 s),
checked between chunks and backed by a per-read timeout shorter than it: a server that drips a byte every
few seconds defeats a per-read timeout alone. Too large is ResponseTooLarge, not retried (the same answer
would come again); too slow is ServerTooSlow, retried like a network error.

Environment: TIKTOK_DESKTOP_HTTP_DEADLINE sets the deadline of API calls, in seconds (1 to 600; default 60),
for very slow links or for tests; any other value is a SettingsError naming the variable.
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from tiktok_desktop import __version__
from tiktok_desktop.core.errors import (
    MalformedResponse,
    NetworkError,
    RateLimited,
    ResponseTooLarge,
    ServerError,
    ServerTooSlow,
    SettingsError,
)
from tiktok_desktop.core.progress import CancelToken

log = logging.getLogger(__name__)

TIMEOUT = httpx.Timeout(20.0, connect=10.0)
USER_AGENT = f"tiktok-desktop/{__version__}"
MAX_BYTES = 8 * 2**20  # an API answer; a page of 20 videos is about 20 KB
DEADLINE = 60.0  # seconds for one attempt of an API call, from connecting to the last byte
DEADLINE_ENV = "TIKTOK_DESKTOP_HTTP_DEADLINE"
DEADLINE_RANGE = (1.0, 600.0)
# only what fetch_bounded can inflate chunk by chunk under its cap (httpx would also offer br and zstd when
# their packages are installed, and inflate them unbounded)
ACCEPT_ENCODING = "gzip, deflate"


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


def deadline_from_env(environ: Mapping[str, str] | None = None) -> float:
    """The deadline of API calls: TIKTOK_DESKTOP_HTTP_DEADLINE when set (seconds), else DEADLINE."""
    raw = (os.environ if environ is None else environ).get(DEADLINE_ENV, "").strip()
    if not raw:
        return DEADLINE
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    low, high = DEADLINE_RANGE
    if not low <= value <= high:  # NaN fails this too
        raise SettingsError(key=DEADLINE_ENV, detail=f"expected a number of seconds from {low:g} to {high:g}")
    return value


def _size(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n / 2**10:g} KB" if n >= 2**10 else f"{n} bytes"


class _Inflater:
    """Decodes a body's Content-Encoding a piece at a time, never producing more than asked for: a few KB of
    gzip can inflate to gigabytes, and httpx's own decoders inflate each chunk whole."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding.strip().lower()
        if self.encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":  # meant to be zlib-wrapped; some servers send it raw
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        elif self.encoding not in ("", "identity"):
            raise ValueError(f"unsupported content encoding {encoding!r}")
        self._first = True

    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:
        """The decoded bytes of data, in pieces; stops early once `limit` bytes came out of this call."""
        if self.encoding in ("", "identity"):
            yield data
            return
        out = 0
        while data and out <= limit:
            try:
                piece = self._z.decompress(data, limit + 1 - out)
            except zlib.error:
                if not (self._first and self.encoding == "deflate"):
                    raise ValueError("bad compressed data") from None
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                self._first = False
                continue
            self._first = False
            data = self._z.unconsumed_tail
            out += len(piece)
            yield piece


@dataclass(frozen=True)
class Bounded:
    """An answer read within its bounds; body is None when the caller did not want it (`wanted`)."""

    status: int
    headers: httpx.Headers
    body: bytes | None


def _timeout(client: httpx.Client, deadline: float) -> httpx.Timeout:
    """The client's timeouts, none longer than the deadline; a read at most a third of it, so a stalled
    read is noticed while a third of the time is left."""
    t = client.timeout

    def cap(value: float | None, most: float) -> float:
        return most if value is None else min(value, most)

    return httpx.Timeout(
        connect=cap(t.connect, deadline),
        read=cap(t.read, deadline / 3),
        write=cap(t.write, deadline),
        pool=cap(t.pool, deadline),
    )


def fetch_bounded(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    max_bytes: int,
    deadline: float,
    wanted: Callable[[httpx.Response], bool] | None = None,
    **kwargs: Any,
) -> Bounded:
    """Sends the request and reads the answer's body (decoded) if `wanted` accepts the response (status and
    headers), within max_bytes and `deadline` seconds from now.

    Raises ResponseTooLarge (at once when Content-Length announces too much), ServerTooSlow (past the
    deadline, or a read stalled), ValueError (an encoding it cannot decode) and httpx's transport errors.
    """
    start = time.monotonic()
    host = _host(url)

    def too_slow() -> ServerTooSlow:
        log.info("%s %s: no complete answer within %g s", method, host, deadline)
        return ServerTooSlow(host=host)

    headers = httpx.Headers(kwargs.pop("headers", None))
    headers.setdefault("Accept-Encoding", ACCEPT_ENCODING)
    follow = kwargs.pop("follow_redirects", client.follow_redirects)
    request = client.build_request(method, url, headers=headers, timeout=_timeout(client, deadline), **kwargs)
    hops = 0
    try:
        while True:
            # redirects followed here, not by httpx: it reads a redirect's body whole, with no bound
            response = client.send(request, stream=True, follow_redirects=False)
            try:
                if time.monotonic() - start > deadline:
                    raise too_slow()
                if follow and response.next_request is not None:
                    hops += 1
                    if hops > client.max_redirects:
                        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)
                    request = response.next_request
                    continue
                if wanted is not None and not wanted(response):
                    return Bounded(response.status_code, response.headers, None)
                return Bounded(response.status_code, response.headers, _read(response, max_bytes, deadline, start))
            finally:
                response.close()
    except httpx.ReadTimeout:  # a stall shorter than the deadline, set so by _timeout
        raise too_slow() from None


def _read(response: httpx.Response, max_bytes: int, deadline: float, start: float) -> bytes:
    host = response.request.url.host
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes and not response.headers.get("Content-Encoding"):
        raise ResponseTooLarge(host=host, limit=_size(max_bytes))
    if response.is_stream_consumed:  # a test transport's answer, already in memory and decoded
        chunks, inflater = iter([response.content]), _Inflater("")
    else:
        chunks, inflater = response.iter_raw(), _Inflater(response.headers.get("Content-Encoding", ""))
    body = bytearray()
    for chunk in chunks:
        for piece in inflater.feed(chunk, max_bytes - len(body)):
            body += piece
            if len(body) > max_bytes:
                raise ResponseTooLarge(host=host, limit=_size(max_bytes))
        if time.monotonic() - start > deadline:
            log.info("%s %s: no complete answer within %g s", response.request.method, host, deadline)
            raise ServerTooSlow(host=host)
    return bytes(body)


def request_json(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    service: str,
    retry: RetryPolicy,
    cancel: CancelToken,
    ok_statuses: Callable[[int], bool] = lambda status: status < 500 and status != 429,
    max_bytes: int = MAX_BYTES,
    deadline: float | None = None,
    **kwargs: Any,
) -> tuple[int, dict[str, object]]:
    """Sends the request until it gets a JSON object with a status that ok_statuses accepts.

    Returns (status, body), the body's values as the JSON held them (the caller checks their types). Never
    puts the URL's query or headers in an error: they can carry secrets. Each attempt is bounded by max_bytes
    and deadline seconds (None: deadline_from_env()); a slow attempt counts among the policy's attempts.
    """
    if deadline is None:
        deadline = deadline_from_env()
    host = _host(url)
    last = retry.attempts - 1

    def unreadable(e: ValueError, attempt: int) -> None:
        log.info("%s %s: unreadable answer (attempt %d)", method, host, attempt + 1)
        if attempt == last:
            raise MalformedResponse(service=service, detail=type(e).__name__) from None
        cancel.sleep(retry.delay(attempt))

    for attempt in range(retry.attempts):
        cancel.raise_if_cancelled()
        try:
            answer = fetch_bounded(client, method, url, max_bytes=max_bytes, deadline=deadline, **kwargs)
        except ServerTooSlow:
            if attempt == last:
                raise
            cancel.sleep(retry.delay(attempt))
            continue
        except httpx.TransportError as e:
            log.info("%s %s: %s (attempt %d)", method, host, type(e).__name__, attempt + 1)
            if attempt == last:
                raise NetworkError(host=host) from None
            cancel.sleep(retry.delay(attempt))
            continue
        except ValueError as e:  # compressed in a way it cannot undo
            unreadable(e, attempt)
            continue
        status = answer.status
        if status == 429:
            log.info("%s %s: rate limited (attempt %d)", method, host, attempt + 1)
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
            body = json.loads(answer.body or b"")
            if not isinstance(body, dict):
                raise ValueError("not a JSON object")
        except ValueError as e:
            unreadable(e, attempt)
            continue
        return status, body
    raise AssertionError("unreachable")
