"""The store's tables, and the migrations that bring a database of any older version up to date.

The version is SQLite's user_version: 0 for a new file, SCHEMA_VERSION once every migration ran. Every database
the app writes also carries APPLICATION_ID (SQLite's application_id), so that a file of another program is
never taken for ours; databases made before the id existed (id 0) are recognised by their tables.
"""

from __future__ import annotations

import functools
import sqlite3

APPLICATION_ID = int.from_bytes(b"TTKD", "big")  # "TTKD", TikTok Desktop; a positive 32-bit number

# Compact history: the time of every sync per account (a video snapshot is written only when a count changed,
# so "unchanged since" is answered by the syncs), and how far back each account's history was thinned to one
# snapshot a day; the sums of every video's counts at each moment a video snapshot was written
# (core/store_totals.py). Existing databases are not upgraded by this SQL alone: core/store_compact.py rebuilds them.
COMPACT_MIGRATION = """
    CREATE TABLE syncs (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        taken_at INTEGER NOT NULL,
        PRIMARY KEY (account, taken_at)
    ) WITHOUT ROWID;
    ALTER TABLE accounts ADD COLUMN thinned_before INTEGER;
    CREATE TABLE totals (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        taken_at INTEGER NOT NULL,
        views INTEGER NOT NULL,
        likes INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        shares INTEGER NOT NULL,
        PRIMARY KEY (account, taken_at)
    ) WITHOUT ROWID;
    """

# Each entry upgrades the schema from version i to i + 1. Append only: never edit a shipped migration.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE accounts (
        key TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        external_id TEXT NOT NULL,
        username TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        bio TEXT NOT NULL DEFAULT '',
        avatar_url TEXT NOT NULL DEFAULT '',
        profile_url TEXT NOT NULL DEFAULT '',
        verified INTEGER NOT NULL DEFAULT 0,
        followers INTEGER,
        following INTEGER,
        likes INTEGER,
        video_count INTEGER,
        updated_at INTEGER NOT NULL,
        last_sync_at INTEGER,
        sync_started_at INTEGER
    );
    CREATE TABLE videos (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        video_id TEXT NOT NULL,
        published_at INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        duration_s INTEGER NOT NULL DEFAULT 0,
        views INTEGER NOT NULL DEFAULT 0,
        likes INTEGER NOT NULL DEFAULT 0,
        comments INTEGER NOT NULL DEFAULT 0,
        shares INTEGER NOT NULL DEFAULT 0,
        saves INTEGER,
        cover_url TEXT NOT NULL DEFAULT '',
        share_url TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (account, video_id)
    ) WITHOUT ROWID;
    CREATE INDEX videos_by_date ON videos (account, published_at);
    CREATE TABLE account_snapshots (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        taken_at INTEGER NOT NULL,
        followers INTEGER,
        following INTEGER,
        likes INTEGER,
        video_count INTEGER,
        PRIMARY KEY (account, taken_at)
    ) WITHOUT ROWID;
    CREATE TABLE video_snapshots (
        account TEXT NOT NULL,
        video_id TEXT NOT NULL,
        taken_at INTEGER NOT NULL,
        views INTEGER NOT NULL,
        likes INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        shares INTEGER NOT NULL,
        PRIMARY KEY (account, video_id, taken_at),
        FOREIGN KEY (account, video_id) REFERENCES videos(account, video_id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    """,
    # 2: the creator's AI-generated label (is_aigc): NULL unknown, 0 or 1
    """
    ALTER TABLE videos ADD COLUMN ai_generated INTEGER;
    """,
    # 3: TikTok Studio downloads (core/studio). Days are the creator's calendar days as text (YYYY-MM-DD), NULL
    # is unknown. exported_at says which download a row's values come from: the newest download wins.
    """
    CREATE TABLE studio_daily (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        day TEXT NOT NULL,
        exported_at INTEGER NOT NULL,
        followers INTEGER,
        video_views INTEGER,
        profile_views INTEGER,
        likes INTEGER,
        comments INTEGER,
        shares INTEGER,
        total_viewers INTEGER,
        new_viewers INTEGER,
        returning_viewers INTEGER,
        PRIMARY KEY (account, day)
    ) WITHOUT ROWID;
    CREATE TABLE studio_follower_activity (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        day TEXT NOT NULL,
        hour INTEGER NOT NULL,
        active INTEGER NOT NULL,
        exported_at INTEGER NOT NULL,
        PRIMARY KEY (account, day, hour)
    ) WITHOUT ROWID;
    CREATE TABLE studio_audience (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        exported_at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        fraction REAL NOT NULL,
        PRIMARY KEY (account, exported_at, kind, label)
    ) WITHOUT ROWID;
    CREATE TABLE studio_imports (
        account TEXT NOT NULL REFERENCES accounts(key) ON DELETE CASCADE,
        exported_at INTEGER NOT NULL,
        imported_at INTEGER NOT NULL,
        files TEXT NOT NULL,
        days INTEGER NOT NULL,
        first_day TEXT,
        last_day TEXT,
        PRIMARY KEY (account, exported_at)
    ) WITHOUT ROWID;
    """,
    # 4: compact history (core/store_compact.py rebuilds older databases, the tables above included)
    COMPACT_MIGRATION,
)
# The version that added the tables of TikTok Studio downloads, found rather than written down: merges of
# branches that each append a migration may reorder the tuple
STUDIO_SCHEMA = next(i + 1 for i, m in enumerate(MIGRATIONS) if "CREATE TABLE studio_daily" in m)
SCHEMA_VERSION = len(MIGRATIONS)
# the version from which history is compact (core/store_compact.py): a database older than this is rebuilt
COMPACT_VERSION = MIGRATIONS.index(COMPACT_MIGRATION) + 1


@functools.cache
def expected_tables(version: int) -> dict[str, frozenset[str]]:
    """The tables (and their columns) of a database of `version`: what MIGRATIONS[:version] create."""
    db = sqlite3.connect(":memory:")
    try:
        for migration in MIGRATIONS[:version]:
            db.executescript(migration)
        return tables_of(db)
    finally:
        db.close()


def tables_of(db: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """The tables of a database and their columns, SQLite's own (sqlite_*) left out. Reads only."""
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    ]
    return {
        name: frozenset(row[1] for row in db.execute("SELECT * FROM pragma_table_info(?)", (name,))) for name in names
    }
