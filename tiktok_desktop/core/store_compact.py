"""Compact history: what the store keeps of the snapshots, and the one-time rebuild of an older database.

The rules (README, "How history is stored"):
- The counts at any moment are those of the last snapshot at or before it. A video snapshot is written only when
  one of its counts changed since the video's previous snapshot; the `syncs` table keeps the time of every sync
  of an account, so "unchanged since" stays answerable (and gaps in the history can be told from quiet videos).
- Tiers: every snapshot of the last FULL_DAYS days (counted back from the start of the UTC day); before that, at
  most one per video per UTC day, the last of the day, and one account snapshot per day, the last of the day.
  The sync times themselves are all kept (a few bytes each).
- Thinning runs after each sync (`thin`), over the days that crossed the horizon since the previous thinning
  (`accounts.thinned_before`), so its work is bounded by what was written since then.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from tiktok_desktop.core.errors import UpgradeBusy, UpgradeDiskFull
from tiktok_desktop.core.file_lock import FileLock
from tiktok_desktop.core.progress import Progress, ProgressCallback, Stage, no_progress
from tiktok_desktop.core.store_file import sql_errors, translate
from tiktok_desktop.core.store_schema import APPLICATION_ID, COMPACT_VERSION, MIGRATIONS, expected_tables

DAY = 86_400
FULL_DAYS = 30  # every snapshot is kept this long, then one a day
UPGRADE_WAIT = 600.0  # seconds a process waits for another one converting the same database
BUSY_WAIT = 10.0  # seconds the rebuild waits for other connections to the old file to close
_CHUNK = 500  # videos a statement: under SQLite's parameter limit

SnapshotRow = tuple[str, str, int, int, int, int, int]  # account, video_id, taken_at, views, likes, comments, shares


def horizon(now: int) -> int:
    """The start of the full-resolution tier: snapshots before it are thinned to one a day."""
    return (now - FULL_DAYS * DAY) // DAY * DAY


def changed_only(
    db: sqlite3.Connection, account: str, rows: Sequence[SnapshotRow], taken_at: int
) -> tuple[list[SnapshotRow], list[str], dict[str, tuple[int, int, int, int]], set[str]]:
    """The rows whose counts differ from the video's previous snapshot (to write); the ids of the unchanged
    ones that already have a row at taken_at (saved twice in one second: that row goes, it repeats the one
    before it); each video's previous counts; the ids that have a row at taken_at already."""
    previous: dict[str, tuple[int, int, int, int]] = {}
    at_same_time: set[str] = set()
    ids = [r[1] for r in rows]
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for vid, *counts in db.execute(
            f"""SELECT s.video_id, s.views, s.likes, s.comments, s.shares FROM video_snapshots s
                WHERE s.account = ? AND s.video_id IN ({marks})
                  AND s.taken_at = (SELECT max(taken_at) FROM video_snapshots
                                    WHERE account = s.account AND video_id = s.video_id AND taken_at < ?)""",
            (account, *chunk, taken_at),
        ):
            previous[vid] = tuple(counts)
        at_same_time.update(
            r[0]
            for r in db.execute(
                f"SELECT video_id FROM video_snapshots WHERE account = ? AND taken_at = ? AND video_id IN ({marks})",
                (account, taken_at, *chunk),
            )
        )
    changed = [r for r in rows if previous.get(r[1]) != r[3:]]
    repeated = [r[1] for r in rows if previous.get(r[1]) == r[3:] and r[1] in at_same_time]
    return changed, repeated, previous, at_same_time


# a row is the last of its UTC day when no row of the same series follows it on that day
_NOT_LAST_OF_DAY = (
    "AND EXISTS (SELECT 1 FROM {table} n WHERE {same} AND n.taken_at > s.taken_at"
    " AND n.taken_at < (s.taken_at / 86400 + 1) * 86400)"
)


def thin(db: sqlite3.Connection, account: str, now: int) -> tuple[int, int] | None:
    """Thins the days that crossed the horizon since the last thinning to one snapshot a day (inside the
    caller's transaction); returns the span thinned."""
    end = horizon(now)
    row = db.execute("SELECT thinned_before FROM accounts WHERE key = ?", (account,)).fetchone()
    if row is None:
        return None
    start = row[0] or 0
    if start >= end:
        return None
    db.execute(
        "DELETE FROM account_snapshots AS s WHERE account = ? AND taken_at >= ? AND taken_at < ? "
        + _NOT_LAST_OF_DAY.format(table="account_snapshots", same="n.account = s.account"),
        (account, start, end),
    )
    same = "n.account = s.account AND n.video_id = s.video_id"
    last_of_day = (
        "DELETE FROM video_snapshots AS s WHERE account = ? AND video_id = ? AND taken_at >= ? AND taken_at < ? "
        + _NOT_LAST_OF_DAY.format(table="video_snapshots", same=same)
    )
    # once rows inside a day are gone, a day can end as the one before it ended: that row says nothing new
    repeated = """DELETE FROM video_snapshots AS s WHERE account = ? AND video_id = ? AND taken_at >= ? AND taken_at < ?
        AND EXISTS (SELECT 1 FROM video_snapshots p WHERE p.account = s.account AND p.video_id = s.video_id
                    AND p.taken_at = (SELECT max(taken_at) FROM video_snapshots
                                      WHERE account = s.account AND video_id = s.video_id AND taken_at < s.taken_at)
                    AND p.views = s.views AND p.likes = s.likes AND p.comments = s.comments AND p.shares = s.shares)"""
    ids = [r[0] for r in db.execute("SELECT video_id FROM videos WHERE account = ?", (account,))]
    for vid in ids:
        db.execute(last_of_day, (account, vid, start, end))
        db.execute(repeated, (account, vid, start, end))
    db.execute("UPDATE accounts SET thinned_before = ? WHERE key = ?", (end, account))
    return start, end


