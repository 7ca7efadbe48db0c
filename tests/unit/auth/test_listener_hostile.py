"""The loopback listener against hostile or broken local clients: idle and half-sent connections, wrong Host
headers (DNS rebinding), oversized requests, too many connections, and `error` callbacks without `state`.

Every wait is bounded: socket timeouts and thread joins; nothing sleeps to make a race pass.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest

from tiktok_desktop.auth.listener import MAX_CONNECTIONS, MAX_REQUEST_BYTES, LoopbackListener
from tiktok_desktop.auth.pkce import new_state
from tiktok_desktop.core.errors import SignInFailed, SignInRefused

BOUND = 5.0  # seconds: the most any step here may take; the listener's own read deadline is 5 s too


def wait_in_thread(listener: LoopbackListener, timeout: float = 60) -> dict:
    out: dict = {}

    def run() -> None:
        try:
            out["callback"] = listener.wait(timeout)
        except Exception as e:  # noqa: BLE001
            out["error"] = e

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    out["thread"] = thread
    return out


def get(listener: LoopbackListener, path: str, host: str | None = None) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", listener.port, timeout=BOUND)
    try:
        conn.putrequest("GET", path, skip_host=True)
        conn.putheader("Host", host or f"127.0.0.1:{listener.port}")
        conn.endheaders()
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


def raw(listener: LoopbackListener, data: bytes) -> bytes:
    """Sends data as is and reads the answer until the listener closes (bounded)."""
    with socket.create_connection(("127.0.0.1", listener.port), timeout=BOUND) as s:
        s.sendall(data)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


@contextmanager
def clients(listener: LoopbackListener, *first_bytes: bytes) -> Iterator[list[socket.socket]]:
    """Connections that send first_bytes (b"" for nothing) and then stay silent."""
    with ExitStack() as stack:
        socks = []
        for data in first_bytes:
            s = stack.enter_context(socket.create_connection(("127.0.0.1", listener.port), timeout=BOUND))
            s.sendall(data)
            socks.append(s)
        yield socks


def still_open(s: socket.socket) -> bool:
    s.setblocking(False)
    try:
        return s.recv(1) != b""
    except BlockingIOError:
        return True
    except ConnectionError:
        return False
    finally:
        s.settimeout(BOUND)


def closed_by_listener(s: socket.socket) -> bool:
    s.settimeout(BOUND)
    try:
        return s.recv(1) == b""
    except ConnectionError:
        return True


def wait_until(condition, what: str) -> None:
    deadline = time.monotonic() + BOUND
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        threading.Event().wait(0.01)  # polling a condition, bounded above: not a sleep that decides a race


def test_the_callback_gets_through_while_idle_and_half_sent_clients_are_connected() -> None:
    state = new_state()
    hostile = [b""] * 20 + [b"GET /callback/?code=x&sta", b"G"]
    with LoopbackListener(state) as listener, clients(listener, *hostile) as socks:
        waiting = wait_in_thread(listener, timeout=60)
        started = time.monotonic()
        status, page = get(listener, f"/callback/?code=good&scopes=video.list&state={state}")
        waiting["thread"].join(BOUND)
        elapsed = time.monotonic() - started
        assert all(still_open(s) for s in socks)  # served beside them, not after they were dropped
    assert status == 200 and "Signed in" in page
    assert not waiting["thread"].is_alive() and elapsed < 3.0
    assert waiting["callback"].code == "good" and waiting["callback"].scopes == "video.list"


def test_closing_never_waits_on_a_client() -> None:
    listener = LoopbackListener(new_state()).__enter__()
    with clients(listener, b"", b"", b"GET /callback/?code=x&sta", b"GET / HTTP/1.1\r\nHost: x") as socks:
        started = time.monotonic()
        listener.__exit__(None, None, None)
        elapsed = time.monotonic() - started
        assert elapsed < 1.0
        assert all(closed_by_listener(s) for s in socks)
    assert not any(t.name == "oauth-callback" for t in threading.enumerate())
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", listener.port), timeout=1)


def test_idle_clients_are_dropped_after_the_read_deadline() -> None:
    with LoopbackListener(new_state(), read_deadline=0.3) as listener, clients(listener, b"", b"GET /cal") as socks:
        assert all(closed_by_listener(s) for s in socks)
        assert not listener.finished


@pytest.mark.parametrize(
    "host",
    [
        "evil.example:{port}",  # DNS rebinding: a web page whose name now points at 127.0.0.1
        "evil.example",
        "127.0.0.1:{other}",
        "localhost:{other}",
        "127.0.0.1",
        "127.0.0.1.evil.example:{port}",
        "localhost.:{port}",
        "[::1]:{port}",
    ],
)
def test_a_wrong_host_header_is_refused_and_never_signs_in(host: str) -> None:
    state = new_state()
    with LoopbackListener(state) as listener:
        waiting = wait_in_thread(listener)
        query = f"/callback/?code=stolen&state={state}"
        status, _ = get(listener, query, host.format(port=listener.port, other=listener.port + 1))
        assert 400 <= status < 500
        assert not listener.finished
        assert get(listener, f"/callback/?error=access_denied&state={state}", "evil.example")[0] in range(400, 500)
        assert not listener.finished
        status, _ = get(listener, f"/callback/?code=good&state={state}", f"LocalHost:{listener.port}")
        waiting["thread"].join(BOUND)
    assert status == 200 and waiting["callback"].code == "good"


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET /callback/?code=stolen&state={state} HTTP/1.0\r\n\r\n",  # no Host at all
        b"GET /callback/?code=stolen&state={state} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: evil\r\n\r\n",
        b"GET http://evil.example/callback/?code=stolen&state={state} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n",
        b"GET /callback/?code=stolen&state={state}\r\n\r\n",  # HTTP/0.9
    ],
)
def test_requests_without_one_right_host_are_refused(request_bytes: bytes) -> None:
    state = new_state()
    with LoopbackListener(state) as listener:
        answer = raw(
            listener, request_bytes.replace(b"{state}", state.encode()).replace(b"{port}", b"%d" % listener.port)
        )
        assert answer.startswith((b"HTTP/1.1 4", b"HTTP/1.0 4")) or answer == b""
        assert not listener.finished


@pytest.mark.parametrize(
    "query, error, shown",
    [
        ("error=access_denied&error_description=The+user+denied", SignInRefused, "access_denied"),
        ("error=invalid_scope&error_description=bad+scope", SignInFailed, "bad scope"),
        ("error=server_error&error_description=line+one%0Aline%0Dtwo%1B", SignInFailed, "line one line two"),
        ("error=access_denied&state=", SignInRefused, "access_denied"),
    ],
)
def test_an_error_without_state_ends_the_wait_with_tiktoks_error(query: str, error: type, shown: str) -> None:
    with LoopbackListener(new_state()) as listener:
        waiting = wait_in_thread(listener, timeout=60)
        status, page = get(listener, f"/callback/?{query}")
        waiting["thread"].join(BOUND)
    assert status == 400 and "Sign-in failed" in page
    assert not waiting["thread"].is_alive()
    assert isinstance(waiting["error"], error) and shown in str(waiting["error"])
    assert "\n" not in str(waiting["error"]) and "\x1b" not in str(waiting["error"])


def test_a_wrong_state_is_still_refused_even_with_an_error() -> None:
    state = new_state()
    with LoopbackListener(state) as listener:
        waiting = wait_in_thread(listener)
        assert get(listener, "/callback/?code=stolen&state=wrong")[0] == 400
        assert get(listener, f"/callback/?code=stolen&state={state[:-1]}")[0] == 400
        assert get(listener, "/callback/?error=access_denied&state=wrong")[0] == 400
        assert get(listener, "/callback/?code=stolen")[0] == 400  # a code without state: never a sign-in
        assert not listener.finished
        status, _ = get(listener, f"/callback/?code=good&state={state}")
        waiting["thread"].join(BOUND)
    assert status == 200 and waiting["callback"].code == "good"


def test_an_oversized_request_is_refused_without_waiting_for_more() -> None:
    state = new_state()
    with LoopbackListener(state) as listener:
        head = f"GET /callback/?code=x&state={state} HTTP/1.1\r\nHost: 127.0.0.1:{listener.port}\r\nX-Pad: "
        data = head.encode() + b"a" * (MAX_REQUEST_BYTES + 1 - len(head))
        answer = raw(listener, data)
        assert answer.startswith(b"HTTP/1.1 431")
        assert not listener.finished
        status, _ = get(listener, f"/callback/?code=good&state={state}")
        assert status == 200


def test_connections_are_bounded_and_a_freed_slot_serves_the_next() -> None:
    with LoopbackListener(new_state()) as listener, clients(listener, *[b""] * MAX_CONNECTIONS) as socks:
        wait_until(lambda: listener.open_connections == MAX_CONNECTIONS, "the idle clients to be accepted")
        with socket.create_connection(("127.0.0.1", listener.port), timeout=BOUND) as extra:
            extra.sendall(b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % listener.port)
            extra.settimeout(0.3)
            with pytest.raises(TimeoutError):
                extra.recv(1)  # not accepted: every slot is taken
            assert listener.open_connections == MAX_CONNECTIONS
            socks[0].close()
            extra.settimeout(BOUND)
            assert extra.recv(65536).startswith(b"HTTP/1.1 404")
