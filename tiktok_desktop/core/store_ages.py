"""The store's queries by video age (core.age_curves says what a count at an age means).

The other videos' counts at a list of ages come from SQLite one age at a time, one primary-key probe per video
that has history at that age, for at most `limit` videos an age (the most recently published): nothing is loaded
per snapshot, Python holds one age's values at a time, and the work is bounded by ages x limit whatever the
number of videos (benchmarks/run.py, video page).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from tiktok_desktop.core.store_file import sql_errors

# A temporary table (this connection's only; the database file is not written) of the videos that have history
# at some age of the list: when their history starts and ends, relative to their publish time. Its index on the
# publish time lists them newest first, so each age stops at `limit` videos.
_CANDIDATES = "age_candidates"
_SETUP = (
    f"DROP TABLE IF EXISTS temp.{_CANDIDATES}",
    f"""CREATE TEMP TABLE {_CANDIDATES} (
            video_id TEXT PRIMARY KEY, published_at INTEGER NOT NULL, lag INTEGER NOT NULL, span INTEGER NOT NULL)""",
    f"""INSERT INTO temp.{_CANDIDATES}
        SELECT video_id, published_at, first - published_at, updated_at - published_at FROM (
            SELECT v.video_id, v.published_at, v.updated_at,
                   (SELECT min(taken_at) FROM video_snapshots s
                    WHERE s.account = v.account AND s.video_id = v.video_id) AS first
            FROM videos v WHERE v.account = :account AND v.video_id <> :exclude)
        WHERE first IS NOT NULL AND first - published_at <= :last_age AND updated_at - published_at >= :first_age""",
    f"CREATE INDEX temp.{_CANDIDATES}_recent ON {_CANDIDATES} (published_at)",
)
_AT_AGE = f"""
    SELECT s.views, s.likes, s.comments, s.shares
    FROM (SELECT video_id, published_at FROM temp.{_CANDIDATES} WHERE lag <= :age AND span >= :age
          ORDER BY published_at DESC LIMIT :limit) c
    JOIN video_snapshots s ON s.account = :account AND s.video_id = c.video_id
     AND s.taken_at = (SELECT max(taken_at) FROM video_snapshots
                       WHERE account = :account AND video_id = c.video_id AND taken_at <= c.published_at + :age)"""


def counts_at_ages(
    db: sqlite3.Connection, account: str, exclude: str, ages: Sequence[int], limit: int
) -> Iterator[tuple[int, int, int, int, int]]:
    """(age, views, likes, comments, shares) of the videos of the account but `exclude` that have history at
    that age (the `limit` most recently published of them): their last snapshot at or before publish time + age,
    if the video had been snapshotted by then and a sync saw it at or after that moment. Ages ascending, rows of
    one age together."""
    if not ages:
        return
    ages = sorted(ages)
    params = {"account": account, "exclude": exclude, "first_age": ages[0], "last_age": ages[-1]}
    for statement in _SETUP:
        db.execute(statement, params if ":" in statement else ())
    try:
        for age in ages:
            for row in db.execute(_AT_AGE, {"account": account, "age": age, "limit": limit}):
                yield (age, *row)
    finally:
        db.execute(f"DROP TABLE IF EXISTS temp.{_CANDIDATES}")


def seen_at(db: sqlite3.Connection, account: str, video_id: str) -> int | None:
    """When a sync last saw the video (its counts then are those of its last snapshot)."""
    row = db.execute("SELECT updated_at FROM videos WHERE account = ? AND video_id = ?", (account, video_id)).fetchone()
    return None if row is None else int(row[0])


class AgeQueries:
    """The store's reads by video age, as methods of core.store.Store (its connection and path)."""

    _db: sqlite3.Connection
    path: Path | str

    def counts_at_ages(
        self, account: str, exclude: str, ages: Sequence[int], limit: int
    ) -> Iterator[tuple[int, int, int, int, int]]:
        """The other videos' counts at each age, streamed (counts_at_ages above)."""
        with sql_errors(self.path):
            yield from counts_at_ages(self._db, account, exclude, ages, limit)

    def seen_at(self, account: str, video_id: str) -> int | None:
        with sql_errors(self.path):
            return seen_at(self._db, account, video_id)
