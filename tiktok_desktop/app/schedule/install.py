"""Puts the scheduled job in place, or takes it away, with each system's own tools.

Linux: a systemd user timer (units in $XDG_CONFIG_HOME/systemd/user, then `systemctl --user daemon-reload` and
`enable --now`), or, where no systemd user instance answers, a line in the user's crontab (`crontab -l`, `crontab -`).
Windows: `schtasks /Create /XML`. macOS: a launchd agent, `launchctl bootstrap`. Every failure is one
ScheduleInstallFailed / ScheduleRemoveFailed naming what refused; removing also cleans up what an earlier
install left in the other Linux place.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from tiktok_desktop.app.schedule import macos, systemd, windows
from tiktok_desktop.app.schedule.job import LAUNCHD_LABEL, NAME, TASK_NAME, Job
from tiktok_desktop.core.atomic_file import ORDINARY_FILE_MODE, write_bytes_atomic
from tiktok_desktop.core.errors import ScheduleInstallFailed, ScheduleRemoveFailed
from tiktok_desktop.core.plain_text import plain_text

log = logging.getLogger(__name__)

Run = Callable[[Sequence[str], "str | None"], "subprocess.CompletedProcess[str]"]


def run_command(argv: Sequence[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), input=stdin, capture_output=True, text=True, timeout=60, check=False)


class _Refused(Exception):
    """A tool was missing, timed out or said no: `detail` says which and why."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Scheduler:
    """`run` executes a command (tests record or fake it); `environ` gives XDG_CONFIG_HOME and HOME."""

    def __init__(
        self, environ: Mapping[str, str], run: Run = run_command, platform: str = sys.platform, uid: int | None = None
    ) -> None:
        self.environ, self.run, self.platform = environ, run, platform
        self.uid = uid if uid is not None else (os.getuid() if hasattr(os, "getuid") else 0)

    @property
    def home(self) -> Path:
        return Path(self.environ.get("HOME") or Path.home())

    @property
    def unit_dir(self) -> Path:
        config = self.environ.get("XDG_CONFIG_HOME") or str(self.home / ".config")
        return Path(config) / "systemd" / "user"

    @property
    def agent_file(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"

    # -- the one entry point each way ------------------------------------------------------------------------

    def install(self, job: Job) -> str:
        """Installs `job` (replacing an earlier one); returns where it went, for the log and the user."""
        try:
            if self.platform == "win32":
                return self._install_windows(job)
            if self.platform == "darwin":
                return self._install_macos(job)
            if self.has_systemd_user():
                self._remove_cron()
                return self._install_systemd(job)
            return self._install_cron(job)
        except _Refused as e:
            log.warning("installing the scheduled sync failed: %s", e.detail)
            raise ScheduleInstallFailed(detail=e.detail) from None
        except (OSError, ValueError) as e:
            log.warning("installing the scheduled sync failed: %s", type(e).__name__)
            raise ScheduleInstallFailed(detail=_os_detail(e)) from None

    def remove(self) -> None:
        try:
            if self.platform == "win32":
                self._remove_windows()
            elif self.platform == "darwin":
                self._remove_macos()
            else:
                self._remove_systemd()
                self._remove_cron()
        except _Refused as e:
            log.warning("removing the scheduled sync failed: %s", e.detail)
            raise ScheduleRemoveFailed(detail=e.detail) from None
        except OSError as e:
            raise ScheduleRemoveFailed(detail=_os_detail(e)) from None

    # -- Linux -------------------------------------------------------------------------------------------------

    def has_systemd_user(self) -> bool:
        try:
            return self.run(["systemctl", "--user", "show-environment"], None).returncode == 0
        except (OSError, subprocess.SubprocessError):
            return False

    def _install_systemd(self, job: Job) -> str:
        self.unit_dir.mkdir(parents=True, exist_ok=True)
        for suffix, text in (("service", systemd.service_unit(job)), ("timer", systemd.timer_unit(job))):
            write_bytes_atomic(self.unit_dir / f"{NAME}.{suffix}", text.encode(), mode=ORDINARY_FILE_MODE)
        self._check(["systemctl", "--user", "daemon-reload"])
        self._check(["systemctl", "--user", "enable", "--now", f"{NAME}.timer"])
        return str(self.unit_dir / f"{NAME}.timer")

    def _remove_systemd(self) -> None:
        units = [self.unit_dir / f"{NAME}.{suffix}" for suffix in ("timer", "service")]
        if not any(u.exists() for u in units):
            return
        if self.has_systemd_user():
            self._check(["systemctl", "--user", "disable", "--now", f"{NAME}.timer"], ok_if_missing=True)
        for unit in units:
            unit.unlink(missing_ok=True)
        if self.has_systemd_user():
            self._check(["systemctl", "--user", "daemon-reload"])

    def _crontab(self) -> str:
        result = self._call(["crontab", "-l"], None)
        if result.returncode != 0:
            if "no crontab" in result.stderr.lower():
                return ""
            raise _Refused(_said("crontab -l", result))
        return result.stdout

    def _install_cron(self, job: Job) -> str:
        if not self._has("crontab"):
            raise _Refused("neither a systemd user session nor crontab is available")
        lines = systemd.without_our_line(self._crontab()) + [systemd.cron_line(job)]
        self._check(["crontab", "-"], "\n".join(lines) + "\n")
        return "crontab"

    def _remove_cron(self) -> None:
        try:
            current = self._crontab()
        except _Refused:
            if self.platform.startswith("linux") and not self._has("crontab"):
                return  # no cron at all: nothing of ours can be there
            raise
        kept = systemd.without_our_line(current)
        if len(kept) != len(current.splitlines()):
            self._check(["crontab", "-"], "".join(line + "\n" for line in kept))

    # -- Windows and macOS -------------------------------------------------------------------------------------

    def _install_windows(self, job: Job) -> str:
        with tempfile.TemporaryDirectory() as folder:
            xml = Path(folder) / "task.xml"
            xml.write_bytes(windows.task_xml(job).encode("utf-16"))
            self._check(["schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(xml), "/F"])
        return TASK_NAME

    def _remove_windows(self) -> None:
        self._check(["schtasks", "/Delete", "/TN", TASK_NAME, "/F"], ok_if_missing=True)

    def _install_macos(self, job: Job) -> str:
        self._remove_macos()
        self.agent_file.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(self.agent_file, macos.agent_plist(job), mode=ORDINARY_FILE_MODE)
        self._check(["launchctl", "bootstrap", f"gui/{self.uid}", str(self.agent_file)])
        return str(self.agent_file)

    def _remove_macos(self) -> None:
        if self.agent_file.exists():
            self._check(["launchctl", "bootout", f"gui/{self.uid}/{LAUNCHD_LABEL}"], ok_if_missing=True)
            self.agent_file.unlink(missing_ok=True)

    # -- running the tools ------------------------------------------------------------------------------------

    def _has(self, tool: str) -> bool:
        try:
            self.run([tool, "--version"], None)
        except OSError:
            return False
        except subprocess.SubprocessError:
            return True
        return True

    def _call(self, argv: list[str], stdin: str | None) -> subprocess.CompletedProcess[str]:
        try:
            return self.run(argv, stdin)
        except FileNotFoundError:
            raise _Refused(f"{argv[0]} is not installed") from None
        except subprocess.TimeoutExpired:
            raise _Refused(f"{' '.join(argv[:3])} did not answer") from None

    def _check(self, argv: list[str], stdin: str | None = None, *, ok_if_missing: bool = False) -> None:
        result = self._call(argv, stdin)
        if result.returncode == 0:
            return
        said = (result.stderr + result.stdout).lower()
        if ok_if_missing and any(w in said for w in ("not loaded", "does not exist", "not found", "no such")):
            return
        raise _Refused(_said(" ".join(argv[:3]), result))


def _said(what: str, result: subprocess.CompletedProcess[str]) -> str:
    first = next((line for line in (result.stderr or result.stdout).splitlines() if line.strip()), "")
    return plain_text(f"{what}: {first}" if first else f"{what} exited with {result.returncode}", limit=300)


def _os_detail(e: OSError | ValueError) -> str:
    if isinstance(e, OSError):
        return plain_text(f"{e.filename or ''} {e.strerror or type(e).__name__}".strip(), limit=300)
    return plain_text(str(e), limit=300)
