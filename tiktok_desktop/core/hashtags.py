"""Hashtags in titles and descriptions, and how the videos carrying each one did."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tiktok_desktop.core.metrics import video_engagement
from tiktok_desktop.core.models import Video

# \w is Unicode-aware: #美食, #café and #学做饭 are single tags; punctuation (full-width too) and emoji end a tag.
# A # glued to a word (C#, abc#def) is not a hashtag.
_HASHTAG = re.compile(r"(?<![\w#&])#(\w+)")
MIN_VIDEOS = 2  # a tag on a single video says more about that video than about the tag


def hashtags(text: str) -> list[str]:
    """The hashtags of a text, case-folded, without '#', each once, in order of first appearance."""
    seen: dict[str, None] = {}
    for m in _HASHTAG.finditer(text):
        tag = m.group(1)
        if not tag.isdigit():  # "#1" is a rank, not a tag
            seen.setdefault(tag.casefold(), None)
    return list(seen)


def video_hashtags(video: Video) -> list[str]:
    return hashtags(f"{video.title}\n{video.description}")


@dataclass(frozen=True, slots=True)
class HashtagStats:
    tag: str
    videos: int
    avg_views: float
    avg_engagement: float | None  # mean of the videos' rates; None when none of them has views


def hashtag_stats(videos: Iterable[Video]) -> list[HashtagStats]:
    """Every tag used, most-viewed on average first (ties: more videos first, then by name)."""
    views: dict[str, list[int]] = {}
    rates: dict[str, list[float]] = {}
    for v in videos:
        rate = video_engagement(v)
        for tag in video_hashtags(v):
            views.setdefault(tag, []).append(v.views)
            if rate is not None:
                rates.setdefault(tag, []).append(rate)
    out = [
        HashtagStats(tag, len(vs), sum(vs) / len(vs), sum(rates[tag]) / len(rates[tag]) if tag in rates else None)
        for tag, vs in views.items()
    ]
    out.sort(key=lambda s: (-s.avg_views, -s.videos, s.tag))
    return out


def top_hashtags(stats: list[HashtagStats], n: int = 15) -> list[HashtagStats]:
    """The n best by average views among tags on at least MIN_VIDEOS videos (all tags if none is)."""
    repeated = [s for s in stats if s.videos >= MIN_VIDEOS]
    return (repeated or stats)[:n]
