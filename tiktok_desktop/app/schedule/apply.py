"""The use case behind the Preferences option: install, move or remove the scheduled sync to match the settings."""

from __future__ import annotations

import logging

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.schedule.install import Scheduler
from tiktok_desktop.app.schedule.job import job_for

log = logging.getLogger(__name__)


def wanted(ctx: AppContext) -> bool:
    """A job runs at the auto-refresh interval: with auto-refresh off there is none to run."""
    return bool(ctx.settings.get("scheduled_sync")) and ctx.settings.get("auto_refresh") != "off"


def apply_schedule(ctx: AppContext, scheduler: Scheduler | None = None) -> str | None:
    """Installs the job for the current interval (where it went) or removes it (None). The job syncs into this
    app's folders, named explicitly, whichever defaults the job's environment would give."""
    environ = {
        **ctx.env,
        "TIKTOK_DESKTOP_CONFIG_DIR": str(ctx.paths.config_dir),
        "TIKTOK_DESKTOP_DATA_DIR": str(ctx.paths.data_dir),
        "TIKTOK_DESKTOP_CACHE_DIR": str(ctx.paths.cache_dir),
    }
    scheduler = scheduler or Scheduler(ctx.env)
    if wanted(ctx):
        where = scheduler.install(job_for(ctx.settings.get("auto_refresh"), environ))
        log.info("scheduled sync installed (%s, every %s)", where, ctx.settings.get("auto_refresh"))
        return where
    scheduler.remove()
    log.info("scheduled sync removed")
    return None
