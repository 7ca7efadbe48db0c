"""The macOS job as text: a launchd agent (a property list in ~/Library/LaunchAgents)."""

from __future__ import annotations

import plistlib

from tiktok_desktop.app.schedule.job import LAUNCHD_LABEL, Job


def agent_plist(job: Job) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCHD_LABEL,
            "ProgramArguments": list(job.argv),
            "EnvironmentVariables": dict(job.env),
            "StartInterval": job.seconds,  # launchd runs a missed interval once the Mac wakes
            "RunAtLoad": False,
            "ProcessType": "Background",
            "LowPriorityIO": True,
        }
    )
