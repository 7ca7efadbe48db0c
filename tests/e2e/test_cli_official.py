"""The real `login`, `sync` and `logout` commands against the fake TikTok, with a browser following the redirect."""

from __future__ import annotations

import base64
import configparser
import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from helpers.cli import browser_script, cli, env_for, scripted_browser
from helpers.fake_tiktok import FakeTikTok

HELPERS = Path(__file__).resolve().parents[1] / "helpers"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def fake():
    server = FakeTikTok(videos=45).start()
    yield server
    server.stop()


def keyring_values(path: Path) -> dict[str, str]:
    """The entries of keyrings.alt's PlaintextKeyring file (values are base64, names escaped)."""
    parser = configparser.RawConfigParser()
    parser.read(path)
    return {
        name: base64.b64decode(value).decode() for section in parser.sections() for name, value in parser.items(section)
    }


def files_containing(root: Path, needles: list[str], skip: Path) -> list[str]:
    forms = [(n, f) for n in needles for f in (n.encode(), base64.b64encode(n.encode()))]
    found = []
    for path in root.rglob("*"):
        if path.is_file() and path != skip:
            data = path.read_bytes()
            found += [f"{path}: {n[:8]}…" for n, f in forms if f in data]
    return found


def run_flow(fake: FakeTikTok, tmp_path: Path, browser: str) -> None:
    env = env_for(fake, tmp_path, browser)
    login = cli(env, "login", "--timeout", "60")
    assert login.returncode == 0, login.stderr
    assert "Signed in as @fake.creator" in login.stdout
    assert fake.auth_url + "?" in login.stdout  # the URL is always printed too

    sync = cli(env, "sync", "--source", "official")
    assert sync.returncode == 0, sync.stderr
    assert "Synced 45 videos of official:" in sync.stdout
    status = cli(env, "status")
    assert "official:" in status.stdout and "@fake.creator" in status.stdout

    # the access token dies (expired, say): the next sync refreshes it, and the rotated refresh token is kept
    fake.access.clear()
    again = cli(env, "sync", "--source", "official")
    assert again.returncode == 0, again.stderr

    keyring_file = Path(env["XDG_DATA_HOME"]) / "python_keyring" / "keyring_pass.cfg"
    stored = keyring_values(keyring_file)
    live_refresh = next(iter(fake.refresh))
    assert live_refresh in stored.values()  # the rotated one, not the first
    assert all(len(v.encode()) < 2560 for v in stored.values())
    secrets = fake.issued + [fake.client_secret]
    assert files_containing(tmp_path, secrets, skip=keyring_file) == []
    for out in (login, sync, status, again):
        assert not [s for s in secrets if s in out.stdout + out.stderr]

    # TikTok side revoked access (the user removed the app in the TikTok app): one clear line, data kept
    fake.revoke_everything()
    revoked = cli(env, "sync", "--source", "official")
    assert revoked.returncode == 1 and revoked.stderr.count("\n") == 1
    assert "expired or access was revoked" in revoked.stderr
    assert "official:" in cli(env, "status").stdout

    login_again = cli(env, "login", "--timeout", "60")
    assert login_again.returncode == 0, login_again.stderr
    logout = cli(env, "logout")
    assert logout.returncode == 0 and "Signed out." in logout.stdout
    assert fake.revoked == [fake.open_id]
    assert not [v for v in keyring_values(keyring_file).values() if v.startswith(("act.", "rft."))]


def test_login_sync_logout_with_a_scripted_browser(fake: FakeTikTok, tmp_path: Path) -> None:
    run_flow(fake, tmp_path, scripted_browser(tmp_path))
    assert fake.token_requests[0]["grant_type"] == "authorization_code"


def test_login_sync_logout_with_headless_chromium(fake: FakeTikTok, tmp_path: Path) -> None:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs it with `make system-deps`")
        pytest.skip("chromium is not installed (sudo make system-deps)")
    profile = tmp_path / "chromium-profile"
    browser = (
        f"{CHROMIUM} --headless --no-sandbox --disable-gpu --disable-background-networking --disable-quic "
        f"--no-first-run --disable-component-update --disable-sync --user-data-dir={profile} --dump-dom"
    )
    run_flow(fake, tmp_path, browser_script(tmp_path, browser))


def test_login_failures_are_one_clear_line(fake: FakeTikTok, tmp_path: Path) -> None:
    env = env_for(fake, tmp_path, scripted_browser(tmp_path))
    fake.deny = True
    refused = cli(env, "login", "--timeout", "30")
    assert refused.returncode == 1 and "refused" in refused.stderr and refused.stderr.count("\n") == 1
    fake.deny = False

    wrong_secret = cli({**env, "TIKTOK_CLIENT_SECRET": "wrong"}, "login", "--timeout", "30")
    assert wrong_secret.returncode == 1 and "rejected the client key or client secret" in wrong_secret.stderr

    # a wrong client key: TikTok shows an error page and never redirects; the flow times out and says why
    wrong_key = cli({**env, "TIKTOK_CLIENT_KEY": "nope"}, "login", "--timeout", "2")
    assert wrong_key.returncode == 1 and "http://127.0.0.1:*/callback/" in wrong_key.stderr
    assert "Traceback" not in refused.stderr + wrong_secret.stderr + wrong_key.stderr

    no_browser = cli(env, "login", "--no-browser", "--timeout", "1")
    assert fake.auth_url in no_browser.stdout and no_browser.returncode == 1

    no_keyring = cli({**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}, "login")
    assert no_keyring.returncode == 1 and "this cannot be saved" in no_keyring.stderr
    assert "kept only until" not in no_keyring.stderr  # the command line keeps no sign-in, not even for this run


