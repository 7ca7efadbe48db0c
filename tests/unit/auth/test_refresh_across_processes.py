"""Refresh tokens are single use: two syncs refreshing at once must not sign the user out.

Against the fake TikTok, whose refresh tokens rotate: two token managers (threads, then real processes) with an
expired access token refresh once between them; invalid_grant after another process rotated the token keeps the
session; a failed refresh keeps the tokens; sign-out refreshes an expired access token before revoking it.
The races are forced, not hoped for: the fake holds a refresh back (on_request) until the other side is seen
waiting for the lock (the lock's "waiting" log line).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from helpers.fake_tiktok import FakeTikTok
from helpers.lock_watch import lock_waits

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.signin import sign_out
from tiktok_desktop.auth.manager import TokenManager
from tiktok_desktop.auth.oauth import OAuthConfig, TokenClient
from tiktok_desktop.auth.secrets import SecretStore, TokenStore
from tiktok_desktop.auth.tokens import Tokens, parse_token_response
from tiktok_desktop.config import Paths, Settings
from tiktok_desktop.core.errors import (
    AppError,
    LockBusy,
    MalformedResponse,
    NetworkError,
    NotSignedIn,
    ServerError,
    SignedOut,
)
from tiktok_desktop.core.file_lock import FileLock
from tiktok_desktop.net.http import RetryPolicy

NO_WAIT = RetryPolicy(base_delay=0.0, rate_limit_delay=0.0)
BOUND = 20.0  # seconds: how long any wait here may take before the test fails (never reached when it passes)


@pytest.fixture
def fake() -> Iterator[FakeTikTok]:
    server = FakeTikTok().start()
    yield server
    server.stop()


@pytest.fixture
def http() -> Iterator[list[httpx.Client]]:
    clients: list[httpx.Client] = []
    yield clients
    for c in clients:
        c.close()


@pytest.fixture
def lock_waiting() -> Iterator[threading.Event]:
    """Set when a FileLock starts waiting for another holder (its INFO line)."""
    with lock_waits() as seen:
        yield seen


def expired_tokens(fake: FakeTikTok) -> Tokens:
    """Tokens from the fake as after a sign-in, whose access token has expired (for the app; TikTok agrees)."""
    fake.access_lifetime = 0
    body = fake._issue(fake.open_id, {"user.info.basic", "video.list"})
    fake.access_lifetime = 86_400
    return parse_token_response(body)


def manager(fake: FakeTikTok, http: list[httpx.Client], lock: Path | None, lock_wait: float = BOUND) -> TokenManager:
    """A manager of its own, with its own view of the shared keyring: as another process would have."""
    http.append(httpx.Client())
    config = OAuthConfig(fake.client_key, fake.client_secret, fake.auth_url, fake.base)
    return TokenManager(
        TokenStore(SecretStore()), TokenClient(config, http[-1], NO_WAIT), lock_path=lock, lock_wait=lock_wait
    )


def refreshes(fake: FakeTikTok) -> int:
    return sum(r["grant_type"] == "refresh_token" for r in fake.token_requests)


def live(fake: FakeTikTok, tokens: Tokens | None) -> bool:
    """The tokens work at TikTok: both are known there, and the access token has not expired."""
    return (
        tokens is not None
        and tokens.refresh_token in fake.refresh
        and tokens.access_fresh()
        and tokens.access_token in fake.access
    )


# -- (a) two managers in one process ------------------------------------------------------------------------------


def test_two_managers_racing_an_expired_token_refresh_once(
    fake: FakeTikTok, http: list[httpx.Client], tmp_path: Path, lock_waiting: threading.Event
) -> None:
    TokenStore(SecretStore()).save(expired_tokens(fake))
    first, second = (manager(fake, http, tmp_path / "refresh.lock") for _ in range(2))
    arrived, release = threading.Event(), threading.Event()

    def hold_refresh(endpoint: str) -> None:  # the first refresh stays in flight until the second one waits
        if endpoint == "oauth/token":
            arrived.set()
            release.wait(BOUND)

    fake.on_request = hold_refresh
    results: dict[str, str | Exception] = {}

    def run(name: str, m: TokenManager) -> None:
        try:
            results[name] = m.access_token()
        except AppError as e:
            results[name] = e

    threads = [
        threading.Thread(target=run, args=("first", first)),
        threading.Thread(target=run, args=("second", second)),
    ]
    threads[0].start()
    try:
        assert arrived.wait(BOUND)
        threads[1].start()
        assert lock_waiting.wait(BOUND), "the second manager did not wait for the first one's refresh"
    finally:
        release.set()
        for t in threads:
            t.join(BOUND)
    stored = TokenStore(SecretStore()).load()
    assert results == {"first": stored.access_token, "second": stored.access_token}
    assert refreshes(fake) == 1 and live(fake, stored)
    assert (first.refreshes, second.refreshes) == (1, 0)


# -- (b) two real processes ---------------------------------------------------------------------------------------

SCRIPT = r"""
import json, logging, sys
from pathlib import Path

