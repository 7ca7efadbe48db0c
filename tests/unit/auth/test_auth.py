from __future__ import annotations

import base64
import hashlib
import http.client
import socket
import threading
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import keyring
import pytest
import respx
from helpers.memory_keyring import MemoryKeyring

from tiktok_desktop.auth.callback import redirect_uri_to_register
from tiktok_desktop.auth.listener import LoopbackListener
from tiktok_desktop.auth.manager import TokenManager
from tiktok_desktop.auth.oauth import OAuthConfig, TokenClient, authorize_url
from tiktok_desktop.auth.pkce import VERIFIER_ALPHABET, hex_challenge, new_state, new_verifier
from tiktok_desktop.auth.secrets import SecretStore, TokenStore
from tiktok_desktop.auth.tokens import Tokens
from tiktok_desktop.core.errors import (
    BadCredentials,
    Cancelled,
    KeyringUnavailable,
    MalformedResponse,
    SignedOut,
    SignInFailed,
    SignInRefused,
    SignInTimedOut,
)
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.net.http import RetryPolicy

API = "https://open.tiktokapis.com"
CONFIG = OAuthConfig("awkey123", "secret456")
NO_WAIT = RetryPolicy(base_delay=0.0, rate_limit_delay=0.0)


def token_body(n: int = 1, **kw: object) -> dict:
    return {
        "access_token": f"act.a{n}",
        "expires_in": 86400,
        "open_id": "oid",
        "refresh_expires_in": 31536000,
        "refresh_token": f"rft.r{n}",
        "scope": "user.info.basic,video.list",
        "token_type": "Bearer",
        **kw,
    }


# -- PKCE and the authorize URL -----------------------------------------------------------------------------


def test_verifier_is_fresh_and_in_the_allowed_alphabet() -> None:
    a, b = new_verifier(), new_verifier()
    assert a != b and 43 <= len(a) <= 128 and set(a) <= set(VERIFIER_ALPHABET)
    with pytest.raises(ValueError):
        new_verifier(42)


def test_challenge_is_lowercase_hex_sha256_not_base64url() -> None:
    verifier = "a" * 43
    assert hex_challenge(verifier) == hashlib.sha256(verifier.encode()).hexdigest()
    assert len(hex_challenge(verifier)) == 64 and hex_challenge(verifier) == hex_challenge(verifier).lower()
    b64 = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    assert hex_challenge(verifier) != b64


def test_authorize_url_has_every_parameter_and_comma_separated_scopes() -> None:
    url = authorize_url(CONFIG, "http://127.0.0.1:5555/callback/", "st", "c" * 64)
    q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert url.startswith("https://www.tiktok.com/v2/auth/authorize/?")
    assert q == {
        "client_key": "awkey123",
        "scope": "user.info.basic,user.info.profile,user.info.stats,video.list",
        "response_type": "code",
        "redirect_uri": "http://127.0.0.1:5555/callback/",
        "state": "st",
        "code_challenge": "c" * 64,
        "code_challenge_method": "S256",
    }
    assert "client_id" not in url


# -- the token endpoint --------------------------------------------------------------------------------------


@respx.mock
def test_exchange_sends_the_form_and_parses_the_flat_answer() -> None:
    route = respx.post(f"{API}/v2/oauth/token/").mock(return_value=httpx.Response(200, json=token_body()))
    with httpx.Client() as http:
        tokens = TokenClient(CONFIG, http, NO_WAIT).exchange_code("code1", "http://127.0.0.1:1/callback/", "v" * 50)
    sent = {k: v[0] for k, v in parse_qs(route.calls[0].request.content.decode()).items()}
    assert sent == {
        "client_key": "awkey123",
        "client_secret": "secret456",
        "code": "code1",
        "grant_type": "authorization_code",
        "redirect_uri": "http://127.0.0.1:1/callback/",
        "code_verifier": "v" * 50,
    }
    assert route.calls[0].request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert tokens.open_id == "oid" and tokens.scopes == {"user.info.basic", "video.list"}
    assert abs(tokens.access_expires_at - (time.time() + 86400)) < 5
    assert "act." not in repr(tokens) and "rft." not in repr(tokens)


