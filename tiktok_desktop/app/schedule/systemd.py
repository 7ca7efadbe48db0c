"""The Linux job as text: a systemd user service and timer, or one crontab line where there is no systemd user
instance. Quoting follows systemd.service(5) "Command lines" and crontab(5)."""

from __future__ import annotations

import shlex

from tiktok_desktop.app.schedule.job import DESCRIPTION, NAME, Job

# OnCalendar with Persistent=true: a run missed while the computer was off or asleep happens when it wakes
CALENDAR = {"1h": "hourly", "6h": "*-*-* 00/6:00:00", "24h": "daily"}
CRON_TIMES = {"1h": "0 * * * *", "6h": "0 */6 * * *", "24h": "0 0 * * *"}
CRON_MARKER = f"# {NAME}"  # ends the app's crontab line, so it can be found and removed again


def _systemd_quoted(text: str, *, exec_line: bool) -> str:
    """One word for a unit file: double-quoted with C escapes; % is a specifier, and $ expands in ExecStart."""
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("%", "%%")
    if exec_line:
        text = text.replace("$", "$$")
    return f'"{text}"'


def service_unit(job: Job) -> str:
    lines = [
        "[Unit]",
        f"Description={DESCRIPTION}",
        "",
        "[Service]",
        "Type=oneshot",
        *(f"Environment={_systemd_quoted(f'{k}={v}', exec_line=False)}" for k, v in job.env),
        "ExecStart=" + " ".join(_systemd_quoted(a, exec_line=True) for a in job.argv),
        "Nice=10",
        "TimeoutStartSec=30min",
        "",
    ]
    return "\n".join(lines)


def timer_unit(job: Job) -> str:
    return "\n".join(
        [
            "[Unit]",
            f"Description={DESCRIPTION} (every {job.interval})",
            "",
            "[Timer]",
            f"OnCalendar={CALENDAR[job.interval]}",
            "Persistent=true",
            "RandomizedDelaySec=2min",
            f"Unit={NAME}.service",
            "",
            "[Install]",
            "WantedBy=timers.target",
            "",
        ]
    )


def cron_line(job: Job) -> str:
    """`MIN HOUR * * * VAR='..' '/path/program' sync ... # tiktok-desktop-sync`; cron runs the command with sh,
    where an unescaped % would end the command."""
    words = [f"{k}={shlex.quote(v)}" for k, v in job.env] + [shlex.quote(a) for a in job.argv]
    command = " ".join(words).replace("%", "\\%")
    return f"{CRON_TIMES[job.interval]} {command} {CRON_MARKER}"


def without_our_line(crontab: str) -> list[str]:
    """The user's crontab lines minus the app's."""
    return [line for line in crontab.splitlines() if not line.rstrip().endswith(CRON_MARKER)]
