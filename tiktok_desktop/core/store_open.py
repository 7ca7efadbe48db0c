"""Opening the database: refuse what is not ours, switch to WAL, and bring an older schema up to date (the
one-time rebuild into compact history included)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tiktok_desktop.core.errors import DataDirUnwritable
from tiktok_desktop.core.progress import ProgressCallback
from tiktok_desktop.core.store_compact import compact_file
from tiktok_desktop.core.store_file import check_ours, enable_wal, sql_errors
from tiktok_desktop.core.store_schema import APPLICATION_ID, COMPACT_VERSION, MIGRATIONS, SCHEMA_VERSION


def open_database(path: Path | str, progress: ProgressCallback, now: int) -> sqlite3.Connection:
    """A connection to the database at path (or ":memory:"), at SCHEMA_VERSION; `now` sets the compaction's tiers."""
    if path != ":memory:":
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DataDirUnwritable(path=str(Path(path).parent), detail=e.strerror or str(e)) from e
    db = _connect(path)
    try:
        with sql_errors(path):
            app_id, version = check_ours(db, path)  # before the first write: a refused file stays as is
            if 0 < version < COMPACT_VERSION and path != ":memory:":
                # a history from before compaction: rebuilt into a compact file that replaces this one once
                # complete. Before anything else touches it (switching it to WAL would leave a -wal file
                # behind for the new one), and the rebuild needs it to itself, this connection included.
                db.close()
                compact_file(Path(path), now, progress)
                db = _connect(path)
                app_id, version = check_ours(db, path)
            _settings(db, path)
            for target in range(version, SCHEMA_VERSION):  # COMPACT_MIGRATION itself: only for a new file
                _migrate(db, target)
            if app_id != APPLICATION_ID and version == SCHEMA_VERSION:  # ours from before the id: stamp it
                db.execute("BEGIN IMMEDIATE")
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute("COMMIT")
    except BaseException:
        db.close()
        raise
    return db


def _connect(path: Path | str) -> sqlite3.Connection:
    with sql_errors(path):
        return sqlite3.connect(str(path), isolation_level=None, timeout=10, detect_types=sqlite3.PARSE_COLNAMES)


def _settings(db: sqlite3.Connection, path: Path | str) -> None:
    if path != ":memory:":
        enable_wal(db)
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")


def _migrate(db: sqlite3.Connection, target: int) -> None:
    db.execute("BEGIN IMMEDIATE")
    try:
        # another process may have run this step while we waited for the write lock
        if db.execute("PRAGMA user_version").fetchone()[0] <= target:
            for statement in MIGRATIONS[target].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {target + 1}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
