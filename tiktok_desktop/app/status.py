"""What the app knows: accounts, the active source, last sync and counts."""

from __future__ import annotations

from typing import TypedDict

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.export import iso_utc


class AccountStatus(TypedDict):
    key: str
    source: str
    username: str
    display_name: str
    followers: int | None
    following: int | None
    likes: int | None
    video_count: int | None
    last_sync: str | None  # ISO 8601, UTC
    # what the store holds (core.store.Counts)
    videos: int
    account_snapshots: int
    video_snapshots: int


class Status(TypedDict):
    source: str  # the source a sync would use now
    source_setting: str
    database: str
    accounts: list[AccountStatus]


def status(ctx: AppContext) -> Status:
    source = ctx.resolve_source()
    with ctx.open_store() as store:
        accounts: list[AccountStatus] = []
        for a in store.accounts():
            p = a.profile
            accounts.append(
                {
                    "key": a.key,
                    "source": p.source,
                    "username": p.username,
                    "display_name": p.display_name,
                    "followers": p.followers,
                    "following": p.following,
                    "likes": p.likes,
                    "video_count": p.video_count,
                    "last_sync": iso_utc(a.last_sync_at) if a.last_sync_at else None,
                    **store.counts(a.key),
                }
            )
    return {
        "source": source,
        "source_setting": ctx.settings.get("source"),
        "database": str(ctx.paths.database),
        "accounts": accounts,
    }