import httpx

from tiktok_desktop.auth.manager import TokenManager
from tiktok_desktop.auth.oauth import OAuthConfig, TokenClient
from tiktok_desktop.auth.secrets import SecretStore, TokenStore
from tiktok_desktop.auth.tokens import parse_token_response
from tiktok_desktop.net.http import RetryPolicy


class Say(logging.Handler):
    def emit(self, record):
        if record.getMessage().startswith("waiting for"):
            print("waiting", flush=True)


logger = logging.getLogger("tiktok_desktop.core.file_lock")
logger.addHandler(Say())
logger.setLevel(logging.INFO)
command, base, key, secret, lock = sys.argv[1:6]
store = TokenStore(SecretStore())
if command == "seed":
    store.save(parse_token_response(json.loads(sys.stdin.readline())))
elif command == "show":
    t = store.load()
    print(json.dumps(t and [t.access_token, t.refresh_token, t.access_fresh()]))
else:
    with httpx.Client() as http:
        config = OAuthConfig(key, secret, base + "/v2/auth/authorize/", base)
        manager = TokenManager(store, TokenClient(config, http, RetryPolicy(base_delay=0)), lock_path=Path(lock))
        print("ready", flush=True)
        sys.stdin.readline()
        print("token", manager.access_token(), flush=True)
