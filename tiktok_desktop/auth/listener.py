"""The loopback listener that catches TikTok's redirect after sign-in.

It binds 127.0.0.1 only, answers only the callback path (anything else: 404, and it keeps waiting), checks
the Host header (127.0.0.1 or localhost with its own port: a DNS-rebinding page gets 421), checks `state` in
constant time before looking at anything else, serves a short result page, and closes its socket when the flow
ends, whichever way it ends. An `error` callback without `state` ends the wait with TikTok's error: it can only
cancel, never sign in.

Any local process can connect, so one thread serves every connection side by side with non-blocking sockets:
each connection has a short deadline to send its request, requests are limited in size and at most
MAX_CONNECTIONS are open at once (the rest wait in the kernel's queue), so idle, slow or hostile clients can
neither hold up the browser's callback nor exhaust threads or memory, and closing never waits on a client.
"""

from __future__ import annotations

import hmac
import logging
import re
import selectors
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from tiktok_desktop.auth.callback import CALLBACK_PATH, Callback, ResultPages, redirect_uri_to_register, tiktok_error
from tiktok_desktop.core.errors import AppError, ListenerUnavailable, SignInFailed, SignInTimedOut
from tiktok_desktop.core.progress import CancelToken

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 32
MAX_REQUEST_BYTES = 64 * 1024  # request line and headers: room for a browser's cookies for 127.0.0.1
READ_DEADLINE = 5.0  # seconds a connection has to send its whole request and take the answer
_END_OF_HEAD = re.compile(rb"\r?\n\r?\n")
_REASONS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    421: "Misdirected Request",
    431: "Request Header Fields Too Large",
}


@dataclass
class _Connection:
    sock: socket.socket
    deadline: float
    inbox: bytearray = field(default_factory=bytearray)
    outbox: bytes = b""
    answered: bool = False


@dataclass
class _Server:
    """The listening socket (bound to 127.0.0.1) and the connections it has accepted."""

    sock: socket.socket
    server_address: tuple[str, int]
    connections: dict[int, _Connection] = field(default_factory=dict)


