"""The protocol every data source follows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from tiktok_desktop.core.models import AccountSnapshot, Profile, Video, VideoSnapshot


@dataclass(frozen=True)
class History:
    """Snapshots from before the first sync. Only the demo source has any: real APIs know today only."""

    account: list[AccountSnapshot] = field(default_factory=list)
    videos: list[VideoSnapshot] = field(default_factory=list)


class DataSource(Protocol):
    name: str

    def fetch_profile(self) -> Profile: ...

    def iter_video_pages(self) -> Iterator[list[Video]]:
        """Every video, one page at a time, newest first."""
        ...

    def history(self) -> History: ...

    def close(self) -> None: ...
