"""The database file when things go wrong: sqlite3 errors as the typed errors of core.errors, a file that is not
ours (or not in our shape) refused before anything is written, and a broken file moved aside so that a fresh one
can be created."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tiktok_desktop.core.errors import DataDirUnwritable, DiskFull, StoreCorrupt, StoreForeign, StoreTooNew
from tiktok_desktop.core.store_schema import APPLICATION_ID, SCHEMA_VERSION, expected_tables, tables_of


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


def check_ours(db: sqlite3.Connection, path: Path | str) -> tuple[int, int]:
    """(application_id, user_version) of a database this app can use; reads only, writes nothing.

    StoreForeign for another program's file: another application_id, or tables of which none is ours (a file
    from before the id existed has id 0 and exactly our tables). StoreCorrupt for our file with the wrong tables
    (a query would fail on them later), StoreTooNew for one of a newer schema.
    """
    db.execute("BEGIN")  # one snapshot: another process may be creating the tables right now
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = tables_of(db)
    finally:
        if db.in_transaction:
            db.execute("ROLLBACK")
    if app_id not in (0, APPLICATION_ID):
        raise StoreForeign(path=str(path))
    foreign = app_id == 0 and bool(tables) and not tables.keys() & expected_tables(SCHEMA_VERSION).keys()
    if foreign:
        raise StoreForeign(path=str(path))
    if version > SCHEMA_VERSION:
        raise StoreTooNew(path=str(path), found=version, supported=SCHEMA_VERSION)
    expected = expected_tables(version)
    if tables.keys() != expected.keys() or any(not expected[name] <= columns for name, columns in tables.items()):
        raise StoreCorrupt(path=str(path))
    return app_id, version


WAL_WAIT = 10.0  # seconds, as long as a connection's own busy timeout


def enable_wal(db: sqlite3.Connection) -> None:
    """Switching a new file to WAL needs it to itself, and SQLite does not wait for that (no busy timeout):
    when several processes open a new database at once, the others retry for a while."""
    deadline = time.monotonic() + WAL_WAIT
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
        time.sleep(0.05)


def move_aside(path: Path) -> Path:
    """Renames a broken database (and its WAL files), or the settings file, so a fresh one can be created; never
    deletes anything."""
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
