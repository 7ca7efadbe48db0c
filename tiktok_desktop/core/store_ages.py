"""The store's queries by video age (core.age_curves says what a count at an age means).

The other videos' counts at a list of ages come from SQLite one age at a time, one primary-key probe per video
that has history at that age: nothing is loaded per snapshot, and Python holds one age's values at a time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

# A temporary table (this connection's only; the database file is not written) of the videos that have history
# at some age of the list: when their history starts and ends, relative to their publish time. Its index on
# `lag` finds, for each age, the videos whose history had started by then without scanning the others.
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
    f"CREATE INDEX temp.{_CANDIDATES}_lag ON {_CANDIDATES} (lag)",
)
_AT_AGE = f"""
    SELECT s.views, s.likes, s.comments, s.shares
    FROM temp.{_CANDIDATES} c
    JOIN video_snapshots s ON s.account = :account AND s.video_id = c.video_id
     AND s.taken_at = (SELECT max(taken_at) FROM video_snapshots
                       WHERE account = :account AND video_id = c.video_id AND taken_at <= c.published_at + :age)
    WHERE c.lag <= :age AND c.span >= :age"""


def counts_at_ages(
    db: sqlite3.Connection, account: str, exclude: str, ages: Sequence[int]
) -> Iterator[tuple[int, int, int, int, int]]:
    """(age, views, likes, comments, shares) of every video of the account but `exclude` that has history at
    that age: its last snapshot at or before publish time + age, if the video had been snapshotted by then and
    a sync saw it at or after that moment. Ages ascending, rows of one age together."""
    if not ages:
        return
    ages = sorted(ages)
    params = {"account": account, "exclude": exclude, "first_age": ages[0], "last_age": ages[-1]}
    for statement in _SETUP:
        db.execute(statement, params if ":" in statement else ())
    try:
        for age in ages:
            for row in db.execute(_AT_AGE, {"account": account, "age": age}):
                yield (age, *row)
    finally:
        db.execute(f"DROP TABLE IF EXISTS temp.{_CANDIDATES}")


def seen_at(db: sqlite3.Connection, account: str, video_id: str) -> int | None:
    """When a sync last saw the video (its counts then are those of its last snapshot)."""
    row = db.execute("SELECT updated_at FROM videos WHERE account = ? AND video_id = ?", (account, video_id)).fetchone()
    return None if row is None else int(row[0])
