"""The real program against damaged or odd local files: settings, database, log, and environment overrides.

Each failure is one plain line on stderr (a warning when the command still did its work), never a traceback,
and the user's files are kept.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tiktok_desktop.cli import _setup_logging, main
from tiktok_desktop.config import Paths


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The real program, as a user starts it (the folders come from the isolated fixture's environment)."""
    return subprocess.run(
        [sys.executable, "-m", "tiktok_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONFAULTHANDLER": "1", **env},
    )


def stderr_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    return lines[0]


def signin_env(tmp_path: Path) -> dict[str, str]:
    """Credentials and a file keyring; the sign-in URL points nowhere (--no-browser: nothing is contacted)."""
    return {
        "TIKTOK_CLIENT_KEY": "clientkey123",
        "TIKTOK_CLIENT_SECRET": "clientsecret123",
        "TIKTOK_AUTH_URL": "http://127.0.0.1:9/auth",
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "HOME": str(tmp_path / "home"),
    }


# -- (a) a stored port out of range -------------------------------------------------------------------------


@pytest.mark.parametrize("port", [70000, -1])
def test_login_with_a_stored_port_out_of_range_uses_any_free_port(isolated: Paths, tmp_path: Path, port: int) -> None:
    isolated.config_dir.mkdir(parents=True)
    isolated.settings_file.write_text(json.dumps({"version": 2, "preferences": {"redirect_port": port}}))
    result = run("login", "--no-browser", "--timeout", "1", **signin_env(tmp_path))
    assert "did not come back within 1 seconds" in stderr_line(result) and result.returncode == 1
    url = next(line for line in result.stdout.splitlines() if line.startswith("http"))
    redirect = urlsplit(parse_qs(urlsplit(url).query)["redirect_uri"][0])
    assert redirect.hostname == "127.0.0.1" and redirect.port is not None and 0 < redirect.port < 65536


# -- (b) a damaged settings file ----------------------------------------------------------------------------


def test_a_damaged_settings_file_is_kept_aside_and_reported_once(isolated: Paths) -> None:
    isolated.config_dir.mkdir(parents=True)
    damaged = "[" * 200_000
    isolated.settings_file.write_text(damaged)
    first = run("status")
    assert first.returncode == 0 and "Source: demo" in first.stdout
    line = stderr_line(first)
    assert line.startswith("tiktok-desktop: warning:") and str(isolated.settings_file) in line
    (kept,) = isolated.config_dir.glob("settings.json.broken-*")
    assert kept.read_text() == damaged and str(kept) in line
    second = run("status")
    assert second.returncode == 0 and second.stderr == ""  # said once: the file is aside now


# -- (c, d) a database with the wrong tables, or another program's file ---------------------------------------


def make_db(path: Path, script: str) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.executescript(script)
    db.close()
    return path.read_bytes()


def test_a_database_with_the_wrong_tables_is_damaged_not_an_internal_error(isolated: Paths) -> None:
    before = make_db(isolated.database, "CREATE TABLE accounts (x); PRAGMA user_version = 1;")
    result = run("sync", "--source", "demo")
    assert result.returncode == 1 and "damaged" in stderr_line(result)
    assert isolated.database.read_bytes() == before


def test_another_programs_database_is_refused_and_left_untouched(isolated: Paths) -> None:
    before = make_db(isolated.database, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
    for command in (("status",), ("sync", "--source", "demo")):
        result = run(*command)
        line = stderr_line(result)
        assert result.returncode == 1 and "another program" in line and str(isolated.database) in line
    assert isolated.database.read_bytes() == before
    assert sorted(p.name for p in isolated.data_dir.iterdir()) == [isolated.database.name]


# -- (e) environment overrides ---------------------------------------------------------------------------------


def test_an_invalid_url_override_names_the_variable(isolated: Paths, tmp_path: Path) -> None:
    tikapi = run("sync", "--source", "tikapi", "--username", "someone", TIKAPI_KEY="key123456", TIKAPI_BASE="::bad")
    assert tikapi.returncode == 1 and "TIKAPI_BASE" in stderr_line(tikapi)
    env = {**signin_env(tmp_path), "TIKTOK_API_BASE": "::bad"}
    login = run("login", "--no-browser", "--timeout", "1", **env)
    assert login.returncode == 1 and "TIKTOK_API_BASE" in stderr_line(login)
    assert login.stdout == ""  # refused before listening or printing a sign-in address


# -- (f) the settings cannot be written after a good sync -----------------------------------------------------


def test_a_sync_whose_settings_cannot_be_saved_succeeds_with_a_warning(isolated: Paths, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"  # root ignores permissions: a file where the folder should be stops it too
    blocker.write_text("x")
    result = run("sync", "--source", "demo", TIKTOK_DESKTOP_CONFIG_DIR=str(blocker / "config"))
    assert result.returncode == 0 and "Synced" in result.stdout
    line = stderr_line(result)
    assert line.startswith("tiktok-desktop: warning:") and str(blocker / "config" / "settings.json") in line
    assert "demo:" in run("status").stdout  # the synced data is stored


# -- (g) logging never prints tracebacks -------------------------------------------------------------------------


def test_a_full_cache_disk_prints_no_logging_error(isolated: Paths) -> None:
    isolated.cache_dir.mkdir(parents=True)
    isolated.log_file.symlink_to("/dev/full")  # every write fails with ENOSPC, as on a full disk
    isolated.data_dir.mkdir(parents=True)
    isolated.database.write_bytes(b"garbage" * 500)  # a command that logs its failure
    result = run("status")
    assert result.returncode == 1 and "damaged" in stderr_line(result)


@pytest.fixture
def root_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """The root logger's handlers and logging.raiseExceptions, put back after the test."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    monkeypatch.setattr(logging, "raiseExceptions", True)
    yield root
    for handler in root.handlers[:]:
        root.removeHandler(handler)
        if handler not in handlers:
            with contextlib.suppress(OSError):
                handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


class FullDisk:
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        pass


def test_a_log_write_failure_reaches_nobody(
    root_logging: logging.Logger, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    _setup_logging(tmp_path / "cache" / "app.log")
    for handler in root_logging.handlers:
        if isinstance(handler, logging.StreamHandler):
            handler.stream.close()
            handler.stream = FullDisk()
    logging.getLogger("tiktok_desktop.test").error("one line that cannot be written")
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("tiktok_desktop.test").exception("with a traceback")
    _setup_logging(tmp_path / "cache" / "again.log")  # closing the broken handler fails too: quietly
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("where", ["file", "nul"])
def test_logging_setup_never_fails(root_logging: logging.Logger, tmp_path: Path, where: str) -> None:
    (tmp_path / "file").write_text("x")
    log_file = tmp_path / "file" / "app.log" if where == "file" else Path(str(tmp_path) + "/bad\x00dir/app.log")
    _setup_logging(log_file)
    logging.getLogger("tiktok_desktop.test").warning("goes nowhere, quietly")


def test_the_settings_warning_is_one_line_in_process(
    isolated: Paths, root_logging: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated.config_dir.mkdir(parents=True)
    isolated.settings_file.write_text("{broken")
    assert main(["status"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and re.match(r"tiktok-desktop: warning: .*settings\.json", err)
