"""The protocol every data source follows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from tiktok_desktop.core.models import AccountSnapshot, Profile, Video, VideoSnapshot
from tiktok_desktop.core.progress import CancelToken


@dataclass(frozen=True)
class History:
    """Snapshots from before the first sync. Only the demo source has any: real APIs know today only."""

    account: list[AccountSnapshot] = field(default_factory=list)
    videos: list[VideoSnapshot] = field(default_factory=list)


class AccessTokens(Protocol):
    """What the official source needs of a signed-in session (auth.manager.TokenManager is one). A protocol
    here, so that sources never import auth: both sit on net/ and neither knows the other."""

    @property
    def open_id(self) -> str: ...

    @property
    def scopes(self) -> frozenset[str]: ...

    def access_token(self, cancel: CancelToken | None = None) -> str:
        """A token that is not expired, refreshed first when it is about to be."""
        ...

    def refresh_after_rejection(self, rejected: str, cancel: CancelToken | None = None) -> str:
        """A new token after the API refused `rejected` (401), unless another request already refreshed."""
        ...


class DataSource(Protocol):
    name: str

    def fetch_profile(self) -> Profile: ...

    def iter_video_pages(self) -> Iterator[list[Video]]:
        """Every video, one page at a time, newest first."""
        ...

    def history(self) -> History: ...

    def close(self) -> None: ...
