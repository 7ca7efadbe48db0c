"""Engagement metrics. Rates are percentages; None where the denominator is zero or unknown."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the window imports these helpers before it has data
    from tiktok_desktop.core.models import AccountSnapshot, Video

DAY = 86_400


def _pct(numerator: int, denominator: int | None) -> float | None:
    if not denominator:
        return None
    return numerator / denominator * 100.0


def engagement_rate(likes: int, comments: int, shares: int, views: int) -> float | None:
    """(likes + comments + shares) / views x 100; None when views is 0."""
    return _pct(likes + comments + shares, views)


def video_engagement(video: Video) -> float | None:
    return engagement_rate(video.likes, video.comments, video.shares, video.views)


def engagement_per_follower(video: Video, followers: int | None) -> float | None:
    return _pct(video.likes + video.comments + video.shares, followers)


def like_rate(video: Video) -> float | None:
    return _pct(video.likes, video.views)


def comment_rate(video: Video) -> float | None:
    return _pct(video.comments, video.views)


def share_rate(video: Video) -> float | None:
    return _pct(video.shares, video.views)


def change_since(snapshots: Sequence[AccountSnapshot], field: str, days: int, now: int) -> int | None:
    """Latest value minus the value at the last snapshot taken at or before now - days.

    None when there is no snapshot that old, or the field is unknown at either end. The snapshots must be
    sorted by taken_at.
    """
    if not snapshots:
        return None
    latest: int | None = getattr(snapshots[-1], field)
    times = [s.taken_at for s in snapshots]
    i = bisect_right(times, now - days * DAY)
    if i == 0:
        return None
    earlier: int | None = getattr(snapshots[i - 1], field)
    if latest is None or earlier is None:
        return None
    return latest - earlier
