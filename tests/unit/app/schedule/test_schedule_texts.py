"""The scheduled job as each system reads it, parsed back: quoting of paths with spaces and special characters,
XML and plist validity, the packaged program when frozen."""

from __future__ import annotations

import plistlib
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tiktok_desktop.app.schedule import macos, systemd, windows
from tiktok_desktop.app.schedule.job import NAME, SYNC_ARGS, Job, job_for

ODD = '/home/me/My Apps/50% "best" $HOME\'s'  # a space, %, a double quote, $ and a single quote


def _undouble(word: str, char: str) -> str:
    """`char` doubled is the character itself; alone it would be a specifier (%) or a variable ($) to systemd."""
    parts = word.split(char * 2)
    assert all(char not in part for part in parts), f"a lone {char} in {word!r}"
    return char.join(parts)


def systemd_words(line: str, *, exec_line: bool = True) -> list[str]:
    """A line's words as systemd reads them: shell-like double quotes with \\ escapes; %% and (ExecStart) $$."""
    words = [_undouble(w, "%") for w in shlex.split(line)]
    return [_undouble(w, "$") for w in words] if exec_line else words


def unit_values(unit: str, key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in unit.splitlines() if line.startswith(key + "=")]


def test_from_source_the_job_runs_python_m_and_when_frozen_the_packaged_program() -> None:
    job = job_for("6h", {}, frozen=False, executable="/opt/py/bin/python3", platform="linux")
    assert job.argv == ("/opt/py/bin/python3", "-m", "tiktok_desktop", *SYNC_ARGS)
    frozen = job_for("6h", {}, frozen=True, executable="/opt/tiktok-desktop/tiktok-desktop", platform="linux")
    assert frozen.argv == ("/opt/tiktok-desktop/tiktok-desktop", "sync", "--quiet", "--if-idle")
    with pytest.raises(ValueError):
        job_for("off", {})


def test_only_folders_and_server_addresses_travel_never_secrets() -> None:
    environ = {"TIKTOK_DESKTOP_DATA_DIR": "/d", "TIKTOK_CLIENT_SECRET": "s3cret", "TIKAPI_KEY": "k", "HOME": "/h"}
    assert job_for("1h", environ).env == (("TIKTOK_DESKTOP_DATA_DIR", "/d"),)


