"""The HTTP plumbing the fake servers share: HTTP/1.1 keep-alive on 127.0.0.1, in a thread of its own."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handle = Callable[[BaseHTTPRequestHandler, str], None]


def stream_body(
    h: BaseHTTPRequestHandler,
    chunks: Iterable[bytes],
    ctype: str,
    *,
    length: int | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Answers 200 and sends chunks as they come, for misbehaving servers: with the Content-Length given (which
    may announce more than is sent), else chunked. Ends quietly when the client hangs up, and closes the
    connection after (a body cut short leaves nothing to keep alive)."""
    h.close_connection = True
    h.send_response(200)
    h.send_header("Content-Type", ctype)
    if length is None:
        h.send_header("Transfer-Encoding", "chunked")
    else:
        h.send_header("Content-Length", str(length))
    for name, value in (headers or {}).items():
        h.send_header(name, value)
    h.end_headers()
    try:
        for chunk in chunks:
            h.wfile.write(chunk if length is not None else b"%x\r\n%s\r\n" % (len(chunk), chunk))
        if length is None:
            h.wfile.write(b"0\r\n\r\n")
    except ConnectionError:  # the client stopped reading: what a bounded client does
        pass


def serve(handle: Handle) -> ThreadingHTTPServer:
    """Starts a server that passes every GET and POST to handle(request, method); stop it with shutdown()
    and server_close()."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real APIs do (every answer has a Content-Length)

        def setup(self) -> None:
            super().setup()
            # headers and body are separate writes: without this, Nagle and delayed ACKs add ~40 ms
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            handle(self, "GET")

        def do_POST(self) -> None:
            handle(self, "POST")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server
