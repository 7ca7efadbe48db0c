"""What a TikTok Studio download holds once read: plain data, no file or database in sight.

Every number may be None: unknown (``undefined`` in the file, a column the file lacks, a day inside the export's
two-day lag). None is never 0, and an unknown never replaces a known value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

# The daily account metrics, in the order of the store's columns and of the XLSX Daily sheet
DAILY_FIELDS = (
    "followers",
    "video_views",
    "profile_views",
    "likes",
    "comments",
    "shares",
    "total_viewers",
    "new_viewers",
    "returning_viewers",
)


class DailyMetrics(NamedTuple):
    """One day of the account (the creator's calendar day, as TikTok Studio shows it)."""

    day: date
    followers: int | None = None
    video_views: int | None = None
    profile_views: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    total_viewers: int | None = None
    new_viewers: int | None = None
    returning_viewers: int | None = None

    def merged(self, other: DailyMetrics) -> DailyMetrics:
        """This day with `other`'s known values where this one has none."""
        return DailyMetrics(self.day, *(a if a is not None else b for a, b in zip(self[1:], other[1:], strict=True)))

    @property
    def known(self) -> bool:
        return any(v is not None for v in self[1:])


class ActiveHour(NamedTuple):
    """How many followers were active in one hour of one day (FollowerActivity.csv)."""

    day: date
    hour: int  # 0 to 23
    active: int


class Share(NamedTuple):
    """One part of the audience: a gender or a territory (a country code), and its fraction (0.55 = 55 %)."""

    label: str
    fraction: float


class Kind:
    """The files of a download, recognised by their columns (names of the files TikTok Studio uses)."""

    OVERVIEW = "Overview.csv"
    FOLLOWER_HISTORY = "FollowerHistory.csv"
    FOLLOWER_ACTIVITY = "FollowerActivity.csv"
    FOLLOWER_GENDER = "FollowerGender.csv"
    FOLLOWER_TERRITORIES = "FollowerTopTerritories.csv"
    VIEWERS = "Viewers.csv"
    CONTENT = "Content.csv"
    ALL = (OVERVIEW, FOLLOWER_HISTORY, FOLLOWER_ACTIVITY, FOLLOWER_GENDER, FOLLOWER_TERRITORIES, VIEWERS, CONTENT)
    # the four zips of a download and the files in each
    ZIPS = {
        "Overview": (OVERVIEW,),
        "Followers": (FOLLOWER_HISTORY, FOLLOWER_ACTIVITY, FOLLOWER_GENDER, FOLLOWER_TERRITORIES),
        "Viewers": (VIEWERS,),
        "Content": (CONTENT,),
    }


@dataclass
class StudioFile:
    """One CSV of a download, read: its kind and what it holds (only the fields of its kind are filled)."""

    name: str  # as the user knows it: "Followers_..._lumi.cooks.zip/FollowerHistory.csv"
    kind: str
    exported_at: int  # Unix seconds
    handle: str | None  # from the zip's name or Content.csv's links; None when the file does not say
    daily: list[DailyMetrics] = field(default_factory=list)
    activity: list[ActiveHour] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    rows: int = 0  # data rows read (Content.csv: its videos, which are only counted)


@dataclass(frozen=True)
class StudioImport:
    """Everything one import brings, merged from its files, for one account."""

    handle: str | None
    exported_at: int  # the newest file's export time: what the store records the import under
    files: tuple[str, ...]  # the kinds found (Kind.*), in Kind.ALL order
    daily: tuple[DailyMetrics, ...]  # by day, oldest first; only days with a known value
    activity: tuple[ActiveHour, ...]
    gender: tuple[Share, ...]
    territories: tuple[Share, ...]
    audience_exported_at: int | None  # the export time of the gender and territory snapshot
    # the files read, oldest download first: the store writes each with its own export time, so that importing
    # files together or one by one, in any order, leaves the same history
    parts: tuple[StudioFile, ...] = ()

    @property
    def first_day(self) -> date | None:
        return self.daily[0].day if self.daily else None

    @property
    def last_day(self) -> date | None:
        return self.daily[-1].day if self.daily else None

    @property
    def missing(self) -> tuple[str, ...]:
        """The zips of a full download (Kind.ZIPS) none of whose files this import has."""
        return tuple(z for z, kinds in Kind.ZIPS.items() if not set(kinds) & set(self.files))
