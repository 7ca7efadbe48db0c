"""Synthetic stores for benchmarks: many videos, quickly."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tiktok_desktop.config import Paths
from tiktok_desktop.core.models import AccountSnapshot, Profile, Video
from tiktok_desktop.core.store import Store

WORDS = ("noodles", "dumplings", "breakfast", "spicy", "garlic", "tofu", "rice", "soup", "美食", "家常菜", "🍜")
NOW = 1_790_000_000


def videos(n: int, seed: int = 1) -> list[Video]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        words = " ".join(rng.choice(WORDS) for _ in range(4))
        views = int(rng.lognormvariate(9, 1.2))
        likes = views // rng.randint(8, 30)
        out.append(
            Video(
                str(7_100_000_000_000_000_000 + i),
                NOW - i * 900,
                f"Video {i} {words}",
                f"{words} #tag{i % 97}",
                rng.randint(5, 600),
                views,
                likes,
                likes // 20,
                likes // 30,
                None,
                "",
                f"https://www.tiktok.com/@bench/video/{i}",
                i % 5 == 0,  # every label known, as from the official API: the load converts each one
            )
        )
    return out


def make_store(paths: Paths, n: int) -> str:
    """A store with one account and n videos, marked as synced, and settings that show it on start."""
    profile = Profile(
        "demo", "bench", username="bench", display_name="Bench", followers=12345, following=1, likes=99, video_count=n
    )
    with Store(paths.database) as store:
        key = store.save_profile(profile, NOW)
        store.save_videos_page(key, videos(n), NOW)
        store.mark_synced(key, NOW)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"wizard_done": True, "source": "demo", "active_account": key}))
    return key


def follower_history(n: int) -> list[AccountSnapshot]:
    return [AccountSnapshot(NOW - (n - i) * 300, 10_000 + i // 3 + (i * 7919) % 50, 1, 1, 1) for i in range(n)]


def paths_in(folder: Path) -> Paths:
    return Paths(config_dir=folder / "config", data_dir=folder / "data", cache_dir=folder / "cache")
