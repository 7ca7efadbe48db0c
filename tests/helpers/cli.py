"""Running the real program in end-to-end tests: the command, its one error line, a signed-in environment."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from .fake_tiktok import FakeTikTok

HELPERS = Path(__file__).resolve().parent


def cli(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tiktok_desktop", *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def one_error_line(result: subprocess.CompletedProcess[str], exit_code: int | None = 1) -> str:
    """The one line on stderr of a command that failed (with `exit_code`; None: any non-zero), no traceback."""
    if exit_code is None:
        assert result.returncode != 0, result.stdout + result.stderr
    else:
        assert result.returncode == exit_code, (result.returncode, result.stdout + result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def browser_script(tmp_path: Path, command: str) -> str:
    """$BROWSER names one program (Python's webbrowser passes the URL as its only argument): wrap the command."""
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\nexec {command} "$1"\n')
    script.chmod(0o755)
    return str(script)


def scripted_browser(tmp_path: Path) -> str:
    """A browser that follows TikTok's redirects to the app's listener (helpers/follow_redirects.py)."""
    return browser_script(
        tmp_path, f"{shlex.quote(sys.executable)} {shlex.quote(str(HELPERS / 'follow_redirects.py'))}"
    )


def env_for(fake: FakeTikTok, tmp_path: Path, browser: str) -> dict[str, str]:
    """The environment of a user of `fake`, with a file keyring the test's processes share."""
    return {
        **os.environ,
        "TIKTOK_CLIENT_KEY": fake.client_key,
        "TIKTOK_CLIENT_SECRET": fake.client_secret,
        "TIKTOK_AUTH_URL": fake.auth_url,
        "TIKTOK_API_BASE": fake.base,
        "BROWSER": browser,
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "HOME": str(tmp_path / "home"),
    }


def signed_in_env(fake: FakeTikTok, tmp_path: Path) -> dict[str, str]:
    """The environment of a user signed in with `login` (a scripted browser follows TikTok's redirect)."""
    env = env_for(fake, tmp_path, scripted_browser(tmp_path))
    login = cli(env, "login", "--timeout", "60")
    assert login.returncode == 0, login.stderr
    return env
