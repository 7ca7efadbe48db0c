"""A real X server (Xvfb) for the tests that drive the window as a person does: real pointer and key events
(XTest, through xdotool) on the xcb platform. Skipped, with the reason, only where Xvfb is not installed
(`make system-deps` installs it and xdotool)."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def xvfb(size: str = "1280x900x24") -> Iterator[str]:
    """Starts Xvfb on a free display (it picks one and writes it to -displayfd); yields ":N"."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed: `make system-deps` installs it (the tests on a real X server)")
    if shutil.which("xdotool") is None:
        pytest.fail("Xvfb is installed but xdotool is not: `make system-deps` installs both")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 20)
        number = os.read(read, 32).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not say which display it took within 20 s")
        yield ":" + number
    finally:
        os.close(read)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
