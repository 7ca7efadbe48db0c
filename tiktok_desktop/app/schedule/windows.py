"""The Windows job as text: a Task Scheduler task definition (the XML `schtasks /Create /XML` reads)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

from tiktok_desktop.app.schedule.job import DESCRIPTION, Job

TASK_NS = "http://schemas.microsoft.com/windows/2004/02/mit/task"
START = "2026-01-01T00:00:00"  # local time; the repetition counts from here


def command_and_arguments(job: Job) -> tuple[str, str]:
    """Exec's Command and Arguments. Task Scheduler sets no environment: with one, cmd.exe sets it first."""
    args = subprocess.list2cmdline(job.argv[1:])
    if not job.env:
        return job.argv[0], args
    for key, value in job.env:
        if any(c in value for c in '%"^&|<>\r\n'):
            raise ValueError(f"{key} holds a character cmd.exe cannot pass on safely")
    sets = "".join(f'set "{k}={v}"&& ' for k, v in job.env)
    return "cmd.exe", f"/d /c {sets}{subprocess.list2cmdline([job.argv[0]])} {args}"


def _add(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{TASK_NS}}}{tag}")
    if text is not None:
        element.text = text
    return element


def task_xml(job: Job) -> str:
    ET.register_namespace("", TASK_NS)
    task = ET.Element(f"{{{TASK_NS}}}Task", {"version": "1.2"})
    _add(_add(task, "RegistrationInfo"), "Description", DESCRIPTION)
    trigger = _add(_add(task, "Triggers"), "TimeTrigger")
    repetition = _add(trigger, "Repetition")
    _add(repetition, "Interval", f"PT{job.seconds // 3600}H")
    _add(repetition, "StopAtDurationEnd", "false")
    _add(trigger, "StartBoundary", START)
    _add(trigger, "Enabled", "true")
    principal = _add(_add(task, "Principals"), "Principal")
    principal.set("id", "Author")
    _add(principal, "LogonType", "InteractiveToken")  # the user's session: Credential Manager is at hand
    _add(principal, "RunLevel", "LeastPrivilege")
    settings = _add(task, "Settings")
    for tag, text in (
        ("MultipleInstancesPolicy", "IgnoreNew"),
        ("DisallowStartIfOnBatteries", "false"),
        ("StopIfGoingOnBatteries", "false"),
        ("StartWhenAvailable", "true"),  # a run missed while the computer was off happens when it is back
        ("RunOnlyIfNetworkAvailable", "true"),
        ("ExecutionTimeLimit", "PT1H"),
        ("Enabled", "true"),
    ):
        _add(settings, tag, text)
    actions = _add(task, "Actions")
    actions.set("Context", "Author")
    execute = _add(actions, "Exec")
    command, arguments = command_and_arguments(job)
    _add(execute, "Command", command)
    _add(execute, "Arguments", arguments)
    body = ET.tostring(task, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-16"?>\n' + body + "\n"
