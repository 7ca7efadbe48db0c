"""The database file when things go wrong: sqlite3 errors as the typed errors of core.errors, and a broken
file moved aside so that a fresh one can be created."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tiktok_desktop.core.errors import DataDirUnwritable, DiskFull, StoreCorrupt


def translate(error: sqlite3.Error, path: Path | str) -> Exception:
    text = str(error).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreCorrupt(path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text:
        return DataDirUnwritable(path=str(Path(path).parent), detail=str(error))
    return error


@contextmanager
def sql_errors(path: Path | str) -> Iterator[None]:
    """Raises the sqlite3 errors of the block as the app's errors (those it knows) for the database at path."""
    try:
        yield
    except sqlite3.Error as e:
        translated = translate(e, path)
        if translated is e:
            raise
        raise translated from e


def move_aside(path: Path) -> Path:
    """Renames a broken database (and its WAL files) so a fresh one can be created; never deletes anything."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target
