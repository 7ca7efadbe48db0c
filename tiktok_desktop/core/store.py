"""The app's own history in SQLite: latest values and snapshots over time.

One connection per thread (the GUI reads through the task helper, a sync writes from its worker); WAL lets a
reader run while a sync writes. Every write is one transaction, so an interrupted sync keeps each page it
finished. sqlite3 errors are turned into the typed errors of core.errors, so callers never see them raw.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from tiktok_desktop.core.models import (
    Account,
    AccountSnapshot,
    Counts,
    Profile,
    Totals,
    VelocityInput,
    Video,
    VideoSnapshot,
)
from tiktok_desktop.core.progress import ProgressCallback, no_progress
from tiktok_desktop.core.store_ages import AgeQueries
from tiktok_desktop.core.store_compact import thin
from tiktok_desktop.core.store_file import move_aside, sql_errors
from tiktok_desktop.core.store_open import open_database
from tiktok_desktop.core.store_schema import SCHEMA_VERSION
from tiktok_desktop.core.store_totals import rebuild_range, recompute, totals_at, write_video_snapshots

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


class Store(AgeQueries):
    """Open with Store(path) (or ":memory:" in tests); close() when done, or use it as a context manager.

    Opening a database from before compact history rebuilds it first (core/store_compact.py; the one-time
    upgrade of a year of hourly syncs takes a while): `progress` hears about it, `now` sets its tiers (tests).
    """

    def __init__(self, path: Path | str, progress: ProgressCallback = no_progress, now: int | None = None) -> None:
        self.path = path
        self._db = open_database(path, progress, int(time.time()) if now is None else now)

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

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, for the modules that keep tables of their own (core.studio.storage)."""
        with self._transaction() as db:
            yield db

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection for reading, its errors turned into core.errors ones."""
        with sql_errors(self.path):
            yield self._db

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
            db.execute("INSERT OR IGNORE INTO syncs VALUES (?,?)", (key, taken_at))
        return key

    def save_videos_page(
        self, account: str, videos: Sequence[Video], taken_at: int, without_snapshot: frozenset[str] = frozenset()
    ) -> None:
        """Upserts one page of videos and records a snapshot of each whose counts changed since its previous
        snapshot, in one transaction; not of the videos in `without_snapshot` (their answer lacked counts: a 0 in
        their history would be a lie). The counts at any moment are those of the last snapshot at or before it."""
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
            rows = [
                (account, v.video_id, taken_at, v.views, v.likes, v.comments, v.shares)
                for v in videos
                if v.video_id not in without_snapshot
            ]
            write_video_snapshots(db, account, rows, taken_at)

    def save_history(
        self,
        account: str,
        account_snapshots: Iterable[AccountSnapshot],
        video_snapshots: Iterable[VideoSnapshot],
    ) -> None:
        """Back-fills snapshots (demo data); snapshots already present at the same time are kept. Each account
        snapshot's time counts as a sync (the history has no gap there)."""
        account_snapshots = list(account_snapshots)
        with self._transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO account_snapshots VALUES (?,?,?,?,?,?)",
                [(account, s.taken_at, s.followers, s.following, s.likes, s.video_count) for s in account_snapshots],
            )
            db.executemany(
                "INSERT OR IGNORE INTO syncs VALUES (?,?)", [(account, s.taken_at) for s in account_snapshots]
            )
            rows = [(account, s.video_id, s.taken_at, s.views, s.likes, s.comments, s.shares) for s in video_snapshots]
            db.executemany("INSERT OR IGNORE INTO video_snapshots VALUES (?,?,?,?,?,?,?)", rows)
            if rows:
                recompute(db, account, min(r[2] for r in rows))  # written into the past: the totals from there on

    def begin_sync(self, account: str, at: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE accounts SET sync_started_at = ? WHERE key = ?", (at, account))

    def mark_synced(self, account: str, at: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE accounts SET last_sync_at = ?, sync_started_at = NULL WHERE key = ?", (at, account))

    def thin(self, account: str, now: int) -> None:
        """Thins the history older than the full-resolution tier to one snapshot a day (core/store_compact.py);
        runs after each sync, over the days that crossed the tier's edge since the last time."""
        with self._transaction() as db:
            span = thin(db, account, now)
            if span is not None:
                rebuild_range(db, account, *span)

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

    def sync_times(self, account: str) -> list[int]:
        """When the account was synced, oldest first: every sync, also those that changed nothing."""
        with sql_errors(self.path):
            return [
                r[0]
                for r in self._db.execute("SELECT taken_at FROM syncs WHERE account = ? ORDER BY taken_at", (account,))
            ]

    def totals_at(self, account: str, t: int) -> Totals | None:
        """The sums of every video's counts as of time t (each video's last snapshot at or before t).

        None when the history does not reach back to t: the sums would miss videos not yet snapshotted then.
        """
        return self.totals_at_many(account, [t])[t]

    def totals_at_many(self, account: str, times: Iterable[int]) -> dict[int, Totals | None]:
        """totals_at for several moments: a row each (core/store_totals.py), whatever the history's length."""
        with sql_errors(self.path):
            found = {t: totals_at(self._db, account, t) for t in times}
        return {t: None if sums is None else Totals(*sums) for t, sums in found.items()}

    def velocity_inputs(self, account: str, window: int) -> Iterator[tuple[str, VelocityInput]]:
        for vid, (found,) in self.velocity_inputs_for(account, (window,)):
            yield vid, found

    def velocity_inputs_for(
        self, account: str, windows: Sequence[int]
    ) -> Iterator[tuple[str, tuple[VelocityInput, ...]]]:
        """For each video with snapshots: its counts when last seen, and as of at least each window before that.

        A snapshot is written only when a count changed, so "last seen" is the video's last sync (updated_at),
        and the earlier moment is the newest sync at least the window before it, with the counts of the last
        snapshot at or before that sync (none when the video's history starts later). A few primary-key probes a
        video, never a scan of the snapshots: CROSS JOIN keeps the videos the outer loop (left to itself, the
        planner walks every snapshot), and a video unchanged for longer than a window needs no probe for it (its
        newest snapshot is also the older one). Rows are yielded as read: with 100,000 videos a list is 20 MB.
        """
        seen = "max(s.taken_at, v.updated_at)"  # when the video was last synced
        columns, joins = [], []
        for i in range(len(windows)):
            quiet = f"s.taken_at <= {seen} - :w{i}"
            columns.append(
                f"CASE WHEN {quiet} THEN s.taken_at ELSE b{i}.taken_at END,"
                f" CASE WHEN {quiet} THEN s.views ELSE b{i}.views END"
            )
            joins.append(
                f"""LEFT JOIN video_snapshots b{i} ON b{i}.account = v.account AND b{i}.video_id = v.video_id
                     AND b{i}.taken_at = CASE WHEN NOT ({quiet}) THEN
                         (SELECT taken_at FROM video_snapshots WHERE account = v.account AND video_id = v.video_id
                          AND taken_at <= {seen} - :w{i} ORDER BY taken_at DESC LIMIT 1) END"""
            )
        query = f"""SELECT v.video_id, v.published_at, {seen}, s.views, {", ".join(columns)}
            FROM videos v
            CROSS JOIN video_snapshots s ON s.account = v.account AND s.video_id = v.video_id
             AND s.taken_at = (SELECT taken_at FROM video_snapshots WHERE account = v.account
                               AND video_id = v.video_id ORDER BY taken_at DESC LIMIT 1)
            {" ".join(joins)}
            WHERE v.account = :account"""
        syncs_before: dict[int, int] = {}  # most videos were last seen at the same sync: one lookup each

        def sync_before(t: int) -> int:
            if t not in syncs_before:
                row = self._db.execute(
                    "SELECT taken_at FROM syncs WHERE account = ? AND taken_at <= ? ORDER BY taken_at DESC LIMIT 1",
                    (account, t),
                ).fetchone()
                syncs_before[t] = 0 if row is None else row[0]
            return syncs_before[t]

        def found(row: Sequence[int], i: int, w: int) -> VelocityInput:
            base_t, base_views = row[4 + 2 * i], row[5 + 2 * i]
            if base_t is not None:  # the counts then held until the newest sync at least the window back
                base_t = max(base_t, sync_before(row[2] - w))
            return VelocityInput(row[1], row[2], row[3], base_t, base_views)

        params = {"account": account, **{f"w{i}": w for i, w in enumerate(windows)}}
        with sql_errors(self.path):
            for r in self._db.execute(query, params):
                yield r[0], tuple(found(r, i, w) for i, w in enumerate(windows))

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
