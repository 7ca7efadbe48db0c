"""Databases as the app wrote them before compact history (every sync a snapshot of every video), and a reader
with that version's queries: the "before" of the compaction tests and of `make bench`.

The history is generated inside SQLite (a year of hourly syncs for 2,000 videos is 17 million rows): most
videos change rarely, young ones often, as on TikTok. A video's counts move in steps: every hour in its first
2 days, every 6 hours until 30 days, every day until 180 days, then every week.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from tiktok_desktop.core.models import Totals, VelocityInput
from tiktok_desktop.core.store import Store
from tiktok_desktop.core.store_schema import APPLICATION_ID, COMPACT_VERSION, MIGRATIONS

OLD_VERSION = COMPACT_VERSION - 1  # the schema just before compact history
KEY = "demo:history"
HOUR, DAY = 3600, 86_400

# the step a video's counts are on at age a (seconds): monotonic, constant between steps
_STEPS = """
CASE
  WHEN {age} < 2 * 86400 THEN {age} / 3600
  WHEN {age} < 30 * 86400 THEN 48 + ({age} - 2 * 86400) / 21600
  WHEN {age} < 180 * 86400 THEN 160 + ({age} - 30 * 86400) / 86400
  ELSE 310 + ({age} - 180 * 86400) / 604800
END
"""


def sync_times(now: int, hours: int, gaps: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Hourly syncs over `hours` up to now, none inside the (start, end) gaps (the app closed)."""
    times = [now - i * HOUR for i in range(hours - 1, -1, -1)]
    return [t for t in times if not any(a < t < b for a, b in gaps)]


def write_old_history(path: Path, videos: int, times: Sequence[int], spacing: int = 14 * 3600) -> None:
    """An old-schema database at `path`: one account (KEY), `videos` videos published `spacing` apart back from
    the last sync, and a snapshot of the account and of every published video at each of `times`."""
    now = times[-1]
    db = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:OLD_VERSION]:
        db.executescript(migration)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("BEGIN")
    db.execute(
        """INSERT INTO accounts (key, source, external_id, username, display_name, followers, following, likes,
               video_count, updated_at, last_sync_at) VALUES (?, 'demo', 'history', 'history.creator',
               'History Creator', ?, 12, ?, ?, ?, ?)""",
        (KEY, _followers(now, times[0]), 1_000_000, videos, now, now),
    )
    db.execute("CREATE TEMP TABLE times (t INTEGER PRIMARY KEY)")
    db.executemany("INSERT INTO times VALUES (?)", [(t,) for t in times])
    db.execute(
        "INSERT INTO account_snapshots SELECT ?, t, 10000 + (t - ?) / 5000 + (t / 3600) % 7, 12, 1000000, ? FROM times",
        (KEY, times[0], videos),
    )
    rows = []
    for i in range(videos):
        published = now - 3600 - i * spacing
        peak = 500 + (i * 7919) % 200_000
        rows.append(
            (KEY, f"{7_200_000_000_000_000_000 + i}", published, f"Video {i} #food #tag{i % 13}", 5 + i % 300, peak)
        )
    db.executemany(
        """INSERT INTO videos (account, video_id, published_at, title, description, duration_s, views, likes,
               comments, shares, cover_url, share_url, updated_at, ai_generated)
           VALUES (?, ?, ?, ?, '', ?, ?, 0, 0, 0, '', '', 0, NULL)""",
        rows,
    )
    steps = _STEPS.format(age="(t - v.published_at)")
    views = f"(v.views * ({steps}) / (({steps}) + 30))"
    for _, video_id, *_ in rows:
        db.execute(
            f"""INSERT INTO video_snapshots
                SELECT v.account, v.video_id, t, {views}, {views} / 12, {views} / 200, {views} / 300
                FROM times JOIN videos v ON v.account = ? AND v.video_id = ?
                WHERE t >= v.published_at ORDER BY t""",
            (KEY, video_id),
        )
    # the videos table holds the latest counts, as a sync left them
    db.execute(
        """UPDATE videos SET (views, likes, comments, shares, updated_at) = (
               SELECT views, likes, comments, shares, taken_at FROM video_snapshots s
               WHERE s.account = videos.account AND s.video_id = videos.video_id ORDER BY taken_at DESC LIMIT 1)"""
    )
    db.execute(f"PRAGMA user_version = {OLD_VERSION}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _followers(now: int, start: int) -> int:
    return 10000 + (now - start) // 5000 + (now // 3600) % 7


class LegacyStore(Store):
    """Reads an old-schema database with the queries of the version before compact history (copied verbatim),
    without upgrading it: `load_dashboard(LegacyStore(path), KEY)` is what that version showed."""

    def __init__(self, path: Path) -> None:  # no migration, no compaction
        self.path = path
        self._db = sqlite3.connect(str(path), isolation_level=None, detect_types=sqlite3.PARSE_COLNAMES)

    def sync_times(self, account: str) -> list[int]:
        """That version had no sync table: every sync wrote an account snapshot."""
        return [s.taken_at for s in self.account_snapshots(account)]

    def totals_at_many(self, account: str, times: Iterable[int]) -> dict[int, Totals | None]:
        return {t: self.totals_at(account, t) for t in times}

    def totals_at(self, account: str, t: int) -> Totals | None:
        first = self._db.execute("SELECT min(taken_at) FROM video_snapshots WHERE account = ?", (account,)).fetchone()[
            0
        ]
        if first is None or first > t:
            return None
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

    def velocity_inputs_for(
        self, account: str, windows: Sequence[int]
    ) -> Iterator[tuple[str, tuple[VelocityInput, ...]]]:
        """That version read each window in a query of its own."""
        found = [dict(self.velocity_inputs(account, w)) for w in windows]
        for vid in found[0]:
            yield vid, tuple(f[vid] for f in found)

    def velocity_inputs(self, account: str, window: int) -> Iterator[tuple[str, VelocityInput]]:
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
