"""The loopback listener that catches TikTok's redirect after sign-in.

It binds 127.0.0.1 only, answers only the callback path (anything else: 404, and it keeps waiting), checks
`state` in constant time before looking at anything else, serves a short result page, and closes its socket
when the flow ends, whichever way it ends.
"""

from __future__ import annotations

import hmac
import html
import logging
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from tiktok_desktop.core.errors import (
    AppError,
    ListenerUnavailable,
    SignInFailed,
    SignInRefused,
    SignInTimedOut,
)
from tiktok_desktop.core.progress import CancelToken

log = logging.getLogger(__name__)

CALLBACK_PATH = "/callback/"


@dataclass(frozen=True)
class Callback:
    code: str
    scopes: str


@dataclass(frozen=True)
class ResultPages:
    """The texts of the page the browser shows after the redirect (translated by the caller)."""

    success_title: str = "Signed in"
    success_text: str = "TikTok Creator Desktop received your sign-in. You can close this tab."
    failure_title: str = "Sign-in failed"
    failure_text: str = "The sign-in did not complete. Return to TikTok Creator Desktop for details."
    lang: str = "en"

    def render(self, ok: bool, detail: str = "") -> bytes:
        title = self.success_title if ok else self.failure_title
        text = self.success_text if ok else self.failure_text
        extra = f"<p class=d>{html.escape(detail)}</p>" if detail else ""
        return (
            f"<!doctype html><html lang={self.lang}><meta charset=utf-8><title>{html.escape(title)}</title>"
            "<style>body{font-family:system-ui,sans-serif;max-width:32em;margin:15vh auto;padding:0 1em;"
            "color:#161823}h1{color:" + ("#1E8E3E" if ok else "#D93025") + "}.d{color:#666}</style>"
            f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>{extra}</html>"
        ).encode("utf-8")


def redirect_uri_to_register(port: int) -> str:
    """What the developer registers: the wildcard-port form, or the fixed port the user configured."""
    return f"http://127.0.0.1:{port or '*'}{CALLBACK_PATH}"


class _Server(HTTPServer):
    allow_reuse_address = False  # a fixed port must really be free

    listener: LoopbackListener


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "tiktok-desktop"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:
        # the default logs the request line, query (the authorization code) included: never
        log.debug("callback listener: %s", self.command)

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        listener = self.server.listener
        url = urlsplit(self.path)
        if url.path != CALLBACK_PATH or listener.finished:
            self._send(404, b"not found")
            return
        query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        state = query.get("state", "")
        if not hmac.compare_digest(state.encode(), listener.state.encode()):
            # not our flow (an old tab, or someone else's request): refuse, and keep waiting for ours
            self._send(400, listener.pages.render(False, "state mismatch"))
            return
        if query.get("error"):
            error = query["error"][:100]
            outcome: Callback | AppError = (
                SignInRefused(error=error)
                if error == "access_denied"
                else SignInFailed(error=error, description=query.get("error_description", "")[:200] or error)
            )
        elif not query.get("code"):
            outcome = SignInFailed(error="no_code", description="the redirect carried no authorization code")
        else:
            outcome = Callback(query["code"], query.get("scopes", ""))
        self._send(200 if isinstance(outcome, Callback) else 400, listener.pages.render(isinstance(outcome, Callback)))
        listener._finish(outcome)

    def do_POST(self) -> None:
        self._send(404, b"not found")


class LoopbackListener:
    """Use as a context manager: the socket is closed and the thread joined on exit, always."""

    def __init__(self, state: str, port: int = 0, pages: ResultPages | None = None) -> None:
        self.state = state
        self.pages = pages or ResultPages()
        self._requested_port = port
        self._done = threading.Event()
        self._outcome: Callback | AppError | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

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

    def __enter__(self) -> LoopbackListener:
        try:
            self._server = _Server(("127.0.0.1", self._requested_port), _Handler)
        except OSError as e:
            raise ListenerUnavailable(port=self._requested_port, detail=e.strerror or str(e)) from None
        self._server.listener = self
        self._server.timeout = 0.2
        self._thread = threading.Thread(target=self._serve, name="oauth-callback", daemon=True)
        self._thread.start()
        return self

    def _serve(self) -> None:
        assert self._server is not None
        while not self._done.is_set():
            self._server.handle_request()

    def _finish(self, outcome: Callback | AppError | None) -> None:
        if not self._done.is_set():
            self._outcome = outcome
            self._done.set()

    def wait(self, timeout: float, cancel: CancelToken | None = None) -> Callback:
        """Blocks until the browser comes back, the timeout passes or cancel is called."""
        cancel = cancel or CancelToken()
        remaining = timeout
        while not self._done.wait(min(0.1, max(remaining, 0))):
            remaining -= 0.1
            if cancel.cancelled:
                self._finish(None)
                cancel.raise_if_cancelled()
            if remaining <= 0:
                self._finish(None)
                raise SignInTimedOut(seconds=int(timeout), redirect_uri=redirect_uri_to_register(self._requested_port))
        outcome = self._outcome
        if isinstance(outcome, AppError):
            raise outcome
        if outcome is None:
            raise SignInTimedOut(seconds=int(timeout), redirect_uri=redirect_uri_to_register(self._requested_port))
        return outcome

    def __exit__(self, *exc: object) -> None:
        self._finish(None)
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._server is not None:
            self._server.server_close()