"""


def test_two_processes_racing_an_expired_token_refresh_once(fake: FakeTikTok, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",  # a keyring the processes share
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "HOME": str(tmp_path / "home"),
    }
    args = [fake.base, fake.client_key, fake.client_secret, str(tmp_path / "data" / "tiktok-desktop.lock")]

    def script(command: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, command, *args],
            input=stdin,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done

    fake.access_lifetime = 0
    script("seed", json.dumps(fake._issue(fake.open_id, {"user.info.basic", "video.list"})) + "\n")
    fake.access_lifetime = 86_400

    errors = [tmp_path / f"race{i}.err" for i in range(2)]

    def stderr() -> str:
        return " | ".join(e.read_text() for e in errors)

    lines: queue.Queue[tuple[int, str]] = queue.Queue()

    def read(i: int, p: subprocess.Popen[str]) -> None:
        assert p.stdout is not None
        for line in p.stdout:
            lines.put((i, line.strip()))

    def next_line(expected: str) -> int:
        try:
            i, line = lines.get(timeout=BOUND)
        except queue.Empty:
            raise AssertionError(f"no {expected!r} line: {stderr()}") from None
        assert line == expected, stderr()
        return i

    arrived, release = threading.Event(), threading.Event()

    def hold_refresh(endpoint: str) -> None:
        if endpoint == "oauth/token":
            arrived.set()
            release.wait(BOUND)

    with contextlib.ExitStack() as stack:
        procs = [
            stack.enter_context(
                subprocess.Popen(
                    [sys.executable, "-c", SCRIPT, "race", *args],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=stack.enter_context(errors[i].open("w")),
                    env=env,
                    text=True,
                )
            )
            for i in range(2)
        ]
        readers = [threading.Thread(target=read, args=(i, p), daemon=True) for i, p in enumerate(procs)]
        for r in readers:
            r.start()
        try:
            assert {next_line("ready"), next_line("ready")} == {0, 1}  # both read the expired tokens
            fake.on_request = hold_refresh
            for p in procs:
                assert p.stdin is not None
                p.stdin.write("go\n")
                p.stdin.close()
            assert arrived.wait(BOUND)  # one process refreshes: TikTok holds its answer back...
            next_line("waiting")  # ...until the other one waits for the lock
        finally:
            release.set()
            for p in procs:
                try:
                    p.wait(BOUND)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
            for r in readers:
                r.join(BOUND)
    assert [p.returncode for p in procs] == [0, 0], stderr()
    tokens = [line.removeprefix("token ") for _, line in list(lines.queue) if line.startswith("token ")]
    access, refresh, fresh = json.loads(script("show").stdout)
    assert tokens == [access, access] and fresh
    assert refreshes(fake) == 1 and refresh in fake.refresh and access in fake.access


# -- (c) invalid_grant after another process rotated the token ----------------------------------------------------


@pytest.mark.parametrize("theirs_expired", [False, True], ids=["their-access-token-fresh", "theirs-expired-too"])
def test_invalid_grant_after_another_process_rotated_keeps_the_session(
    fake: FakeTikTok, http: list[httpx.Client], tmp_path: Path, theirs_expired: bool
) -> None:
    TokenStore(SecretStore()).save(expired_tokens(fake))
    mine = manager(fake, http, tmp_path / "mine" / "tiktok-desktop.lock")
    # a process that does not share the lock (another data folder; an older version) and read the same tokens
    theirs = manager(fake, http, tmp_path / "theirs" / "tiktok-desktop.lock")
    rotated: list[str] = []

    def they_rotate_first(endpoint: str) -> None:  # just before TikTok reads my refresh, they use the same token
        if endpoint == "oauth/token" and not rotated:
            rotated.append("theirs")
            fake.access_lifetime = 0 if theirs_expired else 86_400
            try:
                theirs.access_token()
            finally:
                fake.access_lifetime = 86_400

    fake.on_request = they_rotate_first
    token = mine.access_token()  # my refresh gets invalid_grant: their tokens are in the keyring
    stored = TokenStore(SecretStore()).load()
    assert stored is not None and token == stored.access_token and live(fake, stored)
    assert refreshes(fake) == (3 if theirs_expired else 2)  # theirs, mine refused, mine again with their token
    assert mine.refreshes == (1 if theirs_expired else 0)


def test_invalid_grant_with_nothing_newer_in_the_keyring_signs_out(
    fake: FakeTikTok, http: list[httpx.Client], tmp_path: Path
) -> None:
    TokenStore(SecretStore()).save(expired_tokens(fake))
    m = manager(fake, http, tmp_path / "tiktok-desktop.lock")
    fake.revoke_everything()  # the user removed the app's access in the TikTok app
    with pytest.raises(SignedOut):
        m.access_token()
    assert TokenStore(SecretStore()).load() is None


def test_a_sign_out_in_another_process_is_not_undone_by_a_refresh(
    fake: FakeTikTok, http: list[httpx.Client], tmp_path: Path
) -> None:
    tokens = expired_tokens(fake)
    TokenStore(SecretStore()).save(tokens)
    m = manager(fake, http, tmp_path / "tiktok-desktop.lock")
    TokenStore(SecretStore()).delete(tokens.open_id)  # `logout` in another process (its revoke failed, say)
    with pytest.raises(NotSignedIn):
        m.access_token()
    assert TokenStore(SecretStore()).load() is None and fake.token_requests == []


def test_a_rejected_token_another_process_already_replaced_is_not_refreshed(
    fake: FakeTikTok, http: list[httpx.Client], tmp_path: Path
) -> None:
    body = fake._issue(fake.open_id, {"user.info.basic"})
    TokenStore(SecretStore()).save(parse_token_response(body))
    lock = tmp_path / "tiktok-desktop.lock"
    mine, theirs = manager(fake, http, lock), manager(fake, http, lock)
    fake.access.clear()  # TikTok no longer takes the access token (expired early, say): both get a 401
    new = theirs.refresh_after_rejection(body["access_token"])
    assert mine.refresh_after_rejection(body["access_token"]) == new  # read from the keyring, not refreshed
    assert refreshes(fake) == 1


# -- (d) a failed refresh signs nobody out ------------------------------------------------------------------------


@pytest.mark.parametrize("failure, error", [("drop", NetworkError), (500, ServerError), ("garbage", MalformedResponse)])
def test_a_refresh_that_fails_on_the_way_keeps_the_tokens(
    fake: FakeTikTok, http: list[httpx.Client], tmp_path: Path, failure: int | str, error: type[Exception]
) -> None:
    tokens = expired_tokens(fake)
    TokenStore(SecretStore()).save(tokens)
    m = manager(fake, http, tmp_path / "tiktok-desktop.lock")
    fake.fail_next("oauth/token", *[failure] * NO_WAIT.attempts)
    with pytest.raises(error):
        m.access_token()
    assert TokenStore(SecretStore()).load() == tokens
    assert m.access_token() == TokenStore(SecretStore()).load().access_token  # the next try refreshes
    assert live(fake, TokenStore(SecretStore()).load())


def test_a_lock_held_too_long_keeps_the_tokens_and_sends_nothing(
    fake: FakeTikTok, http: list[httpx.Client], tmp_path: Path
) -> None:
    tokens = expired_tokens(fake)
    TokenStore(SecretStore()).save(tokens)
    lock = tmp_path / "tiktok-desktop.lock"
    m = manager(fake, http, lock, lock_wait=0.2)
    with FileLock(lock), pytest.raises(LockBusy):  # a process stuck while refreshing
        m.access_token()
    assert TokenStore(SecretStore()).load() == tokens and fake.token_requests == []


# -- (e) sign-out revokes with a live access token -------------------------------------------------------------------


@pytest.fixture
def official_ctx(isolated: Paths, fake: FakeTikTok) -> AppContext:
    env = {
        "TIKTOK_CLIENT_KEY": fake.client_key,
        "TIKTOK_CLIENT_SECRET": fake.client_secret,
        "TIKTOK_AUTH_URL": fake.auth_url,
        "TIKTOK_API_BASE": fake.base,
    }
    return AppContext(isolated, Settings(isolated.settings_file, environ=env), environ=env)


def test_sign_out_refreshes_an_expired_access_token_before_revoking(official_ctx: AppContext, fake: FakeTikTok) -> None:
    expired = expired_tokens(fake)
    official_ctx.token_store().save(expired)
    assert sign_out(official_ctx)
    assert refreshes(fake) == 1 and len(fake.revoked_tokens) == 1
    assert fake.revoked_tokens[0] != expired.access_token and fake.revoked_tokens[0] in fake.issued
    assert fake.revoked == [fake.open_id]  # TikTok knew the token: access is revoked there
    assert official_ctx.token_store().load() is None and official_ctx.refresh_lock.exists()


def test_sign_out_with_a_fresh_token_revokes_it_without_refreshing(official_ctx: AppContext, fake: FakeTikTok) -> None:
    tokens = parse_token_response(fake._issue(fake.open_id, {"user.info.basic"}))
    official_ctx.token_store().save(tokens)
    assert sign_out(official_ctx)
    assert refreshes(fake) == 0 and fake.revoked_tokens == [tokens.access_token]


@pytest.mark.parametrize("failure", ["drop", "revoked"])
def test_sign_out_happens_locally_when_the_refresh_fails(
    official_ctx: AppContext, fake: FakeTikTok, failure: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tiktok_desktop.auth.oauth.RetryPolicy", lambda: NO_WAIT)  # sign_out's client: no waits
    official_ctx.token_store().save(expired_tokens(fake))
    if failure == "drop":
        fake.fail_next("oauth/token", *["drop"] * 4)
    else:
        fake.revoke_everything()
    assert sign_out(official_ctx)
    assert official_ctx.token_store().load() is None and fake.revoked_tokens == []
