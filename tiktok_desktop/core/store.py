"""The app's own history in SQLite: latest values and snapshots over time.

One connection per thread (the GUI reads through the task helper, a sync writes from its worker); WAL lets a
reader run while a sync writes. Every write is one transaction, so an interrupted sync keeps each page it
finished. sqlite3 errors are turned into the typed errors of core.errors, so callers never see them raw.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypedDict

from tiktok_desktop.core import store_ages
from tiktok_desktop.core.errors import DataDirUnwritable
from tiktok_desktop.core.models import (
    Account,
    AccountSnapshot,
    Profile,
    Totals,
    VelocityInput,
    Video,
    VideoSnapshot,
)
from tiktok_desktop.core.store_file import check_ours, enable_wal, move_aside, sql_errors
from tiktok_desktop.core.store_schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Counts", "Store", "move_aside"]

# the columns are Video's fields, in order: rows are written as (*video, ...) and read back with Video._make
_VIDEO_COLUMNS = ", ".join(Video._fields)
# ai_generated is stored as NULL (unknown), 0 or 1, and read back as None, False or True: SQLite has no booleans.
# The conversion is a sqlite3 converter, named in the column's alias ("name [type]", PARSE_COLNAMES): sqlite3
# calls it from C for each non-NULL value, and dict.get is C too, so no Python code runs per row. Measured on
# 100,000 rows: about +3% on the load, against +13% for rebuilding each row in Python.
_FLAG = "tiktok_desktop_flag"  # the converter registry is the process's: a name of our own
sqlite3.register_converter(_FLAG, {b"0": False, b"1": True}.get)  # other values (never written) read as unknown
_VIDEO_SELECT = _VIDEO_COLUMNS.replace("ai_generated", f'ai_generated AS "ai_generated [{_FLAG}]"')


class Counts(TypedDict):
    """What the store holds for one account."""

    videos: int
    account_snapshots: int
    video_snapshots: int


class Store:
    """Open with Store(path) (or ":memory:" in tests); close() when done, or use it as a context manager."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        if path != ":memory:":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise DataDirUnwritable(path=str(Path(path).parent), detail=e.strerror or str(e)) from e
        with sql_errors(path):
            self._db = sqlite3.connect(str(path), isolation_level=None, timeout=10, detect_types=sqlite3.PARSE_COLNAMES)
        try:
            self._open()
        except BaseException:
            self._db.close()
            raise

    def _open(self) -> None:
        with sql_errors(self.path):
            app_id, version = check_ours(self._db, self.path)  # before the first write: a refused file stays as is
            if self.path != ":memory:":
                enable_wal(self._db)
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            for target in range(version, SCHEMA_VERSION):
                with self._transaction():
                    # another process may have run this step while we waited for the write lock
                    if self._db.execute("PRAGMA user_version").fetchone()[0] > target:
                        continue
                    for statement in MIGRATIONS[target].split(";"):
                        if statement.strip():
                            self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version = {target + 1}")
                    self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            if app_id != APPLICATION_ID and version == SCHEMA_VERSION:  # ours from before the id: stamp it
                with self._transaction():
                    self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with sql_errors(self.path):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:  # SQLite already rolls back by itself on some errors (disk full)
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- writing ------------------------------------------------------------------------------------------

    def save_profile(self, profile: Profile, taken_at: int) -> str:
        """Upserts the account and records an account snapshot; returns the account key."""
        key = profile.account_key
        with self._transaction() as db:
            db.execute(
                """INSERT INTO accounts (key, source, external_id, username, display_name, bio, avatar_url,
                       profile_url, verified, followers, following, likes, video_count, updated_at)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                   ON CONFLICT(key) DO UPDATE SET username=excluded.username,
                       display_name=excluded.display_name, bio=excluded.bio, avatar_url=excluded.avatar_url,
                       profile_url=excluded.profile_url, verified=excluded.verified,
                       followers=excluded.followers, following=excluded.following, likes=excluded.likes,
                       video_count=excluded.video_count, updated_at=excluded.updated_at""",
                (
                    key,
                    profile.source,
                    profile.external_id,
                    profile.username,
                    profile.display_name,
                    profile.bio,
                    profile.avatar_url,
                    profile.profile_url,
                    int(profile.verified),
                    profile.followers,
                    profile.following,
                    profile.likes,
                    profile.video_count,
                    taken_at,
                ),
            )
            db.execute(
                "INSERT OR REPLACE INTO account_snapshots VALUES (?,?,?,?,?,?)",
                (key, taken_at, profile.followers, profile.following, profile.likes, profile.video_count),
            )
        return key

    def save_videos_page(
        self, account: str, videos: Sequence[Video], taken_at: int, without_snapshot: frozenset[str] = frozenset()
    ) -> None:
        """Upserts one page of videos and records a snapshot of each, in one transaction; not of the videos in
        `without_snapshot` (their answer lacked counts: a 0 in their history would be a lie)."""
        with self._transaction() as db:
            db.executemany(
                f"""INSERT INTO videos ({_VIDEO_COLUMNS}, account, updated_at)
                    VALUES ({", ".join("?" * (len(Video._fields) + 2))})
                    ON CONFLICT(account, video_id) DO UPDATE SET published_at=excluded.published_at,
                        title=excluded.title, description=excluded.description,
                        duration_s=excluded.duration_s, views=excluded.views, likes=excluded.likes,
                        comments=excluded.comments, shares=excluded.shares,
                        saves=coalesce(excluded.saves, videos.saves),
                        cover_url=excluded.cover_url, share_url=excluded.share_url,
                        ai_generated=coalesce(excluded.ai_generated, videos.ai_generated),
                        updated_at=excluded.updated_at""",
                [(*v, account, taken_at) for v in videos],
            )
            db.executemany(
                "INSERT OR REPLACE INTO video_snapshots VALUES (?,?,?,?,?,?,?)",
                [
                    (account, v.video_id, taken_at, v.views, v.likes, v.comments, v.shares)
                    for v in videos
                    if v.video_id not in without_snapshot
                ],
            )

    def save_history(
        self,
        account: str,
        account_snapshots: Iterable[AccountSnapshot],
        video_snapshots: Iterable[VideoSnapshot],
    ) -> None:
        """Back-fills snapshots (demo data); snapshots already present at the same time are kept."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO account_snapshots VALUES (?,?,?,?,?,?)",
                [(account, s.taken_at, s.followers, s.following, s.likes, s.video_count) for s in account_snapshots],
            )
            db.executemany(
                "INSERT OR IGNORE INTO video_snapshots VALUES (?,?,?,?,?,?,?)",
                [(account, s.video_id, s.taken_at, s.views, s.likes, s.comments, s.shares) for s in video_snapshots],
            )

    def begin_sync(self, account: str, at: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE accounts SET sync_started_at = ? WHERE key = ?", (at, account))

    def mark_synced(self, account: str, at: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE accounts SET last_sync_at = ?, sync_started_at = NULL WHERE key = ?", (at, account))

    # -- reading ------------------------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        with sql_errors(self.path):
            rows = self._db.execute(
                """SELECT key, source, external_id, username, display_name, bio, avatar_url, profile_url,
                          verified, followers, following, likes, video_count, last_sync_at, sync_started_at
                   FROM accounts ORDER BY coalesce(last_sync_at, 0) DESC, key"""
            ).fetchall()
        return [
            Account(
                key=r[0],
                profile=Profile(
                    source=r[1],
                    external_id=r[2],
                    username=r[3],
                    display_name=r[4],
                    bio=r[5],
                    avatar_url=r[6],
                    profile_url=r[7],
                    verified=bool(r[8]),
                    followers=r[9],
                    following=r[10],
                    likes=r[11],
                    video_count=r[12],
                ),
                last_sync_at=r[13],
                last_sync_complete=r[13] is not None and r[14] is None,
            )
            for r in rows
        ]

    def account(self, key: str) -> Account | None:
        return next((a for a in self.accounts() if a.key == key), None)

    def videos(self, account: str) -> list[Video]:
        with sql_errors(self.path):
            rows = self._db.execute(
                f"SELECT {_VIDEO_SELECT} FROM videos WHERE account = ? ORDER BY published_at DESC", (account,)
            ).fetchall()
        return list(map(Video._make, rows))

    def video_ids(self, account: str) -> list[str]:
        with sql_errors(self.path):
            return [r[0] for r in self._db.execute("SELECT video_id FROM videos WHERE account = ?", (account,))]

    def account_snapshots(self, account: str) -> list[AccountSnapshot]:
        with sql_errors(self.path):
            rows = self._db.execute(
                """SELECT taken_at, followers, following, likes, video_count FROM account_snapshots
                   WHERE account = ? ORDER BY taken_at""",
                (account,),
            ).fetchall()
        return [AccountSnapshot(*r) for r in rows]

    def video_snapshots(self, account: str, video_id: str | None = None) -> list[VideoSnapshot]:
        query = "SELECT video_id, taken_at, views, likes, comments, shares FROM video_snapshots WHERE account = ?"
        params: tuple[str, ...] = (account,)
        if video_id is not None:
            query += " AND video_id = ?"
            params += (video_id,)
        with sql_errors(self.path):
            rows = self._db.execute(query + " ORDER BY video_id, taken_at", params).fetchall()
        return [VideoSnapshot(*r) for r in rows]

    def totals_at(self, account: str, t: int) -> Totals | None:
        """The sums of every video's counts as of time t (each video's last snapshot at or before t).

        None when the history does not reach back to t: the sums would miss videos not yet snapshotted then.
        """
        with sql_errors(self.path):
            first = self._db.execute(
                "SELECT min(taken_at) FROM video_snapshots WHERE account = ?", (account,)
            ).fetchone()[0]
            if first is None or first > t:
                return None
            # one primary-key probe a video: the newest snapshot at or before t
            row = self._db.execute(
                """SELECT total(s.views), total(s.likes), total(s.comments), total(s.shares)
                   FROM videos v JOIN video_snapshots s
                     ON s.account = v.account AND s.video_id = v.video_id
                    AND s.taken_at = (SELECT max(taken_at) FROM video_snapshots
                                      WHERE account = v.account AND video_id = v.video_id AND taken_at <= ?)
                   WHERE v.account = ?""",
                (t, account),
            ).fetchone()
        return Totals(*(int(x) for x in row))

    def velocity_inputs(self, account: str, window: int) -> Iterator[tuple[str, VelocityInput]]:
        """For each video with snapshots: its newest snapshot and the newest one at least `window` s older.

        Rows are yielded as read, not fetched in one list: with 100,000 videos the list alone is 20 MB.
        """
        with sql_errors(self.path):
            cursor = self._db.execute(
                """WITH latest AS (
                       SELECT video_id, max(taken_at) AS t FROM video_snapshots WHERE account = ? GROUP BY video_id
                   )
                   SELECT l.video_id, v.published_at, l.t, s.views, b.taken_at, b.views
                   FROM latest l
                   JOIN videos v ON v.account = ? AND v.video_id = l.video_id
                   JOIN video_snapshots s ON s.account = ? AND s.video_id = l.video_id AND s.taken_at = l.t
                   LEFT JOIN video_snapshots b ON b.account = ? AND b.video_id = l.video_id
                    AND b.taken_at = (SELECT max(taken_at) FROM video_snapshots
                                      WHERE account = ? AND video_id = l.video_id AND taken_at <= l.t - ?)""",
                (account, account, account, account, account, window),
            )
            for r in cursor:
                yield r[0], VelocityInput(*r[1:])

    def counts_at_ages(
        self, account: str, exclude: str, ages: Sequence[int], limit: int
    ) -> Iterator[tuple[int, int, int, int, int]]:
        """The other videos' counts at each age, streamed (core.store_ages.counts_at_ages)."""
        with sql_errors(self.path):
            yield from store_ages.counts_at_ages(self._db, account, exclude, ages, limit)

    def seen_at(self, account: str, video_id: str) -> int | None:
        with sql_errors(self.path):
            return store_ages.seen_at(self._db, account, video_id)

    def counts(self, account: str) -> Counts:
        with sql_errors(self.path):
            videos, vsnaps = self._db.execute(
                "SELECT (SELECT count(*) FROM videos WHERE account = ?),"
                " (SELECT count(*) FROM video_snapshots WHERE account = ?)",
                (account, account),
            ).fetchone()
            asnaps = self._db.execute(
                "SELECT count(*) FROM account_snapshots WHERE account = ?", (account,)
            ).fetchone()[0]
        return {"videos": videos, "account_snapshots": asnaps, "video_snapshots": vsnaps}
