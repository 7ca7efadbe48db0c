"""A server's error text reaches the terminal as one plain line: the real CLI against a fake TikAPI whose error
messages carry terminal escape sequences, a bidi override and CR/LF."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from helpers.fake_tikapi import FakeTikApi


@pytest.fixture
def hostile() -> Iterator[FakeTikApi]:
    server = FakeTikApi(escape_errors=True).start()
    yield server
    server.stop()


def test_server_error_text_cannot_drive_the_terminal(hostile: FakeTikApi) -> None:
    env = {**os.environ, "TIKAPI_BASE": hostile.base, "TIKAPI_KEY": "WrongKey12345"}
    result = subprocess.run(
        [sys.executable, "-m", "tiktok_desktop", "sync", "--source", "tikapi", "--username", "chef.wang"],
        env=env,
        capture_output=True,  # bytes: exactly what a terminal would receive
        timeout=120,
    )
    assert result.returncode == 1
    err = result.stderr
    assert err.endswith(b"\n") and err.count(b"\n") == 1, err  # exactly one line
    assert not any(b < 0x20 for b in err[:-1]), err  # no control byte but the final newline (ESC, BEL, CR...)
    assert b"\x1b" not in err and b"Traceback" not in err
    line = err.decode("utf-8")
    assert not any(0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E for c in line), ascii(line)  # C1, bidi
    assert "[31" not in line and "pwned" not in line  # whole sequences gone, not just their ESC
    # the readable part of the server's message is still there
    assert line == (
        "tiktok-desktop: TikAPI refused the API key (Invalid API key FAKE: retry later). "
        "Check your TikAPI key in the settings.\n"
    )


def test_the_stderr_line_is_plain_even_when_a_param_is_not_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # defence in depth: a param that is not a str (here an exception carrying server text) is formatted as it is,
    # so the CLI strips its whole line once more
    from tiktok_desktop import cli
    from tiktok_desktop.core.errors import MalformedResponse

    def fail(*_: object) -> int:
        raise MalformedResponse(service="TikAPI", detail=ValueError("\x1b]0;pwned\x07bad\r\nfield\x9b2J"))

    monkeypatch.setattr(cli, "_cmd_status", fail)
    assert cli.main(["status"]) == 1
    err = capsys.readouterr().err
    assert err == "tiktok-desktop: TikAPI sent an answer this app cannot read (bad field).\n"
