"""Fakes for the scheduled-job installer: a recording systemctl, and a `crontab` program on PATH."""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Sequence
from pathlib import Path

# crontab -l / crontab - over one file, as the real one does for the user's crontab (absolute paths only: the
# tests put this folder alone on PATH)
FAKE_CRONTAB = """#!/bin/sh
store={store}
case "$1" in
  -l) if [ -f "$store" ]; then /bin/cat "$store"; else echo "no crontab for me" >&2; exit 1; fi ;;
  -) /bin/cat > "$store" ;;
  *) echo "usage: crontab [-l | -]" >&2; exit 1 ;;
esac
"""


def fake_crontab(folder: Path) -> Path:
    """A folder holding only `crontab` (put it alone on PATH: no systemctl then); its table is crontab.txt."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "crontab"
    program.write_text(FAKE_CRONTAB.format(store=shlex.quote(str(folder / "crontab.txt"))))
    program.chmod(0o755)
    return folder / "crontab.txt"


class FakeSystemctl:
    """A `run` for Scheduler: a user systemd that answers (or refuses `refuse`), recording every command."""

    def __init__(self, refuse: str = "", error: str = "Failed to connect to bus: No medium found") -> None:
        self.calls: list[list[str]] = []
        self.refuse, self.error = refuse, error

    def __call__(self, argv: Sequence[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        argv = list(argv)
        self.calls.append(argv)
        if argv[0] != "systemctl":
            raise FileNotFoundError(argv[0])
        if self.refuse and self.refuse in argv:
            return subprocess.CompletedProcess(argv, 1, "", self.error + "\n")
        return subprocess.CompletedProcess(argv, 0, "", "")

    def systemctl(self) -> list[list[str]]:
        return [c[2:] for c in self.calls if c[0] == "systemctl" and c[2] != "show-environment"]