# -- the one-time rebuild of a database from before COMPACT_VERSION --------------------------------------------

# First the rows whose counts changed, one video at a time: SQLite reads a video's rows in key order (time) and a
# Python function compares each with the one before (integers only: a text argument would cost 6x). This reads
# the whole old history once; window functions over it took 3x longer (benchmarks/history.py).
_CHANGED_ROWS = """
INSERT INTO temp.changed SELECT account, video_id, taken_at, views, likes, comments, shares
FROM old.video_snapshots WHERE account = ? AND video_id = ? AND changed(views, likes, comments, shares)
ORDER BY account, video_id, taken_at
"""

# Then, over the far fewer changed rows, the tiers: the last row of each day before the horizon, and again only
# the rows that differ from the row kept before them.
_COPY_VIDEO_SNAPSHOTS = """
INSERT INTO main.video_snapshots (account, video_id, taken_at, views, likes, comments, shares)
WITH ordered AS (
    SELECT account, video_id, taken_at, views, likes, comments, shares,
           lead(taken_at) OVER (PARTITION BY account, video_id ORDER BY taken_at) AS next_t
    FROM temp.changed
), kept AS (
    SELECT * FROM ordered WHERE taken_at >= :horizon OR next_t IS NULL OR next_t / 86400 != taken_at / 86400
), marked AS (
    SELECT *, lag(views) OVER w AS pv, lag(likes) OVER w AS pl, lag(comments) OVER w AS pc,
           lag(shares) OVER w AS ps
    FROM kept WINDOW w AS (PARTITION BY account, video_id ORDER BY taken_at)
)
SELECT account, video_id, taken_at, views, likes, comments, shares FROM marked
WHERE pv IS NULL OR pv != views OR pl != likes OR pc != comments OR ps != shares
"""

_COPY_ACCOUNT_SNAPSHOTS = """
INSERT INTO main.account_snapshots (account, taken_at, followers, following, likes, video_count)
SELECT account, taken_at, followers, following, likes, video_count FROM (
    SELECT *, lead(taken_at) OVER (PARTITION BY account ORDER BY taken_at) AS next_t FROM old.account_snapshots
) WHERE taken_at >= :horizon OR next_t IS NULL OR next_t / 86400 != taken_at / 86400
"""


def upgrade_lock(path: Path) -> FileLock:
    """The lock two processes opening an old database at once share: one converts, the other waits."""
    return FileLock(path.with_name(path.name + ".upgrade-lock"), timeout=UPGRADE_WAIT)


def compact_file(path: Path, now: int, progress: ProgressCallback = no_progress) -> None:
    """Rebuilds the database at `path` (of a version before COMPACT_VERSION) into a compact one at
    COMPACT_VERSION: a new file next to it, which replaces the original only once complete. A failure (disk full
    included) leaves the original as it was and removes the partial copy."""
    progress(Progress(Stage.UPGRADE))
    with upgrade_lock(path).hold():
        with sql_errors(path):
            db = sqlite3.connect(str(path), isolation_level=None, timeout=10)
        try:
            with sql_errors(path):
                if db.execute("PRAGMA user_version").fetchone()[0] >= COMPACT_VERSION:
                    return  # another process converted it while we waited
                # the file must be ours alone: it is about to be replaced, and its WAL must not outlive it
                mode = _journal_mode(db, "DELETE")
                if mode != "delete":
                    raise UpgradeBusy(path=str(path))
                db.execute("BEGIN IMMEDIATE")  # a writer of an older app version waits rather than write to it
                version = db.execute("PRAGMA user_version").fetchone()[0]
            _rebuild(path, version, now, progress)
        finally:
            db.close()