def test_systemd_units_quote_every_odd_character() -> None:
    job = Job((ODD + "/python", "-m", "tiktok_desktop", *SYNC_ARGS), (("TIKTOK_DESKTOP_DATA_DIR", ODD),), "1h")
    service = systemd.service_unit(job)
    (exec_start,) = unit_values(service, "ExecStart")
    assert systemd_words(exec_start) == list(job.argv)
    (environment,) = unit_values(service, "Environment")
    assert systemd_words(environment, exec_line=False) == ["TIKTOK_DESKTOP_DATA_DIR=" + ODD]
    assert "Restart=" not in service  # a failure waits for the next timer run: no retry loop
    timer = systemd.timer_unit(job)
    assert unit_values(timer, "OnCalendar") == ["hourly"] and unit_values(timer, "Unit") == [f"{NAME}.service"]
    assert unit_values(systemd.timer_unit(Job(job.argv, (), "6h")), "OnCalendar") == ["*-*-* 00/6:00:00"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verifies_the_units(tmp_path: Path) -> None:
    """In system mode: `--user` needs a running user manager, which a CI container has not. Warnings (an unknown
    key, a command that is not executable) print to stderr with exit 0, so stderr must stay empty too."""
    program = tmp_path / "with space" / "tiktok-desktop"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    job = Job((str(program), *SYNC_ARGS), (("TIKTOK_DESKTOP_DATA_DIR", str(tmp_path / "50% data")),), "24h")
    service, timer = tmp_path / f"{NAME}.service", tmp_path / f"{NAME}.timer"
    service.write_text(systemd.service_unit(job))
    timer.write_text(systemd.timer_unit(job))
    result = subprocess.run(
        ["systemd-analyze", "verify", str(service), str(timer)], capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stderr) == (0, "")
    service.write_text(systemd.service_unit(job).replace("Type=oneshot", "Type=oneshot\nBogus=1"))
    broken = subprocess.run(["systemd-analyze", "verify", str(service)], capture_output=True, text=True, timeout=60)
    assert "Bogus" in broken.stderr  # the check sees a bad unit


def test_cron_line_runs_through_sh_with_percent_escaped() -> None:
    job = Job((ODD + "/python", *SYNC_ARGS), (("TIKTOK_DESKTOP_DATA_DIR", ODD),), "6h")
    line = systemd.cron_line(job)
    fields = line.split(" ", 5)
    assert fields[:5] == ["0", "*/6", "*", "*", "*"] and line.endswith(systemd.CRON_MARKER)
    command = fields[5].removesuffix(systemd.CRON_MARKER)
    assert "%" not in command.replace("\\%", "")
    words = shlex.split(command.replace("\\%", "%"), comments=True)
    assert words == ["TIKTOK_DESKTOP_DATA_DIR=" + ODD, ODD + "/python", *SYNC_ARGS]
    mine = "5 4 * * * backup # mine"
    assert systemd.without_our_line(f"{mine}\n{line}\n") == [mine]


def test_windows_task_xml_parses_back_with_the_program_and_interval() -> None:
    exe = r"C:\Program Files\TikTok Creator Desktop\tiktok-desktop.exe"
    xml = windows.task_xml(Job((exe, *SYNC_ARGS), (), "6h"))
    assert xml.startswith('<?xml version="1.0" encoding="UTF-16"?>')
    root = ET.fromstring(xml.encode("utf-16"))
    ns = {"t": windows.TASK_NS}
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=ns) == exe
    assert root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=ns) == "sync --quiet --if-idle"
    assert root.findtext("t:Triggers/t:TimeTrigger/t:Repetition/t:Interval", namespaces=ns) == "PT6H"
    assert root.findtext("t:Settings/t:MultipleInstancesPolicy", namespaces=ns) == "IgnoreNew"


def test_windows_folders_with_spaces_are_set_through_cmd_and_unsafe_ones_refused() -> None:
    exe = r"C:\Python 3\pythonw.exe"
    job = Job((exe, "-m", "tiktok_desktop", *SYNC_ARGS), (("TIKTOK_DESKTOP_DATA_DIR", r"D:\My Data & more"),), "1h")
    with pytest.raises(ValueError):
        windows.command_and_arguments(job)
    job = Job(job.argv, (("TIKTOK_DESKTOP_DATA_DIR", r"D:\My Data"),), "1h")
    command, arguments = windows.command_and_arguments(job)
    assert command == "cmd.exe"
    assert arguments == r'/d /c set "TIKTOK_DESKTOP_DATA_DIR=D:\My Data"&& "C:\Python 3\pythonw.exe" ' + (
        "-m tiktok_desktop sync --quiet --if-idle"
    )
    root = ET.fromstring(windows.task_xml(job).encode("utf-16"))
    assert root.findtext(f"{{{windows.TASK_NS}}}Actions/{{{windows.TASK_NS}}}Exec/{{{windows.TASK_NS}}}Arguments")


def test_launchd_plist_parses_back() -> None:
    job = Job(("/Applications/TikTok Creator Desktop.app/Contents/MacOS/tiktok-desktop", *SYNC_ARGS), (), "24h")
    job = Job(job.argv, (("TIKTOK_DESKTOP_DATA_DIR", ODD),), "24h")
    agent = plistlib.loads(macos.agent_plist(job))
    assert agent["ProgramArguments"] == list(job.argv)
    assert agent["EnvironmentVariables"] == {"TIKTOK_DESKTOP_DATA_DIR": ODD}
    assert agent["StartInterval"] == 86400 and agent["Label"] == "com.tiktok-desktop.sync"
