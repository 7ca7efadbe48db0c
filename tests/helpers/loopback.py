"""The HTTP plumbing the fake servers share: HTTP/1.1 keep-alive on 127.0.0.1, in a thread of its own."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handle = Callable[[BaseHTTPRequestHandler, str], None]


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
