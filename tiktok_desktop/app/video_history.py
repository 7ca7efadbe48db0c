"""A video's page: its counts since it was posted against the account's typical video at the same age, read
from the store off the GUI thread (core.age_curves says what the numbers mean)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from tiktok_desktop.core.age_curves import (
    MAX_VIDEOS,
    AgeValue,
    Comparison,
    Typical,
    compare,
    grid,
    own_curves,
    typical_curves,
)
from tiktok_desktop.core.models import Video
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.core.store import Store

T = TypeVar("T")


@dataclass(frozen=True)
class VideoHistory:
    video_id: str
    published_at: int
    age: int  # seconds from publishing to the last sync that saw the video (0 without history)
    own: dict[str, list[AgeValue]]  # metric -> its counts by age
    typical: dict[str, list[Typical]]  # metric -> the other videos' quartiles by age

    @property
    def has_history(self) -> bool:
        return any(self.own.values())

    def comparison(self, metric: str) -> Comparison:
        return compare(self.own[metric], self.typical[metric], self.age)


def _checked(rows: Iterable[T], cancel: CancelToken) -> Iterator[T]:
    for i, row in enumerate(rows):
        if not i % 4096:
            cancel.raise_if_cancelled()
        yield row


def load_video_history(store: Store, account: str, video: Video, cancel: CancelToken | None = None) -> VideoHistory:
    cancel = cancel or CancelToken()
    snapshots = store.video_snapshots(account, video.video_id)
    seen = store.seen_at(account, video.video_id)
    last = max(seen or 0, snapshots[-1].taken_at) if snapshots else None
    age = max(0, last - video.published_at) if last is not None else 0
    own = own_curves(snapshots, video.published_at, last or 0)
    ages = grid(age) if snapshots else []
    typical = typical_curves(_checked(store.counts_at_ages(account, video.video_id, ages, MAX_VIDEOS), cancel))
    return VideoHistory(video.video_id, video.published_at, age, own, typical)
