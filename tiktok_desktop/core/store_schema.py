"""The store's tables, and the migrations that bring a database of any older version up to date.

The version is SQLite's user_version: 0 for a new file, SCHEMA_VERSION once every migration ran.
"""

from __future__ import annotations

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
)
SCHEMA_VERSION = len(MIGRATIONS)
