"""Domain objects shared by every source, the store, the use cases and the UI.

Video ids are strings (TikTok ids exceed 2^53 and must never be parsed as numbers); counts are Python
ints stored as SQLite INTEGER (int64). Times are Unix seconds, UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, TypedDict


@dataclass(frozen=True, slots=True)
class Profile:
    source: str  # "official", "tikapi" or "demo"
    external_id: str  # open_id, TikAPI user id, or the demo creator's id
    username: str = ""
    display_name: str = ""
    bio: str = ""
    avatar_url: str = ""
    profile_url: str = ""
    verified: bool = False
    # None when the source did not give the number (a scope was not granted)
    followers: int | None = None
    following: int | None = None
    likes: int | None = None
    video_count: int | None = None

    @property
    def account_key(self) -> str:
        return account_key(self.source, self.external_id)


def account_key(source: str, external_id: str) -> str:
    """One account per source: a TikAPI account is stored apart from the official account of the same person."""
    return f"{source}:{external_id}"


class Video(NamedTuple):
    """A NamedTuple rather than a dataclass: the store builds 100,000 of these in one go, and a tuple
    needs no Python __init__ per row (benchmarks/run.py, table load)."""

    video_id: str
    published_at: int
    title: str = ""
    description: str = ""
    duration_s: int = 0
    views: int = 0
    likes: int = 0
    comments: int = 0
    shares: int = 0
    saves: int | None = None  # only some sources know saves
    cover_url: str = ""
    share_url: str = ""
    # the creator labelled the video AI-generated (TikTok's is_aigc); None when the source does not say (TikAPI,
    # older answers, rows stored before the app asked). Last: the store's column list follows this order.
    ai_generated: bool | None = None


@dataclass(frozen=True, slots=True)
class AccountSnapshot:
    taken_at: int
    followers: int | None
    following: int | None
    likes: int | None
    video_count: int | None


@dataclass(frozen=True, slots=True)
class VideoSnapshot:
    video_id: str
    taken_at: int
    views: int
    likes: int
    comments: int
    shares: int


@dataclass(frozen=True, slots=True)
class Account:
    """An account as the store knows it: its latest profile and when it was last synced."""

    key: str
    profile: Profile
    last_sync_at: int | None
    last_sync_complete: bool = False  # the latest sync that started also finished


class Totals(NamedTuple):
    """Sums of the counts of every video at one moment (from the video snapshots)."""

    views: int
    likes: int
    comments: int
    shares: int


@dataclass(frozen=True, slots=True)
class VelocityInput:
    """A video's newest snapshot and the newest one at least `window` older (None when there is none)."""

    published_at: int
    latest_t: int
    latest_views: int
    base_t: int | None
    base_views: int | None


class Counts(TypedDict):
    """What the store holds for one account."""

    videos: int
    account_snapshots: int
    video_snapshots: int