def test_login_succeeds_while_idle_clients_hold_connections_to_the_listener(fake: FakeTikTok, tmp_path: Path) -> None:
    """A local process that connects to the callback port and sends nothing (or half a request line) must not
    keep the browser's redirect out: the login completes well before its timeout."""
    env = env_for(fake, tmp_path, "false")  # --no-browser: nothing may launch it
    stderr = tmp_path / "login.err"
    with stderr.open("w") as err:
        login = subprocess.Popen(
            [sys.executable, "-m", "tiktok_desktop", "login", "--no-browser", "--timeout", "20"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in login.stdout], daemon=True)
    reader.start()
    try:
        url = ""
        while not url.startswith(fake.auth_url + "?"):
            url = lines.get(timeout=60).strip()  # the CLI prints the URL, then waits for the redirect
        redirect_uri = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        port = urlsplit(redirect_uri).port
        assert port
        with (
            socket.create_connection(("127.0.0.1", port), timeout=5) as idle,
            socket.create_connection(("127.0.0.1", port), timeout=5) as half,
        ):
            half.sendall(b"GET /callback/?code=x&sta")
            browser = subprocess.run(
                [sys.executable, str(HELPERS / "follow_redirects.py"), url], capture_output=True, timeout=60
            )
            login.wait(timeout=60)
            assert idle.fileno() != -1
    finally:
        if login.poll() is None:
            login.kill()
            login.wait(timeout=10)
        reader.join(10)
        login.stdout.close()
    out = "".join(lines.queue)
    assert login.returncode == 0, stderr.read_text()
    assert browser.returncode == 0, browser.stderr
    assert "Signed in as @fake.creator" in out


def test_two_syncs_at_once_with_a_dead_access_token_keep_the_user_signed_in(fake: FakeTikTok, tmp_path: Path) -> None:
    """The open app's auto-refresh and a scheduled `sync` (here: two `sync`s) refresh the same single-use token."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    env = env_for(fake, tmp_path, scripted_browser(tmp_path))
    login = cli(env, "login", "--timeout", "60")
    assert login.returncode == 0, login.stderr
    first = cli(env, "sync", "--source", "official")  # the database exists, as when the app has been used
    assert first.returncode == 0, first.stderr
    fake.access.clear()  # the access token dies: each sync gets a 401 and refreshes
    rejected, both_rejected, count = threading.Lock(), threading.Event(), [0]

    def hold_refresh_until_both_were_rejected(endpoint: str) -> None:
        # both processes read the old tokens before either stores new ones (bounded: the test fails, never hangs)
        if endpoint == "user/info":
            with rejected:
                count[0] += 1
                if count[0] == 2:
                    both_rejected.set()
        elif endpoint == "oauth/token":
            both_rejected.wait(15)  # shorter than the client's read timeout: a failure stays a clear one

    fake.on_request = hold_refresh_until_both_were_rejected
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda _: cli(env, "sync", "--source", "official"), range(2)))
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "Synced 45 videos of official:" in run.stdout
    assert both_rejected.is_set()
    assert sum(r["grant_type"] == "refresh_token" for r in fake.token_requests) == 1
    stored = keyring_values(Path(env["XDG_DATA_HOME"]) / "python_keyring" / "keyring_pass.cfg")
    assert list(fake.refresh) == [v for v in stored.values() if v.startswith("rft.")]  # the live one, kept
    assert cli(env, "sync", "--source", "official").returncode == 0  # still signed in


def test_sync_stores_the_ai_generated_label_and_export_csv_shows_it(fake: FakeTikTok, tmp_path: Path) -> None:
    import csv
    import sqlite3

    env = {**env_for(fake, tmp_path, scripted_browser(tmp_path)), "TIKTOK_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    assert cli(env, "login", "--timeout", "60").returncode == 0
    sync = cli(env, "sync", "--source", "official")
    assert sync.returncode == 0, sync.stderr
    labelled = {r["id"]: r["is_aigc"] for r in fake.video_rows}
    assert any(labelled.values()) and not all(labelled.values())

    db = sqlite3.connect(tmp_path / "data" / "tiktok-desktop.sqlite3")
    try:
        stored = dict(db.execute("SELECT video_id, ai_generated FROM videos").fetchall())
    finally:
        db.close()
    assert stored == {video_id: int(flag) for video_id, flag in labelled.items()}  # 1 and 0: none left unknown

    out = tmp_path / "videos.csv"
    export = cli(env, "export", "csv", "--out", str(out))
    assert export.returncode == 0, export.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["video_id"]: r["ai_generated"] for r in rows} == {
        video_id: "true" if flag else "false" for video_id, flag in labelled.items()
    }