@pytest.mark.parametrize(
    "error, refreshing, expected",
    [
        ("invalid_client", False, BadCredentials),
        ("unauthorized_client", False, BadCredentials),
        ("access_denied", False, SignInRefused),
        ("invalid_grant", False, SignInFailed),
        ("invalid_grant", True, SignedOut),
        ("server_error", False, SignInFailed),
    ],
)
@respx.mock
def test_token_errors_are_read_from_the_body_even_with_http_200(error, refreshing, expected) -> None:
    respx.post(f"{API}/v2/oauth/token/").mock(
        return_value=httpx.Response(200, json={"error": error, "error_description": "d", "log_id": "l"})
    )
    with httpx.Client() as http, pytest.raises(expected):
        client = TokenClient(CONFIG, http, NO_WAIT)
        client.refresh("rft.x") if refreshing else client.exchange_code("c", "http://127.0.0.1:1/callback/", "v" * 43)


@respx.mock
def test_malformed_and_incomplete_answers() -> None:
    respx.post(f"{API}/v2/oauth/token/").mock(
        side_effect=[
            httpx.Response(200, text="<html>"),
            httpx.Response(200, json=[1]),
            httpx.Response(200, json={"x": 1}),
        ]
    )
    with httpx.Client() as http, pytest.raises(MalformedResponse) as err:
        TokenClient(CONFIG, http, RetryPolicy(attempts=3, base_delay=0)).refresh("rft.x")
    assert "token answer without" in str(err.value)


@respx.mock
def test_refresh_without_rotation_keeps_the_old_refresh_token() -> None:
    body = token_body(2)
    del body["refresh_token"]
    respx.post(f"{API}/v2/oauth/token/").mock(return_value=httpx.Response(200, json=body))
    with httpx.Client() as http:
        assert TokenClient(CONFIG, http, NO_WAIT).refresh("rft.old").refresh_token == "rft.old"


# -- the token manager -----------------------------------------------------------------------------------------


def tokens(n: int, expires_in: float = 86400) -> Tokens:
    now = time.time()
    return Tokens("oid", f"act.a{n}", f"rft.r{n}", "user.info.basic", int(now + expires_in), int(now + 10**7))


class FakeTokenClient:
    def __init__(self, fail: Exception | None = None) -> None:
        self.calls: list[str] = []
        self.fail = fail
        self.lock = threading.Lock()

    def refresh(self, refresh_token: str, cancel=None) -> Tokens:
        with self.lock:
            self.calls.append(refresh_token)
            n = len(self.calls) + 1
        time.sleep(0.05)  # a slow token endpoint, so concurrent callers overlap
        if self.fail:
            raise self.fail
        return tokens(n)


def test_refreshes_ahead_of_expiry_and_stores_the_rotated_token() -> None:
    store = TokenStore(SecretStore())
    store.save(tokens(1, expires_in=60))  # inside the refresh margin
    client = FakeTokenClient()
    manager = TokenManager(store, client)  # type: ignore[arg-type]
    assert manager.access_token() == "act.a2"
    assert client.calls == ["rft.r1"]
    assert store.load().refresh_token == "rft.r2" and store.load().access_token == "act.a2"
    assert manager.access_token() == "act.a2" and client.calls == ["rft.r1"]


def test_concurrent_rejections_cause_one_refresh() -> None:
    store = TokenStore(SecretStore())
    store.save(tokens(1))
    client = FakeTokenClient()
    manager = TokenManager(store, client)  # type: ignore[arg-type]
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(manager.refresh_after_rejection("act.a1"))) for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert client.calls == ["rft.r1"] and results == ["act.a2"] * 8


def test_invalid_grant_signs_out_and_deletes_the_tokens() -> None:
    store = TokenStore(SecretStore())
    store.save(tokens(1, expires_in=0))
    manager = TokenManager(store, FakeTokenClient(fail=SignedOut()))  # type: ignore[arg-type]
    with pytest.raises(SignedOut):
        manager.access_token()
    assert store.load() is None and store.current_open_id() is None


# -- the keyring ------------------------------------------------------------------------------------------------


def test_tokens_are_separate_small_keyring_entries() -> None:
    TokenStore(SecretStore()).save(tokens(1))
    entries = keyring.get_keyring().entries  # the in-memory backend of conftest
    assert entries[("tiktok-desktop", "official:oid:access_token")] == "act.a1"
    assert entries[("tiktok-desktop", "official:oid:refresh_token")] == "rft.r1"
    assert all(len(v.encode()) < 2560 for v in entries.values())


def test_a_failing_keyring_falls_back_to_memory_and_says_so(monkeypatch) -> None:
    from keyring.errors import KeyringLocked

    def locked(*a):
        raise KeyringLocked("locked")

    monkeypatch.setattr(keyring, "set_password", locked)
    secrets = SecretStore()
    secrets.set("x", "value")
    assert secrets.get("x") == "value" and not secrets.persistent
    assert isinstance(secrets.warning, KeyringUnavailable)


