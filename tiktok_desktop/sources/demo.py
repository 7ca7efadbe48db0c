"""A deterministic synthetic creator, so the app is useful (and testable) before any sign-in.

The creator lives on a fixed timeline: whether a video is posted on a given day, and all its properties,
derive from a seeded hash of that day. Counts are a function of time (views grow fast after posting, then
slowly), so every sync at a later time gives consistent, growing numbers and back-filled history matches.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

from tiktok_desktop.core.models import AccountSnapshot, Profile, Video, VideoSnapshot
from tiktok_desktop.sources.base import History

DAY = 86_400
EPOCH = int(datetime(2023, 1, 2, tzinfo=timezone.utc).timestamp())  # a Monday
WINDOW_DAYS = 430  # about 14 months of videos are listed
HISTORY_DAYS = 120
VIDEO_HISTORY_DAYS = 90
PAGE_SIZE = 20
USERNAME = "lumi.cooks"
AI_EVERY_DAYS = 11  # a video posted on every 11th day of the timeline is labelled AI-generated

# Tuesday, Thursday and Saturday are posting days; other days now and then.
_WEEKDAY_POST_CHANCE = (0.15, 0.8, 0.15, 0.8, 0.2, 0.85, 0.1)
_HOURS = (7, 8, 12, 12, 13, 18, 18, 19, 19, 19, 20, 20, 20, 21, 21, 22, 23)

_TITLES = (
    "15-minute garlic noodles",
    "Crispy dumplings, no fancy tools",
    "我妈妈的红烧肉 ❤️",
    "Breakfast in 5 minutes ⏱️",
    "番茄炒蛋 the right way",
    "Street food at home 🔥",
    "Mapo tofu for beginners",
    "What I eat in a day 🍜",
    "三分钟学会葱油饼",
    "One-pan chicken rice",
    "Trying viral TikTok recipes 😂",
    "Hand-pulled noodles attempt #3",
    "Spicy cucumber salad 🥒",
    "周末早午餐",
    "Fridge clean-out fried rice",
    "Bubble tea from scratch 🧋",
    "Knife skills 101 🔪",
    "饺子皮的秘密",
    "Rating instant noodles 1-10",
    "Sunday meal prep",
    "Scallion pancakes ✨",
    "蛋炒饭 vs fried rice 🤔",
    "Late night ramen 🌙",
    "",
)
_HASHTAGS = (
    "#cooking",
    "#recipe",
    "#foodtok",
    "#easyrecipe",
    "#美食",
    "#家常菜",
    "#中餐",
    "#noodles",
    "#dumplings",
    "#breakfast",
    "#mealprep",
    "#homecooking",
    "#chinesefood",
    "#fyp",
    "#学做饭",
    "#streetfood",
)
_LINES = (
    "Save this for later!",
    "Recipe in the comments 👇",
    "你们最喜欢哪一道？",
    "My grandma's way.",
    "Tell me if you try it!",
    "So easy even my roommate made it.",
    "下一期做什么？评论告诉我",
)


@dataclass(frozen=True, slots=True)
class _DemoVideo:
    video: Video  # properties; its counts are the final counts the video tends to
    follow_rate: float

    def counts_at(self, t: int) -> tuple[int, int, int, int]:
        """Views, likes, comments, shares at time t (0 before publishing)."""
        age_days = (t - self.video.published_at) / DAY
        if age_days < 0:
            return 0, 0, 0, 0
        grown = 1.0 - 0.8 * math.exp(-age_days / 2.0) - 0.2 * math.exp(-age_days / 45.0)
        v = self.video
        return (round(v.views * grown), round(v.likes * grown), round(v.comments * grown), round(v.shares * grown))


def _day_video(seed: str, day: int) -> _DemoVideo | None:
    rng = random.Random(f"{seed}:{day}")
    start = EPOCH + day * DAY
    weekday = datetime.fromtimestamp(start, timezone.utc).weekday()
    if rng.random() > _WEEKDAY_POST_CHANCE[weekday]:
        return None
    published = start + rng.choice(_HOURS) * 3600 + rng.randrange(3600)
    viral = rng.random() < 0.04
    views = int(math.exp(rng.gauss(9.4, 1.05)) * (rng.uniform(15, 60) if viral else 1.0)) + 150
    like_rate = rng.uniform(0.035, 0.13)
    likes = int(views * like_rate)
    comments = int(likes * rng.uniform(0.012, 0.06))
    shares = int(likes * rng.uniform(0.008, 0.09))
    kind = rng.random()
    if kind < 0.7:
        duration = rng.randint(7, 60)
    elif kind < 0.95:
        duration = rng.randint(61, 180)
    else:
        duration = rng.randint(181, 600)
    title = rng.choice(_TITLES)
    tags = " ".join(rng.sample(_HASHTAGS, rng.randint(2, 5)))
    description = f"{rng.choice(_LINES)} {tags}"
    video_id = str(7_180_000_000_000_000_000 + day * 1_000 + rng.randrange(1_000))
    return _DemoVideo(
        Video(
            video_id=video_id,
            published_at=published,
            title=title,
            description=description,
            duration_s=duration,
            views=views,
            likes=likes,
            comments=comments,
            shares=shares,
            share_url=f"https://www.tiktok.com/@{USERNAME}/video/{video_id}",
            # from the day, not a random draw: every other generated value stays as it was
            ai_generated=day % AI_EVERY_DAYS == 0,
        ),
        follow_rate=rng.uniform(0.002, 0.009),
    )


class DemoSource:
    """The synthetic creator at time `now` (default: the current time)."""

    name = "demo"

    def __init__(self, now: int | None = None, seed: str = "lumi") -> None:
        self.now = int(time.time()) if now is None else now
        today = (self.now - EPOCH) // DAY
        found = (_day_video(seed, d) for d in range(today - WINDOW_DAYS, today + 1))
        # newest first, as the real APIs list them
        self._videos = sorted(
            (v for v in found if v is not None and v.video.published_at <= self.now),
            key=lambda v: v.video.published_at,
            reverse=True,
        )
        self._first_day = EPOCH + (today - WINDOW_DAYS) * DAY

    def _account_at(self, t: int) -> AccountSnapshot:
        followers = 3_800.0
        likes = 1_250
        count = 0
        for v in self._videos:
            views, video_likes, _, _ = v.counts_at(t)
            followers += views * v.follow_rate
            likes += video_likes
            count += views > 0
        following = 140 + max(0, (t - self._first_day) // (9 * DAY))
        return AccountSnapshot(t, int(followers), int(following), likes, count)

    def _video_at(self, v: _DemoVideo, t: int) -> Video:
        views, likes, comments, shares = v.counts_at(t)
        base = v.video
        return Video(
            base.video_id,
            base.published_at,
            base.title,
            base.description,
            base.duration_s,
            views,
            likes,
            comments,
            shares,
            None,
            base.cover_url,
            base.share_url,
            base.ai_generated,
        )

    def fetch_profile(self) -> Profile:
        now = self._account_at(self.now)
        return Profile(
            source=self.name,
            external_id=USERNAME,
            username=USERNAME,
            display_name="Lumi Chen 陈露米",
            bio="Home cooking in 60 seconds 🍜 家常菜 · new recipes Tue / Thu / Sat",
            profile_url=f"https://www.tiktok.com/@{USERNAME}",
            verified=True,
            followers=now.followers,
            following=now.following,
            likes=now.likes,
            video_count=now.video_count,
        )

    def iter_video_pages(self) -> Iterator[list[Video]]:
        for i in range(0, len(self._videos), PAGE_SIZE):
            yield [self._video_at(v, self.now) for v in self._videos[i : i + PAGE_SIZE]]

    def history(self) -> History:
        """Daily snapshots for the last months, taken at the same time of day as `now`."""
        account = [self._account_at(self.now - d * DAY) for d in range(HISTORY_DAYS, 0, -1)]
        videos = []
        for d in range(VIDEO_HISTORY_DAYS, 0, -1):
            t = self.now - d * DAY
            for v in self._videos:
                if v.video.published_at <= t:
                    views, likes, comments, shares = v.counts_at(t)
                    videos.append(VideoSnapshot(v.video.video_id, t, views, likes, comments, shares))
        return History(account, videos)

    def close(self) -> None:
        pass
