"""The sums of every video's counts, kept per moment so that the period comparison reads one row a moment.

Summing the videos' snapshots at a moment costs a primary-key probe a video (2,000 videos, 7 moments: 14,000
probes for one dashboard); the `totals` table holds those sums at every moment a video snapshot was written, so
totals_at(t) is the row at or before t. Invariant: a row at every distinct taken_at of the account's video
snapshots, equal to the sums of each video's last snapshot at or before it (rows at other moments may exist and
are then equally true). Syncs keep it with the deltas of what they write; the rare writes into the past (demo
back-fill, a same-second re-save) recompute the rows from there on; thinning rebuilds the rows of the days it
thinned (later rows keep their sums: each video's last row of a day stays).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from tiktok_desktop.core.store_compact import SnapshotRow, changed_only

Sums = tuple[int, int, int, int]
ZERO: Sums = (0, 0, 0, 0)
INT64 = (-(2**63), 2**63 - 1)


def fit(*sums: int) -> Sums:
    """Sums as SQLite can store them: each count is at most 2^63-1, but a sum of several hostile ones is not
    (found by tests/unit/sources/test_parsers_property.py); saturated rather than refused."""
    a, b, c, d = (min(max(x, INT64[0]), INT64[1]) for x in sums)
    return a, b, c, d


_PROBE = """SELECT total(s.views), total(s.likes), total(s.comments), total(s.shares)
    FROM videos v JOIN video_snapshots s ON s.account = v.account AND s.video_id = v.video_id
     AND s.taken_at = (SELECT taken_at FROM video_snapshots
                       WHERE account = v.account AND video_id = v.video_id AND taken_at <= ?
                       ORDER BY taken_at DESC LIMIT 1)
    WHERE v.account = ?"""


def probe(db: sqlite3.Connection, account: str, t: int) -> Sums:
    """The sums as of t from the snapshots themselves (a probe a video): the slow way, and the reference."""
    return fit(*(int(x) for x in db.execute(_PROBE, (t, account)).fetchone()))


def totals_at(db: sqlite3.Connection, account: str, t: int) -> Sums | None:
    """None before the account's first video snapshot: sums then would miss videos not yet seen."""
    first = db.execute("SELECT taken_at FROM totals WHERE account = ? ORDER BY taken_at LIMIT 1", (account,)).fetchone()
    if first is None or first[0] > t:
        return None
    row = db.execute(
        """SELECT views, likes, comments, shares FROM totals WHERE account = ? AND taken_at <= ?
           ORDER BY taken_at DESC LIMIT 1""",
        (account, t),
    ).fetchone()
    return (row[0], row[1], row[2], row[3])


def recompute(db: sqlite3.Connection, account: str, since: int) -> None:
    """Rebuilds the rows from `since` on, from the snapshots (after a write into the past)."""
    times = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT taken_at FROM video_snapshots WHERE account = ? AND taken_at >= ?", (account, since)
        )
    ]
    db.execute("DELETE FROM totals WHERE account = ? AND taken_at >= ?", (account, since))
    db.executemany("INSERT INTO totals VALUES (?,?,?,?,?,?)", [(account, t, *probe(db, account, t)) for t in times])


def write_video_snapshots(db: sqlite3.Connection, account: str, rows: Sequence[SnapshotRow], taken_at: int) -> None:
    """Writes the rows whose counts changed (core/store_compact.changed_only) and keeps the totals."""
    changed, repeated, previous, at_same_time = changed_only(db, account, rows, taken_at)
    db.executemany("INSERT OR REPLACE INTO video_snapshots VALUES (?,?,?,?,?,?,?)", changed)
    db.executemany(
        "DELETE FROM video_snapshots WHERE account = ? AND video_id = ? AND taken_at = ?",
        [(account, vid, taken_at) for vid in repeated],
    )
    if not changed and not repeated:
        return
    newest = db.execute(
        "SELECT taken_at FROM totals WHERE account = ? ORDER BY taken_at DESC LIMIT 1", (account,)
    ).fetchone()
    if repeated or any(r[1] in at_same_time for r in changed) or (newest is not None and newest[0] > taken_at):
        recompute(db, account, taken_at)  # a write into the past or over itself: rare, and exact
        return
    base = db.execute(
        """SELECT views, likes, comments, shares FROM totals WHERE account = ? AND taken_at <= ?
           ORDER BY taken_at DESC LIMIT 1""",
        (account, taken_at),
    ).fetchone()
    sums = list(base or ZERO)
    for _, vid, _, *counts in changed:
        before = previous.get(vid, ZERO)
        for i in range(4):
            sums[i] += counts[i] - before[i]
    db.execute("INSERT OR REPLACE INTO totals VALUES (?,?,?,?,?,?)", (account, taken_at, *fit(*sums)))


def rebuild_range(db: sqlite3.Connection, account: str, start: int, end: int) -> None:
    """Rebuilds the rows in [start, end) after thinning removed snapshots there (rows before and after keep their
    sums: each video's last row of a day stays). One pass: each video's counts before start, then its rows in
    the span, a probe a video."""
    db.execute("DELETE FROM totals WHERE account = ? AND taken_at >= ? AND taken_at < ?", (account, start, end))
    current: dict[str, Sums] = {}
    changes: list[tuple[int, str, Sums]] = []
    ids = [r[0] for r in db.execute("SELECT video_id FROM videos WHERE account = ?", (account,))]
    for vid in ids:
        before = db.execute(
            """SELECT views, likes, comments, shares FROM video_snapshots WHERE account = ? AND video_id = ?
               AND taken_at < ? ORDER BY taken_at DESC LIMIT 1""",
            (account, vid, start),
        ).fetchone()
        if before is not None:
            current[vid] = (before[0], before[1], before[2], before[3])
        changes.extend(
            (t, vid, (v, li, c, sh))
            for t, v, li, c, sh in db.execute(
                """SELECT taken_at, views, likes, comments, shares FROM video_snapshots
                   WHERE account = ? AND video_id = ? AND taken_at >= ? AND taken_at < ?""",
                (account, vid, start, end),
            )
        )
    sums = [sum(c[i] for c in current.values()) for i in range(4)]
    out: list[tuple[str, int, int, int, int, int]] = []
    changes.sort()
    for i, (t, vid, counts) in enumerate(changes):
        previous = current.get(vid, ZERO)
        for k in range(4):
            sums[k] += counts[k] - previous[k]
        current[vid] = counts
        if i + 1 == len(changes) or changes[i + 1][0] != t:
            out.append((account, t, *fit(*sums)))
    db.executemany("INSERT INTO totals VALUES (?,?,?,?,?,?)", out)
