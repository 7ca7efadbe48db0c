"""Recovering from a database the app cannot read: move it aside, never delete it."""

from __future__ import annotations

from pathlib import Path

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.errors import DataDirUnwritable
from tiktok_desktop.core.store import move_aside


def move_database_aside(ctx: AppContext) -> Path:
    try:
        return move_aside(ctx.paths.database)
    except OSError as e:
        raise DataDirUnwritable(path=str(ctx.paths.data_dir), detail=e.strerror or str(e)) from e