class LoopbackListener:
    """Use as a context manager: the socket is closed and the thread joined on exit, always."""

    def __init__(
        self, state: str, port: int = 0, pages: ResultPages | None = None, *, read_deadline: float = READ_DEADLINE
    ) -> None:
        self.state = state
        self.pages = pages or ResultPages()
        self._requested_port = port
        self._read_deadline = read_deadline
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._closing = threading.Event()
        self._outcome: Callback | AppError | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._wake_send: socket.socket | None = None

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"

    @property
    def open_connections(self) -> int:
        """How many client connections are open now (never more than MAX_CONNECTIONS)."""
        return len(self._server.connections) if self._server is not None else 0

    def __enter__(self) -> LoopbackListener:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            # no SO_REUSEADDR: a fixed port must really be free
            sock.bind(("127.0.0.1", self._requested_port))
            sock.listen(MAX_CONNECTIONS)
            sock.setblocking(False)
        except OSError as e:
            sock.close()
            raise ListenerUnavailable(port=self._requested_port, detail=e.strerror or str(e)) from None
        host, port = sock.getsockname()
        self._server = _Server(sock, (host, port))
        wake_receive, self._wake_send = socket.socketpair()
        self._thread = threading.Thread(target=self._serve, args=(wake_receive,), name="oauth-callback", daemon=True)
        self._thread.start()
        return self

    # -- the serving thread -----------------------------------------------------------------------------------

    def _serve(self, wake: socket.socket) -> None:
        assert self._server is not None
        server = self._server
        selector = selectors.DefaultSelector()
        selector.register(wake, selectors.EVENT_READ)
        accepting = False
        try:
            while not self._closing.is_set():
                if accepting != (len(server.connections) < MAX_CONNECTIONS):
                    accepting = not accepting
                    if accepting:
                        selector.register(server.sock, selectors.EVENT_READ)
                    else:  # full: the next ones wait in the kernel's queue until a slot frees
                        selector.unregister(server.sock)
                now = time.monotonic()
                first_deadline = min((c.deadline for c in server.connections.values()), default=now + 1.0)
                for key, _events in selector.select(max(0.0, first_deadline - now)):
                    if key.fileobj is wake:
                        return
                    if key.fileobj is server.sock:
                        self._accept(selector)
                    elif isinstance(key.data, _Connection):
                        self._service(selector, key.data)
                now = time.monotonic()
                for conn in [c for c in server.connections.values() if c.deadline <= now]:
                    log.debug("callback listener: dropped a connection that did not finish in time")
                    self._drop(selector, conn)
        except Exception:  # a bug here must not leave the sign-in waiting for nothing
            log.exception("callback listener failed")
            self._finish(SignInFailed(error="listener", description="the sign-in listener stopped"))
        finally:
            for conn in list(server.connections.values()):
                self._drop(selector, conn)
            selector.close()
            wake.close()

    def _accept(self, selector: selectors.BaseSelector) -> None:
        assert self._server is not None
        try:
            sock, _address = self._server.sock.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return
        sock.setblocking(False)
        conn = _Connection(sock, time.monotonic() + self._read_deadline)
        self._server.connections[sock.fileno()] = conn
        selector.register(sock, selectors.EVENT_READ, conn)

    def _service(self, selector: selectors.BaseSelector, conn: _Connection) -> None:
        try:
            if not conn.answered:
                # never read past the limit: an oversized request is refused, not buffered
                data = conn.sock.recv(MAX_REQUEST_BYTES + 1 - len(conn.inbox))
                if not data:
                    self._drop(selector, conn)
                    return
                conn.inbox += data
                end = _END_OF_HEAD.search(conn.inbox)
                if end is not None:
                    status, body, outcome = self._answer(bytes(conn.inbox[: end.start()]))
                elif len(conn.inbox) > MAX_REQUEST_BYTES:
                    status, body, outcome = 431, b"request too large", None
                else:
                    return
                conn.answered, conn.outbox = True, self._response(status, body)
                selector.modify(conn.sock, selectors.EVENT_WRITE, conn)
                self._write(selector, conn)  # the page goes out before the waiting flow hears of it
                if outcome is not None:
                    self._finish(outcome)
            else:
                self._write(selector, conn)
        except OSError:  # reset by the client, or the like
            self._drop(selector, conn)

    def _write(self, selector: selectors.BaseSelector, conn: _Connection) -> None:
        try:
            sent = conn.sock.send(conn.outbox)
        except BlockingIOError:
            return
        conn.outbox = conn.outbox[sent:]
        if not conn.outbox:
            self._drop(selector, conn)

    def _drop(self, selector: selectors.BaseSelector, conn: _Connection) -> None:
        assert self._server is not None
        if self._server.connections.pop(conn.sock.fileno(), None) is not None:
            selector.unregister(conn.sock)
        conn.sock.close()

    @staticmethod
    def _response(status: int, body: bytes) -> bytes:
        kind = "text/html; charset=utf-8" if body.startswith(b"<!doctype html>") else "text/plain; charset=utf-8"
        head = (
            f"HTTP/1.1 {status} {_REASONS[status]}\r\n"
            "Server: tiktok-desktop\r\n"
            f"Content-Type: {kind}\r\n"
            f"Content-Length: {len(body)}\r\n"
            "Cache-Control: no-store\r\n"
            "Referrer-Policy: no-referrer\r\n"
            "X-Content-Type-Options: nosniff\r\n"
            "Connection: close\r\n\r\n"
        )
        return head.encode("ascii") + body

    def _host_ok(self, hosts: list[str]) -> bool:
        if len(hosts) != 1:
            return False
        host = hosts[0].strip().lower()
        names = ("127.0.0.1", "localhost")
        return host in {f"{name}:{self.port}" for name in names} or (self.port == 80 and host in names)

    def _answer(self, head: bytes) -> tuple[int, bytes, Callback | AppError | None]:
        """The status and body for one request, and how it ends the flow (None: it does not)."""
        lines = head.decode("latin-1").replace("\r\n", "\n").split("\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1.") or not parts[1].isprintable():
            return 400, b"bad request", None
        method, target, _version = parts
        # the code and state are in the query: log the method only, never the request line
        log.debug("callback listener: %s", method[:10])
        hosts = [v for n, _, v in (line.partition(":") for line in lines[1:]) if n.lower() == "host"]
        if not self._host_ok(hosts):  # DNS rebinding: a web page that reached us under another name
            return 421, b"wrong host", None
        url = urlsplit(target)
        if method != "GET" or not target.startswith("/") or url.path != CALLBACK_PATH or self.finished:
            return 404, b"not found", None
        query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        state = query.get("state", "")
        if query.get("error") and not state:
            # TikTok's error without our state: it can only cancel the sign-in, never complete one
            return 400, self.pages.render(False), tiktok_error(query)
        if not hmac.compare_digest(state.encode(), self.state.encode()):
            # not our flow (an old tab, or someone else's request): refuse, and keep waiting for ours
            return 400, self.pages.render(False, "state mismatch"), None
        outcome: Callback | AppError
        if query.get("error"):
            outcome = tiktok_error(query)
        elif not query.get("code"):
            outcome = SignInFailed(error="no_code", description="the redirect carried no authorization code")
        else:
            outcome = Callback(query["code"], query.get("scopes", ""))
        ok = isinstance(outcome, Callback)
        return (200 if ok else 400), self.pages.render(ok), outcome

    # -- the waiting side -------------------------------------------------------------------------------------

    def _finish(self, outcome: Callback | AppError | None) -> None:
        with self._lock:
            if not self._done.is_set():
                self._outcome = outcome
                self._done.set()

    def wait(self, timeout: float, cancel: CancelToken | None = None) -> Callback:
        """Blocks until the browser comes back, the timeout passes or cancel is called."""
        cancel = cancel or CancelToken()
        deadline = time.monotonic() + timeout
        while not self._done.wait(min(0.1, max(deadline - time.monotonic(), 0))):
            if cancel.cancelled:
                self._finish(None)
                cancel.raise_if_cancelled()
            if time.monotonic() >= deadline:
                self._finish(None)
                break
        outcome = self._outcome
        if isinstance(outcome, AppError):
            raise outcome
        if outcome is None:
            raise SignInTimedOut(seconds=int(timeout), redirect_uri=redirect_uri_to_register(self._requested_port))
        return outcome

    def __exit__(self, *exc: object) -> None:
        self._finish(None)
        self._closing.set()
        if self._wake_send is not None:
            try:
                self._wake_send.send(b"x")
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._wake_send is not None:
            self._wake_send.close()
        if self._server is not None:
            self._server.sock.close()
