"""Installing and removing the scheduled job: systemd user units in a temporary XDG_CONFIG_HOME (systemctl
recorded), a crontab line through a fake `crontab` program, and the Windows and macOS commands."""

from __future__ import annotations

import os
import plistlib
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest
from helpers.scheduler import FakeSystemctl, fake_crontab

from tiktok_desktop.app.schedule.install import Scheduler
from tiktok_desktop.app.schedule.job import NAME, SYNC_ARGS, Job
from tiktok_desktop.core.errors import ScheduleInstallFailed, ScheduleRemoveFailed

JOB = Job(("/opt/tiktok desktop/tiktok-desktop", *SYNC_ARGS), (), "1h")


def test_systemd_units_go_to_xdg_config_home_and_the_timer_is_enabled(tmp_path: Path) -> None:
    systemctl = FakeSystemctl()
    scheduler = Scheduler({"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "HOME": str(tmp_path)}, run=systemctl)
    where = scheduler.install(JOB)
    units = tmp_path / "cfg" / "systemd" / "user"
    assert where == str(units / f"{NAME}.timer")
    assert (units / f"{NAME}.service").read_text().count("ExecStart=") == 1
    assert systemctl.systemctl() == [["daemon-reload"], ["enable", "--now", f"{NAME}.timer"]]
    scheduler.remove()
    assert not list(units.iterdir())
    assert systemctl.systemctl()[2:] == [["disable", "--now", f"{NAME}.timer"], ["daemon-reload"]]
    scheduler.remove()  # nothing installed: nothing to do, no error
    assert len(systemctl.systemctl()) == 4


def test_a_refusing_systemctl_gives_one_clear_error(tmp_path: Path) -> None:
    scheduler = Scheduler({"XDG_CONFIG_HOME": str(tmp_path)}, run=FakeSystemctl(refuse="enable"))
    with pytest.raises(ScheduleInstallFailed) as failed:
        scheduler.install(JOB)
    assert failed.value.english() == (
        "The scheduled sync could not be set up (systemctl --user enable: Failed to connect to bus: No medium "
        "found). The app still collects while it is open."
    )
    with pytest.raises(ScheduleRemoveFailed):
        Scheduler({"XDG_CONFIG_HOME": str(tmp_path)}, run=FakeSystemctl(refuse="disable", error="boom")).remove()


def test_without_systemd_a_crontab_line_is_added_replaced_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = fake_crontab(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # no systemctl on PATH: no systemd user instance
    table.write_text("5 4 * * * backup --all\n")
    scheduler = Scheduler({"HOME": str(tmp_path)})
    assert not scheduler.has_systemd_user()
    assert scheduler.install(JOB) == "crontab"
    scheduler.install(Job(JOB.argv, (), "24h"))  # a new interval replaces the line
    lines = table.read_text().splitlines()
    assert lines[0] == "5 4 * * * backup --all" and len(lines) == 2
    assert lines[1].startswith("0 0 * * * '/opt/tiktok desktop/tiktok-desktop' sync --quiet --if-idle")
    scheduler.remove()
    assert table.read_text() == "5 4 * * * backup --all\n"


def test_a_first_crontab_and_no_scheduler_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = fake_crontab(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    Scheduler({"HOME": str(tmp_path)}).install(JOB)  # "no crontab for user" is an empty table
    assert len(table.read_text().splitlines()) == 1
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(ScheduleInstallFailed, match="neither a systemd user session nor crontab is available"):
        Scheduler({"HOME": str(tmp_path)}).install(JOB)
    Scheduler({"HOME": str(tmp_path)}).remove()  # nothing to remove where there is no cron


class Recorder:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.files: dict[str, bytes] = {}

    def __call__(self, argv: Sequence[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        self.calls.append(list(argv))
        for word in argv:
            if word.endswith((".xml", ".plist")) and os.path.exists(word):
                self.files[word] = Path(word).read_bytes()
        return subprocess.CompletedProcess(list(argv), 0, "", "")


def test_windows_creates_and_deletes_the_task_from_utf16_xml(tmp_path: Path) -> None:
    recorder = Recorder()
    scheduler = Scheduler({"HOME": str(tmp_path)}, run=recorder, platform="win32")
    scheduler.install(JOB)
    ((xml_path, xml),) = recorder.files.items()
    assert recorder.calls[0] == ["schtasks", "/Create", "/TN", "TikTok Creator Desktop sync", "/XML", xml_path, "/F"]
    assert xml.startswith(b"\xff\xfe") and "PT1H" in xml.decode("utf-16")
    scheduler.remove()
    assert recorder.calls[1] == ["schtasks", "/Delete", "/TN", "TikTok Creator Desktop sync", "/F"]


def test_macos_writes_the_agent_and_bootstraps_it(tmp_path: Path) -> None:
    recorder = Recorder()
    scheduler = Scheduler({"HOME": str(tmp_path)}, run=recorder, platform="darwin", uid=501)
    scheduler.install(JOB)
    agent = tmp_path / "Library" / "LaunchAgents" / "com.tiktok-desktop.sync.plist"
    assert plistlib.loads(agent.read_bytes())["ProgramArguments"] == list(JOB.argv)
    assert recorder.calls == [["launchctl", "bootstrap", "gui/501", str(agent)]]
    scheduler.remove()
    assert recorder.calls[1] == ["launchctl", "bootout", "gui/501/com.tiktok-desktop.sync"] and not agent.exists()