def _journal_mode(db: sqlite3.Connection, mode: str) -> str:
    """Switches the journal mode, which needs the file to itself: another process of ours that has just read
    the old version closes its connection on its way to the upgrade lock, so busy is retried for a while."""
    deadline = time.monotonic() + BUSY_WAIT
    while True:
        try:
            found = str(db.execute(f"PRAGMA journal_mode={mode}").fetchone()[0]).lower()
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            found = "busy"
        if found == mode.lower() or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def _rebuild(path: Path, version: int, now: int, progress: ProgressCallback) -> None:
    target = path.with_name(path.name + ".compacting")
    _remove(target)  # the leftover of a conversion that was interrupted
    try:
        with sql_errors(path):
            new = sqlite3.connect(str(target), isolation_level=None)
        try:
            with sql_errors(path):
                _fill(new, path, version, now, progress)
        finally:
            new.close()
        with open(target, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(target, path)
        _sync_folder(path.parent)
    except BaseException as e:
        _remove(target)
        error = translate(e, path) if isinstance(e, sqlite3.Error) else e
        if _is_disk_full(error):
            raise UpgradeDiskFull(path=str(path), needed=max(1, round(path.stat().st_size / 1e6))) from e
        raise


def _fill(new: sqlite3.Connection, old_path: Path, version: int, now: int, progress: ProgressCallback) -> None:
    new.execute("PRAGMA journal_mode=OFF")  # a crash leaves a partial copy that the next attempt discards
    new.execute("PRAGMA synchronous=OFF")  # flushed once, before it replaces the original
    for migration in MIGRATIONS[:COMPACT_VERSION]:
        new.executescript(migration)
    new.execute("ATTACH DATABASE ? AS old", (str(old_path),))  # read only: nothing below writes to it
    new.execute("BEGIN")
    cut = horizon(now)
    for name, columns in expected_tables(version).items():
        if name in ("video_snapshots", "account_snapshots"):
            continue
        cols = ", ".join(sorted(columns))
        new.execute(f"INSERT INTO main.{name} ({cols}) SELECT {cols} FROM old.{name}")
    new.execute(_COPY_ACCOUNT_SNAPSHOTS, {"horizon": cut})
    new.execute(
        """INSERT OR IGNORE INTO main.syncs (account, taken_at)
           SELECT account, taken_at FROM old.account_snapshots
           UNION SELECT key, last_sync_at FROM old.accounts WHERE last_sync_at IS NOT NULL"""
    )
    new.execute("UPDATE main.accounts SET thinned_before = ?", (cut,))
    new.execute(
        """CREATE TEMP TABLE changed (account TEXT NOT NULL, video_id TEXT NOT NULL, taken_at INTEGER NOT NULL,
               views INTEGER, likes INTEGER, comments INTEGER, shares INTEGER,
               PRIMARY KEY (account, video_id, taken_at)) WITHOUT ROWID"""
    )
    previous: list[tuple[int, ...] | None] = [None]

    def changed(*counts: int) -> bool:
        if counts == previous[0]:
            return False
        previous[0] = counts
        return True

    new.create_function("changed", 4, changed)
    videos = new.execute("SELECT account, video_id FROM old.videos ORDER BY account, video_id").fetchall()
    total = len(videos)
    progress(Progress(Stage.UPGRADE, 0, total))
    for i, (account, video_id) in enumerate(videos, 1):
        previous[0] = None  # a video's first row is always kept
        new.execute(_CHANGED_ROWS, (account, video_id))
        if i % 20 == 0 or i == total:
            progress(Progress(Stage.UPGRADE, i, total))
    new.execute(_COPY_VIDEO_SNAPSHOTS, {"horizon": cut})
    _build_totals(new)
    new.execute("COMMIT")
    new.execute("DROP TABLE temp.changed")
    new.execute("DETACH DATABASE old")
    new.execute(f"PRAGMA user_version = {COMPACT_VERSION}")
    new.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _build_totals(db: sqlite3.Connection, schema: str = "main") -> None:
    """Fills the totals (core/store_totals.py) of every account from its video snapshots in one pass."""
    rows: Iterable[tuple[str, str, int, int, int, int, int]] = db.execute(
        f"""SELECT account, video_id, taken_at, views, likes, comments, shares FROM {schema}.video_snapshots
            ORDER BY account, taken_at"""
    )
    out: list[tuple[str, int, int, int, int, int]] = []
    current: dict[str, tuple[int, int, int, int]] = {}
    sums = [0, 0, 0, 0]
    account, moment = None, None
    for acc, vid, t, *counts in rows:
        if acc != account:
            if account is not None and moment is not None:
                out.append((account, moment, *sums))  # type: ignore[arg-type]
            account, moment, sums, current = acc, None, [0, 0, 0, 0], {}
        if moment is not None and t != moment:
            out.append((acc, moment, *sums))  # type: ignore[arg-type]
        moment = t
        before = current.get(vid, (0, 0, 0, 0))
        for i in range(4):
            sums[i] += counts[i] - before[i]
        current[vid] = (counts[0], counts[1], counts[2], counts[3])
    if account is not None and moment is not None:
        out.append((account, moment, *sums))  # type: ignore[arg-type]
    db.executemany(f"INSERT INTO {schema}.totals VALUES (?,?,?,?,?,?)", out)


def _is_disk_full(error: BaseException) -> bool:
    from tiktok_desktop.core.errors import DiskFull

    if isinstance(error, DiskFull):
        return True
    return isinstance(error, OSError) and error.errno == 28  # ENOSPC


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX); Windows cannot open a folder, and needs no such step."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
