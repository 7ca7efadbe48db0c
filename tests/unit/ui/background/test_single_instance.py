"""One window per user and data folder: real app processes (offscreen), a crashed one's stale socket, and a
running one that does not answer."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from tiktok_desktop.config import Paths
from tiktok_desktop.ui.background.single_instance import server_name, show_running_instance

DEADLINE = 60.0


def _log(paths: Paths) -> str:
    return paths.log_file.read_text(encoding="utf-8") if paths.log_file.exists() else ""


def _wait_for(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)  # polling a condition, not a race-hiding sleep


@pytest.fixture
def app_env(isolated: Paths) -> dict[str, str]:
    isolated.config_dir.mkdir(parents=True, exist_ok=True)
    settings = {"version": 2, "account": {"wizard_done": True}, "preferences": {"auto_refresh": "1h"}}
    isolated.settings_file.write_text(json.dumps(settings))
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}


@pytest.fixture
def started(app_env: dict[str, str], isolated: Paths) -> Iterator[list[subprocess.Popen[bytes]]]:
    processes: list[subprocess.Popen[bytes]] = []
    yield processes
    for p in processes:
        if p.poll() is None:
            p.terminate()
            p.wait(30)
    QLocalServer.removeServer(server_name(isolated.data_dir))  # what a terminated or killed app left behind


def _start(env: dict[str, str], processes: list[subprocess.Popen[bytes]]) -> subprocess.Popen[bytes]:
    p = subprocess.Popen(
        [sys.executable, "-m", "tiktok_desktop"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    processes.append(p)
    return p


def test_a_second_start_shows_the_running_window_and_exits(isolated: Paths, app_env, started) -> None:
    first = _start(app_env, started)
    _wait_for(lambda: "listening for later starts" in _log(isolated), "the first app to listen")
    second = subprocess.run([sys.executable, "-m", "tiktok_desktop"], env=app_env, capture_output=True, timeout=60)
    assert second.returncode == 0 and second.stderr == b""
    assert "another start asked for the window" in _log(isolated)
    assert first.poll() is None  # the first one runs on


def test_a_crashed_apps_socket_does_not_block_the_next_start(isolated: Paths, app_env, started) -> None:
    crashed = _start(app_env, started)
    _wait_for(lambda: "listening for later starts" in _log(isolated), "the first app to listen")
    crashed.send_signal(signal.SIGKILL)  # no clean-up: its socket file stays
    crashed.wait(30)
    isolated.log_file.write_text("")
    next_one = _start(app_env, started)
    _wait_for(lambda: "listening for later starts" in _log(isolated), "the next app to listen")
    assert next_one.poll() is None
    third = subprocess.run([sys.executable, "-m", "tiktok_desktop"], env=app_env, capture_output=True, timeout=60)
    assert third.returncode == 0 and "another start asked for the window" in _log(isolated)


def test_a_start_while_the_running_app_does_not_listen_yet_waits_for_it(
    qtbot, isolated: Paths, app_env, started
) -> None:
    """The running app listens only once its window is painted: a start in between finds the window lock held,
    and asks again until the app listens, rather than opening a second window."""
    from tiktok_desktop.ui.background.single_instance import InstanceServer
    from tiktok_desktop.ui.background.window_claim import claim_window

    claim = claim_window(isolated.window_lock)  # this test is the running app, not listening yet
    assert claim.lock is not None
    server = None
    try:
        later = _start(app_env, started)
        _wait_for(lambda: "does not listen yet" in _log(isolated), "the later start to ask and wait")
        server = InstanceServer(server_name(isolated.data_dir))
        asked: list[bool] = []
        server.show_requested.connect(lambda: asked.append(True))
        qtbot.waitUntil(lambda: bool(asked), timeout=int(DEADLINE * 1000))
        assert later.wait(DEADLINE) == 0
    finally:
        if server is not None:
            server.close()
        claim.release()


def test_names_differ_by_data_folder(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")


def test_a_running_app_that_does_not_answer_does_not_block_the_start(qtbot, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    mute = QLocalServer()
    assert mute.listen(name)  # accepts, never answers (a hung app)
    try:
        started = time.monotonic()
        assert not show_running_instance(name, wait_ms=300)
        assert time.monotonic() - started < 5
    finally:
        mute.close()
    assert not show_running_instance(name, wait_ms=300)  # nobody listens at all


def test_the_answer_does_not_wait_for_a_busy_window(qtbot, tmp_path: Path, caplog) -> None:
    """The GUI thread does not process events while a later start asks (here: it waits for that start's
    process): the listener's own thread answers, and the request reaches the GUI thread once it is free."""
    from tiktok_desktop.ui.background.single_instance import InstanceServer

    name = server_name(tmp_path)
    ask = (
        "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from tiktok_desktop.ui.background.single_instance import show_running_instance as ask;"
        f"sys.exit(0 if ask({name!r}, 10000) else 3)"
    )
    caplog.set_level(logging.INFO, logger="tiktok_desktop.ui.background.single_instance")
    server = InstanceServer(name)
    try:
        asked: list[bool] = []
        server.show_requested.connect(lambda: asked.append(True))
        qtbot.waitUntil(lambda: "listening for later starts" in caplog.text, timeout=10_000)
        later = subprocess.run([sys.executable, "-c", ask], capture_output=True, text=True, timeout=60)
        assert later.returncode == 0, later.stderr
        qtbot.waitUntil(lambda: bool(asked))
    finally:
        server.close()
    assert not show_running_instance(name, wait_ms=300)  # closed: nobody answers