def test_no_keyring_backend_at_all() -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    secrets = SecretStore()
    assert not secrets.persistent
    TokenStore(secrets).save(tokens(1))
    assert TokenStore(secrets).load().access_token == "act.a1"


# -- the loopback listener -----------------------------------------------------------------------------------


def get(listener: LoopbackListener, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", listener.port, timeout=5)
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read().decode()


def wait_in_thread(listener: LoopbackListener, timeout: float = 10, cancel: CancelToken | None = None) -> dict:
    out: dict = {}

    def run() -> None:
        try:
            out["callback"] = listener.wait(timeout, cancel)
        except Exception as e:  # noqa: BLE001
            out["error"] = e

    thread = threading.Thread(target=run)
    thread.start()
    out["thread"] = thread
    return out


def test_listener_binds_loopback_only_and_closes_after() -> None:
    with LoopbackListener(new_state()) as listener:
        port = listener.port
        assert listener.redirect_uri == f"http://127.0.0.1:{port}/callback/"
        assert listener._server.server_address[0] == "127.0.0.1"
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1)
    assert not any(t.name == "oauth-callback" for t in threading.enumerate())


def test_strays_get_404_wrong_state_400_and_the_listener_keeps_waiting() -> None:
    state = new_state()
    with LoopbackListener(state) as listener:
        waiting = wait_in_thread(listener)
        assert get(listener, "/favicon.ico")[0] == 404
        assert get(listener, "/callback/../x")[0] == 404
        assert get(listener, "/callback/?code=stolen&state=wrong")[0] == 400
        assert get(listener, "/callback/?code=stolen")[0] == 400
        assert not listener.finished
        status, page = get(listener, f"/callback/?code=good&scopes=user.info.basic&state={state}")
        waiting["thread"].join(5)
    assert status == 200 and "Signed in" in page
    assert waiting["callback"].code == "good" and waiting["callback"].scopes == "user.info.basic"


@pytest.mark.parametrize(
    "query, error",
    [
        ("error=access_denied&error_description=no", SignInRefused),
        ("error=server_error", SignInFailed),
        ("code=", SignInFailed),
    ],
)
def test_refusals_and_missing_codes_end_the_flow_with_an_error_page(query: str, error: type) -> None:
    state = new_state()
    with LoopbackListener(state) as listener:
        waiting = wait_in_thread(listener)
        status, page = get(listener, f"/callback/?{query}&state={state}")
        waiting["thread"].join(5)
    assert status == 400 and "Sign-in failed" in page
    assert isinstance(waiting["error"], error)


def test_timeout_names_the_redirect_uri_to_register() -> None:
    with LoopbackListener(new_state()) as listener, pytest.raises(SignInTimedOut) as err:
        listener.wait(0.3)
    assert "http://127.0.0.1:*/callback/" in str(err.value)
    assert redirect_uri_to_register(8765) == "http://127.0.0.1:8765/callback/"


def test_cancel_ends_the_wait() -> None:
    cancel = CancelToken()
    with LoopbackListener(new_state()) as listener:
        waiting = wait_in_thread(listener, 30, cancel)
        cancel.cancel()
        waiting["thread"].join(5)
    assert isinstance(waiting["error"], Cancelled)


def test_a_fixed_port_is_used_and_a_busy_one_is_a_clear_error() -> None:
    from tiktok_desktop.core.errors import ListenerUnavailable

    with LoopbackListener(new_state()) as first:
        with pytest.raises(ListenerUnavailable) as err:
            LoopbackListener(new_state(), port=first.port).__enter__()
        assert str(first.port) in str(err.value)


class ForgetfulKeyring(MemoryKeyring):
    """Says yes to every secret and keeps none, as keyring's null backend does (any backend may)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


@pytest.mark.parametrize("backend", ["null", "forgetful"])
def test_a_keyring_that_keeps_nothing_is_no_keyring(backend: str) -> None:
    from keyring.backends import null

    keyring.set_keyring(null.Keyring() if backend == "null" else ForgetfulKeyring())
    secrets = SecretStore()
    secrets.set("x", "value")  # read back: not kept, so kept in memory for this run, and said so
    assert secrets.get("x") == "value" and not secrets.persistent
    assert isinstance(secrets.warning, KeyringUnavailable)
    with pytest.raises(KeyringUnavailable):
        SecretStore().set("y", "value", strict=True)
